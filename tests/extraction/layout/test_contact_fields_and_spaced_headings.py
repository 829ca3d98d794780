"""Contact fields set one a line under the preamble stay lines of their own, and a crawler's heading that ends
at a space (its line break kept as one) is a run-in heading of its words alone. Fixtures are our own words."""

from __future__ import annotations

import pytest

from nianbao.extraction.layout.dewrap import dewrap
from nianbao.extraction.layout.headings import sub_heading


def test_contact_fields_are_never_joined_into_one_paragraph() -> None:
    lines = ["根据条例的规定编制本报告，报告包括总体情况等六个部分。", "联系电话:0471-1234567",
             "联系地址:某区人社局信息室(某区党政大楼113室)", "邮政编码:010000", "一、总体情况"]
    assert dewrap(lines) == [[0], [1], [2], [3], [4]]


@pytest.mark.parametrize("field", ["联系电话：0571-8765432", "地址: 某县某路18号某大厦三楼东侧办公室", "邮 编：312000",
                                   "电子邮箱:abc@example.cn", "联系人：王某"])
def test_contact_fields_one_a_line_stay_apart(field: str) -> None:
    assert dewrap(["联系地址：某县某路18号某大厦三楼东侧办公室", field]) == [[0], [1]]


def test_a_wrap_inside_a_contact_sentence_is_joined_at_a_fields_key() -> None:
    assert dewrap(["如对报告内容有疑问，请与某区商务局联系（地址：某区人民路134号；邮编：461048；电子", "邮箱：abc@example.cn）。"]) == [
        [0, 1]]


def test_a_sentence_running_through_contact_fields_stays_one_paragraph() -> None:
    # a converter's wrap of one contact sentence: each piece ends on a comma, the sentence goes on
    lines = ["公众可登录县政府门户网站查阅本报告全文。联系地址：某县解放路28号，邮编：312000，", "联系电话：0571-8765432，",
             "电子邮箱：abc@example.cn。"]
    assert dewrap(lines) == [[0, 1, 2]]


@pytest.mark.parametrize("line, title", [
    ("（一）公开信息量 2017年，某镇通过各渠道主动公开信息共137条。", "（一）公开信息量"),
    ("一、引言 本年报是根据某区规定编制的2011年度政府信息公开年度报告。", "一、引言"),
    ("(二)公开形式 本镇通过网站、公开栏等形式公开信息，方便群众查阅。", "(二)公开形式"),
])
def test_a_heading_ending_at_a_space_before_a_sentence_is_run_in(line: str, title: str) -> None:
    heading = sub_heading(line)
    assert heading is not None and heading.run_in and heading.text == title


@pytest.mark.parametrize("line, title", [("（一）主动公开 情况", "（一）主动公开 情况"),
                                         ("一、 政府信息公开工作概况", "一、 政府信息公开工作概况"),
                                         ("（二）加强领导，健全制度。2012年，我局加强领导。", "（二）加强领导，健全制度")])
def test_a_spaced_heading_alone_or_one_ended_by_its_stop_is_not_cut_at_the_space(line: str, title: str) -> None:
    heading = sub_heading(line)
    assert heading is not None and heading.text == title
