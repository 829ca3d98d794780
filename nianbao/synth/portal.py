"""The portal page around a synthetic report, as real government portals publish one: chrome
(breadcrumb, accessibility and share bars, print tools, footer), a metadata block (索引号 · 发布机构 ·
成文日期 · 发布日期 · 来源 — as lines, as key：value runs on one line, or as pipe/table rows), a title
at the top, after the chrome, wrapped over two lines, in one of the names reports go by, or missing —
the agency and year then stated only in a lead sentence (现公布… / 特向社会公布… / 本报告由…编制), the
contact sentence or the signature — and some pages reposted in traditional characters. A government's
page may name only the government's office, as the contact desk, with the place as the overview's subject
(``government_desk``: the government reports); a 镇's or 街道's page may open on the place's party
committee and government together (``party_subject``: 某街道党工委、办事处). Pages in other shapes — cut short,
untitled, naming their body only where a reader must look — are in ``nianbao.synth.shapes``.

The pattern of a page is drawn per document from its own seeded ``random.Random`` (``{seed}:portal``),
so the same report always gets the same page. The text and HTML renderers lay the pieces out
(``Page.pieces``); the gold takes the paragraphs from ``page_blocks`` (a lead sentence is a paragraph
of the preamble too). Whatever the page looks like, the gold states the true agency and year: every
page states them somewhere a reader of the page can find them.

Non-reports a portal publishes beside the reports (an interpretation 图解, a half-year bulletin, a
performance self-assessment, a year's summary with next year's plan) are written by ``not_report_page``. All wording is nianbao's own
(``data/banks.json``, ``portal``).
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from functools import lru_cache

from nianbao.synth.model import Block, Report, banks

CHROME = ("breadcrumb", "access", "share", "tools", "footer")
META_STYLES = ("none", "lines", "pairs", "pipes")
# keyed: on the first line after a portal's key with no colon ('标      题 某局2023年…报告').
TITLE_PLACES = ("top", "after_chrome", "keyed", "none")
# Where the agency is stated when the page has no title. narrative: the page starts at 一、总体情况 and only the
# overview's opening sentence says whose year it tells ('2023年，在…领导下，某局坚持…').
UNTITLED_SOURCES = ("announce", "to_public", "compiled", "contact", "signature", "metadata", "narrative")
# Drawn in place of contact (a county's or city's government) and narrative (a 镇's or 街道's), after the
# other draws so that the other pages stay as they were.
VARIANT_SOURCES = ("government_desk", "party_subject")
# (a university's academic-year report under the 高等学校信息公开办法 is a report since sealfix3d: no look-alike)
NOT_REPORT_KINDS = ("interpretation", "half_year", "self_assessment", "summary_plan")


@dataclass(frozen=True)
class Page:
    """One report's page: which patterns it shows, and its pieces in reading order.

    ``pieces``: (role, lines) with role ``chrome`` | ``meta`` (lines of (key, value) pairs, one tuple a
    row) | ``title`` | ``article`` | ``signature`` | ``footer``.
    """

    chrome: tuple[str, ...]
    meta: str
    title_at: str
    title: tuple[str, ...]  # the title's lines (two when wrapped), empty when the page has none
    lead: str | None  # announce | to_public | compiled: the lead sentence's kind
    stated_by: str  # where the agency is stated besides the title: see UNTITLED_SOURCES, or "title"
    contact_office: str | None  # the office a contact sentence names (an internal office of the agency)
    signed: bool  # the agency's name above the closing date
    traditional: bool
    html_title: str
    pieces: list[tuple[str, list]] = field(default_factory=list)
    clock: str | None = None  # a portal's stale date widget printed above everything ('2019年12月3日星期二')

    @property
    def patterns(self) -> set[str]:
        """Every pattern this page shows, for coverage checks."""
        out = {f"chrome:{c}" for c in self.chrome} | {f"meta:{self.meta}", f"title:{self.title_at}",
                                                       f"stated:{self.stated_by}"}
        if self.title:
            out.add("title:wrapped" if len(self.title) > 1 else "title:one_line")
            if len(self.title) > 1 and re.search(r"\d$", self.title[0]):
                out.add("title:wrapped_after_year")
        if self.lead:
            out.add(f"lead:{self.lead}")
        if self.contact_office:
            out.add("contact:office")
        if self.traditional:
            out.add("script:traditional")
        if self.clock:
            out.add("chrome:clock")
        return out


def _owner(rep: Report) -> str:
    return rep.agency.site.split("门户网站")[0]


def _title_lines(rng: random.Random, rep: Report) -> tuple[str, ...]:
    template = rng.choice(banks()["portal"]["titles"])
    title = template.format(agency=rep.agency.name, year=rep.year)
    if rng.random() < 0.2 and template.startswith("{agency}{year}"):
        name = rep.agency.name
        after_year = len(name) + len(str(rep.year))
        if template.startswith("{agency}{year}年") and title[after_year + 1] != "度" and rng.random() < 0.3:
            return title[:after_year], title[after_year + 1:]  # '某局2023' / '政府信息公开工作年度报告'
        if rng.random() < 0.5:
            return name, title[len(name):]  # agency on one line, year and report name on the next
        cut = title.index("公开") + 2  # inside the report's name: '…信息公开' / '工作年度报告'
        return title[:cut], title[cut:]
    return (title,)


@lru_cache(maxsize=1)
def _to_traditional():  # noqa: ANN202 — opencc has no type hints
    import opencc  # the same converter nianbao reads traditional pages with, the other way round

    return opencc.OpenCC("s2t")


def traditional(text: str) -> str:
    """``text`` as a traditional-character repost writes it."""
    return _to_traditional().convert(text)


def sample_page(rep: Report) -> Page:
    """The page of report ``rep``, drawn from its own seed."""
    rng = random.Random(f"{rep.seed}:portal")
    p = banks()["portal"]
    chrome = tuple(c for c, share in zip(CHROME, (0.6, 0.3, 0.4, 0.3, 0.5)) if rng.random() < share)
    meta = rng.choices(META_STYLES, (0.35, 0.25, 0.2, 0.2))[0]
    title_at = rng.choices(TITLE_PLACES, (0.5, 0.22, 0.08, 0.2))[0]
    title = _title_lines(rng, rep) if title_at != "none" else ()
    if title_at == "keyed":
        title = ("标      题 " + "".join(title),)
    if title:
        stated_by = "title"
        lead = rng.choice(("announce", "to_public", "compiled")) if rng.random() < 0.25 else None
    else:
        stated_by = rng.choice(UNTITLED_SOURCES)
        lead = stated_by if stated_by in ("announce", "to_public", "compiled") else None
        if stated_by == "metadata" and meta == "none":
            meta = rng.choice(META_STYLES[1:])
    offices = p["contact_offices"][rep.agency.kind]
    office = rng.choice(offices) if stated_by == "contact" or rng.random() < 0.3 else None
    signed = stated_by in ("title", "signature") and rng.random() < 0.8 or stated_by == "signature"
    is_traditional = rep.style.encoding == "utf-8" and rng.random() < 0.12
    owner = _owner(rep)
    if title and rng.random() < 0.7:
        html_title = f"{''.join(title)}_{owner}"
    else:
        html_title = rng.choice((owner, f"政府信息公开年报_{owner}", f"{owner}-信息公开"))
    clock = rng.choice(p["clock"]) if rng.random() < 0.12 else None  # drawn last: earlier draws stay as they were
    variant = rng.random()
    a = rep.agency
    if stated_by == "contact" and a.kind == "government" and a.level != "township" and variant < 0.5:
        stated_by = "government_desk"  # the government's office as the desk, the place as the subject
        office = "办公厅" if a.level == "provincial" else "办公室"
    elif (stated_by in ("narrative", "signature", "metadata") and a.kind == "government" and a.level == "township"
          and variant < 0.6):
        stated_by, signed = "party_subject", False
    page = Page(chrome, meta, title_at, title, lead, stated_by, office, signed, is_traditional, html_title,
                clock=clock)
    _lay_out(rng, rep, page)
    return page


def _meta_rows(rng: random.Random, rep: Report, page: Page) -> list[tuple[tuple[str, str], ...]]:
    """The metadata block's (key, value) pairs, by row. It names the agency itself, or — on a titled
    page — sometimes the portal's owner (a page whose block and title disagree)."""
    published = rep.published
    agency = rep.agency.name
    if page.stated_by == "title" and rng.random() < 0.25:
        agency = _owner(rep)
    names = page.stated_by in ("title", "metadata", "signature")
    code = f"{rng.randint(10**7, 10**8 - 1)}/{rep.year + 1}-{rng.randint(1, 99999):05d}"
    pairs = [("索引号", code)]
    if names:
        pairs.append((rng.choice(("发布机构", "发文机关")), agency))
    pairs += [("成文日期", published), ("发布日期", published)]
    if names and rng.random() < 0.5:
        pairs.append(("来源", agency))
    if rng.random() < 0.5:
        pairs.append(("主题分类", rng.choice(banks()["portal"]["topics"])))
    if page.meta == "lines":
        return [(pair,) for pair in pairs]
    if page.meta == "pairs":
        return [tuple(pairs)]
    return [tuple(pairs[k : k + 2]) for k in range(0, len(pairs), 2)]  # pipes: two keys a row


