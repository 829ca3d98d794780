"""A report of 2019 on that still heads its parts the old way ('一、概述', '三、依申请公开情况') or lists the old parts
in its intro is read in the 2019/2021 format, not as pre-2019: the year it accounts for decides, so its tables
are read as 二/三/四. The same headings under a year before 2019 still flag the old outline. Own text."""

from __future__ import annotations

from pathlib import Path

import pytest

from nianbao.core.config import ExtractConfig
from nianbao.pipeline import extract


def _read(tmp_path: Path, lines: list[str]):
    path = tmp_path / "page.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return extract(path, ExtractConfig(tag=False))


def _page(year: int, title: bool, intro: bool) -> list[str]:
    lines = [f"某县农业农村局{year}年政府信息公开工作年度报告"] if title else []
    if intro:
        lines.append("本报告由概述、主动公开政府信息情况、依申请公开政府信息情况、不予公开情况、收费及减免情况、"
                     "存在的主要问题及改进措施组成。")
    lines += ["一、概述", f"{year}年，我局认真贯彻落实政府信息公开条例，稳步推进信息公开工作。",
              "二、主动公开政府信息情况", "全年通过门户网站主动公开政府信息一百余条，及时更新机构职能和工作动态。",
              "三、依申请公开政府信息情况", "全年共收到政府信息公开申请两件，均已在法定期限内答复。"]
    return lines


@pytest.mark.parametrize("title,intro", [(True, False), (True, True), (False, True), (False, False)])
@pytest.mark.parametrize("year", [2019, 2020, 2023])
def test_a_later_year_with_old_headings_is_not_pre2019(tmp_path: Path, year: int, title: bool, intro: bool) -> None:
    record = _read(tmp_path, _page(year, title, intro))
    assert record.metadata.format_version != "pre-2019"
    assert record.metadata.year == year


@pytest.mark.parametrize("title,intro", [(True, False), (True, True), (False, True), (False, False)])
@pytest.mark.parametrize("year", [2010, 2015, 2018])
def test_an_earlier_year_with_old_headings_is_pre2019(tmp_path: Path, year: int, title: bool, intro: bool) -> None:
    assert _read(tmp_path, _page(year, title, intro)).metadata.format_version == "pre-2019"


def test_a_later_period_with_an_old_statistics_table_stays_old(tmp_path: Path) -> None:
    lines = ["某县民政局2019年政府信息公开工作年度报告", "一、概述", "2019年，我局继续做好信息公开工作。",
             "二、政府信息公开情况统计表", "指标名称 | 计量单位 | 2019年度 | 历年累计", "主动公开信息数 | 条 | 120 | 860"]
    assert _read(tmp_path, lines).metadata.format_version == "pre-2019"


@pytest.mark.parametrize("year,expected", [(2019, "2019"), (2020, "2019"), (2021, "2021"), (2024, "2021")])
def test_the_trial_formats_notice_cited_out_of_habit_gives_way_to_the_year(tmp_path: Path, year: int,
                                                                         expected: str) -> None:
    """Reports for 2021 on follow the 2021 format whatever notice their preamble still cites; with no tables to
    show their format, a 2024 report citing 〔2019〕60号 is a 2021-format report, a 2020 one the trial format's."""
    lines = [f"某县人民政府{year}年政府信息公开工作年度报告",
             "本年度报告根据《中华人民共和国政府信息公开条例》和国务院办公厅政府信息与政务公开办公室《关于政府信息公开"
             "工作年度报告有关事项的通知》（国办公开办函〔2019〕60号）的要求编制。",
             "一、总体情况", f"{year}年，我县持续深化政务公开，主动公开各类政府信息三千余条。"]
    assert _read(tmp_path, lines).metadata.format_version == expected
