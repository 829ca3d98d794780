"""Label Studio round-trip: records → tasks (nianbao's output as pre-annotations), annotations → gold.

One task per paragraph, the paragraph's neighbours shown as context: paragraph labels are a multi-choice
(``Choices`` named ``labels``), figures are text spans (``Labels`` named ``figure``, the figure id as the
label). A span carries what it cannot say itself (value, unit, approx, scope, qualifier, listed, note,
session, the figure's place in the document) as JSON in the region's ``meta.text``, which Label Studio
keeps through an export. Figures outside any listed paragraph go to one document task with no text.
Format: https://labelstud.io/guide/task_format (``annotations[].result[]`` / ``predictions[].result[]``
with ``from_name``, ``to_name``, ``type`` and ``value.choices`` or ``value.start/end/text/labels``).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, Iterable
from xml.sax.saxutils import escape

import msgspec

from nianbao.core import codebook
from nianbao.core.gold import UNSET, Figure, Gold, GoldError, Paragraph, encode_gold, read_gold, to_builtins
from nianbao.core.keys import paragraph_key
from nianbao.core.record import Record

_FIGURE_FIELDS = ("value", "unit", "approx", "scope", "qualifier", "listed", "note", "session")
_NUMBER = re.compile(r"(\d+(?:\.\d+)?)\s*(余|多)?\s*(%|[^\d\s，。、；]?)")


def labeling_config() -> str:
    """The Label Studio labeling config (XML) the tasks are made for."""
    choices = "".join(f'<Choice value="{c.id}" hint="{escape(c.label)}"/>' for c in codebook.PARAGRAPH_LABELS)
    labels = "".join(f'<Label value="{f.id}" hint="{escape(f.label)}"/>' for f in codebook.FIGURES)
    return (
        '<View>\n <Header value="$doc_id · paragraph $index · $section"/>\n <Text name="before" value="$context_before"/>\n'
        ' <Text name="text" value="$text" granularity="symbol"/>\n <Text name="after" value="$context_after"/>\n'
        f' <Choices name="labels" toName="text" choice="multiple">{choices}</Choices>\n'
        f' <Labels name="figure" toName="text">{labels}</Labels>\n</View>\n'
    )


def _choices(labels: list[str], score: float | None = None) -> dict:
    item = {
        "id": "labels",
        "from_name": "labels",
        "to_name": "text",
        "type": "choices",
        "value": {"choices": list(labels)},
    }
    return item | ({"score": score} if score is not None else {})


def _span(i: int, fig: dict, start: int, end: int, text: str, order: int) -> dict:
    meta = {k: fig.get(k) for k in _FIGURE_FIELDS if k in fig} | {"order": order}
    return {
        "id": f"figure-{i}",
        "from_name": "figure",
        "to_name": "text",
        "type": "labels",
        "value": {"start": start, "end": end, "text": text, "labels": [fig["id"]]},
        "meta": {"text": [json.dumps(meta, ensure_ascii=False)]},
    }


def _locate(text: str, fig: dict, predicted: list[dict]) -> tuple[int, int]:
    """Where a gold figure sits in its paragraph: a predicted figure's span if one agrees, else the number."""
    for p in predicted:
        if p["id"] == fig["id"] and p["value"] == fig["value"] and p.get("start") is not None:
            return p["start"], p["end"]
    number = f"{fig['value']:g}" if isinstance(fig["value"], float) else str(fig["value"])
    at = text.find(number)
    return (at, at + len(number)) if at >= 0 and number != "0" else (0, 0)


def _figure_dict(record: Record, f) -> dict:
    return {k: getattr(f, k) for k in ("id", "start", "end", "text", *_FIGURE_FIELDS)} | {
        "paragraph": f.paragraph
    }


def record_tasks(record: Record, gold: Gold | None = None, model_version: str = "nianbao") -> list[dict]:
    """The tasks of one record; with ``gold``, each task also carries the gold as its annotation."""
    paras = record.paragraphs
    figs = [_figure_dict(record, f) for f in record.figures]
    tasks, by_key = [], {}
    for i, p in enumerate(paras):
        data = {
            "doc_id": record.doc_id,
            "source": record.source.path,
            "kind": "paragraph",
            "index": p.index,
            "section": p.section,
            "paragraph_key": paragraph_key(p.text),
            "text": p.text,
            "context_before": paras[i - 1].text if i else "",
            "context_after": paras[i + 1].text if i + 1 < len(paras) else "",
        }
        mine = [f for f in figs if f["paragraph"] == p.index]
        result = [_choices(p.labels, max((p.scores.get(l, 0.0) for l in p.labels), default=None))]
        result += [
            _span(j, f, f["start"] or 0, f["end"] or 0, f["text"] or "", j) for j, f in enumerate(mine)
        ]
        task = {"data": data, "predictions": [{"model_version": model_version, "result": result}]}
        tasks.append(task)
        by_key.setdefault(data["paragraph_key"], []).append((task, mine))
    if gold is not None:
        _attach_gold(record, gold, tasks, by_key)
    return tasks


