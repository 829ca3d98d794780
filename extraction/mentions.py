"""A learned last resort for naming: rank the body names a page mentions when no rule names its body (issue 14).

Why: the naming rules (``stated.statements``) read the body from where a report conventionally states it (title,
preamble, metadata block, contact, signature …). On pages of agencies never seen, most pages they leave unnamed
still write the body somewhere on the first screen — a contact line, the title of its own rules, a sentence in
passing. Each such placement used to get a rule of its own; a ranker over every plausible name on the page
generalises over placements instead.

Design
------
- Candidates (``candidates``): every span of the page's head (its first ``HEAD`` characters) and tail (its last
  ``TAIL``: the signature) that ends with a body kind (局, 委员会, 人民政府, 街道办事处, 管委会, 中心, 大学 …) or a
  township-level or county-level place, starts at a place the gazetteer knows (or 国家/中国/国务院), and is a
  plausible body by the project's grammar (``metadata.plausible_agency``). Spans are grouped by
  ``agency.normalise`` key: one candidate a body, however many ways the page writes it.
- Features (``features``): few and general — how often the key occurs, where it first occurs, whether a title
  line, a metadata line, a contact line or the tail holds it, the words before it (本/我/由/经, or
  根据/按照/贯彻: a cited superior) and after it (编制/发布/联系/电话, a year and the report's name), inside 《》
  (a cited document), whether its kind agrees with the page's self-words (我局 ↔ …局, 我镇 ↔ …镇人民政府 …),
  whether it is a superior of another candidate (its name opens another's), and its shape (places, length,
  place-only). Four mark a superior that is no body of the page (v6): the issuer of a cited notice (a name followed
  by 关于…的通知/意见/办法 inside 《》, after 根据/按照/转发, or opening a 《》 title), a government on a page whose self-word is of a lower
  kind (我局 and a 人民政府), a name only in a portal's footer or host line (主办单位/承办/版权所有 …), and a name only
  as a website's or gazette's owner ('在某县人民政府网站公开'). On the dev pages these were the page's body for
  8 of 634, 15 of 854, 0 of 7 and 15 of 266 candidates: all weigh against.
- Model: logistic regression (scikit-learn) over the standardised features, one probability a candidate; the
  page's best candidate is taken at or above a threshold chosen on out-of-fold scores (folds by page) for
  precision ≥ 0.9 — a wrong name is worse than none.
- Training (``scripts/train_agency_ranker.py``, deterministic from a clean clone plus /work/shared): synthetic
  pages of every ``nianbao.synth.shapes`` shape (each states its body) and the real reports of corpus/gold. Dev
  pages are never trained on: they stay outside the repository and are what the ranker is measured on.
- Shipped as package data in ``nianbao.models.agency_ranker`` (``config.json``: feature names, scaling,
  threshold; ``model.npz``: weights), loaded once with ``importlib.resources``. Nothing is unpickled.
- Integration (``named``): the pipeline asks only when ``stated.choose`` names no agency; the name it takes says
  source ``mention``, the last of ``stated.SOURCE_ORDER``. ``mention_guards`` (ranker16) withholds picks a wrong
  name is likely from: a superior government only cited (titles, sites, footers, lists), and any pick of another
  kind than a body the page stated and the rules rejected ('税务局' stated, '某县人民政府' picked).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import as_file, files
from pathlib import Path

import numpy as np

from nianbao.core import places
from nianbao.extraction.agency import AgencyKey, normalise
from nianbao.extraction.mention_guards import AFTER_REPORT, FOOTER, NATIONAL, agrees_with_rejected, not_a_name, offered
from nianbao.extraction.metadata import place_names, plausible_agency
from nianbao.extraction.script import to_simplified
from nianbao.extraction.zone_names import fuller_zone
from nianbao.extraction.visitor_lines import without_visitor_lines

SOURCE = "mention"
HEAD, TAIL, REACH = 3000, 600, 32  # characters: the first screen, the signature's reach, a name's longest span
# What a body's name ends with; a township- or county-level place alone is a candidate too (a page naming its 街道).
_KIND = re.compile(r"人民政府|政府|办公室|办公厅|办事处|管理委员会|管委会|委员会|委|局|厅|署|中心|大学|学院|学校|医院|"
                   r"研究所|研究院|调查队|调查总队|海关|总队|支队|大队|站|馆|参事室|研究室")
_PLACE_KIND = re.compile(r"街道|镇|乡|苏木|县|区|市|旗")
_BOUNDARY = set("，,。；;：:、（(《“\"'【[|·—-由经与和及向在对为是将据从于把被即")
_SCHOOL = ("大学", "学院", "学校", "医院")
# A sentence's small words and verbs: a name opening with no known place that holds one is a sentence's run.
_FUNCTION = re.compile(r"[了在按照及时对由于和与是的将把被从向为、下设其该此各全本我]")
_DATELINE = re.compile(r"\s*[-－—/|]\s*\d{4}\s*[-－/.]")
# An address's opening ('地址：某省某市某路96号'): the place a body sits in, named alone, is no body.
_ADDRESS = re.compile(r"(?:地址|地点|住所|位于|坐落于)\s*[:：为是]?\s*[\u4e00-\u9fff]{0,12}$")
_BREAK = re.compile(r"[\s，,。；;：:、（(《“\"'【\[|]")
# A body's name ending right before a place and a branch's kind ('某州某局阿合奇县分局'): the place opens the branch's
# part of one longer name, not a name of its own (a body before a body of another kind is two: '某县委某县人民政府').
_NAME_END = set("局委厅办院会处所站队心府部署")
_BRANCH = ("分局", "分中心", "支队", "大队", "中队", "分所", "分院", "工作站")
# Verbs of working with another body ('会同市林业局', '联合县公安局'): the words after them name a partner, and their
# characters open no place ('会同' is no 会同县 here).
_PARTNER = ("会同", "联合", "配合", "协同", "协助", "会商", "商请")
_VERB = re.compile(r"转发|下设|印发|调整|关于|按照|根据|贯彻|落实|部署|要求|召开|组织|开展")
_GOVERNED = re.compile(r"(?:县|市|区|旗|镇|乡)$")
_ZONE = re.compile(r"(?:新区|开发区|园区|高新区|实验区|示范区|试验区|合作区|片区|城区|市区|街区|景区|矿区|林区|保税区)$")
_BEFORE_OWN = re.compile(r"(?:本|我|由|经)$")
_BEFORE_CITED = re.compile(r"(?:根据|按照|贯彻|依据|落实|遵照|依照|转发|印发)[^。；\n]{0,12}$")
_AFTER_OWN = re.compile(r"^(?:[（(][^）)]{0,12}[）)])?\s*(?:编制|编写|发布|公布|联系|电话|办公|地址|负责|特|现)")
_CONTACT = re.compile(r"联系|电话|地址|邮编|邮政编码|传真|电子邮箱|邮箱")
_META = re.compile(r"发布机构|发文机关|发布单位|来源|索引号|信息来源|作者|所属机构|公开主体|发布部门")
# A page's words for itself and the body kinds each stands for (我局 ↔ …局).
_SELF_KINDS = {"局": ("局",), "委": ("委员会", "委"), "办": ("办公室", "办公厅", "办"), "厅": ("厅",),
               "县": ("县人民政府", "县政府", "县"), "区": ("区人民政府", "区政府", "区", "管委会", "管理委员会"),
               "市": ("市人民政府", "市政府", "市"), "镇": ("镇人民政府", "镇政府", "镇"), "乡": ("乡人民政府", "乡政府", "乡"),
               "街道": ("街道办事处", "街道", "办事处"), "街": ("街道办事处", "街道", "办事处"), "旗": ("旗人民政府", "旗"),
               "校": ("大学", "学院", "学校"), "院": ("院", "学院", "医院"), "中心": ("中心",), "署": ("署",),
               "苏木": ("苏木",), "所": ("所",)}
# A cited document's issuer: a name followed by the title of what it issued ('某市人民政府办公室关于…的通知').
_ISSUED = re.compile(r"[^，,。；;：:《》\s]{0,16}?\s*(《)?(?:关于|印发|转发)[^。；;》\n]{0,60}?(?:通知|意见|办法|方案|规定|决定|要点|细则|批复|计划|函)")
_CITING = re.compile(r"(?:根据|按照|依据|依照|遵照|贯彻|落实|转发|印发|执行)[^。；\n]{0,8}$")
# A portal or publication named after its owner ('在某县人民政府网站公开', '《某省人民政府公报》'): the owner hosts the
# page, often a superior government, and names no body of it.
_SITE = re.compile(r"\s*(?:门户网站|网站|门户网|政务网|政府网|公报|门户|微信公众号|公众号|客户端|政务服务网|网)")
_GOVERNMENT = ("人民政府", "政府", "人民政府办公室", "人民政府办公厅", "政府办公室", "政府办")
_SELF_WORD = re.compile(r"[我本](街道|苏木|中心|[局委办厅县区市镇乡街旗校院署所])")
FEATURES = ("count", "log_count", "share", "most_frequent", "first_pos", "title_line", "first_lines", "meta_line",
            "contact_line", "tail", "own_before", "cited_before", "own_after", "report_after", "in_quote",
            "self_agree", "self_conflict", "superior", "places", "length", "place_only", "government", "national",
            "forms", "gazetteer", "relative_count", "earliest", "longest_form", "cited_issuer", "self_superior",
            "footer_only", "site_only")


@dataclass
class Candidate:
    """One body the page mentions: its key, the ways it is written, and where."""

    key: AgencyKey
    names: Counter[str] = field(default_factory=Counter)
    spans: list[tuple[int, int]] = field(default_factory=list)  # in the page's scanned text (head + tail)
    bare: int = 0  # how many of its mentions are the place alone ('某镇' for 某镇人民政府)

    @property
    def name(self) -> str:
        """The candidate's name: its most frequent written form, the longest of those tied."""
        return max(self.names, key=lambda n: (self.names[n], len(n)))


