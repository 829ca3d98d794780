"""A line a PDF converter cut short still goes on into the next line where its sentence visibly does: it
ends on a comma or a pause, on a number whose unit opens the next line (pdfminer sets digits in text boxes
of their own), or — a full line — on a field's colon whose value opens the next line. Short lines that end
a paragraph stay apart: a label ending on a colon, a title, a date. Invented text."""

from __future__ import annotations

import pytest

from nianbao.extraction.layout.dewrap import dewrap


@pytest.mark.parametrize("lines", [
    # a line cut after a comma, however short
    ["本年度报告中所列数据的统计期限自 2023", "年 1", "月 1 日起，", "至 2023", "年 12", "月 31 日止。"],
    # digits set apart at a line's end before their unit
    ["积极推进财政预决算信息公开工作，及时公开 2022", "年度部门决算和预算说明。"],
    ["全年办理行政复议案件 12", "起。"],
    # a bare number line before its unit
    ["2023", "年，本局坚持以公开为常态、不公开为例外，推进政务公开。"],
    # a full line ending on a colon, the value opening the next line
    ["如对本报告有疑问，请与本局办公室联系（地址：澜溪县滨河路 8 号，邮编：", "334455，电话：0791-1234567）。"],
], ids=["comma", "year before 年度", "number before 起", "bare year", "colon before its value"])
def test_lines_cut_short_join_into_one_paragraph(lines: list[str]) -> None:
    assert dewrap(lines) == [list(range(len(lines)))]


@pytest.mark.parametrize("lines", [
    ["公开数量:", "2023年度本局共公开政务信息213条。"],  # a label: a paragraph starts below it
    ["根据有关规定，现将本局本年度政府信息公开情况报告如下：", "2023年，本局共公开政务信息213条。"],  # a date opens a paragraph
    ["一、", "总体情况"],  # a marker cut from its heading
    ["2023年，", "本局坚持以公开为常态，推进政务公开。"],  # a page's own short line
    ["澜溪县水利局", "2024年1月20日"],  # a signature and its date
    ["（二）依申请公开情况", "2023年，本局收到申请5件。"],  # a heading
    ["全年共发布信息 86 条。", "2023年度，本局还开展了政策解读。"],  # a sentence's end
    ["联系电话：", "1. 加强组织领导，明确分工。"],  # a colon before a numbered item
    ["本年度政府信息主动公开目录的落实情况如下：", "1、2023年度本局主动公开目录共32项。"],  # and another
], ids=["label", "date after a colon", "marker", "short first line", "signature", "heading", "stop", "colon before an item", "colon before an item 1、"])
def test_short_lines_that_end_a_paragraph_stay_apart(lines: list[str]) -> None:
    assert len(dewrap(lines)) == len(lines)
