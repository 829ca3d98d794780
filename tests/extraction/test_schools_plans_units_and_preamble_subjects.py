"""Bodies named the ways heldout25's pages name them (benchmarks/dev_pages.py): a university or college by a title
over an academic year, by its name on the line above such a title, or in the work sentence the preamble compiles
from; a 街道 only as the subject of a preamble sentence; a county branch of a prefecture's bureau, the prefecture
by its short name, only as the subject of an overview item; a zone only as the issuer of its own plan for the
year; a bureau whose unit (指挥中心) compiled the report; an ethnic township called by its short name. Sentences are invented; the place names are real
divisions where the gazetteer must know them ('云泽县' is invented on purpose)."""

from __future__ import annotations

import re
from pathlib import Path

from nianbao.core import places
from nianbao.extraction.bodies import subject_agency
from nianbao.extraction.desks import parent_of_unit
from nianbao.extraction.made_rules import own_plan_body
from nianbao.extraction.metadata import parse_title
from nianbao.extraction.real_places import this_year_township
from tests.extraction.pages import ITEMS, REST, read_page


def test_a_title_over_an_academic_year_names_the_school_and_no_year() -> None:
    assert parse_title("云泽师范大学2022—2023学年信息公开工作年度报告") == ("云泽师范大学", None)
    assert parse_title("云泽职业技术学院2015-2016学年度信息公开年度报告") == ("云泽职业技术学院", None)
    assert parse_title("2022—2023学年信息公开工作年度报告") == (None, None)  # whose, the title does not say


def test_a_university_titled_by_academic_year_is_its_own_body(tmp_path: Path) -> None:
    text = ("云泽师范大学2022—2023学年信息公开年度报告\n依照高等学校信息公开办法，学校编制本学年报告。统计期限为2022年9月1日"
            "至2023年8月31日。\n一、概述\n本学年，学校把信息公开作为依法治校的抓手。\n" + ITEMS + REST)
    record = read_page(tmp_path, text)
    assert (record.metadata.agency, record.metadata.year) == ("云泽师范大学", 2023)


def test_a_university_named_on_the_line_above_its_academic_year_title(tmp_path: Path) -> None:
    text = ("云泽汽车工程大学\n2023—2024学年信息公开工作年度报告\n我校依照高等学校信息公开办法编制本报告，统计时段为2023年9月1日"
            "至2024年8月31日。\n一、概述\n学校坚持以公开为常态。\n" + ITEMS + REST)
    record = read_page(tmp_path, text)
    assert (record.metadata.agency, record.metadata.year) == ("云泽汽车工程大学", 2024)


def test_a_college_named_in_the_work_its_report_is_compiled_from(tmp_path: Path) -> None:
    text = ("本报告依照高等学校信息公开办法，结合2019~2020学年云泽职业技术学院信息公开工作实际情况编制。如有疑问，请与学院"
            "党政办公室联系。\n一、概述\n本学年，学院持续完善公开制度。\n" + ITEMS + REST)
    assert read_page(tmp_path, text).metadata.agency == "云泽职业技术学院"


def test_a_school_whose_name_a_mirror_replaced_with_spam_is_not_named(tmp_path: Path) -> None:
    text = ("省教育厅：\n依照高等学校信息公开办法，现编制2020年度某某娱乐官方网站信息公开工作年度报告。统计期限自2019年9月1日"
            "至2020年8月31日。\n一、概述\n学院坚持依法公开。\n" + ITEMS + REST)
    assert read_page(tmp_path, text).metadata.agency is None


def test_a_township_named_only_as_the_subject_of_a_preamble_sentence(tmp_path: Path) -> None:
    text = ("本年度报告依照条例要求，结合本街道政府信息公开工作情况编制而成。统计期限自2023年1月1日起至2023年12月31日止。"
            "解放碑街道严格按照条例及上级部署，积极推进政府信息公开。\n（一）主动公开情况\n2023年，我街通过网站主动公开信息"
            "30条。\n（二）依申请公开情况\n全年未收到申请。\n" + REST)
    assert read_page(tmp_path, text).metadata.agency == "解放碑街道"


def test_a_preamble_sentence_whose_subject_has_no_real_place_names_no_body() -> None:
    head = "本报告依照条例编制。区政府高度重视政务公开，统筹推进各项工作。\n（一）主动公开\n全年公开信息20条。"
    assert subject_agency(head) is None


def test_a_branch_named_with_its_prefecture_s_short_name_and_said_twice(tmp_path: Path) -> None:
    item = "克州生态环境局阿合奇县分局认真落实条例，利用县政府网站主动公开信息。"
    text = ("一、总体情况\n2023年，我局将政府信息公开作为生态环境治理的重要举措。\n（一）主动公开情况。\n" + item +
            "\n全年克州生态环境局阿合奇县分局在县政府网站发布信息120条。\n（二）依申请公开情况\n全年未收到申请。\n" + REST)
    assert read_page(tmp_path, text).metadata.agency == "克州生态环境局阿合奇县分局"
    once = ("一、总体情况\n2023年，我局将政府信息公开作为生态环境治理的重要举措。\n（一）主动公开情况。\n" + item +
            "\n（二）依申请公开情况\n全年未收到申请。\n" + REST)
    assert read_page(tmp_path, once).metadata.agency is None  # said once, a name opening on no real place is no name


