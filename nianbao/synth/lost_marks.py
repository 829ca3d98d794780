"""Page damage that ran a report's paragraphs together (issue 14), on the report a part a line (invented text;
the patterns are those of real mirror and portal pages):

- ``lost_marks_text``: a page whose icons or full-width indents a crawler could not encode: question marks
  ('????') before some headings, items and paragraphs, and lines of nothing but them between;
- ``framed_opening_text``: a line of the page's frame with no sentence's punctuation (a day-first date stamp,
  a share prompt, a font switch cut off after its bracket) right above the report's stock opening;
- ``glossed_one_line``: a mirror's one-line text of the report's first parts, a space between parts, with a
  converter's pinyin readings after some characters ('生態(tài)'): longer than a flattened page's run with the
  readings, shorter without them.

Each returns the damaged text and the undamaged text a part a line it must read as (``lost_marks_text``: but
for the marks, which stay before the line they stood before).
"""

from __future__ import annotations

import random

from nianbao.synth.flowed_text import lined_text
from nianbao.synth.grids import grids, slots
from nianbao.synth.model import Report

# What a page's lost characters come out as: a run of question marks (half- or full-width).
_MARKS = ("??", "???", "????", "？？")
RUN_ON_CHARS = 400  # a flattened page's run (``layout.run_on.RUN_ON_CHARS``), which the glossed text reaches
# A report's stock opening (its first sentence names the regulation or the format it follows).
_OPENINGS = ("根据《", "依据《", "按照《", "依照《", "本报告依据《", "本报告根据《", "本年度报告根据《")
# Frame lines with no sentence's punctuation (invented wording and values).
_SHARE = ("打开手机扫一扫二维码即可分享本页", "扫描二维码在手机上查看本页内容", "用手机扫码分享到朋友圈")
# Toned pinyin readings a converter writes after characters it converted (any syllable serves: the cleaner
# takes out a toned reading in brackets after any Chinese character).
_READINGS = ("(tài)", "(huán)", "(jù)", "(quán)", "(tǒng)", "(jié)", "(wǎng)", "(lǐng)", "(guǎn)", "(fā)")


def _lines(rep: Report) -> list[tuple[str, bool]]:
    """The report's lines after the title, each with whether it is narrative (a heading or a paragraph)."""
    tables = grids(rep.fmt, rep.printed, rep.style.t3_note)
    out: list[tuple[str, bool]] = []
    for block in rep.blocks:
        if block.kind == "table":
            out += [(" ".join(t for t in row if t), False) for row in slots(tables[block.text])]
        else:
            out.append((block.text, True))
    return out


def lost_marks_text(rng: random.Random, rep: Report) -> tuple[str, str, set[str]]:
    """The report with lost characters before about a third of its narrative lines and some lines of them
    alone; also its lines undamaged and the narrative lines that got marks before them."""
    lines, marked = [rep.title], set()
    for text, narrative in _lines(rep):
        if narrative and rng.random() < 0.35:
            lines.append(rng.choice(_MARKS) + text)
            marked.add(text)
        else:
            lines.append(text)
        if rng.random() < 0.1:
            lines.append(rng.choice(_MARKS))
    return "\n".join(lines) + "\n", lined_text(rep), marked


def stock_opening(rep: Report) -> bool:
    """The report's first part opens with a stock opening (``framed_opening_text`` damages such reports)."""
    parts = _lines(rep)
    return bool(parts) and parts[0][0].startswith(_OPENINGS)


def _frame(rng: random.Random, rep: Report) -> str:
    day, month = rng.randint(1, 28), rng.randint(1, 3)
    kind = rng.randrange(3)
    if kind == 0:
        return f"{day:02d}.{month:02d}.{rep.year + 1}  {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}"
    if kind == 1:
        return rng.choice(_SHARE)
    return f"发布时间:{rep.year + 1}年{month:02d}月{day:02d}日 {rng.choice(('字号', '字体'))}:【"


def framed_opening_text(rng: random.Random, rep: Report) -> tuple[str, str, str]:
    """The report with a frame line between its title and its stock opening; also its lines undamaged, and
    the frame line."""
    frame = _frame(rng, rep)
    lines = lined_text(rep).split("\n")
    return "\n".join([lines[0], frame, *lines[1:]]), lined_text(rep), frame


def glossed_one_line(rng: random.Random, rep: Report) -> tuple[str, str] | None:
    """The report's first parts (through a section heading and the part after it, under ``RUN_ON_CHARS``
    together) run into one line a space apart, readings after some characters until the line is longer than
    ``RUN_ON_CHARS``; also those parts a line. None where the first section heading's part does not fit."""
    parts = [text for text, _ in _lines(rep)]
    taken: list[str] = []
    for k, part in enumerate(parts):
        if len(" ".join([*taken, part])) >= RUN_ON_CHARS - 20:
            break
        taken.append(part)
    heading = next((k for k, p in enumerate(taken) if p[:2] in ("一、", "一.", "一．")), None)
    if heading is None or heading == 0 or heading >= len(taken) - 1:
        return None
    line = " ".join(taken)
    glossed = ""
    for ch in line:
        glossed += ch
        if "\u4e00" <= ch <= "\u9fff" and rng.random() < 0.12:
            glossed += rng.choice(_READINGS)
    while len(glossed) <= RUN_ON_CHARS:  # more readings: the glossed line is as long as a flattened page's
        at = rng.randrange(len(glossed) - 1)
        if "\u4e00" <= glossed[at] <= "\u9fff" and glossed[at + 1] != "(":
            glossed = glossed[: at + 1] + rng.choice(_READINGS) + glossed[at + 1:]
    return f"{rep.title}\n{glossed}\n", "\n".join([rep.title, *taken]) + "\n"
