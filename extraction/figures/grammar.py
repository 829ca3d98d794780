"""Apply the figure grammar (``rules.py`` and its topic tables) to one paragraph: its number phrases
become typed figures.

The words a rule sees around a number (``context.py``) run back to the previous counted number or
punctuation mark and on to the next one; counts of information published are read by ``proactive.py``.

The topic tables are joined here in the order they are tried; for a number, the first rule that
accepts it wins:

1. ``rules_requests.RULES`` — applications received, completed, carried; the fee charged;
2. ``rules_reviews.RULES`` — administrative reviews and suits;
3. ``rules_proposals.RULES`` — NPC suggestions and CPPCC proposals;
4. ``rules_engagement.RULES`` — training, hotline, press, interpretation, problems rectified,
   consultations, interviews, gazette, messages;
5. ``rules_requests.COMPLETED_LAST`` — applications "完成", a wording found after the others.

A number no rule accepts may be a proposal rate, a part of the figure before it (``PARTS``), or a
count of information published (``proactive.py``). Statements of none are read in the order
``ZERO_RULES`` lists them: for one figure, the first that matches a sentence states its 0.
"""

from __future__ import annotations

import re

from nianbao.core.record import Figure

from nianbao.extraction.figures import rules_engagement as E
from nianbao.extraction.figures import rules_proposals as P
from nianbao.extraction.figures import rules_requests as Q
from nianbao.extraction.figures import rules_reviews as V
from nianbao.extraction.figures import subjects as S
from nianbao.extraction.figures.rules import LOST_UNIT_NEXT, PartRule, Rule, ZeroRule
from nianbao.extraction.figures.context import CLAUSE_END, SENTENCE_END, Context, context_of, make_figure
from nianbao.extraction.figures.numbers import sessions, unmarked
from nianbao.extraction.figures.proactive import lost_unit, proactive
from nianbao.extraction.figures.respectively import RESPECTIVELY, pairwise

RULES: tuple[Rule, ...] = Q.RULES + V.RULES + P.RULES + E.RULES + Q.COMPLETED_LAST
ZERO_RULES: tuple[ZeroRule, ...] = Q.ZERO_RULES + V.ZERO_RULES + Q.NONE_AROSE
PARTS: tuple[PartRule, ...] = P.PARTS + V.PARTS
LOST_UNIT_RULES: tuple[tuple[str, re.Pattern[str]], ...] = Q.LOST_UNIT_RULES + V.LOST_UNIT_RULES


def _apply(rule: Rule, ctx: Context, i: int) -> re.Match[str] | bool | None:
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


def _rates(ctx: Context, i: int, paragraph: int | None) -> list[Figure]:
    """Proposal rates: one figure per rate word before the number ("答复率、满意率均为100%" gives two)."""
    m = ctx.mentions[i]
    if m.unit != "%" or ctx.topic(m.start) != P.RATE_TOPIC:
        return []
    _, left = ctx.left(i)
    named = sorted((hit.start(), fid, hit.group()) for fid, pattern in P.RATE_WORDS for hit in pattern.finditer(left))
    note = "one rate for " + "、".join(word for _, _, word in named) if len(named) > 1 else None
    return [make_figure(fid, m, paragraph, note=note) for _, fid, _ in named]


def _part(ctx: Context, i: int, figures: list[Figure], paragraph: int | None) -> Figure | None:
    """A stated part of the figure just before, in the same sentence: "代表建议3件（主办3件）"."""
    if not figures:
        return None
    start, left = ctx.left(i)
    value = ctx.mentions[i].value
    for rule in PARTS:
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
        return make_figure(whole.id, ctx.mentions[i], paragraph, qualifier=q)
    return None


def _whole(figures: list[Figure], rule: PartRule, value: float, text: str, start: int) -> Figure | None:
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


def _listed(ctx: Context, i: int) -> int | None:
    """How many numbered items the words before a count list, where they list some."""
    _, left = ctx.left(i)
    hit = P.LISTED.search(left)
    return len(re.findall(r"\d+", hit.group("list"))) if hit else None


def _level(ctx: Context, i: int, fid: str) -> str | None:
    """The level a count of suggestions or proposals is of, where the sentence splits them by level:
    "办理市级建议提案16件（人大建议12件…），区级建议提案136件（人大建议53件…）" — 12 are 市级."""
    if fid not in P.LEVELLED:
        return None
    start = ctx.mentions[i].start
    sentence = ctx.sentence_start(start)
    levels = list(P.LEVEL.finditer(ctx.text, sentence, start))
    # A split names two levels, or a level's count of both broken down ("市级建议提案16件（人大建议12件…）");
    # "承办市级人大代表建议5件、政协提案16件" is of one level, no qualifier.
    end = min([p for p in (ctx.text.find(ch, start) for ch in SENTENCE_END) if p >= 0] or [len(ctx.text)])
    named = {hit.group("level") for hit in P.LEVEL.finditer(ctx.text, sentence, end)}
    split = len(named) > 1 or P.LEVEL_SUBTOTAL.search(ctx.text, sentence, start) is not None
    return levels[-1].group("level") if levels and split else None


def _session(ctx: Context, i: int) -> str | None:
    start, _ = ctx.left(i)
    named = [name for s, e, name in sessions(ctx.text) if start <= s and e <= ctx.mentions[i].start]
    return named[-1] if named else None


