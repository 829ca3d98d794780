"""The pipeline: one input file in, one Record out — read → layout → tables / figures → checks → record.

``extract`` never raises for a bad input: an unreadable file, a document that is no report, or a bug
meeting an odd file all come back as a record with a status and structured errors, so a batch run
goes on. Every stage after reading (layout, metadata, tables, checks, figures, reconciliation, tagging)
fails alone: its fault is a ``stage_failed`` error naming it, the record keeps what the other stages
produced, and its status is ``partial``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import Callable, TypeVar

from nianbao.extraction import metadata as meta
from nianbao.extraction import mentions, script, stated
from nianbao.extraction.detect import detect
from nianbao.extraction.english_title import mostly_not_chinese
from nianbao.extraction.lookalikes import translated_report
from nianbao.extraction.told_years import academic_year_end
from nianbao.extraction.checks import run_checks
from nianbao.extraction.figures import (DEFAULT_FIGURE_READERS, extract_figures, figure_readers,
                                        table_section_sentences)
from nianbao.extraction.figures.reconcile import reconcile
from nianbao.extraction.layout import Layout, analyse, old_statistics_table
from nianbao.extraction.pdf.tables import table_extractors
from nianbao.extraction.readers import ReadError, read, readers
from nianbao.extraction.readers.letter_spacing import closed_up
from nianbao.extraction.repair import propose_repairs
from nianbao.extraction.tables import aligners, document_format, extract_tables
from nianbao.classification.default import load_tagger, tag_paragraphs
from nianbao.core import places
from nianbao.core.codebook import FORMAT_2021, FORMAT_PRE_2019, FORMAT_UNKNOWN
from nianbao.core.config import ExtractConfig
from nianbao.core.hashing import file_sha256
from nianbao.core.problems import ProblemCode, cells_code
from nianbao.core.registry import PluginUnavailableError, UnknownNameError
from nianbao.core.record import CellKind, Metadata, Paragraph, Problem, Record, SourceFile, Status

T = TypeVar("T")
_DATE_LINE = re.compile(r"^\s*(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年.{1,3}月.{1,3}日\s*$")


def _source(path: Path, sha256: str | None) -> SourceFile:
    source = SourceFile(str(path))
    try:
        source.size = path.stat().st_size
    except OSError:
        return source
    # Streamed, whatever the size: a file too big to read still gets the identity a batch run resumes by.
    source.sha256 = sha256 or file_sha256(path)
    return source


def _paragraphs(layout: Layout, agency: str | None) -> list[Paragraph]:
    """Narrative paragraphs, without the signature (agency name and date) that closes a report."""
    out = []
    signature = {re.sub(r"\s+", "", agency)} if agency else set()
    for p in layout.paragraphs:
        text = p.text.strip()
        if _DATE_LINE.match(text) or re.sub(r"\s+", "", text) in signature:
            continue
        out.append(Paragraph(len(out), text, p.section, list(p.path), p.origin.block, p.origin.line))
    return out


def _status(record: Record, report: bool) -> Status:
    if not report:
        record.errors.append(Problem(ProblemCode.NOT_A_REPORT, "this document is not a government information-disclosure "
                                     "annual report (no report title, sections or standard tables found)", "layout"))
        return Status.NOT_A_REPORT
    for table in record.tables:
        if not table.found:
            record.warnings.append(Problem(ProblemCode.TABLE_NOT_FOUND, f"table {table.id} was not found", "tables"))
            continue
        for kind in (CellKind.MISSING, CellKind.AMBIGUOUS, CellKind.TEXT):
            ids = [c.id for c in table.cells if c.kind is kind]
            if ids:
                record.warnings.append(Problem(cells_code(kind.value), f"{len(ids)} cells of {table.id} are {kind.value}: "
                                               + ", ".join(ids[:5]) + (" …" if len(ids) > 5 else ""), "tables"))
    return Status.PARTIAL if record.warnings or _failed(record) else Status.OK


def _stage(record: Record, name: str, fallback: T, run: Callable[..., T], *args: object) -> T:
    """Run one stage; if it raises, note it on the record (``stage_failed``, the stage named) and go on
    with ``fallback``, so one stage's fault costs only what that stage would have added."""
    try:
        return run(*args)
    except (UnknownNameError, PluginUnavailableError):
        raise  # a plug-in the config names is missing: the config's fault, an error record (see extract)
    except Exception as exc:  # noqa: BLE001 — a bug in one stage must not cost the record the others' work
        record.errors.append(Problem(ProblemCode.STAGE_FAILED, f"{name}: {type(exc).__name__}: {exc}", name))
        return fallback


def _failed(record: Record) -> bool:
    return any(p.code == ProblemCode.STAGE_FAILED for p in record.errors)



