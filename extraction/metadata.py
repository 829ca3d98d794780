"""The grammar of a report's metadata: titles (agency + year + report name), place names and the level
they tell, dates, contacts, the statistics year and the format version. Where a page states them is
``nianbao.extraction.stated``'s job; whether a document is a report at all, ``nianbao.extraction.detect``'s."""

from __future__ import annotations

import re

from nianbao.core.document import Document
from nianbao.extraction.layout import Layout
from nianbao.core.codebook import FORMAT_2019, FORMAT_2021, FORMAT_PRE_2019, FORMAT_UNKNOWN, FormatVersion
from nianbao.core.record import Contact

YEAR = r"(?:19|20)\d{2}"
_REPORT_WORDS = r"(?:政府信息公开|政务信息公开|政务公开|信息公开)"
_TITLE_AGENCY_FIRST = re.compile(rf"^(?P<agency>.+?)(?P<year>{YEAR})\s*年度?\s*{_REPORT_WORDS}")
_TITLEYEAR_FIRST = re.compile(rf"^(?P<year>{YEAR})\s*年度?\s*(?P<agency>.+?){_REPORT_WORDS}")
# "某局政府信息公开工作年度报告（2023年度）": the year after the report's name, in brackets.
_TITLEYEAR_LAST = re.compile(rf"^(?P<agency>.+?){_REPORT_WORDS}.*?[（(\[【](?P<year>{YEAR})\s*年度?[）)\]】]$")
_REPORT_TITLE = re.compile(rf"{_REPORT_WORDS}.{{0,8}}(?:年度报告|年报)|年度{_REPORT_WORDS}.{{0,4}}报告")
_PERIOD = re.compile(rf"({YEAR})\s*年\s*0?1\s*月\s*0?1\s*日")
DATE = re.compile(rf"({YEAR})\s*[年\-./]\s*(\d{{1,2}})\s*[月\-./]\s*(\d{{1,2}})\s*日?")
_CN_DATE = re.compile(r"^([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日$")
_CN_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"○": 0, "零": 0}
_FORMAT_2021_REF = re.compile(r"国办公开办函\s*[〔\[（(]?\s*2021\s*[〕\]）)]?\s*30\s*号")
_FORMAT_2019_REF = re.compile(r"国办公开办函\s*[〔\[（(]?\s*2019\s*[〕\]）)]?\s*60\s*号")

# Contact details as reports write them.
# An address may wrap onto the next line only for its last few characters ("…大道90\n号，邮编").
_ADDRESS = re.compile(r"(?:通讯|通信|联系)?地址\s*[:：]\s*((?:[^；;，,。）)\n]|\n(?=[^\n；;，,。]{1,3}[；;，,。）)])){4,60})")
_POSTCODE = re.compile(r"邮\s*编\s*[:：]?\s*(\d{6})")
_PHONE = re.compile(r"(?:联系)?电\s*话(?:\s*[/、]\s*传真)?\s*[:：]?\s*((?:0\d{2,3}\s*[-－—]\s*)?\d{7,8}(?:\s*[-－]\s*\d{1,5})?)")
_EMAIL = re.compile(r"([A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})")
_WEBSITE = re.compile(r"((?:https?://)?www\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?:/[A-Za-z0-9/._-]*)?)")

# Place names at the start of an agency's name, and the level each suffix means.
_MUNICIPALITIES = ("北京市", "上海市", "天津市", "重庆市")
# 城乡 (住房和城乡建设局) is no township; 市场, 市政, 市委, 区级, 直属, 辖区, 区域 are no place names either.
_PLACE = re.compile(
    r"[\u4e00-\u9fff]{1,8}?(?:特别行政区|自治区|自治州|自治县|地区|街道|省|市|州|盟|区|县|旗|镇|(?<!城)乡)"
    r"(?![场政委级直属辖域])"
)
_LEVEL_OF_SUFFIX = (
    (("省", "自治区", "特别行政区"), "provincial"),
    (("自治州", "州", "盟", "地区"), "prefectural"),
    (("市",), "prefectural"),
    (("区", "县", "自治县", "旗"), "county"),
    (("镇", "乡", "街道"), "township"),
)
# Functional zones are not administrative divisions: their level is not told by the name.
_ZONE = re.compile(r"(?:实验区|开发区|高新区|示范区|园区|新区|试验区|合作区)$")


