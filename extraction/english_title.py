"""The body and year an English translation of a report names in its title.

Mirrors and translation proxies carry reports translated into English whole; the Chinese is gone, so the title is
the one place that names the body. Translators word the report's name a handful of ways around the body and the year:

- 'Annual Report of <body> on Government Information Disclosure in <year>' (of/by/from; Openness, Publicity …);
- '<year> Annual Report of <body> on Government Information Disclosure';
- '<body> <year> Annual Report on Government Information Disclosure' / '<body>'s Annual Report on … (for) <year>';
- '(Annual) Work Report (of <body>) on Government Information Disclosure (of <body>) (in|for <year>)';
- '<year> Government Information Disclosure (Work) Annual Report of <body>' / '<body> Government Information
  Disclosure Annual Report (for|in) <year>'.

A title is a whole line of its own: a sentence citing a report, a news headline about reports (… Released, … Held)
or a portal's chrome is none. The body must be named as one: capitalised words ending on a kind of body (Committee,
Bureau, Government …). ``nianbao.extraction.stated`` reads it only on a page whose text is mostly not Chinese."""

from __future__ import annotations

import re
from dataclasses import dataclass

from nianbao.extraction.statement import Statement

_YEAR = r"(?:19|20)\d{2}"
_SUBJECT = (r"(?:the\s+)?(?:Work\s+of\s+)?Government\s+(?:Affairs\s+)?(?:Information\s+)?"
            r"(?:Disclosure|Openness|Publicity|Publication|Transparency|Release)(?:\s+of\s+Information)?(?:\s+Work)?")
_REPORT = r"(?:Annual\s+(?:Work\s+)?Report|Work\s+Report|Yearly\s+Report)"
_BODY = r"(?P<body>[A-Z][\w'’&\-]*(?:[\s,]+(?:[A-Z(][\w'’&\-()]*|of|the|and|for|on|in)){0,14}?)"
_WHEN = rf"(?:\s*\(?\s*(?:in|for|of)?\s*(?:the\s+(?:Year\s+)?)?(?P<year2>{_YEAR})\s*\)?)?"
_TITLES = [re.compile(p) for p in (
    # 'Annual Report of X on Government Information Disclosure in 2022', '2018 Annual Report of X on …'
    rf"^(?:(?P<year>{_YEAR})\s+)?{_REPORT}\s+(?:of|by|from)\s+(?:the\s+)?{_BODY}\s+on\s+{_SUBJECT}{_WHEN}$",
    # 'X 2022 Annual Report on Government Information Disclosure', "X's Annual Report on … for 2022"
    rf"^(?:the\s+)?{_BODY}(?:['’]s)?\s+(?:(?P<year>{_YEAR})\s+)?{_REPORT}\s+on\s+{_SUBJECT}{_WHEN}$",
    # 'Work Report on Government Information Disclosure of X in 2022', '2022 Annual Report on … of X'
    rf"^(?:(?P<year>{_YEAR})\s+)?{_REPORT}\s+on\s+{_SUBJECT}\s+(?:of|by)\s+(?:the\s+)?{_BODY}{_WHEN}$",
    # '2022 Government Information Disclosure Annual Report of X', 'X Government Information Disclosure Annual Report 2022'
    rf"^(?:(?P<year>{_YEAR})\s+)?{_SUBJECT}\s+{_REPORT}\s+(?:of|by)\s+(?:the\s+)?{_BODY}{_WHEN}$",
    rf"^(?:the\s+)?{_BODY}(?:['’]s)?\s+(?:(?P<year>{_YEAR})\s+)?{_SUBJECT}\s+{_REPORT}{_WHEN}$",
)]
# The kinds of body a translated name ends on, or on their field ('… Health Commission', '… People's Government', '… Street Office').
_BODY_KIND = re.compile(r"(?:Committee|Commission|Department|Bureau|Office|Government|Administration|Ministry|Center|"
                        r"Centre|Agency|Authority|Court|Procuratorate|Institute|Academy|University|College|School|"
                        r"Hospital|Council|Service|Station|Corporation|Company|Group|Customs|Management|Administrative)"
                        # ('… Department of Education', '… Bureau of Natural Resources and Planning')
                        r"(?:\s+(?:of|for)(?:\s+(?:[A-Z][\w'’&\-]*|and|of|the))+)?(?:\s*\([^()]{2,40}\))?$")
