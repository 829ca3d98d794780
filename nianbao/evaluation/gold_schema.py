"""The gold format as a JSON Schema (draft 2020-12), its enums drawn from the codebook.

``corpus/gold.schema.json`` (beside the gold folder, so globs over ``corpus/gold/*.json`` see only gold files) is this schema written out (``python -m nianbao.evaluation.gold_schema``);
a test keeps the file equal to what the codebook gives, so the two never drift apart.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from nianbao.core import codebook

SCHEMA_PATH = Path(__file__).resolve().parents[2] / "corpus" / "gold.schema.json"
FORMATS = ["2021", "2019", "pre-2019", "unknown"]
ADMIN_LEVELS = ["provincial", "prefectural", "county", "township", None]
CELL_KINDS = ["number", "blank", "dash", "none_word", "annotated", "ambiguous"]
SCOPES = ["收到", "新收", "受理", "接收", "接到", "办理", "处理", "共需办理", "办结", "答复", None]
KEY = {"type": "string", "pattern": "^[0-9a-f]{12}$"}


def _nullable(tp: str, **extra: Any) -> dict:
    return {"type": [tp, "null"], **extra}


def all_cell_ids() -> list[str]:
    """Every cell id of every format (the 2019 and 2021 tables share t3/t4 ids)."""
    return sorted({cid for fmt in ("2021", "2019") for cid in codebook.all_cell_ids(fmt)})


def schema() -> dict:
    """The gold schema."""
    number = {"type": "number"}
    cell = {
        "oneOf": [
            number,
            {
                "type": "object",
                "required": ["kind"],
                "additionalProperties": False,
                "properties": {
                    "kind": {"enum": CELL_KINDS},
                    "value": number,
                    "raw": {"type": "string"},
                    "unit": {"type": "string"},
                    "candidates": {"type": "array", "items": number},
                    "note": {"type": "string"},
                },
                "allOf": [
                    {
                        "if": {"properties": {"kind": {"enum": ["number", "annotated"]}}},
                        "then": {"required": ["value"]},
                    }
                ],
            },
        ]
    }
    contact = {
        "type": "object",
        "additionalProperties": False,
        "properties": {k: _nullable("string") for k in ("address", "postcode", "phone", "email")},
    }
    metadata = {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "agency": _nullable("string"),
            "year": _nullable("integer", minimum=1990, maximum=2100),
            "format_version": {"enum": FORMATS},
            "admin_level": {"enum": ADMIN_LEVELS},
            "region": _nullable("string"),
            "publication_date": _nullable("string", pattern=r"^\d{4}-\d{2}-\d{2}$"),
            "contact": contact,
        },
    }
    figure = {
        "type": "object",
        "required": ["id", "value"],
        "additionalProperties": False,
        "properties": {
            "id": {"enum": sorted(codebook.FIGURE_IDS)},
            "value": number,
            "unit": _nullable("string"),
            "approx": {"type": "boolean"},
            "scope": {"enum": SCOPES},
            "qualifier": _nullable("string"),
            "listed": _nullable("integer"),
            "paragraph_key": {"oneOf": [KEY, {"type": "null"}]},
            "session": _nullable("string"),
            "note": _nullable("string"),
            "subject": {"type": "string", "minLength": 1},
        },
    }
    paragraph = {
        "type": "object",
        "required": ["key", "labels"],
        "additionalProperties": False,
        "properties": {
            "index": {"type": "integer", "minimum": 0},
            "key": KEY,
            "section": {"type": "string"},
            "labels": {
                "type": "array",
                "minItems": 1,
                "uniqueItems": True,
                "items": {"enum": [c.id for c in codebook.PARAGRAPH_LABELS]},
            },
            "note": _nullable("string"),
        },
    }
    breaks = {"type": "string", "pattern": r"^(H[1-4]:[a-z_]+|H5:t[234](_2019)?\.[a-z_]+\.[a-z0-9_]+)$"}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://github.com/nianbao/nianbao/corpus/gold.schema.json",
        "title": "nianbao gold annotation of one document (see corpus/gold/README.md)",
        "type": "object",
        "required": ["doc_id", "source", "status"],
        "additionalProperties": False,
        "properties": {
            "doc_id": {"type": "string", "minLength": 1},
            "source": {"type": "string"},
            "status": {"enum": ["ok", "not_a_report"]},
            "metadata": metadata,
            "tables_readable": {
                "type": "object",
                "additionalProperties": False,
                "properties": {k: {"type": "boolean"} for k in codebook.TABLE_KEYS},
            },
            "cells": {
                "type": "object",
                "propertyNames": {"enum": all_cell_ids()},
                "additionalProperties": cell,
            },
            "identity_breaks": {"type": "array", "uniqueItems": True, "items": breaks},
            "figures": {"type": "array", "items": figure},
            "figures_note": {"type": "string"},
            "paragraphs": {"type": "array", "items": paragraph},
            "paragraphs_note": {"type": "string"},
            "notes": {"type": "string"},
        },
    }


def dumps() -> str:
    return json.dumps(schema(), ensure_ascii=False, indent=1) + "\n"


if __name__ == "__main__":
    SCHEMA_PATH.write_text(dumps(), encoding="utf-8")
    sys.stdout.write(f"wrote {SCHEMA_PATH}\n")