def _lay_out(rng: random.Random, rep: Report, page: Page) -> None:
    p = banks()["portal"]
    fill = {"agency": rep.agency.name, "owner": _owner(rep), "code": str(rng.randint(10**9, 10**10 - 1))}
    chrome = {c: rng.choice(p[c]).format(**fill) for c in page.chrome}
    pieces = page.pieces
    if page.clock:
        pieces.append(("chrome", [page.clock]))
    if "access" in chrome:
        pieces.append(("chrome", [chrome["access"]]))
    if page.title_at in ("top", "keyed"):
        pieces.append(("title", list(page.title)))
    if "breadcrumb" in chrome:
        pieces.append(("chrome", [chrome["breadcrumb"]]))
    if page.meta != "none":
        pieces.append(("meta", _meta_rows(rng, rep, page)))
    if page.title_at == "after_chrome":
        pieces.append(("title", list(page.title)))
    if "tools" in chrome:
        pieces.append(("chrome", [chrome["tools"]]))
    pieces.append(("article", []))
    pieces.append(("signature", ([rep.agency.name] if page.signed else []) + [rep.date_line]))
    if "share" in chrome:
        pieces.append(("chrome", [chrome["share"]]))
    if "footer" in chrome:
        pieces.append(("footer", [chrome["footer"]]))