def iso_date(year: str, month: str, day: str) -> str | None:
    y, m, d = int(year), int(month), int(day)
    if 1 <= m <= 12 and 1 <= d <= 31:
        return f"{y:04d}-{m:02d}-{d:02d}"
    return None


def _cn_number(text: str) -> int:
    if text.startswith("十"):
        return 10 + (_CN_DIGITS.get(text[1:], 0) if len(text) > 1 else 0)
    if "十" in text:
        tens, _, ones = text.partition("十")
        return _CN_DIGITS[tens] * 10 + (_CN_DIGITS[ones] if ones else 0)
    return _CN_DIGITS[text]


def parse_title(title: str | None) -> tuple[str | None, int | None]:
    """(agency, year) from a report title such as '临淄区工业和信息化局2024年政府信息公开工作年度报告'."""
    if not title:
        return None, None
    text = re.sub(r"\s+", "", title)
    for pattern in (_TITLEYEAR_FIRST, _TITLE_AGENCY_FIRST, _TITLEYEAR_LAST):
        m = pattern.match(text)
        if m and m.group("agency"):
            return m.group("agency"), int(m.group("year"))
    return None, None


def place_names(agency: str) -> list[str]:
    """The place names that open an agency's name: '淄博市临淄区行政审批服务局' → ['淄博市', '临淄区']."""
    names, pos = [], 0
    while m := _PLACE.match(agency, pos):
        names.append(m.group(0))
        pos = m.end()
    return names


def place(agency: str | None) -> tuple[str | None, str | None]:
    """(region, admin level) from the place names that open an agency's name."""
    if not agency:
        return None, None
    names = place_names(agency)
    if not names:
        return None, None
    region = "".join(names)
    last = names[-1]
    if _ZONE.search(last):
        return region, None
    if len(names) == 1 and last in _MUNICIPALITIES:
        return region, "provincial"
    for suffixes, level in _LEVEL_OF_SUFFIX:
        if last.endswith(suffixes):
            return region, level
    return region, None


def publication_date(layout: Layout, doc: Document) -> str | None:
    """The date the report is signed with (its last lines), else the date its web page was published."""
    lines = [line.text.strip() for s in layout.sections for line in s.lines][-6:]
    for line in reversed(lines):
        compact = re.sub(r"\s+", "", line)
        m = re.fullmatch(rf"({YEAR})年(\d{{1,2}})月(\d{{1,2}})日", compact)
        if m:
            return iso_date(*m.groups())
        m = _CN_DATE.match(compact)
        if m:
            year = "".join(str(_CN_DIGITS[c]) for c in m.group(1))
            return iso_date(year, str(_cn_number(m.group(2))), str(_cn_number(m.group(3))))
    published = doc.properties.get("published", "")
    m = DATE.search(published)
    return iso_date(*m.groups()) if m else None


def contact(text: str) -> Contact:
    def first(pattern: re.Pattern[str]) -> str | None:
        m = pattern.search(text)
        return re.sub(r"\s+", "", m.group(1)) if m else None

    return Contact(first(_ADDRESS), first(_POSTCODE), first(_PHONE), first(_EMAIL), first(_WEBSITE))


def statistics_year(text: str) -> int | None:
    m = _PERIOD.search(text)
    return int(m.group(1)) if m else None


def format_version(text: str, table_format: FormatVersion | None, year: int | None) -> tuple[FormatVersion, list[str]]:
    """The format the report follows and the evidence: its tables, the notice it cites, its year."""
    if table_format:
        return table_format, [f"tables printed in the {table_format} format"]
    if _FORMAT_2021_REF.search(text):
        return FORMAT_2021, ["cites 国办公开办函〔2021〕30号"]
    if _FORMAT_2019_REF.search(text):
        return FORMAT_2019, ["cites 国办公开办函〔2019〕60号"]
    if year is not None:
        fmt = FORMAT_2021 if year >= 2021 else FORMAT_2019 if year >= 2019 else FORMAT_PRE_2019
        return fmt, [f"no tables; inferred from the report year {year}"]
    return FORMAT_UNKNOWN, []
