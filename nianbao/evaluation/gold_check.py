"""``nianbao gold check``: every gold file against the gold types and against what the types cannot say.

Types: the file is decoded into ``nianbao.core.gold.Gold`` (msgspec); each problem names the path of
the bad field (``$.paragraphs[0].labels``). Decoding stops at the first error, so a file that fails is
decoded again field by field and list item by list item, to report every bad field in one run.

Semantic checks: the file is named after its ``doc_id``; cell ids belong to the stated format's tables;
numeric cells carry a value; ``identity_breaks`` is exactly what the gold cells imply (recomputed with
nianbao's own H1–H5 checks); paragraph labels are not repeated and a paragraph key carries the same labels
wherever it repeats; figures' ``scope`` is given for ``requests.*`` only; figures' ``paragraph_key``
names a listed paragraph (unless its ``note`` explains a paragraph nianbao does not emit).
"""

from __future__ import annotations

import types
import typing
from pathlib import Path
from typing import Any, Iterator

import msgspec

from nianbao.core import codebook
from nianbao.core.gold import Cell, Gold, gold_files
from nianbao.evaluation.checks import gold_breaks

_VALUED = ("number", "annotated")


def _without_unset(tp: Any) -> Any:
    """``X | UnsetType`` → ``X``: a present field is never UNSET, and its element types sit under it."""
    args = typing.get_args(tp)
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        kept = tuple(a for a in args if a is not msgspec.UnsetType)
        return kept[0] if len(kept) == 1 else typing.Union[kept]  # type: ignore[return-value]
    return tp


def _convert(value: Any, tp: Any, where: str) -> list[str]:
    """The problem (at most one) of ``value`` as type ``tp``, its path rooted at ``where``."""
    try:
        msgspec.convert(value, tp)
    except msgspec.ValidationError as exc:
        message, _, at = str(exc).partition(" - at `")
        at = at.rstrip("`")
        return [f"{where}{at[1:]}: {message}" if at.startswith("$") else f"{where}: {message}"]
    return []


def type_problems(data: Any) -> list[str]:
    """Every field of a decoded JSON document that does not fit ``Gold``, as ``<path>: <message>``.

    Called after a whole-file decode failed: decoding each field and each list item on its own finds
    the other bad fields too, rather than the first only.
    """
    if not isinstance(data, dict):
        return [f"$: expected an object, got {type(data).__name__}"]
    hints = typing.get_type_hints(Gold, include_extras=True)
    problems = [f"$: missing required field `{f.name}`" for f in msgspec.structs.fields(Gold)
                if f.required and f.encode_name not in data]
    for name, value in data.items():
        if name not in hints:
            problems.append(f"$: unknown field `{name}`")
            continue
        tp = _without_unset(hints[name])
        origin, args = typing.get_origin(tp), typing.get_args(tp)
        if origin is list and isinstance(value, list):
            for i, item in enumerate(value):
                problems += _convert(item, args[0], f"$.{name}[{i}]")
        elif origin is dict and isinstance(value, dict):
            for key, item in value.items():
                if _convert(key, args[0], ""):
                    problems.append(f"$.{name}: unknown key {key!r}")
                else:
                    problems += _convert(item, args[1], f"$.{name}[{key!r}]")
        else:
            problems += _convert(value, tp, f"$.{name}")
    return problems


def semantic_problems(gold: Gold) -> Iterator[str]:
    """What a well-typed gold file gets wrong about the codebook, its own cells or its paragraphs."""
    fmt = gold.format_version
    known = set(codebook.all_cell_ids(fmt))  # type: ignore[arg-type]
    # Some reports print table 三 in the other format's layout (Hongze 2023: the trial format's single
    # （六）其他处理 row in a 2021 report), and extraction records it so: t3/t4 rows of either format pass,
    # table 二's own id (t2 or t2_2019) must match the format.
    known |= {c for f in ("2021", "2019") for c in codebook.all_cell_ids(f) if c.startswith(("t3.", "t4."))}  # type: ignore[arg-type]
    valueless = False
    for cid, value in (gold.cells or {}).items():
        if cid not in known:
            yield f"cell {cid} is not a cell of the {fmt} format's tables"
        if isinstance(value, Cell) and value.kind in _VALUED and value.value is msgspec.UNSET:
            valueless = True
            yield f"cell {cid} is of kind {value.kind} but has no value"
    # The arithmetic needs every number: with one missing there is nothing to recompute the breaks from.
    if gold.identity_breaks is not msgspec.UNSET and not valueless:
        if len(set(gold.identity_breaks)) != len(gold.identity_breaks):
            yield f"identity_breaks lists a break twice: {gold.identity_breaks}"
        want = gold_breaks(gold)
        if sorted(set(gold.identity_breaks)) != want:
            yield f"identity_breaks {sorted(gold.identity_breaks)} but the gold cells break {want}"
    labels_by_key: dict[str, list[str]] = {}
    for i, p in enumerate(gold.paragraphs or []):
        if len(set(p.labels)) != len(p.labels):
            yield f"paragraph {i} ({p.key}) lists a label twice: {p.labels}"
        first = labels_by_key.setdefault(p.key, sorted(p.labels))
        if first != sorted(p.labels):
            yield f"paragraph key {p.key} repeats with other labels: {first} and {sorted(p.labels)}"
    for i, f in enumerate(gold.figures or []):
        # corpus/gold/README.md: requests.* keep the scope word, messages.count its verb (收到, 办理 …).
        if f.scope is not None and not f.id.startswith(("requests.", "messages.count")):
            yield f"figure {i} ({f.id}) has scope {f.scope}, which only requests.* and messages.count take"
        if gold.paragraphs is not msgspec.UNSET and f.paragraph_key and f.paragraph_key not in labels_by_key \
                and not f.note:
            yield f"figure {i} ({f.id}) names paragraph_key {f.paragraph_key}, which no listed paragraph has"


def check_file(path: Path) -> list[str]:
    """Problems of one gold file, each a line starting with the file's name."""
    try:
        raw = Path(path).read_bytes()
        data = msgspec.json.decode(raw)
    except (OSError, msgspec.DecodeError) as exc:
        return [f"{path.name}: not readable JSON: {exc}"]
    try:
        gold = msgspec.convert(data, Gold)
    except msgspec.ValidationError as exc:  # the semantic checks need the types: report the bad fields
        return [f"{path.name}: type: {p}" for p in type_problems(data) or [f"$: {exc}"]]
    problems = [] if path.name == f"{gold.doc_id}.json" else [f"file name should be {gold.doc_id}.json"]
    problems += list(semantic_problems(gold))
    return [f"{path.name}: {p}" for p in problems]


def check_dir(directory: Path) -> tuple[int, list[str]]:
    """(files checked, problems) for every ``*.json`` under ``directory``."""
    files = gold_files(directory)
    return len(files), [p for f in files for p in check_file(f)]