def scanned(text: str) -> tuple[str, int]:
    """The text the ranker reads (simplified script): the head, and the tail where the page is longer; and
    where the tail starts in it (``len`` of it when there is none)."""
    text = to_simplified(text)
    if len(text) <= HEAD + TAIL:
        return text, len(text)
    return text[:HEAD] + "\n" + text[-TAIL:], HEAD + 1


def _starts(text: str, end: int, school: bool) -> list[tuple[int, bool]]:
    """Where a name ending at ``end`` may start, and whether a real place opens it there: at a place the
    gazetteer knows (a school or hospital: its bare name too, '某州学院'), a national body's word, or after a
    boundary (a line's start, punctuation, a particle: '由某县某局', '请与某镇联系') where the gazetteer lacks the
    place."""
    out = []
    for s in range(max(0, end - REACH), end - 1):
        if s and _FUNCTION.match(text, s) and not _BREAK.match(text, s - 1):
            continue  # '市和县人民政府': a small word inside a sentence opens no place ('和县')
        if text.startswith(_PARTNER, s):
            continue
        if places.match_at(text, s) or places.alias_at(text, s) or (school and places.match_at(text, s, bare=True)):
            if s and text[s - 1] in _NAME_END and text.endswith(_BRANCH, 0, end):
                continue
            out.append((s, True))
        elif text.startswith(NATIONAL, s) or s == 0 or text[s - 1] in _BOUNDARY or text[s - 1].isspace():
            out.append((s, False))
    return out


