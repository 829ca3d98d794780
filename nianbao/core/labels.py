"""How the standard tables' row and column labels are written in real reports.

Patterns run on *compact* text: whitespace and '|' removed, full-width ASCII folded to ASCII, so a
label wrapped over lines ("5．要求行政机关确认或重新出\\n具已获取信息") still matches. Optional
enumerators ("2.", "(三)") belong to the label: in run-together text they must not be read as digits
of the row before.
"""

from __future__ import annotations

import re
from functools import lru_cache

from nianbao.core.codebook import TableSpec

_EN = r"(?:\d[.、])?"  # an optional "2." / "2、" enumerator


# The folding rule, as a str.translate table: whitespace (every Unicode whitespace character is at or
# below U+3000), '|' and U+FFFD (a byte a damaged download left undecodable, which must not cost a label)
# dropped, full-width ASCII folded to ASCII.
_FOLD = {c: None for c in range(0x3001) if chr(c).isspace()} | {ord("|"): None, 0xFFFD: None}
_FOLD |= {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}


def compact(text: str) -> tuple[str, list[int]]:
    """Text folded by ``_FOLD``; and each kept character's original index."""
    chars, index = [], []
    for i, ch in enumerate(text):
        code = _FOLD.get(ord(ch), ord(ch))
        if code is not None:
            chars.append(chr(code))
            index.append(i)
    return "".join(chars), index


def fold(text: str) -> str:
    """``compact(text)[0]`` in one C call: label matching folds tens of thousands of cells a report."""
    return text.translate(_FOLD)


ROW_PATTERNS: dict[str, dict[str, str]] = {
    "t2": {
        "regulations": r"规章",
        "normative_documents": r"(?:行政)?规范性文件",
        "licensing": r"行政许可",
        "punishment": r"行政处罚",
        "coercion": r"行政强制",
        "admin_fees": r"行政事业性收费",
    },
    "t2_2019": {
        "regulations": r"规章",
        "normative_documents": r"(?:行政)?规范性文件",
        "licensing": r"行政许可",
        "other_services": r"其他对外管理服务事项",
        "punishment": r"行政处罚",
        "coercion": r"行政强制",
        "admin_fees": r"行政事业性收费",
        "procurement": r"政府集中采购",
    },
    "t3": {
        "new_received": r"(?:一、)?本年新收政府信息公开申请(?:数量)?",
        "carried_over": r"(?:二、)?上年结转政府信息公开申请(?:数量)?",
        "granted": r"(?:\(一\))?予以公开",
        "partially_granted": r"(?:\(二\))?部分公开(?:\([^()]{0,40}\))?",
        "denied_state_secret": _EN + r"属于国家秘密",
        # 洪泽区 2023 prints "其他法律行政止公开": the row is still unmistakable.
        "denied_prohibited": _EN + r"其他法律行政(?:法规)?(?:禁)?止公开",
        "denied_security_stability": _EN + r"危及[“\"]?三安全一稳定[”\"]?",
        "denied_third_party": _EN + r"保护第三方合法权益",
        "denied_internal_affairs": _EN + r"属于三类内部事务信息",
        "denied_process_info": _EN + r"属于四类过程性信息",
        "denied_enforcement_files": _EN + r"属于行政执法案卷",
        "denied_inquiry": _EN + r"属于行政查询事项",
        "unavailable_not_held": _EN + r"本机关不掌握相关政府信息",
        "unavailable_needs_creation": _EN + r"没有现成信息需要另行制作",
        "unavailable_unclear": _EN + r"补正后申请内容仍不明确",
        "unprocessed_petition": _EN + r"信访举报投诉类申请",
        "unprocessed_repeated": _EN + r"(?<!反复)重复申请",
        "unprocessed_publication": _EN + r"要求提供公开出版物",
        "unprocessed_mass_repeated": _EN + r"无正当理由大量反复申请",
        "unprocessed_confirmation": _EN + r"要求行政机关确认或重新出具已获取信息",
        "other_no_correction": _EN + r"申请人无正当理由逾期不补正(?:[、,]?行政机关不再处理其政府信息公开申请)?",
        "other_unpaid_fee": _EN + r"申请人逾期未按收费通知要求缴纳费用(?:[、,]?行政机关不再处理其政府信息公开申请)?",
        "other_other": r"3[.、]其他(?!法律)",
        "other_handling": r"(?:\(六\))?其他处理",
        "total_processed": r"(?:\(七\)|七、)总计",
        "carried_forward": r"(?:四、)?结转下年度继续办理",
    },
}
ROW_PATTERNS["t4"] = {}

