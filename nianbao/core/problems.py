"""Every code a record's errors and warnings can carry: one ``str`` Enum, each member with its meaning.

The codes are stable: a study may count them across runs and versions. ``Problem(code, …)`` takes a
member or its plain string (a ``str`` Enum is both, and serialises as its value); ``nianbao codebook``
exports them (kind ``problem``) and the README lists them. tests/core/test_problems.py checks that
every code a record carries — from hostile files, bad inputs and fuzz mutants — is a member.
"""

from __future__ import annotations

from enum import Enum


class ProblemCode(str, Enum):
    """A stable problem code; ``kind`` is where it goes (``error`` or ``warning``), ``meaning`` one line."""

    kind: str
    meaning: str

    def __new__(cls, value: str, kind: str, meaning: str) -> "ProblemCode":
        member = str.__new__(cls, value)
        member._value_ = value
        member.kind = kind
        member.meaning = meaning
        return member

    def __str__(self) -> str:  # the code itself in messages and f-strings, on every Python version
        return self.value

    __format__ = str.__format__

    # --- reading: the input gives no record (status error, stage read) -------------------------------
    EMPTY = "empty", "error", "the file is empty, or no text was found on any page, even by OCR"
    UNREADABLE_FILE = "unreadable_file", "error", "the file cannot be opened (missing, a folder, no permission)"
    UNKNOWN_READER = "unknown_reader", "error", "the reader asked for by name does not exist"
    READER_UNAVAILABLE = "reader_unavailable", "error", "the reader asked for needs a library that is not installed"
    UNKNOWN_TABLE_EXTRACTOR = "unknown_table_extractor", "error", "a PDF table extractor asked for by name does not exist"
    TABLE_EXTRACTOR_UNAVAILABLE = ("table_extractor_unavailable", "error",
                                   "a PDF table extractor asked for needs a library that is not installed")
    UNKNOWN_PLUGIN = "unknown_plugin", "error", "a plug-in the config names (an aligner, say) does not exist"
    PLUGIN_UNAVAILABLE = "plugin_unavailable", "error", "a plug-in the config names cannot be loaded (a missing library)"
    TOO_LARGE = "too_large", "error", "the file (or a DOCX unpacked) is over the size limit"
    NOT_TEXT = "not_text", "error", "the file decodes as text in no known encoding (binary data)"
    BAD_HTML = "bad_html", "error", "the HTML cannot be parsed at all"
    CORRUPT_DOCX = "corrupt_docx", "error", "the DOCX is damaged, truncated, or a zip that is no Word document"
    UNSAFE_XML = "unsafe_xml", "error", ("the DOCX's XML declares a DTD or entities (forbidden in Office files: "
                                         "an external-entity or entity-expansion attack); nothing is resolved")
    CORRUPT_PDF = "corrupt_pdf", "error", "the PDF is damaged beyond repair (even by qpdf), none of its pages loads, or it is no PDF"
    ENCRYPTED = "encrypted", "error", "the PDF needs a user password to open"
    NO_PAGES = "no_pages", "error", "the PDF has no pages (its page tree is empty)"
    TOO_MANY_PAGES = "too_many_pages", "error", "the PDF has more pages than the limit (1,000)"
    NEEDS_OCR = "needs_ocr", "error", "the PDF has no text layer (a scan) and the OCR extra is not installed"
    TOO_COMPLEX = "too_complex", "error", "the document nests too deeply to read"
    # --- what was read -------------------------------------------------------------------------------
    NOT_A_REPORT = "not_a_report", "error", "the document is no information-disclosure annual report (status not_a_report)"
    STAGE_FAILED = "stage_failed", "error", ("one stage after reading failed (the stage is named); the record keeps "
                                             "what the other stages produced (status partial)")
    INTERNAL_ERROR = "internal_error", "error", "a bug outside any stage: the record has nothing but this error"
    # --- a batch run's guard (stage batch) -------------------------------------------------------------
    TIMEOUT = "timeout", "error", "the document took longer than the per-document time limit; its worker was stopped"
    MEMORY_LIMIT = "memory_limit", "error", "the worker passed the per-worker memory limit; it was stopped"
    WORKER_CRASHED = "worker_crashed", "error", "the worker process died while reading the document"
    # --- warnings: the record is kept, something in it is less than whole ------------------------------
    BYTES_REPLACED = "bytes_replaced", "warning", "bytes that could not be decoded were replaced with U+FFFD"
    PAGE_SKIPPED = "page_skipped", "warning", "a PDF page could not be loaded or parsed and was skipped (the page is named)"
    PDF_REPAIRED = "pdf_repaired", "warning", "the PDF was damaged and was read after a repair pass (qpdf)"
    PART_DROPPED = "part_dropped", "warning", ("a damaged DOCX part other than the body (properties, a header), or the parts "
                                              "after the cut of a cut-short DOCX, were left out")
    TABLE_TRUNCATED = "table_truncated", "warning", ("a markup table's spans would expand past the grid limit; "
                                                     "spans were cut to the table's own rows and columns")
    TABLE_NOT_FOUND = "table_not_found", "warning", "one of tables 二, 三, 四 was not found"
    CELLS_MISSING = "cells_missing", "warning", "cells of a found table were not found"
    CELLS_AMBIGUOUS = "cells_ambiguous", "warning", "cells whose text cannot decide the value (candidates are given)"
    CELLS_TEXT = "cells_text", "warning", "cells that hold text where a number belongs"
    TAGGER_UNAVAILABLE = "tagger_unavailable", "warning", "no tagger model could be loaded: paragraphs are unlabelled"
    TAGGER_FAILED = "tagger_failed", "warning", "the tagger failed: paragraphs are unlabelled"
    TRANSLATED = "translated", "warning", ("the page is a translation of a report (English): its names are the "
                                          "translation's, not the report's own")
    SECTIONS_INFERRED = "sections_inferred", "warning", ("section headings were missing: narrative was placed in the "
                                                         "section its content and order imply (paths say so)")


def cells_code(kind: str) -> ProblemCode:
    """The warning for cells of one kind (missing, ambiguous, text)."""
    return ProblemCode(f"cells_{kind}")


def rows() -> list[dict[str, str]]:
    """Every code as a row: code, kind (error or warning), meaning."""
    return [{"code": c.value, "kind": c.kind, "meaning": c.meaning} for c in ProblemCode]
