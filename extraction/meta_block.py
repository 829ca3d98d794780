"""What a portal's metadata block states about the page (索引号 · 发布机构 · 发文机关 · 成文日期 · 发布日期 · 来源 ·
标题), read from the document's first screen of blocks: 'key：value' lines, several pairs on a line, a key
over its value, pipe rows and table cells. ``nianbao.extraction.stated`` weighs these beside the page's
other statements."""

from __future__ import annotations

import re
from nianbao.core.document import Document, TableBlock
from nianbao.extraction.bodies import clean_agency
from nianbao.extraction.enterprises import is_enterprise_publisher
from nianbao.extraction.offices import is_internal_office
from nianbao.extraction.metadata import DATE, is_zone_with_town, iso_date, plausible_agency
from nianbao.extraction.statement import Statement

# Keys of a portal's metadata block, and the field each tells.
_META_KEYS = {
    "发布机构": "agency", "发文机关": "agency", "发文单位": "agency", "发布单位": "agency", "制发机关": "agency",
    "信息来源": "agency_source", "来源": "agency_source", "文章来源": "agency_source", "作者": "agency_source",
    "标题": "title", "名称": "title", "文件名称": "title",
    "发布日期": "publication_date", "发布时间": "publication_date", "成文日期": "written_date",
    "索引号": None, "主题分类": None, "信息分类": None, "文号": None, "有效性": None, "时效": None,
    "公开方式": None, "公开范围": None, "生成日期": None, "日期": "publication_date", "访问量": None,
    "浏览次数": None, "字号": None, "体裁分类": None, "组配分类": None,
}
_META_KEY = re.compile(
    "(?<![\u4e00-\u9fff])(" + "|".join(r"\s*".join(k) for k in sorted(_META_KEYS, key=len, reverse=True)) + r")\s*[:：]"
)
# The page's widgets printed straight after a value, no space between ('来源：某委员会字号：[ 大 中 小 ]'): no part
# of the value (the key's look-behind above cannot see them, glued to the value's last character).
_GLUED_CHROME = re.compile(r"(?<=[^\s])(?:字号|字体|浏览次数|访问量|点击数|阅读次数|分享|打印)\s*[:：]")


def _metadata_pairs(line: str) -> list[tuple[str, str]]:
    """(key, value) pairs of a metadata-block line: 'key：value', several on a line, or pipe cells."""
    line = line.replace("|", "  ")
    keys = list(_META_KEY.finditer(line))
    pairs = []
    for k, m in enumerate(keys):
        end = keys[k + 1].start() if k + 1 < len(keys) else len(line)
        value = line[m.end():end].strip()
        value = re.split(r"\s{2,}|\u3000", value)[0].strip() if value else ""
        value = _GLUED_CHROME.split(value)[0].strip()
        pairs.append((re.sub(r"\s+", "", m.group(1)), value))
    return pairs


_BULLET = re.compile(r"^[\s•·●▪\-*]+")
# A key cell a portal prints in brackets and spaced out: '[ 发布机构 ]', '【索 引 号】'.
_KEY_FRAME = re.compile(r"[\s\[\]【】]")


# A key cell of a pipe row, its value in the next cell: '| 发布机构 | 某局 |', '[ 发布机构 ] | 某局 |' (the pipe
# before a key is left for the next key: '| [ 文 号 ] | [ 发布机构 ] | 某局 |').
_PIPE_KEY = re.compile(r"(?:^|(?<=\|))\s*([^|:：]{2,10}?)\s*\|")


def _key(cell: str) -> str:
    """A table cell as a metadata key: without the brackets and spaces a portal prints around it."""
    return _KEY_FRAME.sub("", cell)


def _keys_over_values(lines: list[str]) -> list[str]:
    """``lines`` with a key printed alone on its line ('• 发布机构', next line '某局') joined to its value."""
    flat = [ln for text in lines for ln in text.splitlines()] if any("\n" in t for t in lines) else lines
    out: list[str] = []
    k = 0
    while k < len(flat):
        key = re.sub(r"\s+", "", _BULLET.sub("", flat[k])).rstrip(":：")
        value = _BULLET.sub("", flat[k + 1]).strip() if k + 1 < len(flat) else ""
        if (key in _META_KEYS and value and not _META_KEY.search(value)
                and re.sub(r"\s+", "", value).rstrip(":：") not in _META_KEYS):
            out.append(f"{key}：{value}")
            k += 2
            continue
        out.append(flat[k])
        k += 1
    return out


def metadata_block(doc: Document) -> list[Statement]:
    """What a portal's metadata block states (索引号 · 发布机构 · 发文机关 · 成文日期 · 发布日期 · 来源 ·
    标题), read from the first screen of the document's blocks: lines, 'key：value' runs, table cells."""
    lines: list[str] = []
    for block in doc.blocks[:60]:
        if isinstance(block, TableBlock):
            for row in block.grid[:8]:
                cells = [c.text for c in row]
                lines.append("  ".join(cells))
                # A key in one cell and its value in the next: '| 发布机构 | 某局 |'.
                lines += [f"{_key(a)}：{b}" for a, b in zip(cells, cells[1:]) if _key(a) in _META_KEYS]
        else:
            lines.append(block.text)
    out: list[Statement] = []
    for line in _keys_over_values(lines):
        line = _PIPE_KEY.sub(lambda m: f"  {_key(m.group(1))}：" if _key(m.group(1)) in _META_KEYS else m.group(0), line)
        for key, value in _metadata_pairs(line):
            kind = _META_KEYS.get(key)
            if not kind or not value:
                continue
            if kind in ("agency", "agency_source"):
                name = clean_agency(value)
                # (a zone run with its town is named as a place: '发布单位 | 某科技城（某镇）')
                # (a public enterprise the portal names as the publisher: '发布机构：某市水务集团有限公司', taken only
                # where ``is_enterprise_publisher`` does — a real place and a public trade, no spam word)
                if ((plausible_agency(name) or is_zone_with_town(name) or is_enterprise_publisher(name))
                        and not is_internal_office(name)):  # '党政办公室': whose?
                    out.append(Statement("agency", name, "metadata_block"))
            elif kind == "title":
                out.append(Statement("title", value, "metadata_block"))
            elif kind == "publication_date":
                m = DATE.search(value)
                iso = iso_date(*m.groups()) if m else None
                if iso:
                    out.append(Statement("publication_date", iso, "metadata_block"))
    return out


