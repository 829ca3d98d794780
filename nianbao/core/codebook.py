"""The codebook: every canonical id nianbao emits, with the Chinese label it stands for.

This is the single place where ids from ``shared/spec/canonical-ids.md`` live. Extraction code refers
to rows, columns, sections and labels through the objects defined here, never through ad-hoc strings,
and researchers get the same table as CSV or JSON from ``nianbao codebook``.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from typing import Iterator, Literal

from nianbao.core.problems import ProblemCode

FormatVersion = Literal["2021", "2019", "pre-2019", "unknown"]
FORMAT_2021: FormatVersion = "2021"
FORMAT_2019: FormatVersion = "2019"
FORMAT_PRE_2019: FormatVersion = "pre-2019"
FORMAT_UNKNOWN: FormatVersion = "unknown"


@dataclass(frozen=True)
class Code:
    """One canonical id and its Chinese label."""

    id: str
    label: str


@dataclass(frozen=True)
class RowSpec:
    """A row of a standard table: its id, label, the group heading it sits under, and its columns."""

    id: str
    label: str
    columns: tuple[str, ...]
    group: str = ""


@dataclass(frozen=True, eq=False)  # singletons: hashed by identity, usable as cache keys
class TableSpec:
    """One standard table in one format version: its rows in template order and its column labels."""

    id: str
    title: str
    format: FormatVersion
    rows: tuple[RowSpec, ...]
    column_labels: dict[str, str]

    def cell_id(self, row: str, col: str) -> str:
        return f"{self.id}.{row}.{col}"

    def cells(self) -> Iterator[tuple[RowSpec, str, str]]:
        """Yield (row, column id, cell id) in template order."""
        for row in self.rows:
            for col in row.columns:
                yield row, col, self.cell_id(row.id, col)

    def cell_ids(self) -> list[str]:
        return [cid for _, _, cid in self.cells()]

    def row(self, row_id: str) -> RowSpec:
        return next(r for r in self.rows if r.id == row_id)


# --- Table 二, 2021 format -------------------------------------------------------------------
T2_COLUMNS = {
    "issued": "本年制发件数",
    "repealed": "本年废止件数",
    "in_force": "现行有效件数",
    "decisions": "本年处理决定数量",
    "amount_10k_yuan": "本年收费金额（单位：万元）",
}
_DOCS = ("issued", "repealed", "in_force")
T2_2021 = TableSpec(
    id="t2",
    title="主动公开政府信息情况",
    format=FORMAT_2021,
    rows=(
        RowSpec("regulations", "规章", _DOCS, "第二十条第（一）项"),
        RowSpec("normative_documents", "行政规范性文件", _DOCS, "第二十条第（一）项"),
        RowSpec("licensing", "行政许可", ("decisions",), "第二十条第（五）项"),
        RowSpec("punishment", "行政处罚", ("decisions",), "第二十条第（六）项"),
        RowSpec("coercion", "行政强制", ("decisions",), "第二十条第（六）项"),
        RowSpec("admin_fees", "行政事业性收费", ("amount_10k_yuan",), "第二十条第（八）项"),
    ),
    column_labels=T2_COLUMNS,
)

# --- Table 二, 2019 trial format: its own ids, never mapped onto 2021's ----------------------
T2_2019_COLUMNS = {
    "new_made": "本年新制作数量",
    "new_published": "本年新公开数量",
    "total_published": "对外公开总数量",
    "prev_year_items": "上一年项目数量",
    "change": "本年增/减",
    "decisions": "处理决定数量",
    "procurement_items": "采购项目数量",
    "procurement_amount": "采购总金额",
}
_NEW = ("new_made", "new_published", "total_published")
_ITEMS = ("prev_year_items", "change", "decisions")
T2_2019 = TableSpec(
    id="t2_2019",
    title="主动公开政府信息情况（2019年试行格式）",
    format=FORMAT_2019,
    rows=(
        RowSpec("regulations", "规章", _NEW, "第二十条第（一）项"),
        RowSpec("normative_documents", "规范性文件", _NEW, "第二十条第（一）项"),
        RowSpec("licensing", "行政许可", _ITEMS, "第二十条第（五）项"),
        RowSpec("other_services", "其他对外管理服务事项", _ITEMS, "第二十条第（五）项"),
        RowSpec("punishment", "行政处罚", _ITEMS, "第二十条第（六）项"),
        RowSpec("coercion", "行政强制", _ITEMS, "第二十条第（六）项"),
        RowSpec("admin_fees", "行政事业性收费", ("prev_year_items", "change"), "第二十条第（八）项"),
        RowSpec("procurement", "政府集中采购", ("procurement_items", "procurement_amount"), "第二十条第（九）项"),
    ),
    column_labels=T2_2019_COLUMNS,
)

# --- Table 三 ---------------------------------------------------------------------------------
T3_COLUMNS = {
    "natural_person": "自然人",
    "commercial": "商业企业",
    "research": "科研机构",
    "social_welfare": "社会公益组织",
    "legal_service": "法律服务机构",
    "other_org": "其他",
    "total": "总计",
}
T3_COLS = tuple(T3_COLUMNS)
T3_APPLICANT_COLS = T3_COLS[:-1]
_R = "三、本年度办理结果"
_T3_HEAD = (
    RowSpec("new_received", "一、本年新收政府信息公开申请数量", T3_COLS),
    RowSpec("carried_over", "二、上年结转政府信息公开申请数量", T3_COLS),
    RowSpec("granted", "（一）予以公开", T3_COLS, _R),
    RowSpec("partially_granted", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", T3_COLS, _R),
    RowSpec("denied_state_secret", "1.属于国家秘密", T3_COLS, "（三）不予公开"),
    RowSpec("denied_prohibited", "2.其他法律行政法规禁止公开", T3_COLS, "（三）不予公开"),
    RowSpec("denied_security_stability", "3.危及“三安全一稳定”", T3_COLS, "（三）不予公开"),
    RowSpec("denied_third_party", "4.保护第三方合法权益", T3_COLS, "（三）不予公开"),
    RowSpec("denied_internal_affairs", "5.属于三类内部事务信息", T3_COLS, "（三）不予公开"),
    RowSpec("denied_process_info", "6.属于四类过程性信息", T3_COLS, "（三）不予公开"),
    RowSpec("denied_enforcement_files", "7.属于行政执法案卷", T3_COLS, "（三）不予公开"),
    RowSpec("denied_inquiry", "8.属于行政查询事项", T3_COLS, "（三）不予公开"),
    RowSpec("unavailable_not_held", "1.本机关不掌握相关政府信息", T3_COLS, "（四）无法提供"),
    RowSpec("unavailable_needs_creation", "2.没有现成信息需要另行制作", T3_COLS, "（四）无法提供"),
    RowSpec("unavailable_unclear", "3.补正后申请内容仍不明确", T3_COLS, "（四）无法提供"),
    RowSpec("unprocessed_petition", "1.信访举报投诉类申请", T3_COLS, "（五）不予处理"),
    RowSpec("unprocessed_repeated", "2.重复申请", T3_COLS, "（五）不予处理"),
    RowSpec("unprocessed_publication", "3.要求提供公开出版物", T3_COLS, "（五）不予处理"),
    RowSpec("unprocessed_mass_repeated", "4.无正当理由大量反复申请", T3_COLS, "（五）不予处理"),
    RowSpec("unprocessed_confirmation", "5.要求行政机关确认或重新出具已获取信息", T3_COLS, "（五）不予处理"),
)
_T3_TAIL = (
    RowSpec("total_processed", "（七）总计", T3_COLS, _R),
    RowSpec("carried_forward", "四、结转下年度继续办理", T3_COLS),
)
T3_2021 = TableSpec(
    id="t3",
    title="收到和处理政府信息公开申请情况",
    format=FORMAT_2021,
    rows=_T3_HEAD
    + (
        RowSpec(
            "other_no_correction",
            "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
            T3_COLS,
            "（六）其他处理",
        ),
        RowSpec(
            "other_unpaid_fee",
            "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
            T3_COLS,
            "（六）其他处理",
        ),
        RowSpec("other_other", "3.其他", T3_COLS, "（六）其他处理"),
    )
    + _T3_TAIL,
    column_labels=T3_COLUMNS,
)
T3_2019 = TableSpec(
    id="t3",
    title="收到和处理政府信息公开申请情况（2019年试行格式）",
    format=FORMAT_2019,
    rows=_T3_HEAD + (RowSpec("other_handling", "（六）其他处理", T3_COLS, _R),) + _T3_TAIL,
    column_labels=T3_COLUMNS,
)
# Rows whose sum must equal （七）总计 (relation H2), per format.
T3_OUTCOME_ROWS: dict[str, tuple[str, ...]] = {
    fmt.format: tuple(r.id for r in fmt.rows if r.id not in {"new_received", "carried_over", "total_processed", "carried_forward"})
    for fmt in (T3_2021, T3_2019)
}

# --- Table 四 ---------------------------------------------------------------------------------
T4_COLUMNS = {
    "upheld": "结果维持",
    "corrected": "结果纠正",
    "other": "其他结果",
    "pending": "尚未审结",
    "total": "总计",
}
T4_BLOCKS = {
    "review": "行政复议",
    "litigation_direct": "行政诉讼·未经复议直接起诉",
    "litigation_after_review": "行政诉讼·复议后起诉",
}
T4_COLS = tuple(T4_COLUMNS)
_t4_rows = tuple(RowSpec(block, label, T4_COLS) for block, label in T4_BLOCKS.items())
T4_2021 = TableSpec(
    id="t4",
    title="政府信息公开行政复议、行政诉讼情况",
    format=FORMAT_2021,
    rows=_t4_rows,
    column_labels=T4_COLUMNS,
)
T4_2019 = TableSpec(
    id="t4", title=T4_2021.title, format=FORMAT_2019, rows=_t4_rows, column_labels=T4_COLUMNS
)

TABLES: dict[tuple[str, FormatVersion], TableSpec] = {
    ("t2", FORMAT_2021): T2_2021,
    ("t2", FORMAT_2019): T2_2019,
    ("t3", FORMAT_2021): T3_2021,
    ("t3", FORMAT_2019): T3_2019,
    ("t4", FORMAT_2021): T4_2021,
    ("t4", FORMAT_2019): T4_2019,
}
TABLE_KEYS = ("t2", "t3", "t4")


def table_spec(table: str, fmt: FormatVersion) -> TableSpec:
    """The template of ``table`` (t2, t3, t4) in format ``fmt``; unknown formats read as 2021."""
    return TABLES[(table, fmt if fmt == FORMAT_2019 else FORMAT_2021)]


# --- Sections ---------------------------------------------------------------------------------
SECTIONS: tuple[Code, ...] = (
    Code("overview", "一、总体情况"),
    Code("proactive", "二、主动公开政府信息情况"),
    Code("requests", "三、收到和处理政府信息公开申请情况"),
    Code("review_litigation", "四、政府信息公开行政复议、行政诉讼情况"),
    Code("problems", "五、存在的主要问题及改进情况"),
    Code("other_matters", "六、其他需要报告的事项"),
)
PREAMBLE_SECTION = Code("preamble", "报告说明")
# Text the layout could place in no section (never dropped: kept as paragraphs of this section).
UNPLACED_SECTION = Code("unplaced", "未归入章节的文本")
# A pre-2019 report's statistics table (指标名称 / 计量单位 / 本年度 / 历年累计): read as the generic
# table ``legacy`` (cells ``legacy.<row label>.<column>``), never forced into tables 二, 三, 四.
STATISTICS_TABLE_SECTION = Code("statistics_table", "政府信息公开情况统计表（2019年以前格式）")
LEGACY_TABLE_ID = "legacy"
LEGACY_COLUMNS = {"year": "本年度（如“2017年度”）", "cumulative": "历年累计"}

# --- Paragraph labels -------------------------------------------------------------------------
PARAGRAPH_LABELS: tuple[Code, ...] = (
    Code("preamble", "报告说明"),
    Code("overview", "总体情况概述"),
    Code("proactive_disclosure", "主动公开"),
    Code("disclosure_on_request", "依申请公开"),
    Code("information_management", "政府信息管理"),
    Code("platform_building", "平台建设"),
    Code("supervision", "监督保障"),
    Code("problems", "存在问题"),
    Code("improvements", "改进措施 / 改进情况"),
    Code("prior_rectification", "上年度问题整改情况"),
    Code("processing_fees", "信息处理费"),
    Code("proposals", "建议提案办理"),
    Code("innovation", "创新情况"),
    Code("key_points", "工作要点落实"),
    Code("statistics_notes", "数据统计说明"),
    Code("other", "其他"),
)

# --- Figures from the prose -------------------------------------------------------------------
# The spec's eight ids come first, in its order; the rest are figures reports commonly state.
FIGURES_SPEC: tuple[Code, ...] = (
    Code("proactive.items_total", "主动公开信息总数"),
    Code("requests.received", "收到申请数（按原文口径）"),
    Code("proposals.npc_suggestions", "办理人大代表建议数"),
    Code("proposals.cppcc_proposals", "办理政协委员提案数"),
    Code("proposals.completion_rate", "办结率 / 办复率 / 答复率"),
    Code("proposals.satisfaction_rate", "满意率"),
    Code("fees.processing_fee_amount", "收取信息处理费（元）"),
    Code("training.sessions", "培训次数"),
)
# Channels of proactive disclosure: proactive.items_by_channel.<channel>.
PROACTIVE_CHANNELS: tuple[Code, ...] = (
    Code("website", "政府网站 / 门户网站 / 部门网站（含门户网站的栏目）"),
    Code("weibo", "政务微博"),
    Code("wechat", "微信公众号"),
    Code("new_media", "政务新媒体 / “两微”（未分微博、微信）"),
    Code("short_video", "视频号 / 抖音等短视频账号"),
    Code("app", "客户端 / APP"),
    Code("government_gazette", "政府公报"),
    Code("bulletin", "政务信息刊物"),
    Code("news_media", "报刊、广播电视、新闻网站、融媒体"),
    Code("other", "其他渠道"),
)
FIGURES: tuple[Code, ...] = FIGURES_SPEC + (
    Code("training.participants", "培训人次"),
    Code("requests.completed", "办结申请数"),
    Code("requests.carried_over", "上年结转申请数"),
    Code("requests.carried_forward", "结转下年度申请数"),
    Code("review.cases", "政府信息公开行政复议案件数"),
    Code("litigation.cases", "政府信息公开行政诉讼案件数"),
    Code("hotline.cases", "12345 热线办理诉求数"),
    Code("press.conferences", "新闻发布会场数"),
    Code("interpretation.items", "政策解读数"),
    Code("problems.rectified", "整改问题数"),
    Code("gazette.issues", "政府公报（政务信息刊物）期数"),
    Code("messages.count", "网民留言 / 来信 / 咨询数（收到或办理，按原文口径）"),
    Code("consultations.held", "意见征集 / 征集调查 / 民意调查次数"),
    Code("interviews.held", "在线访谈次数"),
) + tuple(Code(f"proactive.items_by_channel.{c.id}", f"主动公开信息数 · {c.label}") for c in PROACTIVE_CHANNELS)
FIGURE_IDS: frozenset[str] = frozenset(c.id for c in FIGURES)


def figure(figure_id: str) -> str:
    """``figure_id`` itself, after making sure the codebook has it (extraction rules name figures by id)."""
    if figure_id not in FIGURE_IDS:
        raise KeyError(f"no figure {figure_id!r} in the codebook")
    return figure_id


# --- Checks (relations from the spec) ---------------------------------------------------------
CHECKS: tuple[Code, ...] = (
    Code("H1", "一 + 二 = 三（七）总计 + 四（每列）"),
    Code("H2", "（七）总计 = （一）+（二）+Σ（三）+Σ（四）+Σ（五）+Σ（六）（每列）"),
    Code("H3", "总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他（每行）"),
    Code("H4", "结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计（表四每块）"),
    Code("H5", "计数为非负整数；收费金额为非负小数"),
    # Prose against the tables (one check per figure; the scope names the figure).
    Code("R1", "正文“新收申请N件” = 表三 一、本年新收 · 总计"),
    Code("R2", "正文“收到/接收/受理申请N件” = 表三 一（或 一 + 二，注明所作假定）· 总计"),
    Code("R3", "正文“共需办理 / 含上年结转 N件” = 表三 一 + 二 · 总计"),
    Code("R4", "正文“办结N件” = 表三 三（七）总计 · 总计"),
    Code("R5", "正文“上年结转N件” = 表三 二、上年结转 · 总计"),
    Code("R6", "正文“结转下年度N件” = 表三 四、结转下年度继续办理 · 总计"),
    Code("R7", "正文行政复议案件数 = 表四 行政复议 · 总计"),
    Code("R8", "正文行政诉讼案件数 = 表四 未经复议直接起诉 · 总计 + 复议后起诉 · 总计"),
    Code("L1", "正文列举的编号个数 = 所述件数（如“24号、38号……共计5项建议”）"),
    # Across years: the same agency's consecutive reports.
    Code("S1", "上一年 表三 四、结转下年度继续办理 = 本年 表三 二、上年结转（每列）"),
    Code("S2", "上一年 表二 现行有效件数 + 本年制发件数 − 本年废止件数 = 本年现行有效件数（规章、行政规范性文件）"),
)


def cell_label(table: TableSpec, row: RowSpec, col: str) -> str:
    """The Chinese label of one cell, e.g. '（三）不予公开 1.属于国家秘密 · 自然人'."""
    head = f"{row.group} {row.label}".strip() if row.group.startswith("（") else row.label
    return f"{head} · {table.column_labels[col]}"


def rows() -> Iterator[dict[str, str]]:
    """Every code as a flat row: kind, id, label, and for cells the table, format, row and column; problem
    codes (kind ``problem``) have ``error: …`` or ``warning: …`` and their meaning as label."""
    seen: set[str] = set()
    for spec in TABLES.values():
        for row, col, cid in spec.cells():
            key = f"{spec.format}:{cid}"
            if key in seen:
                continue
            seen.add(key)
            yield {
                "kind": "cell",
                "id": cid,
                "label": cell_label(spec, row, col),
                "table": spec.id,
                "format": spec.format,
                "row": row.id,
                "column": col,
            }
    for kind, codes in (
        ("section", SECTIONS + (UNPLACED_SECTION, STATISTICS_TABLE_SECTION)),
        ("paragraph_label", PARAGRAPH_LABELS),
        ("figure", FIGURES),
        ("check", CHECKS),
    ):
        for code in codes:
            yield {"kind": kind, "id": code.id, "label": code.label, "table": "", "format": "", "row": "", "column": ""}
    for problem in ProblemCode:  # the codes of records' errors and warnings, with their meaning
        yield {"kind": "problem", "id": problem.value, "label": f"{problem.kind}: {problem.meaning}", "table": "",
               "format": "", "row": "", "column": ""}


FIELDS = ("kind", "id", "label", "table", "format", "row", "column")


def export(fmt: Literal["csv", "json"] = "csv") -> str:
    """The whole codebook as CSV (one code a line) or JSON (a list of objects)."""
    data = list(rows())
    if fmt == "json":
        return json.dumps(data, ensure_ascii=False, indent=1)
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=FIELDS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(data)
    return buf.getvalue()


def all_cell_ids(fmt: FormatVersion) -> list[str]:
    """All cell ids of tables 二, 三, 四 in one format, in template order."""
    return [cid for key in TABLE_KEYS for cid in table_spec(key, fmt).cell_ids()]