def _attach_gold(record: Record, gold: Gold, tasks: list[dict], by_key: dict) -> None:
    """Gold paragraphs and figures as each task's annotation (tasks for gold with no paragraph appended)."""
    queue = {k: list(v) for k, v in by_key.items()}
    used: dict[str, list] = {}
    annotated = gold.paragraphs is not UNSET
    for entry in gold.paragraphs or []:
        slot = queue.get(entry.key)
        if slot:
            task, mine = slot.pop(0)
        else:  # the layout no longer emits it: keep the gold entry all the same
            task, mine = (
                {
                    "data": {
                        "doc_id": record.doc_id,
                        "source": record.source.path,
                        "kind": "paragraph",
                        "paragraph_key": entry.key,
                        "text": "",
                        "context_before": "",
                        "context_after": "",
                    }
                },
                [],
            )
            tasks.append(task)
        task["data"].update({"index": None if entry.index is UNSET else entry.index,
                             "section": None if entry.section is UNSET else entry.section})
        task["annotations"] = [{"result": [_choices(entry.labels)]}]
        used.setdefault(entry.key, []).append((task, mine))
    listed = set(used) if annotated else set()
    loose = None
    # Figures travel as plain dicts (the fields the file gives), the shape Label Studio's meta keeps.
    for order, fig in enumerate(to_builtins(gold.figures or [])):
        key = fig.get("paragraph_key")
        if key in listed:
            task, mine = used[key][0]
            start, end = _locate(task["data"]["text"], fig, mine)
            text = task["data"]["text"][start:end]
        else:
            if loose is None:
                loose = {
                    "data": {
                        "doc_id": record.doc_id,
                        "source": record.source.path,
                        "kind": "document",
                        "text": "",
                        "context_before": "",
                        "context_after": "",
                    },
                    "annotations": [{"result": []}],
                }
                tasks.append(loose)
            task, start, end, text = loose, 0, 0, ""
        span = _span(order, fig, start, end, text, order)
        json_meta = json.loads(span["meta"]["text"][0]) | {"paragraph_key": key}
        span["meta"]["text"] = [json.dumps(json_meta, ensure_ascii=False)]
        task.setdefault("annotations", [{"result": []}])[0]["result"].append(span)
    for task in tasks:  # a gold file without paragraphs leaves their labels unannotated, not empty
        if annotated and "annotations" not in task:
            task["annotations"] = [{"result": []}]


def export_tasks(
    records: Iterable[Record], gold: dict[str, Gold] | None = None, model_version: str = "nianbao"
) -> list[dict]:
    """Tasks for every record (with gold annotations where ``gold``, from ``load_gold``, has the document)."""
    return [t for r in records for t in record_tasks(r, (gold or {}).get(r.doc_id), model_version)]


def parse_span(text: str) -> dict[str, Any]:
    """value, unit and approx read from a span an annotator drew (300余件 → 300, 件, approx)."""
    m = _NUMBER.search(text or "")
    if not m:
        return {}
    value = float(m.group(1)) if "." in m.group(1) else int(m.group(1))
    approx = bool(m.group(2)) or any(w in text for w in ("近", "约", "超过", "以上"))
    return {"value": value, "unit": m.group(3) or None, "approx": approx}


def _annotation(task: dict) -> list[dict] | None:
    done = [a for a in task.get("annotations", []) if not a.get("was_cancelled")]
    return done[-1]["result"] if done else None


def import_annotations(tasks: list[dict]) -> dict[str, dict]:
    """``paragraphs`` and ``figures`` by doc_id from a Label Studio export (JSON list of tasks)."""
    out: dict[str, dict] = {}
    for task in tasks:
        result = _annotation(task)
        if result is None:
            continue
        data = task["data"]
        doc = out.setdefault(data["doc_id"], {"source": data.get("source"), "paragraphs": [], "figures": []})
        for item in result:
            if item["type"] == "choices" and data.get("kind") == "paragraph":
                entry = {
                    "index": data.get("index"),
                    "key": data["paragraph_key"],
                    "section": data.get("section"),
                    "labels": list(item["value"]["choices"]),
                }
                doc["paragraphs"].append({k: v for k, v in entry.items() if v is not None or k == "labels"})
            elif item["type"] == "labels":
                meta = json.loads(item["meta"]["text"][0]) if item.get("meta", {}).get("text") else {}
                value = item["value"]
                fig = {"id": value["labels"][0]} | parse_span(value.get("text", "")) | meta
                fig.setdefault("paragraph_key", data.get("paragraph_key"))
                doc["figures"].append(fig)
    for doc in out.values():
        doc["paragraphs"].sort(key=lambda p: p.get("index", 0))
        doc["figures"].sort(key=lambda f: f.get("order", 0))
        for f in doc["figures"]:
            f.pop("order", None)
    return out


def merge_into_gold(imported: dict[str, dict], directory: Path) -> list[Path]:
    """Write each document's paragraphs and figures into ``<directory>/<doc_id>.json`` (other fields kept).

    The existing file is read with the gold loader and the annotations decoded into the gold types, so
    a bad gold file or an annotation that does not fit (a span with no number) stops the import with
    its file and field instead of being written.
    """
    written = []
    for doc_id, got in imported.items():
        path = Path(directory) / f"{doc_id}.json"
        gold = (read_gold(path) if path.exists()
                else Gold(doc_id=doc_id, source=got["source"] or doc_id, status="ok"))
        try:
            figures = msgspec.convert(got["figures"], list[Figure])
            paragraphs = msgspec.convert(got["paragraphs"], list[Paragraph])
        except msgspec.ValidationError as exc:
            raise GoldError(path, f"annotations from Label Studio: {exc}") from exc
        gold = msgspec.structs.replace(gold, figures=figures,
                                       **({"paragraphs": paragraphs} if got["paragraphs"] else {}))
        path.write_text(encode_gold(gold), encoding="utf-8")
        written.append(path)
    return written