def paragraph_figures(text: str, paragraph: int | None, section: str | None = None) -> list[Figure]:
    """Every figure one paragraph states, in text order."""
    text = unmarked(text)
    ctx = context_of(text)
    out: list[Figure] = []
    paired = pairwise(text, ctx.mentions, lambda clause: paragraph_figures(clause, paragraph)) \
        if RESPECTIVELY.search(text) else {}
    for i, m in enumerate(ctx.mentions):
        if m.unit is None:
            lost = _lost_unit(ctx, i, paragraph) or lost_unit(ctx, i, paragraph)
            if lost is not None:
                out.append(lost)
            continue
        if i in paired:
            out.append(paired[i])
            continue
        rated = _rates(ctx, i, paragraph)
        if rated:
            out.extend(rated)
            continue
        found = None
        for rule in RULES:
            found = _apply(rule, ctx, i)
            if found is not None:
                fig = make_figure(rule.figure, m, paragraph, scope=_group(found, "scope") or rule.scope,
                                  qualifier=_group(found, "q"))
                if _kind_of(fig, out, text):
                    break
                if fig.id.startswith("proposals."):
                    fig.listed, fig.session = _listed(ctx, i), _session(ctx, i)
                    fig.qualifier = fig.qualifier or _level(ctx, i, fig.id)
                    if fig.listed is not None and fig.listed != fig.value:
                        fig.note = f"the text lists {fig.listed} items but states {fig.value}"
                out.append(fig)
                if rule.also:
                    out.append(make_figure(rule.also, m, paragraph, note=f"one count for {rule.figure} and {rule.also}"))
                break
        if found is not None:
            continue
        fig = _part(ctx, i, out, paragraph) or proactive(ctx, i, paragraph, out)
        if fig is not None:
            out.append(fig)
    out.extend(_zeros(text, paragraph, out))
    for fig in out:
        fig.section = section
        fig.subject = _subject(ctx, fig)
    out.sort(key=lambda f: (f.start or 0))
    _carry_to_zeros(ctx, out)
    return out


def _carry_to_zeros(ctx: Context, figures: list[Figure]) -> None:
    """A statement of none names no one: it is of the body whose count the sentence stated before it
    ("某县人民政府及县直部门共收到申请42件，…，未引起行政复议或行政诉讼": the bodies' none too)."""
    for k, fig in enumerate(figures):
        if fig.subject != "self" or fig.note != "stated as none (no digit)":
            continue
        sentence = max(ctx.text.rfind(ch, 0, fig.start or 0) for ch in "。！？\n") + 1
        clause = max(ctx.text.rfind(ch, 0, fig.start or 0) for ch in CLAUSE_END) + 1
        if S.SELF.search(ctx.text, clause, fig.end or 0):
            continue
        earlier = [f for f in figures[:k] if sentence <= (f.start or 0) and f.note != "stated as none (no digit)"]
        if earlier and earlier[-1].subject != "self":
            fig.subject = earlier[-1].subject


def _lost_unit(ctx: Context, i: int, paragraph: int | None) -> Figure | None:
    """A whole count whose unit the page lost, where the words before it name its figure (``LOST_UNIT_RULES``)."""
    m = ctx.mentions[i]
    if m.approx or not isinstance(m.value, int) or not LOST_UNIT_NEXT.match(ctx.text, m.end):
        return None
    _, left = ctx.left(i)
    for fid, pattern in LOST_UNIT_RULES:
        hit = pattern.search(left)
        if hit is not None:
            return make_figure(fid, m, paragraph, scope=_group(hit, "scope"), note="the page lost the unit")
    return None


def _kind_of(fig: Figure, figures: list[Figure], text: str) -> bool:
    """A kind of the interpretations counted just before ("解读26条，其中文字解读10篇，图片解读16篇"): a
    breakdown the codebook does not record, not a count of its own."""
    if fig.id not in E.BROKEN_DOWN:
        return False
    for whole in reversed(figures):
        between = text[whole.end or 0:fig.start or 0]
        if re.search(r"[。；]", between):
            return False
        if whole.id == fig.id and "其中" in between and whole.value >= fig.value:
            return True
    return False


def _zeros(text: str, paragraph: int | None, found: list[Figure]) -> list[Figure]:
    """Statements of 0 without a digit, unless the same sentence already gave that figure."""
    out = []
    for rule in ZERO_RULES:
        for hit in rule.pattern.finditer(text):
            s = max(text.rfind(ch, 0, hit.start()) for ch in SENTENCE_END) + 1
            e = min([p for p in (text.find(ch, hit.end()) for ch in SENTENCE_END) if p >= 0] or [len(text)])
            if any(f.id == rule.figure and s <= (f.start or 0) < e for f in found + out):
                continue
            scope = hit.group("scope") if "scope" in hit.re.groupindex else rule.scope
            out.append(Figure(rule.figure, 0, rule.unit, False, scope, paragraph=paragraph, start=hit.start(),
                              end=hit.end(), text=hit.group(), note="stated as none (no digit)"))
    return out


def _subject(ctx: Context, fig: Figure) -> str:
    """Whose count ``fig`` is (see ``Context.subject``); a statement of none reads its own words."""
    index = next((k for k, m in enumerate(ctx.mentions) if m.start == fig.start), None)
    if index is not None:
        return ctx.subject(index)
    start = fig.start or 0
    clause = max(ctx.text.rfind(ch, 0, start) for ch in CLAUSE_END) + 1
    hit = S.GROUP.search(ctx.text, clause, fig.end or start)
    return hit.group() if hit is not None and not S.SELF.search(ctx.text, clause, fig.end or start) else "self"
