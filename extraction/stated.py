"""What a page states about its own metadata, wherever it states it — the title, a portal's metadata block,
the preamble (现公布… / 特向社会公布… / 本报告由…编制), the signature, the contact sentence, the HTML
``<title>``/``<meta>``, the overview's opening subject — as ``Statement``s with their source, and the
choice among them (``SOURCE_ORDER``: a title outranks a preamble, …; conflicting statements are kept as
candidates). An agency must be a plausible government body (place names + a body), so injected text
is not taken as a name.

How each source relates to the reporter (studied on the 38 dev-split pages naming an office in a compiled-by
sentence or a 发布机构 field: the gold takes the place or its government alone on 22, the place or the office on 10,
the office alone on 6 — one an office's own report by its title, one a body that is itself an 办公室):

- the title names the reporter: 'X县2023年…报告' is X县's, whatever office compiled it; 'X县人民政府办公室2023年…'
  is the office's own report;
- 现公布/特公布X…报告 names the reporter as the title does;
- 本报告由X编制 names the compiler: a government's office compiles its government's report, so the office stands for
  the government where the report speaks as the place ('我县政府信息公开工作', '我县' alone), of all its levels
  ('X县各级行政机关', '本市各级政府部门') or of the government's disclosure work; where the office is a sentence's
  subject or the page says 我办, the report is the office's own (``desks.government_of``);
- a portal block's 发布机构 names the publisher, often the government's office: its 标题 names the reporter;
- the contact sentence names the desk to ask (the office for its government, the government's office for a
  department): the reporter only where nothing else names one, read as the government the same way;
- an office named by a generic place ('县政府办公室', '自治区人民政府办公厅') stands for no government until the
  page names its place (the one county whose '某县人民政府办公室' the page writes);
- the page's voice (我局, 我办, 我公司) is the reporter's kind: a compiler of another kind, where the contact or the
  overview names a body of the voice's kind, is read last (a report copied from another body's: ``self_kind``);
- a visitor's comment on the page ('网友留言：…') states nothing (``visitor_lines``);
- a body named by its kind alone ('商务局', '退役军人事务局') with no place anywhere on the page is kept a
  candidate, never the answer: whose it is the name does not say, and across portals every 商务局 would be one
  key (a name that does not say whose body is worse than none); with its place stated elsewhere, it takes that place."""

from __future__ import annotations

import re

from nianbao.core.document import Document, TableBlock
from nianbao.extraction.layout import Layout
from nianbao.extraction.bodies import (clean_agency, compiled_by, strip_asides, subject_agency, with_aside,
                                       zone_kind_subject)
from nianbao.extraction.contact_bodies import contact_agency
from nianbao.extraction.desks import department_for_place, government_of, is_office_of, parent_of_unit
from nianbao.extraction.bare_place import AUTHOR_SOURCES, body_of_place, is_bare_place, resolve_offices
from nianbao.extraction.english_title import english_statements
from nianbao.extraction.abbreviated import abbreviated_body, abbreviates
from nianbao.extraction.cited import own_reports
from nianbao.extraction.report_year import title_year_overruled
from nianbao.extraction.made_rules import made_rules_body, own_plan_body, own_plan_year
from nianbao.extraction.meta_block import metadata_block
from nianbao.extraction.national_short import national_body
from nianbao.extraction.opening_compiler import opening_compiler
from nianbao.extraction.passing_names import passing_name
from nianbao.extraction.statement import Statement
from nianbao.extraction.enterprises import enterprise_statements
from nianbao.extraction.schools import school_statements
from nianbao.extraction.school_top import school_top_statements
from nianbao.extraction.self_kind import voice_over_compiler
from nianbao.extraction.tallied import tallied_township
from nianbao.extraction.title_names import html_statements, title_body
from nianbao.extraction.real_places import (complete_generic, complete_placeless, complete_zone, ends_with_kind,
                                            is_placeless, past_spam, self_named_body, this_year_township,
                                            trim_to_place, undoubled)
from nianbao.extraction.naming_sentences import STATED_PUBLISHER, stated_report
from nianbao.extraction.frame_words import strip_frame
from nianbao.extraction.run_on_title import publisher_after_frame, run_on_title_body, title_past_frame
from nianbao.extraction.metadata import (ACADEMIC_YEAR, GENERIC_ZONE, MISTYPED_TITLE_YEAR, YEAR, parse_title,
                                         place_names, plausible_agency)
