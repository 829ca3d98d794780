"""The tidy tables' columns: name, type and meaning, in one place.

``nianbao.outputs.panel`` builds the Parquet schemas from ``TABLES``, the DuckDB database gets each description
as a column comment, and the README's schema summary is written from the same entries, so the
documentation cannot drift from what is written. Names avoid SQL's
reserved words (``table``, ``column``), so queries need no quoting. Types are short strings (``list<string>``) so the
dict reads as documentation; ``arrow_schema`` turns them into pyarrow types.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from nianbao.core.codebook import PARAGRAPH_LABELS

if TYPE_CHECKING:  # pyarrow is imported when a schema is built, not when the CLI starts
    import pyarrow as pa

Column = tuple[str, str, str]  # name, type, description

# Every child table starts with the report's content hash: the key to join on reports.
_KEY: Column = ("sha256", "string", "SHA-256 of the report file's bytes: the key joining every table to reports")

REPORTS: tuple[Column, ...] = (
    _KEY,
    ("doc_id", "string", "the record's document id (the file name)"),
    ("path", "string", "the input file as the run saw it; rows of every table are sorted by it"),
    ("duplicate_of", "string", "path of an earlier report (in path order) with the same sha256, whose "
     "cells, paragraphs, figures and checks this one shares; null for the first copy"),
    ("status", "string", "ok, partial (something could not be read), not_a_report, or error"),
    ("reader", "string", "the reader that read the file: text, markdown, html, docx, pdf"),
    ("encoding", "string", "the text encoding detected (text files)"),
    ("size", "int64", "file size in bytes"),
    ("agency", "string", "the reporting agency as the title writes it"),
    ("year", "int32", "the year the report covers (statistics year), not the publication year"),
    ("format_version", "string", "the table format: 2021, 2019 (trial), pre-2019 or unknown"),
    ("admin_level", "string", "provincial, prefectural, county or township, told from the agency's name"),
    ("region", "string", "the place name(s) at the start of the agency's name"),
    ("publication_date", "string", "ISO date the report states it was published"),
    ("title", "string", "the report's title"),
    ("agency_source", "string", "where the agency was stated: title, preamble, signature, metadata_block, html, contact, "
     "body (the overview's subject), narrative, or mention (no rule named the body; the learned last resort ranked "
     "the bodies the page mentions, `extraction/mentions.py`)"),
    ("script", "string", "traditional where the page was written in traditional characters (read as simplified)"),
    ("coverage", "float64", "share of the body's characters the layout placed (title, heading, paragraph, table, "
     "chrome); the rest is kept in the section 'unplaced'"),
    ("contact_address", "string", "contact address as stated"),
    ("contact_postcode", "string", "postcode as stated"),
    ("contact_phone", "string", "phone as stated"),
    ("contact_email", "string", "email as stated"),
    ("contact_website", "string", "website as stated"),
    ("sections", "list<string>", "section ids found, in order (codebook kind 'section')"),
    ("tables_found", "list<string>", "ids of the standard tables found: t2 or t2_2019, t3, t4"),
    ("n_cells", "int32", "cells recorded (every template cell of the tables, found or not)"),
    ("n_paragraphs", "int32", "narrative paragraphs"),
    ("n_figures", "int32", "figures read from the prose"),
    ("n_checks", "int32", "checks run (H1–H5 identities, R/L prose-against-table checks)"),
    ("n_checks_failed", "int32", "checks that failed"),
    ("errors", "list<string>", "error codes (e.g. not_a_report, internal_error)"),
    ("warnings", "list<string>", "warning codes (e.g. table_not_found, cells_ambiguous)"),
    ("error_message", "string", "the error messages joined by ' | ', null when there is none"),
    ("schema_version", "string", "version of the record schema"),
    ("nianbao_version", "string", "version of nianbao that wrote the record"),
)

CELLS: tuple[Column, ...] = (
    _KEY,
    ("table_id", "string", "t2 (2021 format), t2_2019 (2019 trial format), t3 or t4"),
    ("cell_id", "string", "canonical cell id, e.g. t3.new_received.total (codebook kind 'cell')"),
    ("row_id", "string", "the cell's row id from the codebook, e.g. new_received"),
    ("column_id", "string", "the cell's column id from the codebook, e.g. natural_person, total"),
    ("value", "float64", "the number read; null for blank, dash, 无, text, ambiguous and missing cells"),
    ("raw", "string", "the text the value was read from"),
    ("kind", "string", "number, blank, dash, none_word (无), annotated, text, ambiguous, missing"),
    ("unit", "string", "a unit written in the cell (never converted)"),
    ("note", "string", "an annotation beside the number, e.g. 其中修订16件"),
    ("candidates", "list<float64>", "the values an ambiguous cell could hold"),
    ("extractor", "string", "what read the cell: grid, text, text-split, geometry, camelot … (+ocr)"),
    ("page", "int32", "1-based PDF page of the cell"),
)

PARAGRAPHS: tuple[Column, ...] = (
    _KEY,
    ("index", "int32", "the paragraph's position in the report's narrative"),
    ("section", "string", "section id (codebook kind 'section'), preamble before the first section"),
    ("path", "list<string>", "the headings above the paragraph, outermost first"),
    ("text", "string", "the paragraph's text"),
    ("key", "string", "first 12 hex digits of the SHA-1 of the text without whitespace (the gold files' key)"),
    ("labels", "list<string>", "the tagger's labels (codebook kind 'paragraph_label')"),
) + tuple(
    (f"score_{code.id}", "float64", f"the tagger's score in [0, 1] for label {code.id} ({code.label}); "
     "null when the record was not tagged or the score is below 0.05 (compact records leave those out)")
    for code in PARAGRAPH_LABELS
)

FIGURES: tuple[Column, ...] = (
    _KEY,
    ("index", "int32", "the figure's position in the record (checks.figures refers to it)"),
    ("id", "string", "figure id (codebook kind 'figure'), e.g. requests.received"),
    ("value", "float64", "the number stated; rates in percent"),
    ("unit", "string", "the counting word as written: 件, 条, %, 元 …"),
    ("approx", "bool", "true for 余 / 多 / 近 / 约: the text gives no exact number"),
    ("scope", "string", "for requests.*: the scope word (新收, 收到, 受理, 共需办理 …)"),
    ("qualifier", "string", "a stated part of a split figure: 主办, 协办 …"),
    ("paragraph", "int32", "paragraphs.index of the paragraph it was read in; null outside the narrative"),
    ("paragraph_key", "string", "paragraphs.key of that paragraph"),
    ("section", "string", "the section it was read in"),
    ("start", "int32", "start of the span in the paragraph's text"),
    ("end", "int32", "end of the span"),
    ("text", "string", "the span itself"),
    ("listed", "int32", "how many numbered items the text lists for this count, where it lists them"),
    ("session", "string", "the congress session a proposal count belongs to"),
    ("note", "string", "anything odd"),
    ("subject", "string", "whose count it is: self (the reporting agency) or the other body the prose names"),
    ("read_by", "string", "how it was read: grammar (the rules) or the figure reader that added it (learned)"),
)

CHECKS: tuple[Column, ...] = (
    _KEY,
    ("rule", "string", "H1–H5 table identities, R1–R8 prose against tables, L1 listed count (codebook kind 'check')"),
    ("scope", "string", "what the rule was applied to: a column, a row, a block, a cell or a figure"),
    ("key", "string", "rule:scope, as gold files list identity breaks"),
    ("status", "string", "pass, fail, or skipped (a cell involved is missing or ambiguous)"),
    ("cells", "list<string>", "the cell ids the check reads"),
    ("lhs", "float64", "left-hand side"),
    ("rhs", "float64", "right-hand side"),
    ("message", "string", "the check written out with its numbers"),
    ("assumed_zero", "list<string>", "blank / dash / 无 cells counted as 0"),
    ("figures", "list<int32>", "figures.index of the prose figures compared with the cells"),
    ("assumption", "string", "how the prose's scope word was read, e.g. 收到 = 一 + 二"),
)

STATEMENTS: tuple[Column, ...] = (
    _KEY,
    ("index", "int32", "the statement's position among the report's statements"),
    ("paragraph", "int32", "paragraphs.index of the paragraph it is part of"),
    ("paragraph_key", "string", "paragraphs.key of that paragraph"),
    ("section", "string", "the section of that paragraph"),
    ("label", "string", "problems, improvements, prior_rectification or innovation: the paragraph's label, or where "
     "it has several, the one the list's lead names"),
    ("marker", "string", "the enumerator that opened it (一是, （一）, 1., ①, …); null for a ；- or 。-separated clause"),
    ("lead", "string", "the text that introduced its list (存在的问题主要有), null if none"),
    ("start", "int32", "start of the statement in the paragraph's text"),
    ("end", "int32", "end of the statement (paragraphs.text[start:end] is the statement)"),
    ("text", "string", "the statement, without its enumerator and closing punctuation"),
)

PROPOSALS: tuple[Column, ...] = (
    _KEY,
    ("rank", "int32", "1 = the most likely correction of the record's broken identities"),
    ("cell_id", "string", "the cell the broken identities point to (cells.cell_id)"),
    ("current", "float64", "the value read; null for a blank, dash or 无 cell"),
    ("proposed", "float64", "the value that makes every failing identity hold (proposed, never applied)"),
    ("raw", "string", "the text read in the cell"),
    ("slip", "string", "transposition, ocr_confusion, dropped_digit, extra_digit, typo, blank or other"),
    ("score", "float64", "the weight the ranking gave it, in (0, 1]"),
    ("fixes", "list<string>", "checks.key of the failing identities the change makes hold"),
    ("evidence", "string", "the argument in words"),
)

CODEBOOK: tuple[Column, ...] = (
    ("kind", "string", "cell, section, paragraph_label, figure or check"),
    ("id", "string", "the canonical id"),
    ("label", "string", "its Chinese label"),
    ("table_id", "string", "for cells: t2, t2_2019, t3, t4"),
    ("format", "string", "for cells: the table format, 2021 or 2019"),
    ("row_id", "string", "for cells: the row id"),
    ("column_id", "string", "for cells: the column id"),
)

TABLES: dict[str, tuple[Column, ...]] = {
    "reports": REPORTS,
    "cells": CELLS,
    "paragraphs": PARAGRAPHS,
    "figures": FIGURES,
    "checks": CHECKS,
    "statements": STATEMENTS,
    "proposals": PROPOSALS,
    "codebook": CODEBOOK,
}

DESCRIPTIONS: dict[str, str] = {
    "reports": "one row per record (input file)",
    "cells": "one row per cell of tables 二, 三, 四 (long format)",
    "paragraphs": "one row per narrative paragraph, with the tagger's labels and scores",
    "figures": "one row per number stated in the prose",
    "checks": "one row per arithmetic check (table identities, prose against tables)",
    "statements": "one row per statement (一是…, a numbered item, a clause) of the problems, improvements, "
                  "prior_rectification and innovation paragraphs",
    "proposals": "one row per single-cell correction proposed where table identities fail (never applied)",
    "codebook": "every canonical id with its Chinese label",
}


# Tables an analysis adds to a run after the panel is written (``nianbao.outputs.derived``): computed across
# reports (reuse between consecutive years) or by a model (themes), so not row by row from a record.
DERIVED: dict[str, tuple[Column, ...]] = {
    "reuse": (
        ("agency", "string", "the agency, normalised as nianbao crossyear matches reports"),
        ("year", "int32", "the later report's statistics year"),
        ("previous_year", "int32", "the year before, whose report the text is compared with"),
        ("sha256", "string", "reports.sha256 of the later report"),
        ("previous_sha256", "string", "reports.sha256 of the earlier report"),
        ("doc_id", "string", "the later report's document id"),
        ("previous_doc_id", "string", "the earlier report's document id"),
        ("section", "string", "a section id of the later report, or 'all' for the whole narrative"),
        ("sentences", "int32", "sentences of the section (8 characters or more)"),
        ("reused_sentences", "int32", "those near-duplicating a sentence of the previous year (MinHash, Jaccard ≥ 0.6)"),
        ("chars", "int32", "characters of the section's sentences"),
        ("reused_chars", "int32", "characters of the reused sentences"),
        ("share", "float64", "reused_chars / chars: the share of the section's text reused from the year before"),
    ),
    "themes": (
        ("theme", "int32", "theme number (−1: statements sharing no word with any theme)"),
        ("name", "string", "its three heaviest words joined by ·"),
        ("terms", "list<string>", "its heaviest words, heaviest first"),
        ("representatives", "list<string>", "the statements weighing most on it"),
        ("statements", "int32", "statements assigned to it"),
        ("share", "float64", "its share of all statements"),
    ),
    "theme_assignments": (
        _KEY,
        ("statement", "int32", "statements.index of the statement"),
        ("paragraph", "int32", "paragraphs.index of its paragraph"),
        ("label", "string", "the statement's label"),
        ("theme", "int32", "themes.theme it is assigned to (−1: none)"),
        ("weight", "float64", "its weight on that theme (NMF)"),
        ("text", "string", "the statement"),
    ),
    "theme_shares": (
        ("grouping", "string", "what the reports are grouped by: year, admin_level or region"),
        ("group", "string", "the group's value (a year, a level, a region); null where the report does not say"),
        ("theme", "int32", "themes.theme"),
        ("statements", "int32", "the group's statements in that theme"),
        ("share", "float64", "their share of the group's statements"),
    ),
}
DESCRIPTIONS |= {
    "reuse": "one row per section of a report whose agency also reported the year before: the text reused from it",
    "themes": "one row per theme of the statements (nianbao themes): its words and representative statements",
    "theme_assignments": "one row per statement: the theme nianbao themes assigned it",
    "theme_shares": "one row per group (year, level, region) and theme: the theme's share of the group's statements",
}


def arrow_type(name: str) -> "pa.DataType":
    """The pyarrow type of a short type string such as ``list<string>``."""
    import pyarrow as pa

    if name.startswith("list<"):
        return pa.list_(arrow_type(name[5:-1]))
    return {"string": pa.string(), "int32": pa.int32(), "int64": pa.int64(), "float64": pa.float64(),
            "bool": pa.bool_()}[name]


def arrow_schema(table: str) -> "pa.Schema":
    """The Parquet schema of one tidy table, each field carrying its description."""
    import pyarrow as pa

    return pa.schema([pa.field(name, arrow_type(kind), metadata={"description": doc})
                      for name, kind, doc in (TABLES.get(table) or DERIVED[table])],
                     metadata={"nianbao.table": table, "description": DESCRIPTIONS[table]})


def markdown() -> str:
    """The schema as Markdown, one table per tidy table, for the README (the score columns as one line)."""
    out = []
    for table, columns in TABLES.items():
        out += [f"**{table}** — {DESCRIPTIONS[table]}", "", "| column | type | meaning |", "|---|---|---|"]
        for name, kind, doc in columns:
            if name.startswith("score_"):
                if name == f"score_{PARAGRAPH_LABELS[0].id}":
                    out.append(f"| `score_<label>` | {kind} | the tagger's score in [0, 1] for each of the "
                               f"{len(PARAGRAPH_LABELS)} paragraph labels; null when the record was not tagged or below 0.05 |")
                continue
            out.append(f"| `{name}` | {kind} | {doc} |")
        out.append("")
    return "\n".join(out)