def _metadata(doc, layout: Layout, text: str) -> tuple[Metadata, str | None]:
    """Metadata from wherever the page states it (title, metadata block, preamble, signature, html, contact),
    each field's source and conflicting statements kept; and the page title the body did not give."""
    found = stated.statements(layout, doc, text)
    agency, agency_source, agency_others = stated.choose(found, "agency")
    # the last resort where no rule named the body; a body the page stated but the rules rejected (its kind alone)
    # says what kind of body to name, so a pick of another kind is none
    if agency is None and (agency := mentions.named(text, rejected=agency_others.values())):
        agency_source = mentions.SOURCE
    year_text, year_source, year_others = stated.choose(found, "year")
    year = int(year_text) if year_text else None
    page_title, _, _ = stated.choose([s for s in found if s.source != "title"], "title")
    title = layout.title or page_title or doc.properties.get("title")
    region, level = meta.place(agency)
    date = meta.publication_date(layout, doc) or stated.choose(found, "publication_date")[0]
    metadata = Metadata(agency, year, FORMAT_UNKNOWN, [], level, region, date, title, meta.contact(text))
    metadata.sources = {k: v for k, v in (("agency", agency_source), ("year", year_source)) if v}
    metadata.candidates = {k: v for k, v in (("agency", agency_others), ("year", year_others)) if v}
    return metadata, page_title


def _tables(layout: Layout, text: str, metadata: Metadata, config: ExtractConfig) -> list:
    """Tables 二, 三, 四 read in the format the text suggests, then the format they and the text decide
    (a pre-2019 outline's evidence wins, unless the report accounts for 2019 on and has no old statistics table:
    an old statistics table is never forced into 二/三/四; a report of 2018 or earlier is read in the old format)."""
    # A university's report keeps the 高等学校信息公开办法's outline (概述, 依申请公开和不予公开 …) in every year: its
    # academic year, not its headings, says whether it is older than the 2019 formats.
    covered = metadata.year or academic_year_end(text)
    if layout.outline == FORMAT_PRE_2019 and (covered or 0) >= 2019 and not old_statistics_table(text):
        # Many a report of 2019 on still heads its parts 一、概述 … or lists them so in its intro: the year it
        # accounts for decides its format, and so how its tables are read (its paragraphs stay placed by its headings).
        layout = replace(layout, outline=None)
    cited, _ = meta.format_version(text, None, None)
    if layout.outline is None and metadata.year is not None and metadata.year < 2019 and cited == FORMAT_UNKNOWN:
        # A report that accounts for 2018 or earlier cannot print the 2019/2021 formats' tables (国办公开办函〔2019〕
        # 60号 set them from the 2019 reports on): figures in its prose ('20个工作日内') or its old statistics
        # table are no table 二/三; its tables are read as the old ones (label → value), never forced into 二/三/四.
        layout = replace(layout, outline=FORMAT_PRE_2019, outline_evidence=[
            f"the report accounts for {metadata.year}, before the 2019 formats' tables"])
    guess, _ = meta.format_version(text, None, metadata.year)
    tables = extract_tables(layout, guess if guess != FORMAT_UNKNOWN else FORMAT_2021, config.aligners)
    metadata.format_version, metadata.format_evidence = meta.format_version(text, document_format(tables),
                                                                            metadata.year)
    if layout.outline:
        metadata.format_version, metadata.format_evidence = layout.outline, list(layout.outline_evidence)
    return tables


def _translated(text: str) -> bool:
    """Whether the page is a report translated into English: mostly not Chinese, naming and calling itself the report."""
    return mostly_not_chinese(text) and bool(translated_report(text))