from nianbao.extraction.told_years import (academic_year_end, heading_year, narrative_year, overview_year,
                                           statistics_year)
from nianbao.extraction.work_of import units_government, work_compiled_from, work_named
from nianbao.extraction.visitor_lines import without_visitor_lines
from nianbao.extraction.offices import office_owner
from nianbao.extraction.wrapped_lines import unwrapped, unwrapped_document
from nianbao.extraction.wrapped_title import TITLE_ONLY, wrapped_title

# A generic place's government's department: '区政府国资局' (the department of 区政府), not its 办公室.
_GENERIC_DEPT = re.compile(r"^(?:省|市|区|县)(?:人民)?政府(?!办公室|办公厅)(?P<dept>\S{2,20})$")
# A zone's or 街道's party committee and its body run as one, named together ('某经开区党工委管委会', '某街道党工委
# 办事处'): the body the 条例 binds is the 管委会 or 办事处; the party committee publishes no disclosure report.
_JOINT_PARTY = re.compile(r"^(?P<place>.+?)(?:党工委|党委)(?P<body>管委会|管理委员会|办事处)$")
# A government named by a city and a bare 区 or 县 ('杭州市区人民政府办公室'): a district whose name a mirror cut
# out, no body's name (a wrong name is worse than none).
_CUT_DISTRICT = re.compile(r"^[区县](?:人民)?政府")
_NO_CHINESE = re.compile(r"[^\u4e00-\u9fff]+")
_GENERIC_PLACE = re.compile(r"^(?:省|市|区|县|镇|乡|州|旗)(?!\S*(?:省|市|区|县|镇|乡|州|旗))")

_SIGNATURE_DATE = re.compile(rf"^(?:{YEAR}|[〇○零一二三四五六七八九]{{4}})\s*年.{{1,3}}月.{{1,3}}日$")
# The sources in the order their word is taken: the title and the report's own sentences first, the
# portal's words about the page last.
SOURCE_ORDER = ("title", "preamble", "signature", "metadata_block", "html", "contact", "body", "period",
                "academic_year", "narrative", "mention")  # mention: the learned ranker's last resort (``mentions``), asked only where none names the body


def _signature(lines: list[str]) -> str | None:
    """The agency that signs the report: a name line beside the closing date line."""
    tail = [re.sub(r"\s+", "", line) for line in lines[-8:] if line.strip()]
    for k in range(len(tail) - 1, -1, -1):
        if _SIGNATURE_DATE.match(tail[k]) and k > 0:
            name = clean_agency(tail[k - 1])
            if plausible_agency(name):
                return name
        # "某局  2024年1月15日" on one line
        m = re.match(rf"^(.{{3,30}}?)((?:{YEAR})年\d{{1,2}}月\d{{1,2}}日)$", tail[k])
        if m and plausible_agency(clean_agency(m.group(1))):
            return clean_agency(m.group(1))
    return None


def _join_spaced(text: str) -> str:
    """Text as written where a converter put spaces between characters ('某苏木 2021 年政府信息 公开')."""
    return re.sub(r"(?<=[\u4e00-\u9fff]) +(?=[\u4e00-\u9fff\d])|(?<=\d) +(?=[\u4e00-\u9fff])", "", text)


# A page calling itself the report in its lead ('编制本报告'): not a work summary (汇报如下) naming its plan.
_SELF_REPORT = re.compile(r"本(?:年度)?(?:报告|年报)")
# A qualifier in brackets after a body's name that is no second name: '某镇政府（机关）信息公开年度报告'.
_QUALIFIER = re.compile(r"[（(](?:机关|本级|本机关|机关本级)[）)]")
# How a lead sentence about the report opens.
_LEAD = re.compile(r"^\s*(?:现发布|现公布|现将|现向社会|特向社会|根据|依据|按照|依照)")
# A vertical system named in a title in place of its bureau: '某市气象部门2023年…报告', '某省邮政管理系统2020年…
# 报告' (the bureau and the units under it report together).
_SYSTEM = re.compile(r"^(?P<system>.+?)(?:部门|系统)$")
_HEAD_LINE = re.compile(rf"^(?P<agency>[^\s，,。；;：:、《》“”]{{2,40}}?)?\s*(?:(?P<year>{YEAR})\s*年?度?)?$")


