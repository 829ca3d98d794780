"""Agency names, normalised so that one agency's reports of different years find each other.

Reports name the same agency in several ways: with or without the prefecture ("淄博市临淄区行政审批服务局"
vs "临淄区行政审批服务局"), by a short name ("上海市科委" vs "上海市科学技术委员会", "区工信局"), and, after a
county became a district (撤县设区), as 县 one year and 区 the next ("洪泽县" vs "洪泽区"). The key keeps
the most specific place without its county-level suffix, and the agency's full name.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from nianbao.extraction.metadata import place_names

# Short names of agencies and the full names they stand for (longest first when applied).
SHORT_NAMES: dict[str, str] = {
    "工信局": "工业和信息化局",
    "经信局": "经济和信息化局",
    "科委": "科学技术委员会",
    "科技局": "科学技术局",
    "发改委": "发展和改革委员会",
    "发改局": "发展和改革局",
    "住建局": "住房和城乡建设局",
    "人社局": "人力资源和社会保障局",
    "市场监管局": "市场监督管理局",
    "市监局": "市场监督管理局",
    "审批局": "行政审批服务局",
    "行政审批局": "行政审批服务局",
    "卫健委": "卫生健康委员会",
    "卫健局": "卫生健康局",
    "教体局": "教育和体育局",
    "文旅局": "文化和旅游局",
    "政府办": "人民政府办公室",
    "政府办公室": "人民政府办公室",
    "管委会": "管理委员会",
}
# A county-level place loses its suffix in the key: 洪泽县 and 洪泽区 are one place in two periods.
_COUNTY_SUFFIX = re.compile(r"(?:自治县|县|区|旗)$")
_ZONE = re.compile(r"(?:实验区|开发区|高新区|示范区|园区|新区|试验区|合作区|片区)$")


@dataclass(frozen=True)
class AgencyKey:
    """What identifies an agency across years: its most specific place (suffix dropped) and its name."""

    place: str
    name: str

    def __str__(self) -> str:
        return f"{self.place}·{self.name}" if self.place else self.name


def expand(name: str) -> str:
    """The agency part of a name with short forms written out: '工信局' → '工业和信息化局'."""
    if name in ("政府", "人民政府"):
        return "人民政府"
    for short in sorted(SHORT_NAMES, key=len, reverse=True):
        if name.endswith(short) and not name.endswith(SHORT_NAMES[short]):
            return name[: -len(short)] + SHORT_NAMES[short]
    return name


def normalise(agency: str | None) -> AgencyKey | None:
    """The key of an agency name, or None for no name."""
    if not agency:
        return None
    text = re.sub(r"\s+", "", unicodedata.normalize("NFKC", agency))
    # a customs house's report names its district ('某海关关区'): the body is the customs house, not a place
    # called 某海关关区 (山海关区 is one: 关区 alone says nothing)
    text = re.sub(r"海关关区$", "海关", text)
    # a 街道办事处 named as its district government's agency ('某区人民政府某街道办事处') is the same 办事处
    text = re.sub(r"(?<=[区县市旗])(?:人民)?政府(?=[\u4e00-\u9fff]{2,8}?街道办事处$)", "", text)
    names = place_names(text)
    rest = text[sum(len(n) for n in names):]
    if not names:
        return AgencyKey("", expand(rest))
    last = names[-1]
    if last.endswith(("街道", "街")) and rest in ("", "政府", "人民政府", "办事处", "办"):
        return AgencyKey(last, "办事处")  # a 街道's body is its 办事处, however a page calls it
    if _ZONE.search(last) and rest in ("", "管委会", "管理委员会"):
        return AgencyKey(last, "管理委员会")  # a zone's body is its 管委会, however a page calls it
    if not _ZONE.search(last) and len(last) > 2:
        last = _COUNTY_SUFFIX.sub("", last)
    return AgencyKey(last, expand(rest) if rest else "人民政府")
