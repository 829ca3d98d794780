"""Bodies named the ways heldout32/33's misses name them (benchmarks/dev_pages.py): a portal's 发布机构 naming the
region's office by its kind alone ('自治区人民政府办公厅') under a 标题 naming the region (the office, named with
its region, since sealfix13n); a 学院 calling itself
我院 or 学院 and named in full only by its compiled report, its alias or its contact desk (the bare '学院' is no
name); an overview subject after a mirror's doubled comma, or leading its zone's departments. Sentences are
invented; place names are real divisions where the gazetteer must know them, the schools are invented."""

from __future__ import annotations

from pathlib import Path

from nianbao.extraction.bodies import subject_agency
from nianbao.extraction.desks import is_office_of
from nianbao.extraction.real_places import is_placeless
from nianbao.extraction.schools import school_statements, self_named_school
from tests.extraction.pages import ITEMS, REST, read_page


def test_an_office_named_by_its_place_s_kind_is_the_office_of_that_place() -> None:
    assert is_office_of("自治区人民政府办公厅", "西藏自治区")
    assert is_office_of("省政府办公厅", "河北省")
    assert is_office_of("某局办公室", "某局")  # an office opening with its body's name, as before
    assert not is_office_of("省政府办公厅", "西藏自治区")  # another kind of place: not its office
    assert not is_office_of("自治区人民政府办公厅", "西藏自治区教育厅")  # a department's report is not the region's
    assert not is_office_of("自治区发展和改革委员会", "西藏自治区")


def test_a_region_s_title_in_the_metadata_block_outranks_its_office_named_by_kind(tmp_path: Path) -> None:
    # (the 发布机构 is the portal's publisher of record, no statement of who wrote the region's report)
    text = ("标 题 | 西藏自治区2016年政府信息公开工作年度报告 | ||\n索引号 | 0001/2017-001 | 文 号 | |\n"
            "发布机构 | 自治区人民政府办公厅 | 发布日期 | 2017-03-20 |\n"
            "本报告依据全区各地市和各部门的年度报告汇总编制，数据统计期限为2016年1月1日至2016年12月31日。\n"
            "一、概述\n2016年，全区政府信息公开工作稳步推进。\n" + ITEMS + REST)
    record = read_page(tmp_path, text)
    assert (record.metadata.agency, record.metadata.year) == ("西藏自治区", 2016)


def test_a_bare_school_kind_names_no_body() -> None:
    assert is_placeless("学院")
    assert is_placeless("大学")
    assert not is_placeless("云岭健康职业学院")


def test_a_college_s_compiled_report_names_it() -> None:
    head = ("根据《高等学校信息公开办法》，我院结合2023-2024学年度信息公开执行情况，编制了云岭健康职业学院"
            "2023-2024学年度信息公开工作年度报告。\n一、总体情况\n学院始终坚持依法公开。")
    assert [s.value for s in school_statements(None, [], head)][:1] == ["云岭健康职业学院"]


def test_a_college_calling_itself_by_its_kind_is_named_by_its_desk_or_alias() -> None:
    desk = "根据我院本学年信息公开工作情况，现编制本报告。如有疑问，请联系滇池大学明远学院办公室。\n学院坚持公开为常态。"
    assert self_named_school(desk) == "滇池大学明远学院"
    alias = "滇池师范大学科技学院（以下简称学院）本学年信息公开报告依照有关规定编制。\n学院始终坚持依法公开。"
    assert self_named_school(alias) == "滇池师范大学科技学院"


def test_an_academy_cited_by_its_institute_is_no_school() -> None:
    head = "依据《中国科学院信息公开工作管理办法》，我院（所）编制本报告。\n学院路办公区开放查阅。"
    assert self_named_school(head) is None


def test_a_college_page_takes_its_full_name_over_the_bare_kind(tmp_path: Path) -> None:
    text = ("根据我院2024-2025学年信息公开工作情况，现编制本报告。统计时间为2024年9月1日至2025年8月31日。"
            "如对本报告有疑问，请联系滇池大学明远学院办公室（电话：0871-1234567）。\n一、概述\n"
            "2024-2025学年，学院坚持以习近平新时代中国特色社会主义思想为指导，推进信息公开。\n" + ITEMS + REST)
    assert read_page(tmp_path, text).metadata.agency == "滇池大学明远学院"


def test_a_subject_after_a_doubled_comma_is_read() -> None:
    head = "一、总体情况\n2021年,,山东省人民政府办公厅以习近平新时代中国特色社会主义思想为指导,,推进政务公开。"
    assert subject_agency(head) == "山东省人民政府办公厅"


def test_a_body_leading_its_zone_s_departments_is_the_subject() -> None:
    head = "一、总体情况\n2020年，合肥经开区管委会办公室统领区属各部门认真贯彻《条例》，推进公开。"
    assert subject_agency(head) == "合肥经开区管委会办公室"
    head = "一、总体情况\n2022年，德清县人民政府办公室带领全县各单位认真落实公开要求。"
    assert subject_agency(head) == "德清县人民政府办公室"


def test_a_district_s_public_desk_calling_itself_we_office_writes_the_district_s_report() -> None:
    head = ("一、总体情况\n2021年，按照上级部署，黄埔区 广州开发区政务公开工作办公室（下称我办）立足新要求，推进公开。\n"
            "（一）主动公开。2021年，我区通过门户网站主动公开信息300条。")
    assert subject_agency(head) == "黄埔区广州开发区"
    alone = head.replace("黄埔区 广州开发区", "荔湾区")
    assert subject_agency(alone) == "荔湾区"
    # the desk's own figures only (我办, never 我区): whose report it is, nothing says
    assert subject_agency(alone.replace("我区", "我办")) is None