def _title_with_head(title: str, doc: Document) -> str:
    """The title with the line above it where the title wraps after the agency or its year ('某区某苏木' /
    '2025年政府信息公开工作年度报告'; '某厅2022' / '政府信息公开工作年度报告'), when the title alone lacks
    what that line says."""
    agency, year = parse_title(title)
    academic = re.compile(ACADEMIC_YEAR)  # a school's title names no year, only an academic year
    if agency and (year or academic.search(title)) and plausible_agency(title_body(agency), place_only=True):
        return title
    lines = [re.sub(r"\s+", "", ln) for b in doc.blocks[:60] if not isinstance(b, TableBlock)
             for ln in b.text.splitlines()]
    lines = [ln for ln in lines if ln]
    at = lines.index(re.sub(r"\s+", "", title)) if re.sub(r"\s+", "", title) in lines else 0
    below = lines[at + 1] if at + 1 < len(lines) else ""
    if TITLE_ONLY.match(re.sub(r"\s+", "", title)) and plausible_agency(title_body(below)):
        # a bare report name over the body's name ('政府信息公开工作年度报告' / '某管委会（某区管委会）' / date)
        return below + re.sub(r"\s+", "", title)
    m = _HEAD_LINE.match(lines[at - 1]) if at > 0 else None
    if not m or not (m.group("agency") or m.group("year")):
        return title
    head = m.group("agency") or ""
    if head and not plausible_agency(clean_agency(head), place_only=True):
        return title
    if m.group("year") and not year:
        head += m.group("year") + "年"
    joined = head + re.sub(r"\s+", "", title)
    named, joined_year = parse_title(joined)
    return joined if named and (joined_year or academic.search(joined)) else title


def _is_system(name: str | None) -> bool:
    """True for a vertical system's name with its place ('某市气象部门'): its bureau's name with 局 is a body."""
    m = _SYSTEM.match(name or "")
    return bool(m) and bool(place_names(m.group("system"))) and plausible_agency(m.group("system") + "局")


def _banner(doc: Document) -> str | None:
    """The page's first line where it is a body's full name alone ('某区国资局' above the preamble). It
    may be the portal's name rather than the report's body, so it only names a body the page calls by a
    generic place ('区政府国资局'): see ``choose``."""
    for b in doc.blocks[:5]:
        if isinstance(b, TableBlock):
            continue
        for ln in b.text.splitlines():
            line = re.sub(r"\s+", "", ln)
            if line:
                return line if plausible_agency(line) and place_names(line) else None
    return None


# The page's and the portal's words naming the body that reports (a contact sentence names the desk to ask, not that)
_TRUSTED = SOURCE_ORDER[:SOURCE_ORDER.index("html") + 1]


