"""Apply the figure grammar (``rules.py``) to one paragraph: its number phrases become typed figures.

The words a rule sees around a number run back to the previous counted number or punctuation mark
and on to the next one, so in "行政复议案件2件、行政诉讼案件7件" each count sees its own noun.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from nianbao.core.record import Figure

from nianbao.extraction.figures import rules as R
from nianbao.extraction.figures.numbers import Mention, mentions, sessions
from nianbao.extraction.figures.respectively import RESPECTIVELY, pairwise

_CLAUSE_END = "，。；：！？,;:（）()\n"
_SENTENCE_END = "。；！？;\n"
_ASIDE_BREAK = re.compile(r"[，。；,;\d]")  # an aside with these is a note with counts of its own, not a name


@dataclass
class _Context:
    text: str
    mentions: list[Mention]
    # left() and right() are asked once per rule for each number: computed once, kept.
    _cache: dict = field(default_factory=dict, repr=False)

    def left(self, i: int) -> tuple[int, str]:
        """Where the words before mention ``i`` start, and the words."""
        key = ("left", i)
        if key not in self._cache:
            self._cache[key] = self._left(i)
        return self._cache[key]

    def right(self, i: int, sentence: bool) -> str:
        """The words after mention ``i``, to the next counted number and the clause (or sentence) end."""
        key = ("right", i, sentence)
        if key not in self._cache:
            self._cache[key] = self._right(i, sentence)
        return self._cache[key]

    def _left(self, i: int) -> tuple[int, str]:
        m = self.mentions[i]
        pos = m.start
        while True:
            cut = max(self.text.rfind(ch, 0, pos) for ch in _CLAUSE_END)
            # A short aside in brackets inside the clause is no clause end: "通过官方微信公众号（陈炉古镇）发布…".
            opening = max(self.text.rfind("（", 0, cut), self.text.rfind("(", 0, cut)) if cut > 0 else -1
            if cut > 0 and self.text[cut] in "）)" and opening >= 0 and not _ASIDE_BREAK.search(self.text, opening, cut):
                pos = opening
                continue
            break
        start = cut + 1
        for prev in reversed(self.mentions[:i]):
            if prev.unit:
                start = max(start, prev.end)
                break
        return start, self.text[start:m.start]

    def _right(self, i: int, sentence: bool) -> str:
        m = self.mentions[i]
        stops = _SENTENCE_END if sentence else _CLAUSE_END
        # A bracket right after the number opens a note on it: "12件（含上年结转2件）".
        start = m.end + 1 if self.text[m.end:m.end + 1] in ("（", "(") else m.end
        ends = [p for p in (self.text.find(ch, start) for ch in stops) if p >= 0]
        ends += [n.start for n in self.mentions[i + 1:] if n.unit][:1]
        end = min(ends, default=len(self.text))
        return self.text[m.end:end]

    def sentence_start(self, pos: int) -> int:
        return max(self.text.rfind(ch, 0, pos) for ch in _SENTENCE_END) + 1

    def subject(self, i: int) -> str:
        """Whose count mention ``i`` is: "self", or the other body the words before it name (``rules.GROUP``).

        A body named in the number's own clause counts, unless the agency names itself after it
        ("督促各部门…，本局网站发布信息45条"); so does a body that opens the sentence, for the whole sentence.
        """
        start, left = self.left(i)
        found = None
        for hit in R.GROUP.finditer(left):
            found = hit
        if found is not None:
            own = R.SELF.search(left, found.end()) or R.SELF_BEFORE.search(left[:found.start()])
            return "self" if own else found.group()
        if R.SELF.search(left):
            return "self"
        sentence = self.sentence_start(self.mentions[i].start)
        head = self.text[sentence:start]
        opening = R.SENTENCE_OPENING.match(head)
        hit = R.GROUP.match(head, opening.end() if opening else 0)
        if hit is not None and not R.SELF.search(head, hit.end()):
            return hit.group()
        return "self" if R.SELF.search(head) else self._carried(sentence)

    def _carried(self, sentence: int) -> str:
        """The body that opened an earlier sentence of the paragraph, where the sentences since name no one:
        "全区各级行政机关共收到申请27件。因依申请公开引起的行政复议2件" (the 2 are the same bodies')."""
        end = sentence - 1
        while end > 0:
            start = self.sentence_start(end)
            words = self.text[start:end]
            if R.SELF.search(words):
                return "self"
            opening = R.SENTENCE_OPENING.match(words)
            hit = R.GROUP.match(words, opening.end() if opening else 0)
            if hit is not None:
                return hit.group()
            if R.GROUP.search(words):
                return "self"  # a body inside an earlier sentence is that sentence's business only
            end = start - 1
        return "self"

    def topic(self, pos: int) -> str | None:
        """The paragraph's subject at ``pos``: the topic whose word comes last before it."""
        best, where = None, -1
        for name, pattern in R.TOPICS.items():
            for m in pattern.finditer(self.text, 0, pos):
                if m.start() > where:
                    best, where = name, m.start()
        return best


def _figure(fid: str, m: Mention, paragraph: int | None, **extra) -> Figure:
    fig = Figure(fid, m.value, m.unit, m.approx, paragraph=paragraph, start=m.start, end=m.end, text=m.text, **extra)
    if m.high is not None:
        fig.note = f"a range: {m.text}"
    return fig


def _apply(rule: R.Rule, ctx: _Context, i: int) -> re.Match[str] | bool | None:
    """The ``before`` match (or True) where ``rule`` accepts mention ``i``; None where it does not."""
    m = ctx.mentions[i]
    if m.unit not in rule.units:
        return None
    _, left = ctx.left(i)
    right = ctx.right(i, rule.sentence)
    found: re.Match[str] | bool = True
    if rule.before is not None:
        match = rule.before.search(left)
        if match is None:
            return None
        found = match
    if rule.after is not None:
        match = rule.after.search(right)
        if match is None:
            return None
        if "scope" in match.re.groupindex or "q" in match.re.groupindex:
            found = match
    if rule.unless is not None and (rule.unless.search(left) or rule.unless.search(right)):
        return None
    if rule.topic is not None and ctx.topic(m.start) != rule.topic:
        return None
    return found


def _group(found: re.Match[str] | bool, name: str) -> str | None:
    if isinstance(found, re.Match) and name in found.re.groupindex and found.group(name):
        return found.group(name).strip()
    return None


def _channel(words: str) -> str | None:
    words = R.ACCOUNT_NAME.sub("", words)
    return next((name for name, pattern in R.CHANNELS if pattern.search(words)), None)


def _sentence_channel(ctx: _Context, start: int) -> str | None:
    """The channel the sentence names before ``start`` (see ``_named_channel``): "通过门户网站，全年发布…"."""
    return _named_channel(R.COLUMN.sub("", ctx.text[ctx.sentence_start(start):start]))


def _named_channel(head: str) -> str | None:
    """The channel ``head`` names where it names one kind only; several new-media accounts together are
    new_media; a mix with the website (or anything else) is none (the count is the total)."""
    head = R.ACCOUNT_NAME.sub("", head)
    named: set[str] = set()
    claimed: list[tuple[int, int]] = []  # 新媒体 is new_media, not also news_media's 媒体
    for name, pattern in R.CHANNELS:
        for hit in pattern.finditer(head):
            if not any(a < hit.end() and hit.start() < b for a, b in claimed):
                claimed.append(hit.span())
                named.add(name)
    if "bulletin" in named and "栏目" in head:
        named.discard("bulletin")  # 《部门动态》《公示公告》栏目: columns of the website, no bulletins
    if len(named) == 1:
        return next(iter(named))
    if len(named) > 1 and named <= R.NEW_MEDIA:
        return "new_media"
    return None


def _proactive(ctx: _Context, i: int, paragraph: int | None, figures: list[Figure]) -> Figure | None:
    """A count of information published: by channel where the words name one, else the total."""
    m = ctx.mentions[i]
    if m.unit not in R.PROACTIVE_UNITS:
        return None
    start, left = ctx.left(i)
    if R.PROACTIVE_NOT.search(left) or R.PROACTIVE_CATEGORY.search(left) or R.PROACTIVE_KIND.search(left):
        return None
    qualifier = None
    hit = R.PROACTIVE.search(left)
    if hit is not None:
        kinds = hit.group("object").strip()
        if not R.PROACTIVE_WHOLE.search(kinds):
            return None  # one category of information
        if _channel(left):
            channel = _named_channel(left)
        elif "等" in kinds:
            channel = None  # kinds listed: a channel elsewhere in the sentence is not theirs
        else:
            channel = _sentence_channel(ctx, start)
        if channel is None and R.CUMULATIVE.search(left):
            qualifier = "累计"
    elif R.PROACTIVE_INVERTED.search(left):
        channel = _named_channel(left) if _channel(left) else _sentence_channel(ctx, start)
    elif R.PROACTIVE_CHANNEL_NOUN.search(left):
        channel = _channel(left[R.PROACTIVE_CHANNEL_NOUN.search(left).start():])
    elif R.PROACTIVE_VERB.search(left) and R.PROACTIVE_NOUN_AFTER.match(ctx.right(i, False)):
        channel = _named_channel(left) if _channel(left) else _sentence_channel(ctx, start)
    elif R.PROACTIVE_VERB.search(left):
        channel = _channel(left)
        if channel is None and R.PROACTIVE_BARE.search(left):
            channel = _channel(R.COLUMN.sub("", ctx.text[ctx.sentence_start(start):start]))
        if channel is None:
            return None
    elif _listed_channel(ctx, left, start, figures):
        channel = _channel(left)
    else:
        return None
    if channel == "website" and _column_part(ctx, left, start, m.value, figures):
        return None
    fid = f"proactive.items_by_channel.{channel}" if channel else "proactive.items_total"
    return _figure(R.figure(fid), m, paragraph, qualifier=qualifier)


def _column_part(ctx: _Context, left: str, start: int, value: float, figures: list[Figure]) -> bool:
    """A named column's count after a larger count of the same sentence is a part of it, no channel:
    "门户网站公开政府信息11314条，在要闻栏目发布信息1156条，…" (the agency's own column is its channel)."""
    column = R.NAMED_COLUMN.search(left)
    if column is None or R.OWN_COLUMN.search(column.group()):
        return False
    sentence = ctx.sentence_start(start)
    return any(f.id.startswith("proactive.") and (f.start or 0) >= sentence and f.value > value for f in figures)


def _listed_channel(ctx: _Context, left: str, start: int, figures: list[Figure]) -> bool:
    """A channel's count listed after a proactive count of the same sentence: "…382条，包括政府网站35条"."""
    if _channel(left) is None or not re.fullmatch(r"\s*(?:其中|包括|含|以及|及)?[^，。；\d]{0,20}", left):
        return False
    # The channel ends the words: "包括政府网站", "“云溪镇”微信公众号"; not "网站发布新闻类", nor a column ("专题专栏").
    if re.search(r"栏目\s*$|专栏\s*$", left) or not any(
            re.search(rf"(?:{pattern.pattern})[^\s“”]{{0,2}}(?:“[^”]{{0,16}}”)?\s*$", left) for _, pattern in R.CHANNELS):
        return False
    sentence = ctx.sentence_start(start)
    return any(f.id.startswith("proactive.") and (f.start or 0) >= sentence for f in figures)


def _rates(ctx: _Context, i: int, paragraph: int | None) -> list[Figure]:
    """Proposal rates: one figure per rate word before the number ("答复率、满意率均为100%" gives two)."""
    m = ctx.mentions[i]
    if m.unit != "%" or ctx.topic(m.start) != R.RATE_TOPIC:
        return []
    _, left = ctx.left(i)
    named = sorted((hit.start(), fid, hit.group()) for fid, pattern in R.RATE_WORDS for hit in pattern.finditer(left))
    note = "one rate for " + "、".join(word for _, _, word in named) if len(named) > 1 else None
    return [_figure(fid, m, paragraph, note=note) for _, fid, _ in named]


def _part(ctx: _Context, i: int, figures: list[Figure], paragraph: int | None) -> Figure | None:
    """A stated part of the figure just before, in the same sentence: "代表建议3件（主办3件）"."""
    if not figures:
        return None
    start, left = ctx.left(i)
    value = ctx.mentions[i].value
    for rule in R.PARTS:
        whole = _whole(figures, rule, value, ctx.text, start)
        if whole is None:
            continue
        if rule.needs_then and rule.needs_then not in ctx.text[whole.end or 0:ctx.mentions[i].start]:
            continue
        hit = rule.before.search(left)
        if hit is None:
            continue
        tail = rule.after.search(ctx.right(i, False)) if rule.after is not None else None
        if rule.after is not None and tail is None:
            continue
        q = next(h.group("q") for h in (hit, tail) if h is not None and "q" in h.re.groupindex)
        return _figure(whole.id, ctx.mentions[i], paragraph, qualifier=q)
    return None


def _whole(figures: list[Figure], rule: R.PartRule, value: float, text: str, start: int) -> Figure | None:
    """The figure of the same sentence a part of ``value`` belongs to: the last that is no part itself, of
    the rule's ids, with room for it ("复议5宗、诉讼0宗，其中2宗维持" — the 2 are the review's, not the suits')."""
    for k in range(len(figures) - 1, -1, -1):
        whole = figures[k]
        if whole.id not in rule.of or re.search(r"[。；]", text[whole.end or 0:start]):
            return None
        if whole.qualifier:
            continue
        parts = sum(f.value for f in figures[k + 1:] if f.id == whole.id and f.qualifier)
        if parts + value <= whole.value:
            return whole
    return None


def _listed(ctx: _Context, i: int) -> int | None:
    """How many numbered items the words before a count list, where they list some."""
    _, left = ctx.left(i)
    hit = R.LISTED.search(left)
    return len(re.findall(r"\d+", hit.group("list"))) if hit else None


def _level(ctx: _Context, i: int, fid: str) -> str | None:
    """The level a count of suggestions or proposals is of, where the sentence splits them by level:
    "办理市级建议提案16件（人大建议12件…），区级建议提案136件（人大建议53件…）" — 12 are 市级."""
    if fid not in R.LEVELLED:
        return None
    start = ctx.mentions[i].start
    levels = list(R.LEVEL.finditer(ctx.text, ctx.sentence_start(start), start))
    return levels[-1].group("level") if levels else None


def _session(ctx: _Context, i: int) -> str | None:
    start, _ = ctx.left(i)
    named = [name for s, e, name in sessions(ctx.text) if start <= s and e <= ctx.mentions[i].start]
    return named[-1] if named else None


def paragraph_figures(text: str, paragraph: int | None, section: str | None = None) -> list[Figure]:
    """Every figure one paragraph states, in text order."""
    ctx = _Context(text, mentions(text))
    out: list[Figure] = []
    paired = pairwise(text, ctx.mentions, lambda clause: paragraph_figures(clause, paragraph)) \
        if RESPECTIVELY.search(text) else {}
    for i, m in enumerate(ctx.mentions):
        if m.unit is None:
            continue
        if i in paired:
            out.append(paired[i])
            continue
        rated = _rates(ctx, i, paragraph)
        if rated:
            out.extend(rated)
            continue
        found = None
        for rule in R.RULES:
            found = _apply(rule, ctx, i)
            if found is not None:
                fig = _figure(rule.figure, m, paragraph, scope=_group(found, "scope") or rule.scope,
                              qualifier=_group(found, "q"))
                if fig.id.startswith("proposals."):
                    fig.listed, fig.session = _listed(ctx, i), _session(ctx, i)
                    fig.qualifier = fig.qualifier or _level(ctx, i, fig.id)
                    if fig.listed is not None and fig.listed != fig.value:
                        fig.note = f"the text lists {fig.listed} items but states {fig.value}"
                out.append(fig)
                if rule.also:
                    out.append(_figure(rule.also, m, paragraph, note=f"one count for {rule.figure} and {rule.also}"))
                break
        if found is not None:
            continue
        fig = _part(ctx, i, out, paragraph) or _proactive(ctx, i, paragraph, out)
        if fig is not None:
            out.append(fig)
    out.extend(_zeros(text, paragraph, out))
    for fig in out:
        fig.section = section
        fig.subject = _subject(ctx, fig)
    return sorted(out, key=lambda f: (f.start or 0))


def _zeros(text: str, paragraph: int | None, found: list[Figure]) -> list[Figure]:
    """Statements of 0 without a digit, unless the same sentence already gave that figure."""
    out = []
    for rule in R.ZERO_RULES:
        for hit in rule.pattern.finditer(text):
            s = max(text.rfind(ch, 0, hit.start()) for ch in _SENTENCE_END) + 1
            e = min([p for p in (text.find(ch, hit.end()) for ch in _SENTENCE_END) if p >= 0] or [len(text)])
            if any(f.id == rule.figure and s <= (f.start or 0) < e for f in found + out):
                continue
            scope = hit.group("scope") if "scope" in hit.re.groupindex else rule.scope
            out.append(Figure(rule.figure, 0, rule.unit, False, scope, paragraph=paragraph, start=hit.start(),
                              end=hit.end(), text=hit.group(), note="stated as none (no digit)"))
    return out


def _subject(ctx: _Context, fig: Figure) -> str:
    """Whose count ``fig`` is (see ``_Context.subject``); a statement of none reads its own words."""
    index = next((k for k, m in enumerate(ctx.mentions) if m.start == fig.start), None)
    if index is not None:
        return ctx.subject(index)
    start = fig.start or 0
    clause = max(ctx.text.rfind(ch, 0, start) for ch in _CLAUSE_END) + 1
    hit = R.GROUP.search(ctx.text, clause, fig.end or start)
    return hit.group() if hit is not None and not R.SELF.search(ctx.text, clause, fig.end or start) else "self"