def test_a_zone_named_only_as_the_issuer_of_its_own_plan_for_the_year() -> None:
    head = "（一）主动公开。印发《云泽高新区2023年政务公开工作要点》，细化重点任务。全区公开信息300条。"
    assert own_plan_body(head, 2023) == "云泽高新区"
    assert own_plan_body(head, 2024) is None  # another year's plan
    assert own_plan_body("按照《云泽市2023年政务公开工作要点》部署推进工作。", 2023) is None  # a plan it follows
    assert own_plan_body("印发《全区2023年政务公开工作要点》。", 2023) is None  # the words for a whole place


def test_a_zone_page_naming_itself_only_in_its_plan(tmp_path: Path) -> None:
    text = ("根据条例规定编制本报告。报告数据统计期限为2023年1月1日至2023年12月31日。\n（一）主动公开政府信息情况。印发"
            "《云泽高新区2023年政务公开工作要点及责任分工》，全年在园区网站主动公开信息500条。\n（二）依申请公开\n全年收到申请"
            "3件。\n" + REST)
    assert read_page(tmp_path, text).metadata.agency == "云泽高新区"


def test_a_unit_of_a_bureau_that_compiled_the_report_gives_the_bureau() -> None:
    head = ("本年度报告由云泽县公安局指挥中心办公室编制。\n一、概述\n2020年云泽县公安局信息公开工作，在县委领导下有序开展。"
            "局党委高度重视，我局落实专人。")
    assert parent_of_unit("云泽县公安局指挥中心", head) == "云泽县公安局"
    own = "本年度报告由云泽县农业农村局农技推广中心编制。2020年，我中心认真落实云泽县农业农村局信息公开工作要求。"
    assert parent_of_unit("云泽县农业农村局农技推广中心", own) == "云泽县农业农村局农技推广中心"  # a centre on its own


def test_a_bureau_page_compiled_by_its_unit(tmp_path: Path) -> None:
    text = ("本年度报告依照条例要求，由云泽县公安局指挥中心办公室编制。如有疑问，请联系云泽县公安局指挥中心。\n一、概述\n"
            "2020年云泽县公安局信息公开工作，在县委、县政府领导下稳步推进。局党委高度重视，我局明确专人负责。\n" + ITEMS + REST)
    assert read_page(tmp_path, text).metadata.agency == "云泽县公安局"


def test_an_overview_opening_on_an_academic_year_names_the_school_and_the_year_it_ends(tmp_path: Path) -> None:
    text = ("2019-2020学年，云泽财经职业学院严格落实高等学校信息公开办法，现将学院2019-2020年度信息公开工作报告如下。统计"
            "时限自2019年9月1日起至2020年8月31日止。\n一、概述\n本学年，学院持续完善公开事项。\n" + ITEMS + REST)
    record = read_page(tmp_path, text)
    assert (record.metadata.agency, record.metadata.year) == ("云泽财经职业学院", 2020)


def test_a_title_followed_by_a_portal_s_empty_cells_is_read_without_them() -> None:
    assert parse_title("云泽县统计局2021年政府信息公开工作年度报告 | ||||") == ("云泽县统计局", 2021)


def test_an_ethnic_township_called_by_its_short_name_in_a_this_year_sentence(tmp_path: Path) -> None:
    full = next(t.name for t in places.of_level("township") if re.fullmatch(r"[\u4e00-\u9fff]{2}[\u4e00-\u9fff]{1,3}族乡", t.name)
                and not places.lookup(t.name[:2] + "乡"))
    short = full[:2] + "乡"  # '某某苗族乡' → '某某乡', a name the gazetteer does not hold
    assert this_year_township(f"本年度，{short}严格依照条例推进公开工作。") == short
    assert this_year_township("本年度，云泽乡严格依照条例推进公开工作。") is None  # no such township


def test_a_school_named_in_the_title_of_the_report_it_says_it_wrote(tmp_path: Path) -> None:
    text = ("根据省教育厅关于做好2023年高校信息公开年度报告工作的通知要求，校长办公室编写了《云泽海洋大学2022—2023学年度信息公开"
            "工作报告》。统计期限从2022年9月1日至2023年8月31日止。\n一、概述\n本学年，学校加强组织领导。\n" + ITEMS + REST)
    record = read_page(tmp_path, text)
    assert (record.metadata.agency, record.metadata.year) == ("云泽海洋大学", 2023)


def test_a_school_s_letter_title_wrapped_after_its_academic_year(tmp_path: Path) -> None:
    text = ("云泽中医药大学关于2022-2023学年度\n信息公开工作的报告\n省教育厅：\n根据通知要求，学校编制了本学年度信息公开工作报告。"
            "统计时间为2022年9月1日至2023年8月31日。\n一、概述\n学校持续推进信息公开。\n" + ITEMS + REST)
    assert read_page(tmp_path, text).metadata.agency == "云泽中医药大学"
