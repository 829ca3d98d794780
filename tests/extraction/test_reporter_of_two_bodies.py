"""Which of two plausible bodies is the reporter: a place's report compiled by its government's office is the
place's (its government's) where the report speaks as the place ('我县政府信息公开工作') or of all its levels
('某县各级行政机关'); an office's own report stays the office's; a government office named by a generic place
('县政府办公室', '自治区人民政府办公厅') stands for no government until the page names its place. Sentences are
invented; the place names are real divisions (the gazetteer must know them)."""

from __future__ import annotations

from pathlib import Path

from nianbao.extraction.desks import government_of
from nianbao.extraction.metadata import parse_title
from nianbao.extraction.real_places import complete_generic
from tests.extraction.pages import ITEMS, REST, read_page


def test_a_title_writing_its_year_twice_still_names_its_body() -> None:
    assert parse_title("将乐县某某乡人民政府2016年年度政府信息公开工作年度报告") == ("将乐县某某乡人民政府", 2016)
    assert parse_title("泰宁县2019年度政府信息公开工作年度报告") == ("泰宁县", 2019)


def test_an_office_compiling_a_report_that_speaks_as_its_place_stands_for_the_government() -> None:
    head = "本报告由泰宁县人民政府办公室编制。\n2020年我县政府信息公开工作稳步推进。"
    assert government_of("泰宁县人民政府办公室", head, None) == "泰宁县人民政府"
    head = "本报告由泰宁县人民政府办公室编制。\n2020年，泰宁县各级行政机关坚持以公开为常态。"
    assert government_of("泰宁县人民政府办公室", head, None) == "泰宁县人民政府"


def test_an_office_speaking_of_itself_keeps_its_own_report() -> None:
    head = "本报告由泰宁县人民政府办公室编制。\n2020年，泰宁县人民政府办公室坚持以公开为常态，全县网站运行平稳。"
    assert government_of("泰宁县人民政府办公室", head, None) == "泰宁县人民政府办公室"
    assert government_of("泰宁县人民政府办公室", "现将我办2020年度政府信息公开情况报告如下。", None) == "泰宁县人民政府办公室"


def test_an_office_of_a_generic_place_stands_for_no_government() -> None:
    head = "本报告由自治区人民政府办公厅编制。\n2020年，全区各级行政机关认真落实条例。"
    assert government_of("自治区人民政府办公厅", head, None) == "自治区人民政府办公厅"


def test_a_generic_office_takes_the_place_the_page_names_its_full_form_with() -> None:
    text = "本报告由县政府办公室汇总编制。\n如有疑问，请与德清县人民政府办公室联系。"
    assert complete_generic("县政府办公室", text) == "德清县人民政府办公室"
    two = text + "湖州市吴兴区人民政府办公室也已公布。"  # a district, not a 县: no second county named
    assert complete_generic("县政府办公室", two) == "德清县人民政府办公室"
    rival = text + "临近的泰宁县人民政府办公室也已公布。"
    assert complete_generic("县政府办公室", rival) == "县政府办公室"  # two counties: none is taken


def test_an_untitled_place_report_compiled_by_a_generic_office_is_the_place_s(tmp_path: Path) -> None:
    text = ("2021年政府信息公开工作年度报告\n本年度报告由县政府办公室综合各部门年度报告编制。\n一、概述\n"
            "2021年，德清县各级行政机关坚持以公开为常态、不公开为例外。\n" + ITEMS + REST
            + "如对本报告有疑问，请与德清县人民政府办公室联系。\n")
    assert read_page(tmp_path, text).metadata.agency == "德清县人民政府"


def test_an_office_s_own_titled_report_stays_the_office_s(tmp_path: Path) -> None:
    text = ("德清县人民政府办公室2021年政府信息公开工作年度报告\n本报告由德清县人民政府办公室编制。\n一、总体情况\n"
            "2021年，本办坚持以公开为常态，全县各级行政机关网站运行平稳。\n" + ITEMS + REST)
    assert read_page(tmp_path, text).metadata.agency == "德清县人民政府办公室"


def test_a_report_saying_it_covers_its_office_s_own_work_is_the_office_s(tmp_path: Path) -> None:
    """'本报告内容主要为X办公厅YEAR年度的政府信息公开工作情况' says whose work the report covers, as 现公布… names it: the
    office's own report, though the contact desk is its government's disclosure desk."""
    text = ("根据《中华人民共和国政府信息公开条例》的有关要求，特编制本报告。\n"
            "如对本报告有任何疑问，请与博尔塔拉蒙古自治州人民政府信息公开工作机构联系。\n"
            "本报告内容主要为博尔塔拉蒙古自治州人民政府办公厅2013年度的政府信息公开工作情况，各县市、各部门的年度报告由各自公布。\n"
            "一、概述\n2013年，我厅认真贯彻落实《条例》。\n" + ITEMS + REST)
    assert read_page(tmp_path, text).metadata.agency == "博尔塔拉蒙古自治州人民政府办公厅"


def test_a_report_covering_a_place_s_work_named_by_the_place_stays_the_place_s(tmp_path: Path) -> None:
    text = ("本年度报告内容为博乐市2013年度政府信息公开工作情况。\n"
            "一、概述\n2013年，我市认真贯彻落实《条例》。\n" + ITEMS + REST)
    assert read_page(tmp_path, text).metadata.agency in ("博乐市", "博乐市人民政府")