def statements(layout: Layout, doc: Document, text: str) -> list[Statement]:
    """Every statement of agency, year and title the document makes, with where it was made."""
    text = unwrapped(text)  # a PDF's or a fixed-width crawler's wrapped lines read as the sentences they cut
    out: list[Statement] = []
    title_named: str | None = None  # the title's subject, for an enterprise publishing its own report
    if layout.title:
        agency, year = parse_title(_title_with_head(layout.title, doc))
        if not agency and not year:  # the frame taken into the title ('某网站 返回首页 2017年某局…报告')
            agency, year = parse_title(title_past_frame(layout.title))
        agency = strip_frame(title_body(agency))  # a one-line page's breadcrumb or field run into the title
        title_named = title_body(agency)
        publisher = None  # a school's or an enterprise's name with the frame run into it ('语音朗读某市建设集团')
        if title_named and not plausible_agency(title_named, place_only=True):
            title_named = publisher = publisher_after_frame(title_named) or title_named
        out.append(Statement("title", layout.title, "title"))
        if agency and plausible_agency(title_body(agency), place_only=True):
            out.append(Statement("agency", title_body(agency), "title"))
        elif publisher and publisher != agency:
            out.append(Statement("agency", publisher, "title"))
        elif agency and _is_system(title_body(agency)):
            out.append(Statement("agency", title_body(agency), "title"))
        elif agency and (real := past_spam(title_body(agency))):
            out.append(Statement("agency", real, "title"))  # a mirror's spam in place of the district's name
        elif ((_LEAD.match(layout.title) or STATED_PUBLISHER.match(_join_spaced(layout.title)))
              and (sentence := stated_report(_join_spaced(layout.title)))
              and sentence[0][0] and place_names(sentence[0][0])):
            # a lead sentence the layout took for the title ('现发布《某局2023年…报告》。')
            out.append(Statement("agency", sentence[0][0], "preamble"))
        elif (by := compiled_by(_join_spaced(layout.title))) and place_names(by[0][0]):
            # a compiled-by sentence the layout took for the title ('本年报是根据…，由某镇人民政府编制的2018年度…报告')
            out.append(Statement("agency", by[0][0], "preamble"))
        if year:
            out.append(Statement("year", str(year), "title"))
    elif (wrapped := wrapped_title(doc))[0]:
        out.append(Statement("agency", wrapped[0], "title"))
        if wrapped[1]:
            out.append(Statement("year", str(wrapped[1]), "title"))
    if not any(s.field == "agency" and s.source == "title" for s in out) and (
            run_on := run_on_title_body("\n".join(b.text for b in doc.blocks[:3] if not isinstance(b, TableBlock)))):
        out.append(Statement("agency", run_on, "title"))  # a crawler's one-line page: its title in the run, past the frame
    out += english_statements(text)  # a report translated into English: its title is the one place naming the body
    block = metadata_block(unwrapped_document(doc))  # (a field's value wrapped onto the next line read whole)
    titled: list[Statement] = []  # the block's 标题 names the report's body; its 发布机构 may be the body's office
    for s in block:
        if s.field == "title":
            agency, year = parse_title(s.value)
            if agency and plausible_agency(title_body(agency), place_only=True):
                titled.append(Statement("agency", title_body(agency), "metadata_block"))
            if year:
                titled.append(Statement("year", str(year), "metadata_block"))
    offices = [s for s in block if s.field == "agency"]
    if not any(is_office_of(o.value, t.value) for t in titled if t.field == "agency" for o in offices):
        titled, block = block, titled  # the 标题's body goes first only where the 发布机构 is an office of it
    out += titled + block
    head = strip_asides(_QUALIFIER.sub("", _join_spaced(without_visitor_lines(text[:3000]))))
    for s in out:  # a 发布机构 that is a body's own office ('某局办公室'), the page naming that body itself: the body's
        if s.source == "metadata_block" and s.field == "agency" and (owner := office_owner(s.value, head)):
            s.value = owner
    subject = subject_agency(head)
    period, told = statistics_year(head) or statistics_year(text), narrative_year(head)
    for agency, year, _ in own_reports(head, stated_report(head), period or told)[:3]:  # not last year's
        if agency:
            out.append(Statement("agency", agency, "preamble"))
        out.append(Statement("year", str(year), "preamble"))
    for agency, work_year, _ in work_named(head)[:2]:  # the body whose year's work the preamble names
        out.append(Statement("agency", agency, "preamble"))
        if work_year:
            out.append(Statement("year", str(work_year), "preamble"))
    for agency, _ in compiled_by(head)[:2]:  # a government's report compiled by its office: the government's
        out.append(Statement("agency", government_of(complete_generic(agency, head, subject), head, subject), "preamble"))
    if opener := opening_compiler(head):  # '某局依据《条例》…编制了本报告': the body compiling its own report
        out.append(Statement("agency", opener, "preamble"))
    banner = _banner(doc)
    if banner:
        out.append(Statement("agency", banner, "banner"))
    lines = [line.text for s in layout.sections for line in s.lines]
    signed = _signature(lines)
    if signed:
        out.append(Statement("agency", signed, "signature"))
    out += html_statements(doc.properties)
    out += enterprise_statements(title_named, head) + school_statements(
        layout.title, [b.text for b in doc.blocks[:12] if not isinstance(b, TableBlock)], head)
    if not layout.title:  # an untitled school's page: its name alone at the top, or its lead's subject
        out += school_top_statements(head)
    desk = contact_agency(head)
    desk = undoubled(desk) if desk else desk  # '某县县人民政府办公室' (a typo) before it stands for anything
    if desk and (names := place_names(desk)) and _CUT_DISTRICT.match(desk[len("".join(names)):]):
        desk = None
    for s in out:  # a place the preamble names where the page is that place's department, its desk named
        if s.field == "agency" and s.source == "preamble":
            s.value = department_for_place(s.value, desk, head)
    own = self_named_body(head, desk or subject)  # '我镇' throughout and one real 镇 named: that 镇's body
    if desk and not own:
        out.append(Statement("agency", government_of(desk, head, subject), "contact"))
    if own:
        out.append(Statement("agency", own, "body"))
    elif subject:
        out.append(Statement("agency", subject, "body"))
    elif (zone := zone_kind_subject(head)) and (named := complete_zone(zone, head)) != zone:
        out.append(Statement("agency", named, "body"))  # '2022年，开发区坚持…', the zone named in full elsewhere
    elif township := this_year_township(head):
        out.append(Statement("agency", township, "body"))  # '本年度，某乡积极…' (a township the gazetteer knows)
    elif tallied := tallied_township(head):
        out.append(Statement("agency", tallied, "body"))  # '2024年，某街道累计主动公开…' (the year's tallies' township)
    abbreviated = abbreviated_body(head)  # named in full only in its own rules' title, else abbreviated
    if abbreviated:
        out.append(Statement("agency", abbreviated, "narrative"))
    if government := units_government(head):  # compiled from all its townships' and departments' work
        out.append(Statement("agency", government, "narrative"))
    for agency in work_compiled_from(head)[:1]:  # a district's stock sentence its units copy: read last
        out.append(Statement("agency", agency, "narrative"))
    made = made_rules_body(head) or own_plan_body(head, period or told)  # named in full only in its own rules or plan
    if made:
        out.append(Statement("agency", made, "narrative"))
    if passing := passing_name(head):  # a self-word's body named only in passing: read last of all
        out.append(Statement("agency", passing, "narrative"))
    if period:
        # '2022度…报告' over 2023's figures: the title's typo; or a repost's title a year off (``report_year``), or a
        # preamble's stock sentence left with last year's ('特向社会公布2018年度…报告' over 2019's period and overview)
        if MISTYPED_TITLE_YEAR.search(layout.title or ""):
            out = [s for s in out if not (s.source == "title" and s.field == "year" and s.value != str(period))]
        elif title_year_overruled(period, told):
            out = [s for s in out if not (s.source in ("title", "preamble") and s.field == "year" and s.value != str(period))]
        out.append(Statement("year", str(period), "period"))
    if re.search(ACADEMIC_YEAR, head[:400]):
        pass  # a school's report over an academic year: the years its lead cites (a notice's) are no report year
    elif told:
        out.append(Statement("year", str(told), "narrative"))
    elif ("overview" in layout.found_sections and not any(s.field == "year" for s in out)
          and (named := overview_year(head))):
        # the one year an untitled report's overview names (a page with no overview may be news of reports)
        out.append(Statement("year", str(named), "narrative"))
    elif not any(s.field == "year" for s in out) and (headed := heading_year(layout)):
        out.append(Statement("year", str(headed), "narrative"))  # named only in the first part's heading
    elif (not any(s.field == "year" for s in out) and _SELF_REPORT.search(head[:600])
          and (planned := own_plan_year(head))):  # a report's own plan for its year, issued that year
        out.append(Statement("year", str(planned), "narrative"))
    if not any(s.field == "year" for s in out) and (school_year := academic_year_end(f"{layout.title or ''}\n{head}")):
        # A school's report over an academic year that states no year: the year its academic year ends in
        # ('2022-2023学年' → 2023), the year it reports in (its figures run to 8月31日 of it).
        out.append(Statement("year", str(school_year), "academic_year"))
    for s in out:  # a name cut inside the words before it starts at its real place ('了某市某委' → '某市某委');
        if s.field == "agency":  # a generic place's body takes the real place the page names it with
            s.value = strip_frame(s.value)  # a one-line page's frame run into the name ('发文字号某街道')
            s.value = complete_zone(complete_placeless(trim_to_place(complete_generic(s.value, head, subject)), head), head)
            s.value = parent_of_unit(undoubled(s.value), head)  # '某县县人民政府' (a typo) is the county's
            s.value = _JOINT_PARTY.sub(r"\g<place>\g<body>", s.value)  # '某经开区党工委管委会': the 管委会 discloses
            s.value = national_body(s.value, head)  # '国资委' reporting on 中央企业: the central body
            if abbreviated and abbreviates(s.value, abbreviated):  # '某化物所' in full
                s.value = abbreviated
    voice_over_compiler(out, head)  # a compiler the page's voice contradicts is read last
    agencies = sorted((s for s in out if s.field == "agency" and s.source in _TRUSTED), key=lambda s: SOURCE_ORDER.index(s.source))
    resolve_offices(agencies, head, subject)  # a place's report: the body of the place the page states
    written = _QUALIFIER.sub("", _join_spaced(text[:3000]))
    for s in out:  # a body that carries its alias in brackets is named with it, as the page writes it
        if s.field == "agency" and s.value:
            s.value = with_aside(s.value, written)
    return out


