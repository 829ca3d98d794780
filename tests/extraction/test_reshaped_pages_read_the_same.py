"""A report in the shapes portals, crawlers and converters give it reads as the same agency, year and detection
(the classes benchmarks/dev_pages_morph.py found breaking on the dev pages): a Hong Kong repost's own variants
('衞生'), digits written full width ('２０２３年'), a text layer's letter-spaced lines ('2 0 2 3 年 某 局'), an untitled
page hard-wrapped at a PDF's width whose wrapped lines cite a notice's title. Sentences are invented."""

from __future__ import annotations

from pathlib import Path

from nianbao.core.record import Status
from nianbao.extraction.readers.letter_spacing import close_up, is_letter_spaced
from nianbao.extraction.script import to_simplified
from tests.extraction.pages import ITEMS, REST, read_page

REPORT = ("某县卫生健康局2023年政府信息公开工作年度报告\n"
          "本报告根据《条例》要求编制，所列数据的统计期限自2023年1月1日起至12月31日止。\n"
          "一、总体情况\n2023年，某县卫生健康局坚持以公开为常态。\n" + ITEMS + REST)


def test_hong_kong_variants_read_as_simplified() -> None:
    assert to_simplified("某縣衞生健康局") == "某县卫生健康局"
    assert to_simplified("顯著提升") == "显著提升"  # a simplified text's 著 is no variant to fold


def test_a_hong_kong_repost_names_its_body_as_the_simplified_page(tmp_path: Path) -> None:
    page = REPORT.replace("卫生", "衞生").replace("县", "縣").replace("报告", "報告").replace("开", "開")
    assert read_page(tmp_path, page).metadata.agency == "某县卫生健康局"


def test_full_width_digits_tell_the_year_and_keep_the_page_s_own_text(tmp_path: Path) -> None:
    wide = REPORT.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    record = read_page(tmp_path, wide)
    assert (record.metadata.year, record.metadata.agency) == (2023, "某县卫生健康局")
    assert record.status is not Status.NOT_A_REPORT
    assert any(p.original and "２０２３年" in p.original for p in record.paragraphs)


def test_letter_spaced_lines_and_what_is_none() -> None:
    assert is_letter_spaced("2 0 2 3 年 某 县 卫 生 健 康 局")
    assert close_up("2 0 2 3 年 某 县 卫 生  健 康 局") == "2023年某县卫生 健康局"
    assert not is_letter_spaced("0  1  0  2  0  0  3")  # a flattened table's one-digit cells
    assert not is_letter_spaced("2023 年全年 主动公开 信息 120 条")  # words and numbers whole between spaces
    assert not is_letter_spaced("第 一 条")  # too short to tell


def test_a_letter_spaced_page_reads_as_the_page(tmp_path: Path) -> None:
    spaced = "\n".join(" ".join(line) for line in REPORT.splitlines())
    record = read_page(tmp_path, spaced)
    assert (record.metadata.year, record.metadata.agency) == (2023, "某县卫生健康局")
    assert record.status is not Status.NOT_A_REPORT


def test_a_hard_wrapped_untitled_page_takes_no_cited_notice_for_its_title(tmp_path: Path) -> None:
    # the preamble wrapped at a page's width: its second line starts inside the notice's name it cites
    page = ("根据《中华人民共和国政府信息公开条例》和《某省人民政\n"
            "府办公厅关于做好2023年政府信息公开工作年度报告发布工\n"
            "作的通知》要求，现公布某县卫生健康局2023年政府信息公\n"
            "开工作年度报告。\n一、总体情况\n2023年，某县卫生健康局坚持以公开为常态。\n" + ITEMS + REST)
    record = read_page(tmp_path, page)
    assert record.status is not Status.NOT_A_REPORT
    assert "通知" not in (record.metadata.title or "")
