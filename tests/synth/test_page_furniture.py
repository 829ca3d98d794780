"""Page furniture and look-alike titles above a page's first paragraph, at volume (``nianbao.synth.furniture``):
whatever line of the site's frame or whichever document title stands above it, the first paragraph comes
out whole — the shapes the coverage survey of real pages found glued to their first paragraph."""

from __future__ import annotations

from pathlib import Path

from nianbao.core.config import ExtractConfig
from nianbao.pipeline import extract
from nianbao.synth.furniture import FURNITURE_KINDS, LOOK_ALIKE_KINDS, furniture_page, look_alike_page
from nianbao.synth.sample import sample_report


def test_the_first_paragraph_stays_whole_under_furniture(tmp_path: Path) -> None:
    misses, seen = [], dict.fromkeys(FURNITURE_KINDS, 0)
    for i in range(90):
        rep = sample_report("furniture", i, "txt", 0.0)
        kind = FURNITURE_KINDS[i % len(FURNITURE_KINDS)]
        seen[kind] += 1
        lines, first = furniture_page(rep, kind)
        path = tmp_path / f"page-{i}.txt"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        record = extract(path, ExtractConfig(tag=False))
        if not any(p.text == first for p in record.paragraphs):
            misses.append((kind, lines[1], [p.text[:20] for p in record.paragraphs[:2]]))
    assert all(n >= 10 for n in seen.values()), seen
    assert not misses, misses


def test_a_look_alike_title_stays_off_its_first_paragraph(tmp_path: Path) -> None:
    misses, seen = [], dict.fromkeys(LOOK_ALIKE_KINDS, 0)
    for i in range(84):
        rep = sample_report("look-alike", i, "txt", 0.0)
        kind = LOOK_ALIKE_KINDS[i % len(LOOK_ALIKE_KINDS)]
        seen[kind] += 1
        lines, first = look_alike_page("look-alike", i, kind, rep.agency.name, rep.agency.region, rep.year)
        path = tmp_path / f"doc-{i}.txt"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        record = extract(path, ExtractConfig(tag=False))
        if not any(p.text == first for p in record.paragraphs):
            misses.append((kind, lines[0], [p.text[:30] for p in record.paragraphs[:2]]))
    assert all(n >= 10 for n in seen.values()), seen
    assert not misses, misses