def _zone_kind(name: str) -> str | None:
    """The zone kind a body is named by when it is named by its kind alone ('开发区管委会' → '开发区')."""
    names = place_names(name)
    return names[0] if len(names) == 1 and GENERIC_ZONE.match(names[0]) and name != names[0] else None


def choose(found: list[Statement], field_name: str) -> tuple[str | None, str | None, dict[str, str]]:
    """The value of a field taken from the most trusted source, its source, and the other values
    stated for it (by source) that differ from it."""
    mine = sorted((s for s in found if s.field == field_name),
                  key=lambda s: SOURCE_ORDER.index(s.source) if s.source in SOURCE_ORDER else len(SOURCE_ORDER))
    banners = [s for s in mine if s.source == "banner"]
    mine = [s for s in mine if s.source != "banner"]  # a banner never names the agency on its own
    if not mine:
        return None, None, {}
    chosen = mine[0]
    if field_name == "agency" and (_GENERIC_PLACE.match(chosen.value) or _GENERIC_DEPT.match(chosen.value)):
        # A generic place ('区人民政府办公室') gives way to the same body with its place named; a generic
        # government's department ('区政府国资局') to the page's banner naming it with its place ('某区国资局').
        dept = _GENERIC_DEPT.match(chosen.value)
        for s in mine[1:] + banners:
            names = "".join(place_names(s.value))
            if names and (s.value.endswith(chosen.value[1:]) if s.source != "banner" and _GENERIC_PLACE.match(chosen.value)
                          else bool(dept) and s.value[len(names):] == dept.group("dept")):
                chosen = s
                break
    if field_name == "agency" and (zone := _zone_kind(chosen.value)):
        # a zone's body named by the zone's kind ('开发区管委会') gives way to the zone named elsewhere on the
        # page ('请与某省某县经济开发区综合办公室联系' → 某省某县经济开发区)
        for s in mine[1:]:
            names = place_names(s.value)
            if names and names[-1].endswith(zone) and not GENERIC_ZONE.match(names[-1]):
                chosen = s
                break
    place = chosen if field_name == "agency" and is_bare_place(chosen.value) else None
    if place:  # a place is no body: a body of it the page states as the report's writer gives the name
        chosen = body_of_place(place.value, [s for s in mine if s.source in AUTHOR_SOURCES]) or chosen
    # (a translation's English name has no place the gazetteer reads: it names the body as the title words it)
    placeless = field_name == "agency" and is_placeless(chosen.value) and not _NO_CHINESE.fullmatch(chosen.value)
    if placeless:
        # a body named by its kind alone ('审计局') gives way to the same body named with its place (a title's
        # '卫生健康委员会' to the contact's '某市卫生健康委'); with
        # none, no name is taken (a wrong name is worse than none): it stays a candidate
        chosen = next((s for s in mine[1:] if ends_with_kind(s.value, chosen.value) and not is_placeless(s.value)),
                      chosen)
        placeless = is_placeless(chosen.value)
    if field_name == "agency" and chosen.source == "contact":
        # the overview's subject is the place itself ('2022年，某县紧紧围绕…') and the contact desk one of its bodies
        # ('请与某县政务服务和大数据管理局联系'): the place's report, which the body that runs disclosure compiled. A desk
        # read as the place's government already (its office at the desk: '某县人民政府') names that report's body.
        chosen = next((s for s in mine if s.source == "body" and is_bare_place(s.value)
                       and chosen.value.startswith(s.value) and chosen.value[len(s.value):] not in ("", "人民政府", "政府")),
                      chosen)
    others: dict[str, str] = {}
    for s in mine:
        if (s.value != chosen.value or placeless) and s.source not in others and (s.source != chosen.source or placeless):
            others[s.source] = s.value
    if place and chosen is not place and place.value not in others.values():
        others.setdefault(place.source, place.value)  # (stated by the body's own source: kept a candidate all the same)
    return (None, None, others) if placeless else (chosen.value, chosen.source, others)
