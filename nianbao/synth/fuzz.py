"""A mutation fuzzer over real reports: Hypothesis draws a seed document and structure-aware mutations.

Seeds are real documents (``corpus/samples`` and the development corpus in ``../shared``). Each format
has its own mutators besides the byte-level ones (flips, truncation, repeated and deleted chunks,
inserted junk): text and Markdown are re-encoded (GBK, UTF-16, a cut multi-byte character); HTML tags
are dropped, duplicated, left open or nested deep, spans made huge, the charset lied about; a DOCX's zip
members are dropped, cut or corrupted and the XML inside them edited (elements deleted or repeated,
spans huge); a PDF's objects are edited with pikepdf (a page's content stream mangled, a page or font
object replaced, the page tree made cyclic or its count wrong, a stream's bytes flipped) and its bytes
cut or flipped. Hypothesis makes the runs reproducible (``derandomize`` or a seed) and its strategies
compose; the pipeline must give every mutant a record whose codes are all ``ProblemCode`` members and
never ``internal_error``. Used by tests/pipeline/test_fuzz.py (a bounded run) and benchmarks/fuzz.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable

from hypothesis import strategies as st

from nianbao.synth.fuzz_bytes import BYTE_MUTATORS, Draw, position
from nianbao.synth.fuzz_containers import DOCX_MUTATORS, PDF_MUTATORS

SUFFIXES = (".txt", ".md", ".html", ".docx", ".pdf")


@dataclass(frozen=True)
class Mutant:
    seed: str  # the seed document's file name
    suffix: str
    data: bytes
    steps: tuple[str, ...]  # the mutations applied, in order

    @property
    def name(self) -> str:
        return f"{Path(self.seed).stem}~{'+'.join(self.steps)[:80]}{self.suffix}"


def seed_files(root: Path, shared: Path | None = None, *, scans: bool = False) -> list[Path]:
    """The real documents to mutate: the bundled samples and, where present, ../shared's seeds and corpus.
    Scanned PDFs (OCR, a minute each) are left out unless ``scans``."""
    found = [p for p in sorted((root / "corpus" / "samples").iterdir()) if p.suffix in SUFFIXES
             and (scans or not p.name.endswith("-scanned.pdf"))]
    for folder in ("seeds", "corpus"):
        if shared is not None and (shared / folder).is_dir():
            found += [p for p in sorted((shared / folder).iterdir()) if p.suffix in SUFFIXES and p.name != "README.md"]
    return found




# --- text and Markdown -----------------------------------------------------------------------------
def reencode(draw: Draw, data: bytes) -> bytes:
    text = data.decode("utf-8", errors="replace")
    encoding = draw(st.sampled_from(["gb18030", "utf-16", "utf-16-be", "big5", "utf-8-sig", "latin-1-lie"]))
    if encoding == "latin-1-lie":  # UTF-8 read as Latin-1 and written back as UTF-8 (mojibake)
        return data.decode("latin-1").encode("utf-8")
    return text.encode(encoding, errors="replace")


def cut_character(draw: Draw, data: bytes) -> bytes:
    starts = [m.start() for m in re.finditer(rb"[\xe0-\xef]", data[:200000])]
    if not starts:
        return data
    i = draw(st.sampled_from(starts))
    return data[: i + 1] + data[i + 3:]


def shuffle_lines(draw: Draw, data: bytes) -> bytes:
    lines = data.split(b"\n")
    order = draw(st.permutations(range(min(len(lines), 40))))
    return b"\n".join([lines[i] for i in order] + lines[len(order):])


TEXT_MUTATORS = (reencode, cut_character, shuffle_lines)


# --- HTML ------------------------------------------------------------------------------------------
_TAG = re.compile(rb"<(/?)([a-zA-Z][a-zA-Z0-9]*)[^<>]*>")


def _tags(data: bytes) -> list[re.Match]:
    return list(_TAG.finditer(data))


def drop_tag(draw: Draw, data: bytes) -> bytes:
    tags = _tags(data)
    if not tags:
        return data
    m = draw(st.sampled_from(tags))
    return data[: m.start()] + data[m.end():]


def duplicate_element(draw: Draw, data: bytes) -> bytes:
    opens = [m for m in _tags(data) if not m.group(1) and m.group(2).lower() in (b"table", b"tr", b"td", b"p", b"div")]
    if not opens:
        return data
    m = draw(st.sampled_from(opens))
    end = data.find(b"</" + m.group(2), m.end())
    if end < 0:
        return data
    end = data.find(b">", end) + 1
    return data[:end] + data[m.start():end] * draw(st.integers(1, 20)) + data[end:]


def deep_nesting(draw: Draw, data: bytes) -> bytes:
    depth = draw(st.sampled_from([300, 3000, 30000]))
    tag = draw(st.sampled_from([b"div", b"span", b"table", b"b"]))
    i = position(draw, data)
    return data[:i] + b"<" + tag + b">" * 1 + (b"<" + tag + b">") * depth + data[i:]


def huge_spans(draw: Draw, data: bytes) -> bytes:
    cells = [m for m in _tags(data) if not m.group(1) and m.group(2).lower() in (b"td", b"th")]
    if not cells:
        return data
    m = draw(st.sampled_from(cells))
    attr = draw(st.sampled_from([b' rowspan="2147483647"', b' colspan="2147483647"', b' rowspan="-5"',
                                 b' colspan="1e9"', b' rowspan="65534" colspan="1000"']))
    at = m.start() + 1 + len(m.group(2))
    return data[:at] + attr + data[at:]


def lie_charset(draw: Draw, data: bytes) -> bytes:
    charset = draw(st.sampled_from([b"gbk", b"utf-16", b"iso-2022-jp", b"x-unknown", b"utf-7"]))
    meta = b'<meta charset="' + charset + b'">'
    head = data.find(b"<head>")
    return data[: head + 6] + meta + data[head + 6:] if head >= 0 else meta + data


HTML_MUTATORS = (drop_tag, duplicate_element, deep_nesting, huge_spans, lie_charset, reencode)



FORMAT_MUTATORS: dict[str, tuple[Callable[[Draw, bytes], bytes], ...]] = {
    ".txt": TEXT_MUTATORS, ".md": TEXT_MUTATORS, ".html": HTML_MUTATORS, ".docx": DOCX_MUTATORS, ".pdf": PDF_MUTATORS,
}


@lru_cache(maxsize=64)
def _read(path: Path) -> bytes:
    return path.read_bytes()


@st.composite
def mutants(draw: Draw, seeds: list[Path], max_steps: int = 3) -> Mutant:
    """A seed document with 1–``max_steps`` mutations, structure-aware ones twice as likely as byte ones.
    The format is drawn first, so each is fuzzed as often however many seeds it has."""
    suffix = draw(st.sampled_from(sorted({s.suffix for s in seeds})))
    seed = draw(st.sampled_from([s for s in seeds if s.suffix == suffix]))
    data = _read(seed)
    own = FORMAT_MUTATORS[seed.suffix]
    steps = []
    for _ in range(draw(st.integers(1, max_steps))):
        mutator = draw(st.sampled_from(own + own + BYTE_MUTATORS))
        data = mutator(draw, data)
        steps.append(mutator.__name__)
    return Mutant(seed.name, seed.suffix, data, tuple(steps))


def write_mutants(seeds: list[Path], out: Path, n: int, seed: int = 0) -> list[Path]:
    """Write ``n`` mutants drawn by Hypothesis (reproducible from ``seed``) into ``out``, one file each,
    named ``NNNNNN-<seed stem>~<mutations><suffix>``."""
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import seed as hypothesis_seed

    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    @hypothesis_seed(seed)
    @settings(max_examples=n, database=None, deadline=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(mutants(seeds))
    def write(mutant: Mutant) -> None:
        if len(written) < n:
            path = out / f"{len(written):06d}-{_safe(mutant.name)}"
            path.write_bytes(mutant.data)
            written.append(path)

    write()
    return written


def _safe(name: str) -> str:
    return re.sub(r"[^\w.~+-]", "_", name)
