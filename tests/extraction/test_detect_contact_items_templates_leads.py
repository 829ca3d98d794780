"""Report detection on four page shapes, on our own paraphrased pages (every agency, place and sentence here is
invented): a cut page whose only words above 一、总体情况 are the report's contact line is a report; a page opening
at 一、总体情况 whose items read '（一）政府信息主动公开情况' / '（二）办理政府信息依申请公开情况' is a cut report; a
template with a blank where the year goes (20xx年度, xxxx年度) is a 范文, not a report, whatever it says of itself;
an untitled pre-2019 page opening on a lead paragraph on the body's year of 政府信息公开 work, its first heading
right under it, is a report, while a 总结 or a 汇报 laid out the same is not."""

from __future__ import annotations

from pathlib import Path

import pytest

from nianbao.core.record import Status
from tests.extraction.pages import read_page


def test_a_page_cut_to_its_contact_line_above_the_overview_is_a_report(tmp_path: Path) -> None:
    text = ("如对本报告有任何疑问，请联系：中国（云岫）自由贸易试验区石湾片区管理委员会政府信息公开办公室，"
            "地址：云岫市滨江大道88号，邮编：350999，电话：0591-5550188。\n"
            "一、总体情况\n2022年，我委认真贯彻落实《中华人民共和国政府信息公开条例》，持续完善信息公开制度建设。\n"
            "（一）主动公开情况\n网站全年主动公开政府信息27条。\n")
    record = read_page(tmp_path, text)
    assert record.status is Status.PARTIAL
    assert record.metadata.year == 2022
    assert any("如对本报告有任何疑问" in e for e in record.metadata.report_evidence)


def test_the_overviews_items_with_their_words_turned_round_open_a_cut_report(tmp_path: Path) -> None:
    text = ("一、总体情况\n（一）政府信息主动公开情况\n"
            "一是依法主动公开政府信息。各乡镇和县级各部门认真落实《条例》要求，全县共公开政府信息2140条。"
            "二是做好决策信息公开。全县开展重大决策预公开3次。\n"
            "（二）办理政府信息依申请公开情况\n全县共受理政府信息公开申请4件，均在法定时限内办结。\n"
            "2021年，全县未发生因政府信息公开引起的行政复议和行政诉讼。\n")
    record = read_page(tmp_path, text)
    assert record.status is Status.PARTIAL
    assert record.metadata.year == 2021


@pytest.mark.parametrize("blank", ["20xx年度", "20XX年", "xxxx年度"])
def test_a_template_with_a_blank_year_is_no_report(tmp_path: Path, blank: str) -> None:
    text = ("乡镇年度政府信息公开工作情况报告\n"
            f"{blank}，xx镇在县委、县政府的领导下，按照《中华人民共和国政府信息公开条例》要求，扎实推进政府信息公开工作。"
            "现将工作情况报告如下：\n一、主要做法\n（一）强化组织领导\n镇里调整了政府信息公开领导小组，明确专人负责。\n"
            "二、存在问题\n公开内容还不够全面。\n")
    record = read_page(tmp_path, text)
    assert record.status is Status.NOT_A_REPORT
    assert any("template" in e and "范文" in e for e in record.metadata.report_evidence)


def test_a_mirror_masking_a_reports_year_with_stars_is_not_taken_for_a_template(tmp_path: Path) -> None:
    text = ("本报告根据《中华人民共和国政府信息公开条例》要求编制。本报告中所列数据的统计期限自****年1月1日起至****年12月31日止。\n"
            "一、总体情况\n****年度，我镇持续推进政府信息公开工作。\n（一）主动公开\n全年主动公开政府信息53条。\n"
            "（二）依申请公开\n全年未收到政府信息公开申请。\n（三）政府信息管理\n严格执行保密审查制度。\n")
    record = read_page(tmp_path, text)
    assert record.status is not Status.NOT_A_REPORT
    assert not any("template" in e for e in record.metadata.report_evidence)


_OLD_LEAD_PAGE = ("2015年，我局认真贯彻落实《中华人民共和国政府信息公开条例》，在县政府的统一部署下，扎实推进政府信息公开工作，"
                  "政府工作透明度进一步提高。\n"
                  "一、加强组织领导，健全工作机构\n局里成立了由局长任组长的政府信息公开工作领导小组，办公室负责日常工作。\n"
                  "二、规范公开内容，拓宽公开渠道\n全年通过县政府门户网站主动公开政府信息46条，其中工作动态35条。\n"
                  "三、依申请公开和收费情况\n2015年度我局未收到政府信息公开申请，未收取任何费用。\n")


def test_an_untitled_pre2019_page_opening_on_a_dated_lead_paragraph_is_a_report(tmp_path: Path) -> None:
    record = read_page(tmp_path, _OLD_LEAD_PAGE)
    assert record.status is Status.PARTIAL
    assert record.metadata.year == 2015
    assert any("lead paragraph" in e for e in record.metadata.report_evidence)


@pytest.mark.parametrize("lead", [
    "2015年，我局政府信息公开工作在局党组的领导下有序推进，现将全年工作总结如下：",
    "2015年，我局按照县政府要求做好政府信息公开工作，现将有关情况汇报如下：",
])
def test_a_summary_or_a_briefing_laid_out_the_same_is_no_report(tmp_path: Path, lead: str) -> None:
    text = lead + "\n" + _OLD_LEAD_PAGE.split("\n", 1)[1]
    record = read_page(tmp_path, text)
    assert record.status is Status.NOT_A_REPORT
    assert record.metadata.report_evidence  # the rejection says why
