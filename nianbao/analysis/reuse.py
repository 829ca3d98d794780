"""Year-over-year reuse: how much of each section an agency copied from its previous year's report.

Reports are matched as ``nianbao.analysis.crossyear`` matches them (normalised agency name, statistics
year). For each pair of consecutive years, every sentence of year y+1 (text between 。！？；, at least
``MIN_CHARS`` characters) is compared with the sentences of year y: digits are folded to one symbol first
(“2023年” and “2024年”, “公开信息1654条” and “公开信息1721条” are the same boilerplate), then character
``SHINGLE``-grams are hashed into a MinHash (datasketch, ``NUM_PERM`` permutations) and year y's sentences
indexed in a MinHashLSH; a sentence is *reused* where a previous sentence's estimated Jaccard similarity
reaches ``THRESHOLD`` (identical sentences are matched without hashing). A section's reuse is the share
of its characters in reused sentences; ``section = 'all'`` sums the report.
"""

from __future__ import annotations

import re
import zlib
from collections import defaultdict
from dataclasses import asdict, dataclass
from functools import lru_cache
from typing import Any, Iterable

from nianbao.analysis.statements import as_json
from nianbao.extraction.agency import normalise

SHINGLE = 3
NUM_PERM = 64
THRESHOLD = 0.6
MIN_CHARS = 8
SEED = 1
_SENTENCE = re.compile(r"[^。！？!?；;\n]+")
_DIGITS = re.compile(r"[0-9０-９.．%]+|[〇零一二三四五六七八九十百千万]+(?=[件条个次篇期场人家项%])")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Reuse:
    """One section of one report, against the same agency's report of the year before."""

    agency: str
    year: int
    previous_year: int
    sha256: str | None
    previous_sha256: str | None
    doc_id: str | None
    previous_doc_id: str | None
    section: str  # a section id, or 'all'
    sentences: int
    reused_sentences: int
    chars: int
    reused_chars: int

    @property
    def share(self) -> float:
        return self.reused_chars / self.chars if self.chars else 0.0

    def row(self) -> dict:
        return asdict(self) | {"share": self.share}


def _normal(sentence: str) -> str:
    return _DIGITS.sub("#", _SPACE.sub("", sentence))


def sentences(record: dict) -> list[tuple[str, str, int]]:
    """(section, normalised sentence, characters) of a record's narrative, sentences of ``MIN_CHARS`` or more."""
    out = []
    for p in record.get("paragraphs") or []:
        section = p.get("section") or "preamble"
        for m in _SENTENCE.finditer(p.get("text") or ""):
            text = _normal(m.group(0))
            if len(text) >= MIN_CHARS:
                out.append((section, text, len(m.group(0).strip())))
    return out


@lru_cache(maxsize=1)
def _lsh_params() -> tuple[int, int]:
    """Bands and rows for ``THRESHOLD`` with ``NUM_PERM`` permutations, as datasketch optimises them (once)."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
    return lsh.b, lsh.r


def _crc(data: bytes) -> int:
    return zlib.crc32(data)


@lru_cache(maxsize=1)
def _empty() -> Any:
    """An empty MinHash to copy: datasketch draws the permutations anew for every MinHash it creates, a
    copy shares them (the same in datasketch 1.x and 2.x)."""
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=SEED, hashfunc=_crc)


def _minhashes(texts: list[str]) -> list[Any]:
    """A MinHash per sentence over its character shingles (crc32: fast and the same in every process)."""
    from datasketch import LeanMinHash

    out = []
    empty = _empty()
    for text in texts:
        m = empty.copy()
        grams = {text[i:i + SHINGLE] for i in range(max(1, len(text) - SHINGLE + 1))}
        m.update_batch([g.encode("utf-8") for g in grams])
        out.append(LeanMinHash(m))
    return out


class _Previous:
    """Year y's sentences: a set for exact matches, a MinHashLSH built when a sentence needs it."""

    def __init__(self, items: list[tuple[str, str, int]]) -> None:
        self.texts = sorted({t for _, t, _ in items})
        self.exact = set(self.texts)
        self._lsh: Any = None
        self._hashes: list[Any] = []

    def reused(self, text: str, minhash: Any) -> bool:
        if text in self.exact:
            return True
        if self._lsh is None:
            from datasketch import MinHashLSH

            self._lsh = MinHashLSH(num_perm=NUM_PERM, params=_lsh_params())
            self._hashes = _minhashes(self.texts)
            with self._lsh.insertion_session() as session:
                for i, m in enumerate(self._hashes):
                    session.insert(i, m, check_duplication=False)
        return any(self._hashes[i].jaccard(minhash) >= THRESHOLD for i in self._lsh.query(minhash))


def pair_reuse(agency: str, before: dict, after: dict) -> list[Reuse]:
    """Reuse per section (and 'all') of ``after`` against ``before``, records in their JSON form."""
    previous = _Previous(sentences(before))
    current = sentences(after)
    novel = [t for _, t, _ in current if t not in previous.exact]
    hashes = dict(zip(novel, _minhashes(novel))) if novel and previous.texts else {}
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for section, text, chars in current:
        reused = text in previous.exact or (text in hashes and previous.reused(text, hashes[text]))
        for key in (section, "all"):
            c = counts[key]
            c[0] += 1
            c[1] += reused
            c[2] += chars
            c[3] += chars if reused else 0
    meta_b, meta_a = before.get("metadata") or {}, after.get("metadata") or {}
    src_b, src_a = before.get("source") or {}, after.get("source") or {}
    order = [s for s in after.get("sections") or [] if s in counts] + sorted(
        s for s in counts if s not in (after.get("sections") or []) and s != "all") + ["all"]
    return [Reuse(agency, meta_a.get("year"), meta_b.get("year"), src_a.get("sha256"), src_b.get("sha256"),
                  after.get("doc_id"), before.get("doc_id"), s, *counts[s]) for s in order if s in counts]


def consecutive_pairs(records: Iterable[Any]) -> list[tuple[str, dict, dict]]:
    """(agency, year y record, year y+1 record) for every agency with consecutive reports (ok or partial);
    the first record of an agency and year is kept, as ``cross_year`` does."""
    by_agency: dict[str, dict[int, dict]] = defaultdict(dict)
    for record in records:
        data = as_json(record)
        if data.get("status") not in ("ok", "partial"):
            continue
        meta = data.get("metadata") or {}
        key, year = normalise(meta.get("agency")), meta.get("year")
        if key is None or year is None:
            continue
        by_agency[str(key)].setdefault(int(year), data)
    return [(name, years[y], years[y + 1]) for name, years in sorted(by_agency.items())
            for y in sorted(years) if y + 1 in years]


def text_reuse(records: Iterable[Any]) -> list[Reuse]:
    """Reuse for every agency's consecutive years, in agency and year order."""
    return [row for agency, before, after in consecutive_pairs(records) for row in pair_reuse(agency, before, after)]


def top_reusers(rows: Iterable[Reuse], n: int = 10) -> list[tuple[str, float, int]]:
    """(agency, share of its text reused over all its year pairs, pairs) — the agencies that reuse most."""
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for r in rows:
        if r.section == "all":
            t = totals[r.agency]
            t[0] += r.reused_chars
            t[1] += r.chars
            t[2] += 1
    ranked = [(a, (t[0] / t[1]) if t[1] else 0.0, t[2]) for a, t in totals.items()]
    return sorted(ranked, key=lambda x: (-x[1], x[0]))[:n]


__all__ = ["Reuse", "consecutive_pairs", "pair_reuse", "text_reuse", "top_reusers"]
