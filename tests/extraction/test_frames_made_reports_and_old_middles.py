"""sealfix6d: the classes behind the detection misses of heldout29 and heldout30, all reports rejected.

- an untitled page whose only lines above 一、总体情况 are a portal's frame (its menu's entries, a share prompt, the
  site's footer with 版权所有 / 主办单位 / ICP number / address): read as if the page opened at the overview;
- a lead saying the report is made below ('现将全年政府信息公开年度报告编制如下') and asking those with questions on
  'the report' (no 本) to call: a report speaking of itself;
- a university's untitled report whose preamble lists its parts and says they make its 信息公开工作报告;
- a pre-2019 report's middle page (a portal splitting the report, a news site keeping part), opening at a numbered
  item and keeping the old outline's items with the year's figures.

Look-alikes stay out: a 总结 under the same frame, a frame line naming what the page is, the old middle of a 总结,
and the university notice that only cites the 办法. Sentences are invented.
"""

from __future__ import annotations

from pathlib import Path

from nianbao.core.record import Status
from tests.extraction.pages import read_page

_OVERVIEW = ("一、总体情况\n2022年，青溪县气象局认真贯彻落实《中华人民共和国政府信息公开条例》，围绕防灾减灾工作，"
             "扎实推进政府信息公开工作。\n")
_MENU = "规章\n行政规范性文件\n其他文件\n用微信扫一扫分享给朋友\n"
_FOOTER = ("版权所有：青溪县人民政府 主办单位：青溪县人民政府办公室 运行维护：县信息中心\n地址：青溪县滨河路8号 邮编：123456\n"
           "网站标识码：1234567890 澜ICP备12345678号 澜公网安备12345678901234号\n技术支持：青溪县大数据发展中心 "
           "网站维护电话：0123-5550000\n")
_ITEMS = "（一）主动公开情况\n2022年主动公开政府信息320条。\n（二）依申请公开情况\n全年收到政府信息公开申请3件。\n"


def test_a_menu_above_the_overview_is_no_preamble(tmp_path: Path) -> None:
    record = read_page(tmp_path, _MENU + _OVERVIEW)
    assert record.status is Status.PARTIAL
    assert record.metadata.year == 2022


def test_a_sites_footer_above_the_overview_is_no_preamble(tmp_path: Path) -> None:
    record = read_page(tmp_path, _FOOTER + "一、总体情况\n" + _ITEMS)
    assert record.status is Status.PARTIAL
    assert any("主动公开" in e for e in record.metadata.report_evidence)


def test_a_summary_under_the_frame_stays_no_report(tmp_path: Path) -> None:
    text = _MENU + _OVERVIEW.replace("工作。\n", "工作。现将全年工作总结如下：\n") + "（一）加强组织领导\n（二）完善工作制度\n"
    assert read_page(tmp_path, text).status is Status.NOT_A_REPORT


def test_a_line_naming_what_the_page_is_is_no_frame(tmp_path: Path) -> None:
    text = "工作总结\n" + _OVERVIEW + "（一）加强组织领导\n（二）完善工作制度\n"
    assert read_page(tmp_path, text).status is Status.NOT_A_REPORT


_MADE = ("2023年度，青岭镇根据县里关于政务公开工作的部署，安排专人负责，稳步推进政务公开工作。现将全年政府信息公开年度报告"
         "编制如下，若对报告有任何疑问，请与青岭镇人民政府党政办公室联系（电话：0123-5550123）。\n"
         "一、总体情况\n（一）强化组织领导。镇里成立了工作领导小组。\n（二）规范公开程序。坚持先审后发。\n")


def test_a_report_said_made_below_speaks_of_itself(tmp_path: Path) -> None:
    record = read_page(tmp_path, _MADE)
    assert record.status is Status.PARTIAL
    assert any(e.startswith("speaks of itself") for e in record.metadata.report_evidence)


def test_a_work_report_of_other_work_made_below_is_not_taken(tmp_path: Path) -> None:
    text = ("2023年度，青岭镇扎实推进安全生产工作。现将全年安全生产工作报告编制如下：\n一、主要做法\n（一）压实责任。\n"
            "（二）排查隐患。\n")
    assert read_page(tmp_path, text).status is Status.NOT_A_REPORT


_UNIVERSITY = ("为贯彻落实《高等学校信息公开办法》和教育厅关于做好高校信息公开年度报告工作的通知要求，学校不断完善信息公开工作。"
               "现将学校推进信息公开的工作举措、主动公开情况、依申请公开情况、评议情况和存在的主要问题形成信息公开工作报告。"
               "具体情况如下：\n一、推进信息公开的工作举措\n（一）加强组织建设\n本学年学校调整了信息公开工作领导小组。\n")


def test_a_universitys_untitled_report_listing_its_parts_is_one(tmp_path: Path) -> None:
    record = read_page(tmp_path, _UNIVERSITY)
    assert record.status is Status.PARTIAL
    assert record.metadata.year is None


def test_the_same_in_traditional_script_is_one(tmp_path: Path) -> None:
    text = ("為貫徹落實《高等學校信息公開辦法》要求，學校不斷完善信息公開工作。現將學校推進信息公開的工作舉措、主動公開情況、"
            "依申請公開情況形成信息公開工作報告。具體情況如下：\n一、推進信息公開的工作舉措\n（一）加強組織建設\n"
            "本學年學校調整了信息公開工作領導小組。\n")
    assert read_page(tmp_path, text).status is Status.PARTIAL


def test_a_universitys_page_citing_the_rules_alone_is_no_report(tmp_path: Path) -> None:
    text = ("为贯彻落实《高等学校信息公开办法》，学校召开信息公开工作会议。\n会议强调，各部门要按照清单做好信息公开。\n"
            "会议要求各单位于月底前报送材料。\n")
    assert read_page(tmp_path, text).status is Status.NOT_A_REPORT


_OLD_MIDDLE = ("（一）公开的主要内容\n2010年，青川省水务厅主动公开政府信息860条，其中业务工作类信息占多数。\n（二）公开形式\n"
               "1.门户网站。2010年，水务厅对门户网站进行了改版，及时发布各类信息。\n2.公报。全年编印厅公报4期。\n")


def test_an_old_reports_middle_page_is_one(tmp_path: Path) -> None:
    record = read_page(tmp_path, _OLD_MIDDLE)
    assert record.status is Status.PARTIAL
    assert record.metadata.year == 2010
    assert any("pre-2019 report's middle" in e for e in record.metadata.report_evidence)


def test_an_old_middle_at_the_requests_is_one(tmp_path: Path) -> None:
    text = ("|\n4、公共查阅点\n省档案馆设立政府信息查阅点，配备电脑和复印设备。\n（二）依申请公开政府信息情况\n"
            "2012年，全省共受理政府信息公开申请1200件，比上年有所增长。\n")
    assert read_page(tmp_path, text).status is Status.PARTIAL


def test_an_old_summarys_middle_stays_no_report(tmp_path: Path) -> None:
    text = _OLD_MIDDLE + "以上是水务厅2010年政府信息公开工作总结。\n"
    assert read_page(tmp_path, text).status is Status.NOT_A_REPORT


def test_a_middle_page_of_a_later_year_is_not_read_so(tmp_path: Path) -> None:
    text = _OLD_MIDDLE.replace("2010", "2022")
    assert read_page(tmp_path, text).status is Status.NOT_A_REPORT