# A verb of using a website opening an unknown 'place' ('可以通过专栏查阅和检索市某局…公开的信息': 检索 + 市某局).
_SITE_VERB = re.compile(r"检索|查阅|查询|浏览|登录|访问|下载|点击|进入|搜索")


def _unknown_place_ok(name: str, school: bool) -> bool:
    """A name opening with no place the gazetteer knows: taken only where it reads as a name — a national body, a
    first place of three to five characters or a school's own name — holding none of a sentence's small words."""
    if name.startswith(NATIONAL):
        return True
    names = place_names(name)
    if names and 3 <= len(names[0]) <= 5 and not _FUNCTION.search(names[0]) and not _SITE_VERB.match(names[0]):
        return True
    return school and len(name) <= 14 and not _FUNCTION.search(name[:-2])


def candidates(text: str) -> list[Candidate]:
    """The bodies ``text`` (as ``scanned`` gives it) names, grouped by key, in order of first mention."""
    ends: dict[int, bool] = {}  # end → place-only
    for m in _KIND.finditer(text):
        ends[m.end()] = False
    for m in _PLACE_KIND.finditer(text):
        ends.setdefault(m.end(), True)
    spans: list[tuple[int, int, bool]] = []
    for end, place_only in sorted(ends.items()):
        school = text.endswith(_SCHOOL, 0, end)
        for start, known in _starts(text, end, school):
            name = text[start:end]
            if _VERB.search(name) or (not known and not _unknown_place_ok(name, school)) or not_a_name(name):
                continue  # (a list of bodies, '某市人大、某市政府', or a sentence opening with 中国…, names none)
            if name.endswith("政府") and not name.endswith("人民政府") and text.startswith("信息", end):
                continue  # '某市政府信息公开规定': the place's 政府信息公开, no body named 某市政府
            if not (plausible_agency(name) or (place_only and plausible_agency(name, place_only=True))):
                continue
            if not (place_names(name) or name.startswith(NATIONAL)):
                continue
            bare = place_only and "".join(place_names(name)) == name
            if bare and _DATELINE.match(text, end):
                continue  # '某乡-2022-01-05 00:00:00': a mirror's dateline names a place, no body
            if bare and _ADDRESS.search(text, max(0, start - 20), start):
                continue  # '地址：某省某市某路…': an address's places (its province's, its city's), no body
            spans.append((start, end, bare))
    # A place alone inside a longer name is part of it ('某县' of '某县某局'), no mention of the place's government.
    named = [(s, e) for s, e, bare in spans if not bare]
    found: dict[AgencyKey, Candidate] = {}
    for start, end, bare in spans:
        if bare and any(s2 <= start and e2 > end for s2, e2 in named):
            continue
        name = text[start:end]
        if bare and _GOVERNED.search(name) and not _ZONE.search(name):
            name += "人民政府"  # a county, city or township named alone stands for its government
        key = normalise(name)
        if key is None:
            continue
        cand = found.setdefault(key, Candidate(key))
        cand.names[name] += 1
        cand.spans.append((start, end))
        cand.bare += bare
    return sorted(found.values(), key=lambda c: min(s for s, _ in c.spans))