def _build(doc, source: SourceFile, doc_id: str, config: ExtractConfig) -> Record:
    """The record of a read document, each stage run by ``_stage``: a failing stage is named in the
    record's errors and its part left empty; status is then ``partial``."""
    record = Record(doc_id=doc_id, source=source, status=Status.OK, warnings=list(doc.warnings))
    # A text layer's letter-spaced lines are closed up for good: the spaces are the layer's, no text of the report.
    doc = original = _stage(record, "layout", doc, closed_up, doc)
    # Traditional pages are read through a simplified view; paragraphs keep the page's own text (script).
    doc, converted = _stage(record, "layout", (doc, False), script.simplified_view, doc)
    doc, folded = _stage(record, "layout", (doc, False), script.digit_view, doc)
    layout = _stage(record, "layout", _EMPTY_LAYOUT, analyse, doc)
    text = _stage(record, "layout", "", layout.text)
    record.sections, record.coverage = layout.found_sections, layout.coverage
    # Narrative placed without its heading: where it went is a guess the user should know of.
    record.warnings += [Problem(ProblemCode.SECTIONS_INFERRED, note, "layout") for note in layout.inferred]
    record.metadata, page_title = _stage(record, "metadata", (Metadata(title=layout.title), None),
                                         _metadata, doc, layout, text)
    record.metadata.script = "traditional" if converted else None
    tables = _stage(record, "tables", [], _tables, layout, text, record.metadata, config)
    found = sum(t.found for t in tables)
    detection = _stage(record, "metadata", None, detect, layout.title, layout, found, record.metadata.year,
                       page_title or doc.properties.get("title"))
    # Where detection failed, a document with sections or tables is taken as a report.
    report = detection.is_report if detection is not None else bool(found or record.sections)
    record.metadata.report_evidence = detection.evidence if detection is not None else []
    if report and _stage(record, "metadata", False, _translated, text):
        record.warnings.append(Problem(ProblemCode.TRANSLATED, "the page is an English translation of the report: its "
                                       "agency is named as the translation words it", "metadata"))
    # Paragraphs are kept whatever detection says: a report taken for something else loses no narrative.
    record.paragraphs = _stage(record, "layout", [], _paragraphs, layout, record.metadata.agency)
    if converted or folded:
        _stage(record, "layout", None, script.keep_originals, record.paragraphs, doc, original)
    if report:
        record.tables = tables
        record.checks = _stage(record, "checks", [], run_checks, tables)
        record.figures = _stage(record, "figures", [], extract_figures, record.paragraphs,
                                _stage(record, "figures", [], table_section_sentences, layout),
                                config.figure_readers)
        record.checks += _stage(record, "reconciliation", [], reconcile, record.figures, record.tables)
        # Corrections are proposed for broken identities, never applied.
        record.proposals = _stage(record, "checks", [], propose_repairs, record.tables, record.checks)
    record.status = _status(record, report or _failed(record))
    if config.tag and record.paragraphs:  # unlabelled paragraphs (tagger_*) leave the status as it is
        _stage(record, "tagging", None, _tag, record, config)
        if _failed(record) and record.status is Status.OK:
            record.status = Status.PARTIAL
    return record


_EMPTY_LAYOUT = Layout(None, [], [])


def _tag(record: Record, config: ExtractConfig) -> None:
    """Label the narrative paragraphs; a missing model or a failing tagger costs the labels, not the record."""
    tagger, problem = load_tagger(config.tagger_model)
    if tagger is None:
        record.warnings.append(Problem(ProblemCode.TAGGER_UNAVAILABLE, problem or "no tagger", "tag"))
        return
    try:
        tag_paragraphs(record.paragraphs, tagger)
    except Exception as exc:  # noqa: BLE001 — a tagging failure must not cost the record its tables
        for paragraph in record.paragraphs:
            paragraph.labels, paragraph.scores = [], {}
        record.warnings.append(Problem(ProblemCode.TAGGER_FAILED, f"paragraphs are left unlabelled: the tagger failed "
                                       f"({type(exc).__name__}: {exc})", "tag"))


def preload() -> None:
    """Import every built-in reader, PDF table extractor, table aligner and figure reader that needs no extra
    (and the default figure readers' models), and build the gazetteer's index.

    The registries import them on first use, so ``nianbao.extract`` on a text file never loads the PDF
    stack; a process that forks workers (the batch fork server) calls this once so that each worker
    starts with them in memory instead of importing them itself.
    """
    for registry in (readers, table_extractors, aligners, figure_readers):
        registry.preload()
    for name in DEFAULT_FIGURE_READERS:
        figure_readers.get(name)()  # a reader with a model loads it now
    places.size()  # the index of 41,727 divisions: built once here, shared by forked workers


def extract(path: str | Path, config: ExtractConfig | None = None, *, sha256: str | None = None) -> Record:
    """Read one report (txt, md, html, docx, pdf) into a validated Record; never raises for a bad input.

    ``config``: how to read it (reader, PDF table extractors, OCR, tagging and the tagger model); the
    defaults are ``nianbao extract``'s. ``sha256``: the file's hash when the caller has it already (a
    batch run hashes every input).
    """
    path, config = Path(path), config or ExtractConfig()
    source = _source(path, sha256)
    try:
        doc = read(path, config)
        source.reader, source.encoding = doc.reader, doc.encoding
        return _build(doc, source, path.name, config)
    except ReadError as exc:
        return Record(path.name, source, Status.ERROR, errors=[Problem(exc.code, exc.message, "read")])
    except (UnknownNameError, PluginUnavailableError) as exc:
        # A plug-in the config names (an aligner, say) is unknown or cannot load: the config's fault, not the file's.
        code = ProblemCode.UNKNOWN_PLUGIN if isinstance(exc, UnknownNameError) else ProblemCode.PLUGIN_UNAVAILABLE
        return Record(path.name, source, Status.ERROR, errors=[Problem(code, str(exc), "extract")])
    except RecursionError as exc:
        return Record(path.name, source, Status.ERROR, errors=[Problem(ProblemCode.TOO_COMPLEX, f"the document nests too deeply: {exc}", "read")])
    except Exception as exc:  # noqa: BLE001 — one document must never stop a run; the record says what broke
        return Record(path.name, source, Status.ERROR,
                      errors=[Problem(ProblemCode.INTERNAL_ERROR, f"{type(exc).__name__}: {exc}", "extract")])
