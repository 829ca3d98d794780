"""What the learned figure reader (``learned.py``) sees of one number: its candidates and their features.

A candidate is a number phrase of ``numbers.mentions`` that carries a counting word or unit (件, 条, 人次,
万元, % …): the grammar's own number parsing, so Arabic and Chinese numerals, approximations (余, 近) and
ranges are read alike. A bare number (a year, a date, a code) is no candidate.

Its features are strings (one binary column each in the model):

- the number itself: the unit (``u:``), approximate or exact, a range, its order of magnitude;
- the words just before it, as ``Context.left`` cuts them for the grammar (back to the previous counted
  number or clause mark): the last one, two and three characters (``e1:`` ``e2:`` ``e3:``: 共, 共计, 发布)
  and the character bigrams and trigrams of its last 16 characters (``l2:`` ``l3:``);
- the words just after it (``Context.right``, to the clause end): their first one and two characters
  (``r1:`` ``r2:``) and bigrams (``rr:``);
- the rest of its clause (split on ，；。：etc.) before those words (``c2:``) and the sentence before the
  clause (``s2:``), as bigrams of their last 30 characters;
- the heading cue: bigrams of the paragraph's first 12 characters (``h2:``; a run-in heading
  "（二）依申请公开。" or the paragraph's opening words) and the grammar's topic at the number (``t:``);
- whose count it is (``subj:``, ``Context.subject``);
- what the grammar read nearby: the ids it read for other numbers of the same sentence (``g:``) and
  for the numbers just before and after it in the paragraph (``gp:`` ``gn:``). The grammar's reading
  of the number itself is never a feature: the reader is asked only about numbers the grammar left.

The report's section is not a feature: the dev-page texts the reader is measured on carry none, and
the opening words and topic stand in for it there.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from nianbao.core.record import Figure

from nianbao.extraction.figures.context import CLAUSE_END, SENTENCE_END, Context, context_of
from nianbao.extraction.figures.numbers import Mention


def candidates(text: str) -> tuple[Context, list[int]]:
    """The paragraph's number context and the indexes of its mentions that are candidates (a unit follows)."""
    ctx = context_of(text)
    return ctx, [i for i, m in enumerate(ctx.mentions) if m.unit is not None]


_SPACE = re.compile(r"\s+")


def _grams(s: str, n: int, prefix: str) -> list[str]:
    return [prefix + s[k:k + n] for k in range(len(s) - n + 1)]


def _magnitude(m: Mention) -> str:
    if isinstance(m.value, float) and not float(m.value).is_integer():
        return "mag:frac"
    return f"mag:{min(len(str(int(m.value))), 6)}"


def features(ctx: Context, i: int, grammar: list[Figure]) -> list[str]:
    """The feature strings of mention ``i`` of ``ctx``; ``grammar`` is what the grammar read in the paragraph."""
    m = ctx.mentions[i]
    text = ctx.text
    left_start, left = ctx.left(i)
    right = ctx.right(i, False)
    out = [f"u:{m.unit}", _magnitude(m), "approx" if m.approx else "exact"]
    if m.high is not None:
        out.append("range")
    near = _SPACE.sub("", left)[-16:]  # a page's stray spaces are no words
    out += [f"e1:{near[-1:]}", f"e2:{near[-2:]}", f"e3:{near[-3:]}"]
    out += _grams(near, 2, "l2:") + _grams(near, 3, "l3:")
    head = _SPACE.sub("", right)[:8]
    out += [f"r1:{head[:1]}", f"r2:{head[:2]}"] + _grams(head, 2, "rr:")
    clause = max(text.rfind(ch, 0, m.start) for ch in CLAUSE_END) + 1
    if clause < left_start:
        out += _grams(_SPACE.sub("", text[clause:left_start])[-30:], 2, "c2:")
    sentence = ctx.sentence_start(m.start)
    if sentence < min(clause, left_start):
        out += _grams(_SPACE.sub("", text[sentence:min(clause, left_start)])[-30:], 2, "s2:")
    out += _grams(_SPACE.sub("", text[:16])[:12], 2, "h2:")
    out.append(f"t:{ctx.topic(m.start)}")
    out.append("subj:self" if ctx.subject(i) == "self" else "subj:other")
    out += _nearby(ctx, i, grammar, sentence)
    return out


def _nearby(ctx: Context, i: int, grammar: list[Figure], sentence: int) -> list[str]:
    """The grammar's readings around mention ``i`` (never its reading of mention ``i`` itself)."""
    m = ctx.mentions[i]
    ends = [p for p in (ctx.text.find(ch, m.end) for ch in SENTENCE_END) if p >= 0]
    sentence_end = min(ends, default=len(ctx.text))
    others = sorted((f for f in grammar if f.start != m.start and f.start is not None), key=lambda f: f.start or 0)
    out = [f"g:{f.id}" for f in others if sentence <= (f.start or 0) < sentence_end]
    starts = [f.start or 0 for f in others]
    k = bisect_left(starts, m.start)
    if k > 0:
        out.append(f"gp:{others[k - 1].id}")
    if k < len(others):
        out.append(f"gn:{others[k].id}")
    return out


__all__ = ["candidates", "features"]
