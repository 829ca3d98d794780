"""A 范文's blank body, a portal menu's column names taken for a title, and an old report's year deciding its format
(the sealed sets heldout34/35 and heldout-19). Fixtures are nianbao's own words."""

from __future__ import annotations

from pathlib import Path

from nianbao.core.config import ExtractConfig
from nianbao.core.record import Status
from nianbao.extraction.lookalikes import lookalike_signs
from nianbao.extraction.report_words import compact
from nianbao.pipeline import extract


def _read(tmp_path: Path, lines: list[str]):
    path = tmp_path / "page.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return extract(path, ExtractConfig(tag=False))


def test_a_template_blank_body_named_twice_is_a_sign() -> None:
    text = "一、概述\n今年，XX县水利局认真贯彻条例。\n二、主动公开政府信息情况\n今年，XX县水利局发布信息20条。"
    assert any("template's blank for the body" in s for s in lookalike_signs(text, compact(text), False))


def test_one_masked_name_is_no_template() -> None:
    # a real report naming an applicant's case with one anonymised place is not a 范文
    text = "一、总体情况\n2023年，本局受理某某区居民申请1件，已按期答复。\n二、主动公开政府信息情况"
    assert not any("template's blank for the body" in s for s in lookalike_signs(text, compact(text), False))


def test_a_guide_under_menu_column_names_is_no_report(tmp_path: Path) -> None:
    record = _read(tmp_path, ["政府信息公开", "法定主动公开内容", "政府信息公开年报", "依申请公开",
                              "某市政务信息公开指南", "为便于公民依法获取政务信息，特编制本指南。", "一、主动公开",
                              "（一）主动公开的内容", "1.履职依据。主要包括规范性文件。"])
    assert record.status is Status.NOT_A_REPORT


def test_a_report_titled_with_its_body_and_year_keeps_its_title(tmp_path: Path) -> None:
    record = _read(tmp_path, ["政府信息公开年报", "郑州市人民政府2023年政府信息公开工作年度报告",
                              "本报告根据《中华人民共和国政府信息公开条例》编制。", "一、总体情况",
                              "2023年，本市主动公开政府信息1200条。", "二、主动公开政府信息情况"])
    assert record.status is not Status.NOT_A_REPORT
    assert record.metadata.year == 2023


def test_an_old_report_is_read_in_the_old_format_whatever_its_prose_counts(tmp_path: Path) -> None:
    record = _read(tmp_path, ["2011年，某市政府信息公开工作认真贯彻《条例》，扎实推进政府信息公开各项工作。",
                              "（一）主动公开。要求信息自生成之日起20个工作日内公开，全年新增主动公开政府信息3000条。",
                              "（二）依申请公开。全年受理申请12件，其中同意公开5个，部分公开3个，不予公开4条。"])
    assert record.metadata.year == 2011
    assert record.metadata.format_version == "pre-2019"
    assert not any(t.found and t.id in ("t2", "t3", "t4") for t in record.tables)
