"""Detection and year classes of the eighteenth session (detect18): a report's body known without its title — a
preamble saying '编制完成本报告', an old report whose first part's heading lost its number (a wiki's repost), an old
report cut to its first part whose items are the old outline's overview and which states no year — a cited
document's name wrapped onto a line of its own (no title of the page's, whatever its words), and the year of a
period written loosely or garbled, or of a period and an overview that agree against a repost's title. Beside each,
the look-alike it must leave refused. Every body, place and sentence here is invented; the real pages are scored by
benchmarks/dev_pages.py and benchmarks/dev_pages_morph.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from nianbao.core.config import ExtractConfig
from nianbao.core.record import Record, Status
from nianbao.extraction.lookalikes import inside_citation, unbalanced_brackets
from nianbao.extraction.told_years import statistics_year
from nianbao.extraction.report_year import loose_period_year
from nianbao.pipeline import extract


def _run(tmp_path: Path, text: str) -> Record:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return extract(path, ExtractConfig(tag=False))


def test_a_preamble_saying_the_report_was_compiled_is_a_report(tmp_path: Path) -> None:
    text = ("依据《中华人民共和国政府信息公开条例》和区里的有关要求，编制完成本报告。所列数据的统计时限为2022年1月1日至"
            "2022年12月31日。\n一、总体情况\n2022年以来，园区围绕企业关切，加大惠企政策的公开力度。\n"
            "（一）主动公开。在园区网站更新办事指南和联系方式。\n")
    record = _run(tmp_path, text)
    assert record.status is Status.PARTIAL, record.metadata.report_evidence
    assert record.metadata.year == 2022


def test_an_old_report_whose_first_heading_lost_its_number_is_a_report(tmp_path: Path) -> None:
    text = ("工作开展情况\n2014年，青崖市认真贯彻《条例》，积极推进主动公开，不断深化依申请公开，政府信息公开工作平稳开展。\n"
            "加强政府信息公开组织领导。\n市政府调整了政府信息公开领导小组，分管副市长任组长。\n"
            "加强政府信息公开制度建设。\n修订了政府信息公开保密审查办法。\n")
    record = _run(tmp_path, text)
    assert record.status is Status.PARTIAL, record.metadata.report_evidence
    assert record.metadata.year == 2014


def test_an_unnumbered_first_heading_over_a_summary_stays_refused(tmp_path: Path) -> None:
    text = ("工作开展情况\n2014年，青崖市认真贯彻《条例》，积极推进主动公开，不断深化依申请公开，政府信息公开工作平稳开展。\n"
            "加强政府信息公开组织领导。\n现将全年政府信息公开工作总结如下。\n")
    assert _run(tmp_path, text).status is Status.NOT_A_REPORT


def test_an_old_report_cut_to_its_overview_items_is_a_report_without_a_year(tmp_path: Path) -> None:
    text = ("请输入关键词\n一、政府信息公开基本情况\n（一）领导机构建设情况。县政府明确了牵头单位，配备了专职人员。\n"
            "（二）《指南》和《目录》编制情况。各部门按要求修订了本单位的指南和目录。\n"
            "（三）查阅场所建设情况。县档案馆、图书馆设立了政府信息查阅点。\n")
    record = _run(tmp_path, text)
    assert record.status is Status.PARTIAL, record.metadata.report_evidence
    assert record.metadata.year is None


def test_the_old_overview_items_without_the_acts_own_tools_or_in_a_summary_stay_refused(tmp_path: Path) -> None:
    # items on organisation and training only: any year-end account of any work has them
    plain = ("一、政府信息公开基本情况\n（一）领导机构建设情况。县政府明确了牵头单位。\n（二）宣传培训情况。举办培训班两期。\n")
    assert _run(tmp_path, plain).status is Status.NOT_A_REPORT
    summary = ("一、政府信息公开基本情况\n（一）领导机构建设情况。县政府明确了牵头单位。\n"
               "（二）《指南》和《目录》编制情况。各部门修订了指南和目录。\n（三）查阅场所建设情况。设立了查阅点。\n"
               "以上是我县政府信息公开工作总结。\n")
    assert _run(tmp_path, summary).status is Status.NOT_A_REPORT


def test_a_cited_notice_wrapped_onto_its_own_line_is_no_title() -> None:
    text = "依据《某省人民政府办公厅\n关于做好年度报告编制工作的通知》要求，编制本报告。\n"
    assert inside_citation(text, "关于做好年度报告编制工作的通知》要求，编制本报告。", "关于做好")
    # a title set in brackets whole opens its line on the bracket: the page's own
    own = "《某县2023年政务公开工作总结》\n"
    assert not inside_citation(own, "《某县2023年政务公开工作总结》", "总结")
    assert unbalanced_brackets("务院办公厅关于印发<某某工作年度报告")
    assert not unbalanced_brackets("关于印发《某某办法》的通知")


def test_a_report_hard_wrapped_through_its_cited_notices_is_a_report(tmp_path: Path) -> None:
    text = ("本报告依据《中华人民共和国政府信息公开条例》和《临川市人民政府办公室\n关于做好2021年度政府信息公开工作年度报告\n"
            "编制发布工作的通知》要求编制。本报告所列数据的统计期限为2021年1月1日至2021年12月31日。\n"
            "一、总体情况\n2021年，市交通运输局坚持以公开为常态，扎实推进政府信息公开工作。\n"
            "（一）主动公开。全年主动公开政府信息320条。\n")
    record = _run(tmp_path, text)
    assert record.status is Status.PARTIAL, record.metadata.report_evidence
    # the notice itself, titled so on its own line, stays what it says it is
    notice = ("关于做好2021年度政府信息公开工作年度报告编制发布工作的通知\n各县区人民政府，市直各部门：\n"
              "为做好年度报告工作，现将有关事项通知如下。\n一、总体要求\n各单位应于1月31日前报送年度报告。\n")
    assert _run(tmp_path, notice).status is Status.NOT_A_REPORT


@pytest.mark.parametrize("said, year", [
    ("本报告所列数据统计时间为2021.1.1-2021.12.31。", 2021),
    ("统计期限为2020年l月l日至2020年12月31日。", 2020),
    ("统计时限：2019/01/01至2019/12/31。", 2019),
    ("统计期限为2022年1-12月。", 2022),
    ("统计期限为2021骞?1鏈?1鏃ヨ嚦2021骞?12鏈?31鏃。", 2021),  # an encoding's debris in place of 年月日 and 至
])
def test_a_period_written_loosely_or_garbled_gives_its_year(said: str, year: int) -> None:
    assert loose_period_year(said) == year
    assert statistics_year(f"根据条例编制本报告。{said}") == year


def test_a_period_over_two_years_or_no_period_gives_no_year() -> None:
    assert loose_period_year("统计期限为2020年7月1日至2021年12月31日。") is None
    assert loose_period_year("统计时间2019年。全年收到申请12件，31条已办结。") is None


def test_the_period_and_the_overview_agreeing_outweigh_a_title_one_year_off(tmp_path: Path) -> None:
    text = ("澄江市医疗保障局2020年政府信息公开工作年度报告\n根据《中华人民共和国政府信息公开条例》编制本报告。"
            "所列数据统计期限为2021年1月1日至2021年12月31日。\n一、总体情况\n2021年，市医疗保障局扎实推进政府信息公开工作。\n"
            "（一）主动公开。2021年主动公开政府信息156条。\n")
    assert _run(tmp_path, text).metadata.year == 2021
    # a period left from last year's template, the overview on the title's year: the title's
    stale = text.replace("2021年，市医疗", "2020年，市医疗").replace("（一）主动公开。2021年", "（一）主动公开。2020年")
    assert _run(tmp_path, stale).metadata.year == 2020


def test_a_preamble_giving_its_datas_period_without_its_own_name_is_a_report(tmp_path: Path) -> None:
    text = ("依据《中华人民共和国政府信息公开条例》的规定，我委结合业务实际，完善制度，规范渠道。报告统计数据时间为"
            "2023年1月1日至2023年12月31日。\n一、总体情况\n2023年，我委持续深化政府信息公开工作。\n")
    record = _run(tmp_path, text)
    assert record.status is Status.PARTIAL, record.metadata.report_evidence
    assert record.metadata.year == 2023


def test_the_formats_first_items_in_order_make_a_report_with_no_year(tmp_path: Path) -> None:
    text = ("一、总体情况\n（一）工作机制。我镇明确专人负责信息发布审核。\n（二）主动公开。聚焦民生领域，全年主动公开政府信息86条。\n"
            "（三）依申请公开。规范申请办理流程，全年收到申请2件。\n")
    record = _run(tmp_path, text)
    assert record.status is Status.PARTIAL, record.metadata.report_evidence
    assert record.metadata.year is None
    briefing = text.replace("一、总体情况\n", "一、总体情况\n现将有关情况汇报如下。\n")
    assert _run(tmp_path, briefing).status is Status.NOT_A_REPORT
