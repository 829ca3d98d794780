"""Apply the figure grammar (``rules.py``) to one paragraph: its number phrases become typed figures.

The words a rule sees around a number run back to the previous counted number or punctuation mark
and on to the next one, so in "行政复议案件2件、行政诉讼案件7件" each count sees its own noun.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nianbao.core.record import Figure

from nianbao.extraction.figures import rules as R
from nianbao.extraction.figures.numbers import Mention, mentions, sessions

_CLAUSE_END = "，。；：！？,;:（）()\n"
_SENTENCE_END = "。；！？;\n"


@dataclass
class _Context:
    text: str
    mentions: list[Mention]

    def left(self, i: int) -> tuple[int, str]:
        """Where the words before mention ``i`` start, and the words."""
        m = self.mentions[i]
        start = max(self.text.rfind(ch, 0, m.start) for ch in _CLAUSE_END) + 1
        for prev in reversed(self.mentions[:i]):
            if prev.unit:
                start = max(start, prev.end)
                break
        return start, self.text[start:m.start]

    def right(self, i: int, sentence: bool) -> str:
        """The words after mention ``i``, to the next counted number and the clause (or sentence) end."""
        m = self.mentions[i]
        stops = _SENTENCE_END if sentence else _CLAUSE_END
        # A bracket right after the number opens a note on it: "12件（含上年结转2件）".
        start = m.end + 1 if self.text[m.end:m.end + 1] in ("（", "(") else m.end
        ends = [p for p in (self.text.find(ch, start) for ch in stops) if p >= 0]
        ends += [n.start for n in self.mentions[i + 1:] if n.unit][:1]
        end = min(ends, default=len(self.text))
        return self.text[m.end:end]

    def topic(self, pos: int) -> str | None:
        """The paragraph's subject at ``pos``: the topic whose word comes last before it."""
        best, where = None, -1
        for name, pattern in R.TOPICS.items():
            for m in pattern.finditer(self.text, 0, pos):
                if m.start() > where:
                    best, where = name, m.start()
        return best


def _figure(fid: str, m: Mention, paragraph: int | None, **extra) -> Figure:
    return Figure(fid, m.value, m.unit, m.approx, paragraph=paragraph, start=m.start, end=m.end, text=m.text, **extra)


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
    return next((name for name, pattern in R.CHANNELS if pattern.search(words)), None)


def _proactive(ctx: _Context, i: int, paragraph: int | None) -> Figure | None:
    """A count of information published: by channel where the words name one, else the total."""
    m = ctx.mentions[i]
    if m.unit not in R.PROACTIVE_UNITS:
        return None
    start, left = ctx.left(i)
    hit = R.PROACTIVE.search(left)
    if hit is not None:
        if not R.PROACTIVE_WHOLE.search(hit.group("object").strip()):
            return None  # one category of information
        channel = _channel(left)
    elif R.PROACTIVE_VERB.search(left):
        channel = _channel(left)
        if channel is None and R.PROACTIVE_BARE.search(left):
            sentence = max(ctx.text.rfind(ch, 0, start) for ch in _SENTENCE_END) + 1
            channel = _channel(ctx.text[sentence:start])
        if channel is None:
            return None
    else:
        return None
    fid = f"proactive.items_by_channel.{channel}" if channel else "proactive.items_total"
    return _figure(R.figure(fid), m, paragraph)


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
    # The whole is the last figure that is no part itself: "5件（主办3件，协办2件）" gives 协办 to 5, not 3.
    k = next((k for k in range(len(figures) - 1, -1, -1) if not figures[k].qualifier), None)
    if k is None:
        return None
    whole = figures[k]
    if any(f.id != whole.id for f in figures[k:]) or re.search(r"[。；]", ctx.text[whole.end or 0:start]):
        return None
    for rule in R.PARTS:
        if whole.id not in rule.of:
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


def _listed(ctx: _Context, i: int) -> int | None:
    """How many numbered items the words before a count list, where they list some."""
    _, left = ctx.left(i)
    hit = R.LISTED.search(left)
    return len(re.findall(r"\d+", hit.group("list"))) if hit else None


def _session(ctx: _Context, i: int) -> str | None:
    start, _ = ctx.left(i)
    named = [name for s, e, name in sessions(ctx.text) if start <= s and e <= ctx.mentions[i].start]
    return named[-1] if named else None


def paragraph_figures(text: str, paragraph: int | None, section: str | None = None) -> list[Figure]:
    """Every figure one paragraph states, in text order."""
    ctx = _Context(text, mentions(text))
    out: list[Figure] = []
    for i, m in enumerate(ctx.mentions):
        if m.unit is None:
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
                    if fig.listed is not None and fig.listed != fig.value:
                        fig.note = f"the text lists {fig.listed} items but states {fig.value}"
                out.append(fig)
                break
        if found is not None:
            continue
        fig = _part(ctx, i, out, paragraph) or _proactive(ctx, i, paragraph)
        if fig is not None:
            out.append(fig)
    out.extend(_zeros(text, paragraph, out))
    for fig in out:
        fig.section = section
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
