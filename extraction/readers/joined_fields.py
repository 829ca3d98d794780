"""A page's frame that pymupdf4llm ran into one line with its neighbours, split back into its lines.

A report page saved as a PDF and read back by pymupdf4llm keeps its metadata block (索引号, 发文机关,
成文日期, 发布日期, 主题分类 …) as one line: the block's lines joined by spaces ('索引号：1234/2025-01
发文机关：某局 成文日期：2025-03-05 …', once its code spans are taken off). Read as one line it is one
paragraph; the page had a field a line. Such a joined line is split before each field's label where it is
a run of fields: it opens on a label and its colon, two labels or more follow a space, and no sentence ends
in it (a contact sentence's '邮编：…，电话：…' has its fields after commas, and ends on a stop).

Figure captions below a paragraph ('图 1. 业务工作信息截图', the screenshots' own lines on the page), which
pymupdf4llm runs on after the paragraph's last sentence, are cut off as lines of their own (their spaces
taken out), where the line cleaner drops them as it drops a caption on its own line.

A crawler's rule between the page's frame and its text ('==== 正文 ===='), joined to the lines around it,
is cut out and left out, as the text reader takes it (the end of the page's front matter, no text of the
report's); the line before it ended there, so no paragraph runs on from it into the report's first sentence.
"""

from __future__ import annotations

import re

# A field's label: a short run of CJK characters before a colon, full-width or ASCII.
_LABEL = r"[\u4e00-\u9fff]{2,6}[ \t]*[:：]"
_FIRST = re.compile(rf"^\s*{_LABEL}")
_NEXT = re.compile(rf"(?<=\S) +(?={_LABEL})")
_SENTENCE_END = re.compile(r"[。；;！？!?]")
# Fewer labels after a space than this, and the line is no block of fields (a value may hold one).
MIN_JOINED_FIELDS = 2
# A caption run on after a space: '图 1. …', '图2、…' (a figure cited in a sentence, '如图1所示', has no space
# before it and no stop after its number).
_CAPTION = re.compile(r"(?<=\S) +(?=图 ?\d{1,3} ?[.．、:：])")
# A rule of '=' (five or more), with a short label inside it ('==== 正文 ====').
_RULE = re.compile(r"={5,}(?:[ \t]*[\u4e00-\u9fff]{1,6}[ \t]*={5,})?")


def _fields(line: str) -> list[str]:
    if not _FIRST.match(line) or _SENTENCE_END.search(line):
        return [line]
    cuts = list(_NEXT.finditer(line))
    if len(cuts) < MIN_JOINED_FIELDS:
        return [line]
    starts = [0, *(m.end() for m in cuts)]
    ends = [*(m.start() for m in cuts), len(line)]
    return [line[a:b] for a, b in zip(starts, ends)]


def split_joined_frame(line: str) -> list[tuple[str, bool]]:
    """A line pymupdf4llm joined (its code spans taken off) as the lines of the page's frame it holds (see
    the module's docstring), each with whether a rule followed it, or ``[(line, False)]``; a rule opening the
    line is ``("", True)`` (the line above ended the frame); figure captions run on after a paragraph, lines of
    their own. No character but the joining spaces and a rule is dropped."""
    out: list[tuple[str, bool]] = []
    start = 0
    for m in _RULE.finditer(line):
        piece = line[start:m.start()].strip()
        out += [(field, False) for field in _fields(piece)] if piece else []
        if out and out[-1][0]:
            out[-1] = (out[-1][0], True)
        else:
            out.append(("", True))
        start = m.end()
    piece = line[start:].strip() if start else line
    out += [(field, False) for field in _fields(piece)] if piece.strip() else []
    pieces: list[tuple[str, bool]] = []
    for text, ruled in out:
        captioned = _CAPTION.split(text)  # (a caption's spaces taken out: '图1.业务工作信息截图')
        pieces += [(c if k == 0 else c.replace(" ", ""), ruled and k == len(captioned) - 1) for k, c in enumerate(captioned)]
    return pieces
