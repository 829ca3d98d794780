"""Join lines that a converter broke mid-sentence back into the paragraphs they were."""

from __future__ import annotations

import re

from nianbao.extraction.layout.headings import ITEM, section_of_heading, sub_heading

_TERMINAL = tuple("。！？!?；;：:")
_ASCII_END = re.compile(r"[0-9A-Za-z%.]$")
_ASCII_START = re.compile(r"^[0-9A-Za-z%]")
# Lines shorter than this end a paragraph even without punctuation (titles, signatures, dates).
MIN_WRAPPED_CHARS = 16
# A line ending inside an opened bracket ("根据《"), or followed by one that opens with a document name
# a web page broke off before ("按照" / "《条例》规定，…"), goes on whatever its length.
_OPEN_END = tuple("《（(“‘【〈「『")
_NAME_START = "《"


# Lines of a page's frame, never a piece of a sentence: a metadata-block field ('索引号：…', '发布日期:…',
# '点击量:'), a row of a metadata table ('| 来源 | 某局 |'), a breadcrumb ('首页 > 信息公开 > 年报'), a
# line ending on a stamp of date and time ('2025-01-16 10:32') or on a date widget's weekday, and the
# report's title on its own line ('某局2023年政府信息公开工作年度报告'). A paragraph neither runs on from
# one nor into one: else the preamble's first sentence is glued to the frame above it.
_FIELD = re.compile(
    r"^[\s\-•·]*(?:索\s*引\s*号|发布机构|发文机关|发文单位|发文字号|文\s*号|成文日期|发布日期|发表日期|生成日期|"
    r"公文生成日期|信息提供日期|生效日期|废止日期|发布时间|更新时间|主题分类|信息分类|体裁分类|有\s*效\s*性|"
    r"(?:信息|文章|发布|稿件)来源|来\s*源|日\s*期|发布者|作\s*者|点击量|点击数|访问量|浏览量|浏览次数|阅读次数)\s*[:：|｜]")
_PIPE_ROW = re.compile(r"^\s*[|｜].*[|｜]\s*$|[|｜]\s*$")
_BREADCRUMB = re.compile(r"(?:[^>＞»›。，]{1,20}[>＞»›]){2,}[^>＞»›。，]{1,24}$")
_STAMP_END = re.compile(r"(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*[-•·|]?\s*$"
                        r"|日\s*星期[一二三四五六日天]\s*$")
_TITLE_LINE = re.compile(
    r"^(?!按照|根据|依据|依照|现将|现公布|现予|本报告|本年度|为)[^，,。；;：:《》]{0,40}"
    r"(?:政府信息公开|政务公开|信息公开)(?:工作)?(?:(?:19|20)\d{2}\s*年度?|年度)?(?:工作)?(?:报告|年报)"
    r"(?:\s*[（(][^）)]{0,12}[）)])?[\s?？]*$")


def frame_line(line: str, title: bool = True) -> bool:
    """Whether ``line`` is a line of the page's frame (a metadata field or row, a breadcrumb, a date
    stamp, with ``title`` the title on its own line) that no paragraph runs on from or into. A title's
    last line is no frame for the line above it: a title wraps ('某管理委员会' / '某办公室2023年…年度报告')."""
    text = line.strip()
    if not text or "。" in text:
        return False
    return bool(_FIELD.match(text) or _PIPE_ROW.search(text) or _BREADCRUMB.search(text)
                or _STAMP_END.search(text) or (title and _TITLE_LINE.match(text)))


def _starts_block(line: str) -> bool:
    return bool(section_of_heading(line) or sub_heading(line) or ITEM.match(line))


def _is_heading_only(line: str) -> bool:
    heading = sub_heading(line)
    return bool(section_of_heading(line) or (heading and not heading.run_in))


def join(a: str, b: str) -> str:
    """Join two pieces of one sentence: no space between CJK text, one between Latin words or digits."""
    a, b = a.rstrip(), b.lstrip()
    sep = " " if _ASCII_END.search(a) and _ASCII_START.search(b) else ""
    return a + sep + b


def dewrap(lines: list[str], wraps: list[bool | None] | None = None) -> list[list[int]]:
    """Group line indices into paragraphs: a line ending mid-sentence continues on the next line.

    ``wraps`` carries what page geometry says of each line (see TextBlock.wraps); where it is known
    it decides, except that a heading or a new item always starts a paragraph.
    """
    groups: list[list[int]] = []
    for i, line in enumerate(lines):
        if groups:
            last = groups[-1][-1]
            prev = lines[last].strip()
            geometry = wraps[last] if wraps else None
            if geometry is None:
                wrapped = not prev.endswith(_TERMINAL) and (
                    len(prev) >= MIN_WRAPPED_CHARS or prev.endswith(_OPEN_END) or line.lstrip().startswith(_NAME_START))
            else:
                wrapped = geometry
            wrapped = wrapped and not _is_heading_only(prev) and not _starts_block(line) \
                and not frame_line(prev) and not frame_line(line, title=False)
            if wrapped:
                groups[-1].append(i)
                continue
        groups.append([i])
    return groups
