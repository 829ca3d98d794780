"""Pages naming their body only in passing (``nianbao.synth.mention_pages``) written at volume and read back: the
pipeline names the body the page names (by a rule, or by the agency ranker's fallback where no rule does), and
names none on a page naming only superiors, cited notices' issuers, or its portal's host and site. The shipped ranker was trained on the seed ``agencyrank``: these
pages use another seed, so they are pages it never saw."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from nianbao.core.config import ExtractConfig
from nianbao.extraction.agency import normalise
from nianbao.pipeline import extract
from nianbao.synth.mention_pages import MENTION_KINDS, mention_page
from nianbao.synth.sample import sample_report
from nianbao.synth.shapes import render_shape

N = 20  # pages per kind


def _read_back(tmp_path: Path) -> dict[str, Counter[str]]:
    config, out = ExtractConfig(tag=False), {kind: Counter() for kind in MENTION_KINDS}
    for i in range(N):
        rep = sample_report("mentions-test", i, "txt", 0.0)
        for kind in MENTION_KINDS:
            page = mention_page(rep, kind)
            path = tmp_path / f"{i}-{kind}.txt"
            path.write_bytes(render_shape(rep, page, "txt"))
            got = extract(path, config).metadata.agency
            if page.agency is None:
                out[kind]["named" if got else "none"] += 1
            else:
                out[kind]["right" if got and normalise(got) == normalise(page.agency) else "wrong" if got else "none"] += 1
    return out


def test_the_kinds_vary_their_bodies() -> None:
    for kind in MENTION_KINDS:
        bodies = {mention_page(sample_report("mentions-test", i, "txt", 0.0), kind).agency for i in range(N)}
        assert len(bodies) >= N // 2 or bodies == {None}, (kind, bodies)


def test_bodies_named_in_passing_are_read_and_superiors_are_not_taken(tmp_path: Path) -> None:
    counts = _read_back(tmp_path)
    unnamed = [k for k in MENTION_KINDS if mention_page(sample_report("mentions-test", 0, "txt", 0.0), k).agency is None]
    assert set(unnamed) == {"superiors_only", "footer_only", "hosted_none", "site_none"}
    named = [k for k in MENTION_KINDS if k not in unnamed]
    right = sum(counts[k]["right"] for k in named)
    wrong = sum(counts[k]["wrong"] for k in named)
    assert right >= 0.8 * N * len(named), counts  # most bodies named in passing are read
    assert wrong <= 0.05 * N * len(named), counts  # and almost never a wrong one
    for kind in unnamed:  # a page naming only superiors, a cited notice's issuer, its portal's host or site: no name
        assert counts[kind]["named"] <= 0.1 * N, (kind, counts)
