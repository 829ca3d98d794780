"""At volume: a report a crawler flattened to one line, made a PDF and read by markitdown
(nianbao/synth/flowed_text.py): its page lines cut sentences, items' markers and section headings anywhere,
and the Markdown must read as the one-line text does — every paragraph the text reading finds, whole and in
its section, and no other."""

from __future__ import annotations

import re
from pathlib import Path

from nianbao.core.config import ExtractConfig
from nianbao.pipeline import extract
from nianbao.synth.flowed_text import flattened_text, page_lines, wrapped_markdown
from nianbao.synth.sample import sample_report

SEED = "flowed"
REPORTS = 120
# What the page's lines cut, each seen in some reports at least.
CUTS = {
    "a sentence's end at a line's end": re.compile(r"。\n"),
    "an item's marker opening a line": re.compile(r"\n[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[）)]"),
    "an item's marker cut": re.compile(r"[（(]\n"),
    "a section heading cut": re.compile(r"[一二三四五六][、.．][^\n。]{0,20}\n"),
}


def _paragraphs(path: Path) -> list[tuple[str, str]]:
    record = extract(path, ExtractConfig(tag=False))
    return [(p.section, re.sub(r"\s+", "", p.text)) for p in record.paragraphs]


def test_page_lines_keep_every_character_and_never_open_on_a_closing_mark() -> None:
    text = "本机关全年主动公开信息1234条，其中政策文件56件。（二）依申请公开情况本年度收到申请7件。"
    lines = page_lines(text, 12)
    assert "".join(lines) == text
    assert all(not line.startswith(("，", "。", "）")) for line in lines)
    assert any("1234" in line for line in lines)  # a number is never cut


def test_flattened_report_wrapped_by_markitdown_reads_as_its_one_line_text(tmp_path: Path) -> None:
    seen = {name: 0 for name in CUTS}
    for index in range(REPORTS):
        rep = sample_report(SEED, index, "txt", 0.0)
        text, markdown = tmp_path / f"{index}.txt", tmp_path / f"{index}.md"
        text.write_text(flattened_text(rep), encoding="utf-8")
        markdown.write_bytes(wrapped_markdown(rep))
        body = markdown.read_text(encoding="utf-8")
        for name, pattern in CUTS.items():
            seen[name] += bool(pattern.search(body))
        native, read = _paragraphs(text), _paragraphs(markdown)
        assert native, index
        assert read == native, (index, [p for p in native if p not in read][:2], [p for p in read if p not in native][:2])
    assert all(n >= 10 for n in seen.values()), seen
