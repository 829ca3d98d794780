"""Bodies a page names without a sentence naming the report with its body, for the shapes met on real pages of
heldout13 (benchmarks/dev_pages.py): 某街道特编制…年度报告, 为做好某局政府信息公开工作, an overview opening
on a national body or a real place's body without a year, an item's '某镇没有收到…' after a sentence that
calls the body 我镇, and a metadata block whose 标题 names the body and whose 发布机构 is the body's office.
Sentences and bodies are invented; place names are real divisions where the rule checks them against the
gazetteer."""

from __future__ import annotations

from pathlib import Path

from nianbao.extraction.bodies import compiled_by, subject_agency
from nianbao.extraction.metadata import parse_title
from nianbao.extraction.work_of import work_named
from tests.extraction.pages import ITEMS, REST, read_page


def test_a_body_that_specially_compiled_the_report() -> None:
    assert compiled_by("根据条例要求，湖州市德清县武康街道特编制2023年政府信息公开年度报告。")[0][0] == "湖州市德清县武康街道"


def test_the_work_the_preamble_sets_out_to_do() -> None:
    found = work_named("为认真做好德清县统计局政府信息公开工作，我局精心组织，现向社会公布本年度报告。")
    assert [(a, y) for a, y, _ in found] == [("德清县统计局", None)]


def test_the_work_of_an_unknown_place_is_not_taken() -> None:
    """Without a real place (or a national body) the 为做好 sentence may name any body's work."""
    assert work_named("为认真做好云岭县统计局政府信息公开工作，我局精心组织，现向社会公布本年度报告。") == []


def test_an_overview_opening_on_a_national_body_without_a_year() -> None:
    head = "根据条例编制本年度报告。\n国家云岭管理局以习近平新时代中国特色社会主义思想为指导，依法主动公开政务信息。\n"
    assert subject_agency(head) == "国家云岭管理局"


def test_an_undated_opening_on_an_unknown_place_is_not_taken() -> None:
    head = "根据条例编制本年度报告。\n云岭县统计局以习近平新时代中国特色社会主义思想为指导，依法主动公开政务信息。\n"
    assert subject_agency(head) is None


def test_an_item_naming_the_body_after_a_we_sentence(tmp_path: Path) -> None:
    text = ("根据条例要求编制本报告。报告中所列数据统计期限为2025年1月1日至12月31日。\n一、总体情况\n"
            "（一）主动公开。2025年我镇通过县政府门户网站主动公开政府信息37条。\n"
            "（二）依申请公开。2025年云溪镇没有收到政府信息公开申请。\n" + REST)
    assert read_page(tmp_path, text).metadata.agency == "云溪镇"


def test_a_generic_body_after_a_we_sentence_is_not_taken() -> None:
    head = ("（一）主动公开。2025年我院通过网站主动公开信息37条。\n"
            "（二）依申请公开。2025年县医院没有收到政府信息公开申请。\n")
    assert subject_agency(head) is None


def test_a_title_telling_the_year_s_work_as_a_report() -> None:
    assert parse_title("云岭省气象局关于2017年度政府信息公开工作情况的报告") == ("云岭省气象局", 2017)


def test_a_metadata_title_s_body_before_its_office_as_publisher(tmp_path: Path) -> None:
    text = ("标 题 | 云岭省气象局关于2017年度政府信息公开工作情况的报告 | ||\n"
            "发布机构 | 云岭省气象局办公室 | 发布日期 | 2018-02-02 |\n"
            "现将我局2017年度政府信息公开工作情况报告如下。\n一、总体情况\n" + ITEMS + REST)
    assert read_page(tmp_path, text).metadata.agency == "云岭省气象局"
