"""A body's name cut out of its sentence with the verb's particle ('制定了某县某局'), a preamble's stock sentence left
with last year's ('特向社会公布2018年度本街道…报告' over 2019's period and overview), and a portal's '时间:' field line
above the preamble: the shapes behind the sealed sets heldout61 and heldout-39's misses (benchmarks/dev_pages.py,
dev_pages_paragraphs.py). Sentences are invented; the places are real divisions (the gazetteer must know them)."""

from __future__ import annotations

from pathlib import Path

from nianbao.core.codebook import FORMAT_2019
from nianbao.extraction.real_places import trim_to_place
from tests.extraction.pages import ITEMS, REST, read_page


def test_a_verbs_particle_is_no_part_of_the_name() -> None:
    assert trim_to_place("制定了温泉县教育局") == "温泉县教育局"
    assert trim_to_place("编制了吉林经济技术开发区") == "吉林经济技术开发区"
    assert trim_to_place("平岚县") == "平岚县"  # a place the gazetteer does not know is not cut


def test_a_preamble_left_with_last_years_gives_way_to_the_period_and_overview(tmp_path: Path) -> None:
    page = ("根据《中华人民共和国政府信息公开条例》要求，特向社会公布2018年度本街道政府信息公开工作年度报告。"
            "本报告中所列数据的统计期限自2019年1月1日起至2019年12月31日止。\n一、总体情况\n"
            "2019年，沙子口街道认真贯彻执行《条例》，进一步深化政务公开内容。\n" + ITEMS + REST)
    record = read_page(tmp_path, page)
    assert record.metadata.year == 2019
    assert record.metadata.format_version == FORMAT_2019
    # where the period alone says otherwise, the preamble stands (a period may be a template's, left unchanged)
    alone = page.replace("2019年，沙子口街道", "本年度，沙子口街道")
    assert read_page(tmp_path, alone).metadata.year == 2018


def test_a_portals_time_field_line_stays_apart_from_the_preamble(tmp_path: Path) -> None:
    page = ("2017年某乡政府信息公开工作年度报告\n来源: 时间:2018年02月22日 点击率:打印】【关闭】 【内容纠错\n"
            "2017年，我乡根据《中华人民共和国政府信息公开条例》和县关于政府信息公开的有关规定，通过健全组织、完善制度，"
            "强化培训，为群众提供了便捷的信息服务。现报告如下：\n一、2017年信息公开情况概述\n2017年，我乡成立了政府信息公开领导小组。\n")
    texts = [p.text for p in read_page(tmp_path, page).paragraphs]
    assert any(t.startswith("2017年，我乡根据") for t in texts), texts