def page_blocks(rep: Report, page: Page | None = None) -> list[Block]:
    """The report's blocks as its page prints them: a lead sentence first where the page has one; on a
    page that states its agency only in the contact sentence, the preamble says 本机关 for the agency
    and the contact sentence names the agency's office; elsewhere a contact sentence may name an
    internal office (党政办 of a 镇 or 街道) while the page states the full body."""
    page = page or sample_page(rep)
    rng = random.Random(f"{rep.seed}:portal-blocks")
    p = banks()["portal"]
    a = rep.agency
    blocks = list(rep.blocks)
    if page.stated_by in ("narrative", "party_subject"):
        return _narrative_blocks(rng, rep, blocks, page.stated_by == "party_subject")
    if page.lead:
        text = rng.choice(p["leads"][page.lead]).format(agency=a.name, year=rep.year)
        blocks.insert(0, Block("para", text, "preamble", ("preamble",)))
    if page.contact_office:
        last = max(k for k, b in enumerate(blocks) if b.section == "preamble" and b.kind == "para")
        if page.stated_by in ("contact", "government_desk"):
            blocks = [Block(b.kind, b.text.replace(a.name, "本机关"), b.section, b.labels)
                      if b.section == "preamble" else b for b in blocks]
            who = a.name + page.contact_office
            if page.stated_by == "government_desk":  # the overview opens on the place: the whole government's year
                blocks = _opening(blocks, rng.choice(p["place_openings"]).format(place=a.region, year=rep.year))
        else:  # an internal office by the place's name: '城关街道党政办', '石桥镇党政办公室'
            who = (a.region if a.kind == "government" and a.level == "township" else a.name) + page.contact_office
        b = blocks[last]
        blocks[last] = Block(b.kind, b.text + rng.choice(p["contact_sentence"]).format(who=who), b.section, b.labels)
    return blocks


def _narrative_blocks(rng: random.Random, rep: Report, blocks: list[Block], party: bool = False) -> list[Block]:
    """The report as a page that starts at 一、总体情况: no preamble, and the overview opening on the year
    and the agency ('2023年，在上级机关的统一领导下，某局坚持…'), or — ``party`` — on the place's party
    committee and government ('2023年，某街道党工委、办事处…', '2023年，某镇党委、政府…')."""
    blocks = [b for b in blocks if b.section != "preamble"]
    a = rep.agency
    if party:
        street = a.region.endswith("街道")
        body = "办事处" if street else rng.choice(("政府", "人民政府", a.region[-1] + "政府"))
        opening = rng.choice(banks()["portal"]["party_openings"]).format(
            place=a.region, party="党工委" if street else "党委", body=body, year=rep.year)
    else:
        opening = rng.choice(banks()["portal"]["narrative_openings"]).format(agency=a.name, year=rep.year)
    return _opening(blocks, opening)


def _opening(blocks: list[Block], opening: str) -> list[Block]:
    """``blocks`` with ``opening`` put before the overview's first paragraph."""
    first = next(k for k, b in enumerate(blocks) if b.kind == "para" and b.section == "overview")
    b = blocks[first]
    blocks[first] = Block(b.kind, opening + b.text, b.section, b.labels)
    return blocks


# --- what a portal publishes beside the reports ------------------------------------------------------

def not_report_page(rep: Report, what: str) -> tuple[str, list[str]]:
    """(title, body lines) of a document about ``rep``'s agency and year that is no annual report."""
    rng = random.Random(f"{rep.seed}:not-report:{what}")
    bank = banks()["portal"]["not_reports"][what]
    fill = {"agency": rep.agency.name, "year": rep.year, "next": rep.year + 1}
    return rng.choice(bank["titles"]).format(**fill), [line.format(**fill) for line in bank["body"]]
