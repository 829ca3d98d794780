"""Agency names checked and completed against the gazetteer (nianbao.extraction.real_places), for the
shapes met on real pages of heldout13 (benchmarks/dev_pages.py): a name that kept a particle of the sentence
before it, a body named by a generic place ('市某局') beside the same body with its real place, a district
government's office naming a generic place while the overview names the district, a page calling its body
我旗 / 我镇 and naming one real place of that level. Sentences and bodies are invented; the place names are
real divisions (the gazetteer must know them), never the pages' own."""

from __future__ import annotations

from pathlib import Path

from nianbao.extraction.real_places import complete_generic, self_named_body, trim_to_place
from tests.extraction.pages import ITEMS, REST, read_page

_STOCK = "根据《中华人民共和国政府信息公开条例》要求编制本报告。本报告所列数据统计期限为{y}年1月1日至{y}年12月31日。"


def test_a_particle_before_a_real_place_is_cut_off() -> None:
    assert trim_to_place("了湖州市统计局") == "湖州市统计局"
    assert trim_to_place("的德清县卫生健康局") == "德清县卫生健康局"


def test_a_name_is_not_cut_where_its_place_is_unknown_or_real() -> None:
    assert trim_to_place("平岚县人民政府") == "平岚县人民政府"  # not 平 + 岚县: 平 is no particle
    assert trim_to_place("和县人民政府") == "和县人民政府"  # 和县 is a county
    assert trim_to_place("了某某街道办事处") == "了某某街道办事处"  # no real place after the particle
    assert trim_to_place("了东湖街道") == "了东湖街道"  # a township alone is not enough to cut


def test_a_generic_place_takes_the_one_real_place_the_page_names_it_with() -> None:
    text = "今年以来，市统计局认真落实条例。湖州市统计局门户网站发布信息120条。"
    assert complete_generic("市统计局", text) == "湖州市统计局"


def test_a_generic_place_stays_where_the_page_names_two() -> None:
    text = "湖州市统计局与嘉兴市统计局联合发布信息。"
    assert complete_generic("市统计局", text) == "市统计局"


def test_a_generic_government_office_takes_the_overview_s_real_place() -> None:
    assert complete_generic("县人民政府办公室", "本报告由县人民政府办公室编制。", subject="德清县") == "德清县人民政府办公室"
    assert complete_generic("县人民政府办公室", "本报告由县人民政府办公室编制。", subject="云岭县") == "县人民政府办公室"


def test_a_page_calling_itself_by_its_level_names_its_one_real_place() -> None:
    text = "特向社会公布我旗2023年度报告。2023年，我旗持续推进政务公开。乌拉特中旗政府网站发布信息300条。"
    assert self_named_body(text, None) == "乌拉特中旗人民政府"
    assert self_named_body(text + "乌拉特后旗也发布了信息。", None) is None  # two 旗: which?
    assert self_named_body(text, "乌拉特中旗人民政府") is None  # the body is named already


def test_a_township_page_with_another_body_as_its_desk(tmp_path: Path) -> None:
    """The desk is the county's service bureau, the narrative says 我镇 throughout: the one real 镇 it names."""
    text = (_STOCK.format(y=2023) + "如对本报告有疑问，请与达拉特旗政务服务局办公室联系。\n一、总体情况\n"
            "（一）主动公开情况\n我镇通过公示栏公开信息。我镇现有公众号一个，名为树林召镇人民政府。"
            "我镇全年发布信息300条。\n" + ITEMS + REST)
    assert read_page(tmp_path, text).metadata.agency == "树林召镇人民政府"


def test_a_title_s_generic_place_completed_from_the_narrative(tmp_path: Path) -> None:
    text = ("市统计局2017年政府信息公开工作年度报告\n" + _STOCK.format(y=2017) + "\n一、总体情况\n"
            "今年以来，围绕湖州市统计局政务公开权责清单推进工作。\n" + ITEMS + REST)
    assert read_page(tmp_path, text).metadata.agency == "湖州市统计局"


def test_a_district_report_compiled_by_a_generic_office(tmp_path: Path) -> None:
    """The office compiles the county's report: with the overview's county, the county's government reports."""
    text = ("本报告由县人民政府办公室综合各乡镇和县直各部门情况编制而成。" + _STOCK.format(y=2024) + "\n一、总体情况\n"
            "2024年，桑日县坚持以公开为常态，扎实推进政务公开。\n" + ITEMS + REST)
    assert read_page(tmp_path, text).metadata.agency == "桑日县人民政府"