def _line_of(text: str, start: int, end: int) -> str:
    return text[text.rfind("\n", 0, start) + 1: (text.find("\n", end) + 1 or len(text) + 1) - 1]


def _near(text: str, start: int, end: int) -> str:
    """The mention's own stretch of its line: a footer's words stand close to the owner they name."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return text[max(line_start, start - 30): min(len(text) if line_end < 0 else line_end, end + 30)]


def _self_words(text: str) -> Counter[str]:
    return Counter(m.group(1) for m in _SELF_WORD.finditer(text))


def features(text: str, tail_at: int, cands: list[Candidate]) -> np.ndarray:
    """One row of ``FEATURES`` per candidate of ``text`` (``scanned``'s text and tail start)."""
    selfs = _self_words(text)
    counts = [len(c.spans) for c in cands]
    total, top = max(1, sum(counts)), max(counts, default=0)
    first_lines_end = 0
    for _ in range(5):
        nxt = text.find("\n", first_lines_end + 1)
        first_lines_end = len(text) if nxt < 0 else nxt
    title_end = text.find("\n") if "\n" in text else len(text)
    rows = []
    for c, n in zip(cands, counts):
        name = c.name
        row = dict.fromkeys(FEATURES, 0.0)
        row["count"], row["log_count"], row["share"] = float(n), float(np.log1p(n)), n / total
        row["most_frequent"] = float(n == top)
        first, footers, sites = min(s for s, _ in c.spans), 0, 0
        row["first_pos"] = first / max(1, tail_at)
        for s, e in c.spans:
            line, before, after = _line_of(text, s, e), text[max(0, s - 16):s], text[e:e + 16]
            row["title_line"] = max(row["title_line"], float(s < title_end))
            row["first_lines"] = max(row["first_lines"], float(s < first_lines_end))
            row["meta_line"] = max(row["meta_line"], float(bool(_META.search(line))))
            row["contact_line"] = max(row["contact_line"], float(bool(_CONTACT.search(line))))
            row["tail"] = max(row["tail"], float(s >= tail_at))
            row["own_before"] += float(bool(_BEFORE_OWN.search(before)))
            row["cited_before"] += float(bool(_BEFORE_CITED.search(before)))
            row["own_after"] += float(bool(_AFTER_OWN.match(after)))
            row["report_after"] += float(bool(AFTER_REPORT.match(after)))
            opened = text.rfind("《", 0, s)
            quoted = opened >= 0 and text.rfind("》", opened, s) < 0 and "》" in text[e:e + 60]
            row["in_quote"] += float(quoted)
            citing = bool(_CITING.search(text[max(0, s - 12):s]))
            issued = _ISSUED.match(text, e)  # a title opened in 《》 right after the name is cited, wherever it stands
            row["cited_issuer"] += float(bool(issued) and (quoted or citing or bool(issued.group(1))))
            footers += bool(FOOTER.search(_near(text, s, e)))
            sites += bool(_SITE.match(text, e))
        for k in ("own_before", "cited_before", "own_after", "report_after", "in_quote", "cited_issuer"):
            row[k] = row[k] / n
        kinds = [kind for word in selfs for kind in _SELF_KINDS.get(word, ())]
        row["self_agree"] = float(any(name.endswith(k) for k in kinds))
        row["self_conflict"] = float(bool(selfs) and not row["self_agree"])
        row["self_superior"] = float(row["self_conflict"] == 1.0 and name.endswith(_GOVERNMENT))
        row["footer_only"] = float(footers == n)
        row["site_only"] = float(sites == n)
        row["superior"] = float(any(o is not c and o.name.startswith(name) and len(o.name) > len(name) for o in cands))
        names = place_names(name)
        row["places"], row["length"] = float(len(names)), len(name) / 10
        row["place_only"] = c.bare / n
        row["government"] = float(name.endswith(("人民政府", "政府")))
        row["national"] = float(name.startswith(NATIONAL))
        row["forms"] = float(len(c.names))
        row["gazetteer"] = float(places.opens_with_place(name))
        row["relative_count"] = n / max(1, top)
        row["earliest"] = float(c is cands[0])  # candidates come in order of first mention
        row["longest_form"] = max(len(x) for x in c.names) / max(len(x) for o in cands for x in o.names)
        rows.append([row[f] for f in FEATURES])
    return np.array(rows, dtype=np.float64).reshape(len(rows), len(FEATURES))


@dataclass
class RankerModel:
    """Logistic-regression weights over standardised ``FEATURES`` and the abstain threshold."""

    features: list[str]
    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    intercept: float
    threshold: float
    info: dict

    def scores(self, rows: np.ndarray) -> np.ndarray:
        """The probability that each row's candidate is the page's body."""
        z = ((rows - self.mean) / self.scale) @ self.coef + self.intercept
        return 1.0 / (1.0 + np.exp(-z))

    def save(self, folder: Path) -> None:
        """Write ``config.json`` and ``model.npz`` into ``folder``."""
        folder.mkdir(parents=True, exist_ok=True)
        config = {"features": self.features, "threshold": self.threshold, "intercept": self.intercept, "info": self.info}
        (folder / "config.json").write_text(json.dumps(config, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                                            encoding="utf-8")
        np.savez_compressed(folder / "model.npz", coef=self.coef, mean=self.mean, scale=self.scale)

    @classmethod
    def load(cls, folder: Path) -> RankerModel:
        """The model ``save`` wrote."""
        config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
        with np.load(folder / "model.npz") as data:
            coef, mean, scale = data["coef"], data["mean"], data["scale"]
        if list(config["features"]) != list(FEATURES):
            raise ValueError("the agency ranker's features differ from this code's: retrain it")
        return cls(config["features"], mean, scale, coef, float(config["intercept"]), float(config["threshold"]),
                   config.get("info", {}))


@lru_cache(maxsize=1)
def shipped_model() -> RankerModel:
    """The model shipped in ``nianbao.models.agency_ranker``, loaded once per process."""
    with as_file(files("nianbao.models") / "agency_ranker") as folder:
        return RankerModel.load(Path(folder))


def ranked(text: str, model: RankerModel | None = None, offered_only: bool = True) -> list[tuple[str, float]]:
    """The bodies ``text`` mentions with the model's probability that each is the page's body, best first: those
    ``mention_guards.offered`` lets be named (every one with ``offered_only=False``)."""
    model = model or shipped_model()
    body, tail_at = scanned(text)
    cands = candidates(body)
    if not cands:
        return []
    rows = features(body, tail_at, cands)
    probs = model.scores(rows)
    agree = FEATURES.index("self_agree")
    out = [(c.name, float(p)) for c, p, row in zip(cands, probs, rows)
           if not offered_only or offered(body, c.name, c.spans, bool(row[agree]))]
    return sorted(out, key=lambda x: -x[1])


def named(text: str, model: RankerModel | None = None, threshold: float | None = None,
          rejected: Iterable[str] = ()) -> str | None:
    """The body the page's mentions name, or None where the best offered one is below the threshold (the model's
    own) or disagrees with a body the page stated and the rules ``rejected`` (``mention_guards``); a zone named by
    a tail like a real district's, with the fuller name the page writes it with (``zone_names.fuller_zone``)."""
    model = model or shipped_model()
    text = without_visitor_lines(text)  # a visitor's comment names no body of the page's own
    best = ranked(text, model)[:1]
    floor = model.threshold if threshold is None else threshold
    if not best or best[0][1] < floor or not agrees_with_rejected(best[0][0], rejected):
        return None
    return fuller_zone(best[0][0], text)


__all__ = [
    "FEATURES",
    "SOURCE",
    "Candidate",
    "RankerModel",
    "candidates",
    "features",
    "named",
    "ranked",
    "scanned",
    "shipped_model",
]
