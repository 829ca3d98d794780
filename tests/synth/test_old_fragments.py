"""Pre-2019 pages kept only from their part on 主动公开政府信息 on (``nianbao.synth.old_fragments``), at volume:
no title, intro, table or year, yet each is flagged pre-2019 and keeps every paragraph, in its section."""

from __future__ import annotations

from pathlib import Path

from nianbao.core.config import ExtractConfig
from nianbao.pipeline import extract
from nianbao.synth.legacy import sample_legacy
from nianbao.synth.old_fragments import first_part_page


def test_a_page_from_its_first_old_part_on_is_pre2019_with_its_paragraphs(tmp_path: Path) -> None:
    misses, read = [], 0
    for i in range(80):
        rep = sample_legacy("first-part", i, "lines")
        lines, paragraphs = first_part_page(rep)
        if not paragraphs or "总体情况" in "".join(lines):
            continue  # a 2019-format word in the prose: the page tells no old outline
        read += 1
        path = tmp_path / f"page-{i}.txt"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        record = extract(path, ExtractConfig(tag=False))
        got = {p.text: p.section for p in record.paragraphs}
        lost = [(t[:16], s, got.get(t)) for t, s in paragraphs if got.get(t) != s]
        if record.metadata.format_version != "pre-2019" or lost:
            misses.append((i, lines[0], record.metadata.format_version, lost))
    assert read >= 60, read
    assert not misses, misses
