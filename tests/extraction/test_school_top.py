"""An untitled university page naming the school only at its top (``extraction.school_top``): alone on a line, or
as its lead's subject — taken where the page speaks as a school and names one; pages in our own words."""

from __future__ import annotations

from pathlib import Path

from nianbao.extraction.school_top import school_at_top
from tests.extraction.pages import read_page

_BODY = ("一、概述\n2022-2023学年，学校认真贯彻《高等学校信息公开办法》，完善信息公开制度。\n二、主动公开信息情况\n"
         "本学年主动公开信息212条。\n三、依申请公开和不予公开情况\n本学年收到信息公开申请3件。\n")


def test_a_name_line_at_the_top_is_the_school() -> None:
    head = "青川理工学院\n（2023年10月20日）\n现将我校2022-2023学年信息公开工作情况报告如下：\n" + _BODY
    assert school_at_top(head) == "青川理工学院"


def test_the_lead_subject_is_the_school() -> None:
    head = "发布日期：2023-10-30\n青川师范大学按照《高等学校信息公开办法》要求，做好本学年信息公开工作。\n" + _BODY
    assert school_at_top(head) == "青川师范大学"


def test_no_self_word_no_school() -> None:
    # a page not speaking as a school: a name line at its top is no reporter's
    assert school_at_top("青川理工学院\n按照上级要求，现将本单位信息公开工作情况报告如下：\n一、概述\n") is None


def test_two_schools_at_the_top_give_none() -> None:
    head = "青川理工学院\n青川师范大学按照有关要求，做好我校信息公开工作。\n" + _BODY
    assert school_at_top(head) is None


def test_generic_words_are_no_school() -> None:
    assert school_at_top("高等学校\n学校按照要求做好信息公开工作。\n" + _BODY) is None
    # a name line past the first section's heading is the report's content, not its top
    assert school_at_top("现将我校信息公开工作报告如下：\n一、概述\n青川理工学院\n") is None


def test_an_untitled_school_page_reads_its_school(tmp_path: Path) -> None:
    record = read_page(tmp_path, "青川理工学院\n（2023年10月20日）\n按照教育部有关要求，现将我校2022-2023学年"
                                 "（2022年9月1日至2023年8月31日）信息公开工作情况报告如下：\n" + _BODY)
    assert record.metadata.agency == "青川理工学院"
    assert record.metadata.year == 2023
