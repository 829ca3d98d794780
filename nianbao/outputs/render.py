"""Draw a record in the terminal: metadata, tables 二 三 四 on the template grid, checks marked."""

from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table as RichTable
from rich.text import Text

from nianbao.core.codebook import table_spec
from nianbao.core.record import Cell, CellKind, CheckStatus, Record

_STATUS_STYLE = {"ok": "green", "partial": "yellow", "not_a_report": "magenta", "error": "red"}
_MARK = {CellKind.BLANK: "·", CellKind.MISSING: "✗", CellKind.AMBIGUOUS: "?", CellKind.NONE_WORD: "无"}


def _cell_text(cell: Cell, failing: set[str]) -> Text:
    if cell.kind in (CellKind.NUMBER, CellKind.ANNOTATED):
        value = cell.value
        label = str(int(value)) if isinstance(value, float) and value.is_integer() and "." not in (cell.raw or "") else str(value)
        label += "*" if cell.kind is CellKind.ANNOTATED or cell.unit else ""
    else:
        label = _MARK.get(cell.kind, cell.raw or cell.kind.value)
    style = "bold red" if cell.id in failing else "yellow" if cell.kind is CellKind.AMBIGUOUS else ""
    style = style or ("dim" if cell.kind in (CellKind.BLANK, CellKind.MISSING) else "")
    return Text(label, style=style)


def _table(record: Record, table_id: str, failing: set[str]) -> RichTable | None:
    table = record.table(table_id)
    if table is None or not table.found:
        return None
    spec = table_spec(table_id, table.format)  # type: ignore[arg-type]
    columns = list(dict.fromkeys(col for row in spec.rows for col in row.columns))
    out = RichTable(title=f"{spec.title} ({table.id}, {table.format}, read by {table.extractor})", title_justify="left")
    out.add_column("", style="cyan", no_wrap=True, max_width=26)
    for col in columns:
        out.add_column(spec.column_labels[col], justify="right", max_width=10)
    cells = {c.id: c for c in table.cells}
    for row in spec.rows:
        out.add_row(row.label, *(_cell_text(cells[spec.cell_id(row.id, col)], failing) if col in row.columns else Text("")
                                 for col in columns))
    return out


def _figures(record: Record) -> RichTable:
    """The figures the prose states: id, value with unit (~ approximate), scope or part, paragraph."""
    out = RichTable(title="figures from the prose", title_justify="left")
    for column in ("figure", "value", "scope / part", "paragraph"):
        out.add_column(column, justify="right" if column in ("value", "paragraph") else "left",
                       overflow="fold" if column == "figure" else "ellipsis")
    for fig in record.figures:
        where = f"¶{fig.paragraph}" if fig.paragraph is not None else (fig.section or "")
        value = f"{'~' if fig.approx else ''}{fig.value}{fig.unit or ''}"
        out.add_row(fig.id, value, fig.scope or fig.qualifier or "", where)
    return out


def render(record: Record, console: Console | None = None) -> None:
    """Print one record."""
    console = console or Console()
    m = record.metadata
    head = Text()
    head.append(f"{record.doc_id}  ", style="bold")
    head.append(record.status.value, style=_STATUS_STYLE.get(record.status.value, ""))
    head.append(f"\n{m.agency or '?'} · {m.year or '?'} · format {m.format_version} · {m.admin_level or '-'} · "
                f"{m.region or '-'} · published {m.publication_date or '-'}")
    if m.contact.phone or m.contact.email:
        head.append(f"\ncontact: {m.contact.address or ''} {m.contact.phone or ''} {m.contact.email or ''}".rstrip())
    for problem in record.errors + record.warnings:
        head.append(f"\n{problem.code}: {problem.message}", style="red" if problem in record.errors else "yellow")
    console.print(Panel(head, title="nianbao"))
    failing = {cid for c in record.checks if c.status is CheckStatus.FAIL for cid in c.cells}
    for key in ("t2", "t3", "t4"):
        drawn = _table(record, key, failing)
        if drawn is not None:
            console.print(drawn)
    if record.checks:
        counts = {s: sum(c.status is s for c in record.checks) for s in CheckStatus}
        lines = [Text(f"checks: {counts[CheckStatus.PASS]} pass, {counts[CheckStatus.FAIL]} fail, "
                      f"{counts[CheckStatus.SKIPPED]} skipped", style="bold")]
        for check in record.checks:
            if check.status is CheckStatus.FAIL:
                lines.append(Text(f"✗ {check.key}  {check.message}", style="red"))
        console.print(Panel(Group(*lines), title="checks: H1–H5 (tables), R1–R8 (prose vs tables), L1 (lists)"))
    if record.proposals:
        lines = [Text("where the identities point (proposed, not applied)", style="bold")]
        for p in record.proposals:
            current = "empty" if p.current is None else f"{p.current:g}"
            lines.append(Text(f"{p.rank}. {p.cell}: {current} → {p.proposed:g}  ({p.slip}, score {p.score:.2f})",
                              style="bold magenta" if p.rank == 1 else "magenta"))
            lines.append(Text(f"   {p.evidence}", style="dim"))
        console.print(Panel(Group(*lines), title="proposed corrections"))
    if record.figures:
        console.print(_figures(record))
    console.print(Text("· blank  ✗ missing  ? ambiguous  * annotated or with unit  red: in a failing check", style="dim"))