_TITLE_ROOM = 220  # characters: the longest translated title with a long body name
_LINES = 40  # lines from the top a translated page's title may stand below its portal's chrome


@dataclass(frozen=True)
class EnglishTitle:
    """A translated report's title, and the body and year it names (None where it names none)."""

    text: str
    body: str | None
    year: int | None


def read_english_title(line: str) -> EnglishTitle | None:
    """The translated report title ``line`` is, with its body and year; None where the line is no such title."""
    # (a proxy's page lists its title as a menu item: '• 2020 Annual Report of …')
    line = re.sub(r"^[•·*\-–]\s*", "", re.sub(r"\s+", " ", line).strip(" \t.:："))
    if not line or len(line) > _TITLE_ROOM:
        return None
    for pattern in _TITLES:
        m = pattern.match(line)
        if not m:
            continue
        body = re.sub(r"['’]s$", "", m.group("body").strip(" ,"))  # "<body>'s … Report": the body's own
        if not _BODY_KIND.search(body) or re.search(rf"{_YEAR}", body):
            continue  # a place alone, or words that are no body's name
        year = m.group("year") or m.group("year2")
        return EnglishTitle(line, body, int(year) if year else None)
    return None


def english_report_title(text: str) -> EnglishTitle | None:
    """The first line within a page's top lines that is a translated report's title, or None; in a line a crawler
    ran the page onto (longer than any title), the title inside it (``_run_on_title``)."""
    for line in text.splitlines()[:_LINES]:
        if title := read_english_title(line) or (len(line) > _TITLE_ROOM and _run_on_title(line)):
            return title
    return None


# Where a run's pieces may part: before a capitalised word, a digit or a bullet (the chrome before the title, the
# date field or the preamble's first sentence after it: 'Release date:', 'This report…', 'According to…').
_PIECE_EDGE = re.compile(r"(?<=\s)(?=[A-Z0-9•·])")


def _run_on_title(line: str) -> EnglishTitle | None:
    """The translated title inside a crawler's one line: the first piece, from a word's start in the run's opening
    to the longest end before a capitalised word or a digit, that reads whole as a title."""
    edges = [0, *(m.start() for m in _PIECE_EDGE.finditer(line, 0, _TITLE_ROOM * 2))]
    for start in edges:
        ends = [e for e in edges if start < e <= start + _TITLE_ROOM + 1] + [min(len(line), start + _TITLE_ROOM)]
        for end in sorted(set(ends), reverse=True):
            if title := read_english_title(line[start:end]):
                return title
    return None


def mostly_not_chinese(text: str) -> bool:
    """True where under a fifth of a page's first letters are Chinese: a translation, not a Chinese page."""
    head = text[:3000]
    letters = sum(ch.isalpha() for ch in head)
    chinese = sum("\u4e00" <= ch <= "\u9fff" for ch in head)
    return letters > 0 and chinese / letters < 0.2


_NARRATIVE_YEAR = re.compile(rf"(?:^|[.;]\s+|\n)\s*In\s+(?P<year>{_YEAR})\s*,")


def english_statements(text: str) -> list[Statement]:
    """The agency and year a report translated into English names in its title, as the title's statements (an
    untitled one: the year its narrative opens on); [] on a page mostly in Chinese (whose own title names it)."""
    if not mostly_not_chinese(text):
        return []
    if not (title := english_report_title(text)):
        # untitled: the year the narrative opens on ('In 2020, the district…'), as a Chinese overview's 2020年，…
        told = _NARRATIVE_YEAR.search(text[:3000])
        return [Statement("year", told.group("year"), "narrative")] if told else []
    return ([Statement("agency", title.body, "title")] if title.body else []) + (
        [Statement("year", str(title.year), "title")] if title.year else [])
