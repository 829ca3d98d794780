"""A Markdown line as wide as the page's full line that ends a sentence, the next line right under it, wraps
there (extraction/readers/full_lines.py): markitdown writes a PDF's lines so, and a sentence ending exactly
at a line's end is no paragraph's end. Invented text in the converter's pattern."""

from __future__ import annotations

from nianbao.core.document import TextBlock
from nianbao.extraction.readers.markdown import MarkdownReader

# Page lines 24 characters wide (a first line indented by two), as markitdown writes them: one under the other, no blank line between.
PAGE = [
    "本机关持续推进政务公开标准化建设，围绕重点领域做",
    "好信息发布工作，及时更新公开目录和各个栏目内容。",  # full, ends a sentence, a full line under it: goes on
    "同时加强政策解读，通过图文解读和在线访谈等方式回",
    "应公众关切，全年共组织解读活动十余次，效果较好。",  # full, ends a sentence, but a shorter line under it:
    "加强平台建设，优化网站检索功能。",  # a paragraph's last line or one of its own, nothing tells: left
    "本年度未发生因公开不当引发的舆情事件，各项工",  # (an indented first line: two characters narrower)
    "作有序开展，公开质量稳步提升，群众满意度持续提升。",  # full, an indented first line under it: ends
    "本机关将继续深化公开工作，提升群众获得感和满",
    "意度，推动政务公开工作再上新台阶，取得更大成效。",  # full, a signature under it: ends
    "青石县交通运输局",
]


def _wraps(text: str) -> list[bool | None]:
    return [b.wraps for b in MarkdownReader().read(text.encode("utf-8"), "p.md").blocks if isinstance(b, TextBlock)]


def test_a_full_line_ending_a_sentence_goes_on_into_the_line_under_it() -> None:
    assert _wraps("\n".join(PAGE) + "\n") == [None, True, None, None, None, None, None, None, None, None]


def test_lines_apart_or_too_few_to_tell_a_width_are_left_as_they_are() -> None:
    # A blank line between the lines: a converter writing the document's paragraphs (pandoc, a DOCX's).
    assert _wraps("\n\n".join(PAGE) + "\n") == [None] * len(PAGE)
    # Three lines share no full width to measure against.
    assert _wraps("\n".join(PAGE[:3]) + "\n") == [None] * 3


# The same page lines saved as plain text (a PDF's text layer pasted or dumped as .txt), a first line two characters
# narrower than the lines under it.
def _text_wraps(lines: list[str]) -> list[bool | None]:
    from nianbao.extraction.readers.text import TextReader

    doc = TextReader().read(("\n".join(lines) + "\n").encode("utf-8"), "p.txt")
    return [b.wraps for b in doc.blocks if isinstance(b, TextBlock)]


def test_a_plain_texts_page_lines_wrap_at_a_full_line_ending_a_sentence() -> None:
    # In a plain text the full line over the shorter one goes on as well: the shorter line is far more often a
    # paragraph's last line than a one-line paragraph under one that ended exactly at the margin
    # (``full_lines._full_line_above_a_last_line``); a Markdown converter's lines are left as they are above.
    assert _text_wraps(PAGE) == [None, True, None, True, None, None, None, None, None, None]


def test_a_crawled_text_whose_lines_are_its_paragraphs_is_left_as_it_is() -> None:
    # Paragraphs a line each, of all lengths: a few share a width by chance, too few of the wide lines for a page's.
    paragraphs = [
        "本机关持续推进政务公开标准化建设，围绕重点领域做好信息发布工作，及时更新公开目录。",  # ends a sentence
        "同时加强政策解读，通过图文解读和在线访谈等方式回应公众关切，全年共组织解读活动十余次。",
        "加强平台建设，优化网站检索功能，提升栏目内容的完整性和准确性，方便群众查阅各类信息。",
        "本年度未发生因公开不当引发的舆情事件，各项工作有序开展，公开质量稳步提升。",
        "本机关将继续深化公开工作，提升群众获得感和满意度。",
        "全年共受理政府信息公开申请十二件，均在法定期限内答复，未发生行政复议和行政诉讼。",
        "下一步，将进一步完善工作机制，加强业务培训，推动政务公开工作再上新台阶，取得更大成效。",
        "青石县交通运输局",
    ]
    assert _text_wraps(paragraphs) == [None] * len(paragraphs)


def test_paragraphs_a_line_each_of_like_lengths_and_table_rows_are_no_page_lines() -> None:
    # A report written from stock sentences: its paragraphs, a line each, share a width and all end on a stop; its
    # table rows set as text share another and end on none. Neither is a page's wrapped lines.
    paragraphs = [f"{who}持续推进政务公开标准化建设工作，及时更新公开目录。" for who in ("本机关", "本单位", "各科室", "各部门")] * 2
    assert len({len(p) for p in paragraphs}) == 1  # one width: what a page's full lines share
    rows = ["政府信息公开申请数量 49 / / / / / 49", "（一）予以公开 37 / / / / / 37 / / 1",
            "4.保护第三方合法权益 1 / / / / / 1 / /", "5.属于三类内部事务信息 / / / / / / / /"]
    lines = [*paragraphs, *rows]
    assert _text_wraps(lines) == [None] * len(lines)
