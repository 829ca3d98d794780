"""A public institution named in full only in its own rules' title and by an abbreviation elsewhere (our own
invented names and sentences, the shape of a real institute's page)."""

from __future__ import annotations

from pathlib import Path

from nianbao.extraction.abbreviated import abbreviated_body
from tests.extraction.pages import read_page

_PAGE = ("2023年度信息公开工作报告\n"
         "本年度报告根据《中华人民共和国政府信息公开条例》、《中国科学院信息公开工作管理办法》、"
         "《中国科学院青岚光电技术研究所信息公开工作管理办法》等有关规定编制。本年度报告中所列数据统计期限为"
         "2023年1月1日至12月31日。\n一、总体情况\n2023年是开局之年，青岚光电所扎实推进政务公开工作，"
         "通过所官方网站主动公开各类信息212条。\n二、存在的主要问题及改进情况\n")


def test_the_institute_its_abbreviation_points_to(tmp_path: Path) -> None:
    record = read_page(tmp_path, _PAGE)
    assert record.metadata.agency == "中国科学院青岚光电技术研究所"
    assert record.metadata.year == 2023


def test_the_parents_rules_alone_name_no_body() -> None:
    head = "本报告根据《中国科学院信息公开工作管理办法》编制。2023年，中科院某所推进公开。"
    assert abbreviated_body(head) is None


def test_rules_without_the_abbreviation_name_no_body() -> None:
    # a report may cite another body's rules: without its abbreviation on the page they are not the page's own
    head = "本报告根据《青岚市档案馆政府信息公开指南》编制。2023年，我馆推进公开。"
    assert abbreviated_body(head) is None


def test_a_piece_of_the_name_is_no_abbreviation() -> None:
    head = "依据《中国科学院青岚光电技术研究所信息公开工作管理办法》。2023年，技术研究所推进公开。"
    assert abbreviated_body(head) is None


def test_a_government_or_bureau_is_never_taken_so() -> None:
    head = "根据《青岚市人民政府信息公开规定》编制。2023年，青岚市府推进公开。"
    assert abbreviated_body(head) is None


def test_two_bodies_so_named_leave_it_open() -> None:
    head = ("依据《中国科学院青岚光电技术研究所信息公开工作管理办法》和《中国科学院白沙化学研究所信息公开工作管理办法》。"
            "青岚光电所与白沙化学所共同推进。")
    assert abbreviated_body(head) is None


def test_the_abbreviation_as_the_overviews_subject_is_read_in_full(tmp_path: Path) -> None:
    page = _PAGE.replace("2023年是开局之年，青岚光电所", "2023年，青岚光电所")
    assert read_page(tmp_path, page).metadata.agency == "中国科学院青岚光电技术研究所"
