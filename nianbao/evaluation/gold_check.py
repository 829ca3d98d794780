"""``nianbao gold check``: every gold file against the schema and against what the schema cannot say.

Semantic checks: the file is named after its ``doc_id``; cell ids belong to the stated format's tables;
``identity_breaks`` is exactly what the gold cells imply (recomputed with nianbao's own H1–H5 checks);
paragraph keys carry the same labels wherever they repeat; figures' ``paragraph_key`` names a listed
paragraph (unless its ``note`` explains a paragraph nianbao does not emit).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator

from nianbao.core import codebook
from nianbao.evaluation.checks import gold_breaks
from nianbao.evaluation.gold_schema import SCHEMA_PATH


def _validator():  # jsonschema is an extra (nianbao[eval]): imported when a check runs
    import jsonschema

    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


def semantic_problems(gold: dict) -> Iterator[str]:
    """What a schema-valid gold file gets wrong about the codebook, its own cells or its paragraphs."""
    fmt = (gold.get("metadata") or {}).get("format_version") or "unknown"
    known = set(codebook.all_cell_ids(fmt))  # type: ignore[arg-type]
    # Some reports print table 三 in the other format's layout (Hongze 2023: the trial format's single
    # （六）其他处理 row in a 2021 report), and extraction records it so: t3/t4 rows of either format pass,
    # table 二's own id (t2 or t2_2019) must match the format.
    known |= {c for f in ("2021", "2019") for c in codebook.all_cell_ids(f) if c.startswith(("t3.", "t4."))}  # type: ignore[arg-type]
    for cid in gold.get("cells", {}):
        if cid not in known:
            yield f"cell {cid} is not a cell of the {fmt} format's tables"
    if "identity_breaks" in gold and "cells" in gold:
        want = gold_breaks(gold)
        if sorted(gold["identity_breaks"]) != want:
            yield f"identity_breaks {sorted(gold['identity_breaks'])} but the gold cells break {want}"
    labels_by_key: dict[str, list[str]] = {}
    for p in gold.get("paragraphs", []):
        first = labels_by_key.setdefault(p["key"], sorted(p["labels"]))
        if first != sorted(p["labels"]):
            yield f"paragraph key {p['key']} repeats with other labels: {first} and {sorted(p['labels'])}"
    if "paragraphs" in gold:
        for i, f in enumerate(gold.get("figures", [])):
            key = f.get("paragraph_key")
            if key and key not in labels_by_key and not f.get("note"):
                yield f"figure {i} ({f['id']}) names paragraph_key {key}, which no listed paragraph has"


def check_file(path: Path, validator=None) -> list[str]:
    """Problems of one gold file, each a line starting with the file's name."""
    validator = validator or _validator()
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return [f"{path.name}: not readable JSON: {exc}"]
    problems = [
        f"schema: {'/'.join(map(str, e.absolute_path)) or '(top)'}: {e.message}"
        for e in sorted(validator.iter_errors(gold), key=lambda e: list(map(str, e.absolute_path)))
    ]
    if not problems:  # the semantic checks assume the shapes the schema guarantees
        if path.name != f"{gold['doc_id']}.json":
            problems.append(f"file name should be {gold['doc_id']}.json")
        problems += list(semantic_problems(gold))
    return [f"{path.name}: {p}" for p in problems]


def check_dir(directory: Path) -> tuple[int, list[str]]:
    """(files checked, problems) for every ``*.json`` under ``directory``."""
    validator = _validator()
    files = sorted(Path(directory).rglob("*.json"))
    return len(files), [p for f in files for p in check_file(f, validator)]