# Labels that head a group of rows or a block of columns: they end a row's values but carry none.
GROUP_PATTERNS: dict[str, str] = {
    "t2": r"第二十条第?\(?[一二三四五六七八九十]{1,2}\)?项|信息内容",
    "t3": r"三、本年度办理结果|\(三\)不予公开|\(四\)无法提供|\(五\)不予处理|\(六\)其他处理|申请人情况",
    "t4": r"行政复议|行政诉讼",
}
GROUP_PATTERNS["t2_2019"] = GROUP_PATTERNS["t2"]

COLUMN_PATTERNS: dict[str, dict[str, str]] = {
    "t2": {
        "issued": r"制发",
        "repealed": r"废止",
        "in_force": r"现行有效",
        "decisions": r"处理决定",
        "amount_10k_yuan": r"收费金额",
    },
    "t2_2019": {
        "new_made": r"新制作",
        "new_published": r"新公开",
        "total_published": r"公开总数",
        "prev_year_items": r"上一?年项目数",
        "change": r"增\s*/?\s*减",
        "decisions": r"处理决定",
        "procurement_items": r"采购项目数",
        "procurement_amount": r"采购总金额",
    },
    "t3": {
        "natural_person": r"^自然人$",
        "commercial": r"^商业企业$",
        "research": r"^科研机构$",
        "social_welfare": r"^社会公益组织$",
        "legal_service": r"^法律服务机构$",
        "other_org": r"^其他$",
        "total": r"^总计$",
    },
    "t4": {
        "upheld": r"^结果维持$",
        "corrected": r"^结果纠正$",
        "other": r"^其他结果$",
        "pending": r"^尚未审结$",
        "total": r"^总计$",
    },
}
T4_BLOCK_PATTERNS: dict[str, str] = {
    "litigation_direct": r"未经复议|直接起诉",
    "litigation_after_review": r"复议后起诉",
    "review": r"^行政复议$",
}

# What marks each table in a text or a grid, and what tells the 2019 trial format from 2021's.
TABLE_MARKERS: dict[str, str] = {
    "t2": r"第二十条|本年制发件数|本年新制作数量|行政事业性收费",
    "t3": r"本年新收政府信息公开申请|予以公开|本年度办理结果",
    "t4": r"结果维持|尚未审结",
}
# Text only a page holding part of table 二, 三 or 四 carries (a continuation page has no title row).
PAGE_MARKERS = "|".join((*TABLE_MARKERS.values(), r"信息内容|不予公开|无法提供|不予处理|结转下年度|其他处理|行政复议|行政诉讼"))
T2_2019_MARKERS = r"本年新制作|本年新公开|对外公开总数|上一年项目数|第二十条第\(九\)项|政府集中采购"
T2_2021_MARKERS = r"本年制发|本年废止|现行有效件数"
T3_2021_MARKERS = r"逾期不补正|逾期未按收费通知"


@lru_cache(maxsize=None)
def row_patterns(spec: TableSpec) -> dict[str, re.Pattern[str]]:
    """Compiled row patterns for the rows of this table and format, in template order."""
    table = ROW_PATTERNS[spec.id]
    return {row.id: re.compile(table[row.id]) for row in spec.rows if row.id in table}


@lru_cache(maxsize=None)
def group_pattern(spec: TableSpec) -> re.Pattern[str]:
    groups = GROUP_PATTERNS[spec.id]
    if spec.id == "t3" and spec.format == "2019":
        groups = groups.replace(r"|\(六\)其他处理", "")
    return re.compile(groups)


@lru_cache(maxsize=None)
def column_patterns(spec: TableSpec) -> dict[str, re.Pattern[str]]:
    return {col: re.compile(p) for col, p in COLUMN_PATTERNS[spec.id].items()}


def match_column(spec: TableSpec, text: str) -> str | None:
    """The column id a header cell's (compact) text names, if any."""
    for col, pattern in column_patterns(spec).items():
        if pattern.search(text):
            return col
    return None


def match_row(spec: TableSpec, label: str) -> str | None:
    """The row a grid row's (compact) label text names: the pattern matching furthest right wins,
    so '三、本年度办理结果(三)不予公开1.属于国家秘密' is the 国家秘密 row, not a group."""
    best: tuple[int, int, str] | None = None
    for row_id, pattern in row_patterns(spec).items():
        for m in pattern.finditer(label):
            key = (m.end(), m.end() - m.start(), row_id)
            if best is None or key[:2] > best[:2]:
                best = key
    return best[2] if best else None
