"""The words around a number in one paragraph: what a rule of the figure grammar sees.

The words a rule sees around a number run back to the previous counted number or punctuation mark
and on to the next one, so in "行政复议案件2件、行政诉讼案件7件" each count sees its own noun.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from nianbao.core.record import Figure

from nianbao.extraction.figures import rules as R
from nianbao.extraction.figures import subjects as S
from nianbao.extraction.figures.numbers import Mention, mentions

CLAUSE_END = "，。；：！？,;:（）()\n"
SENTENCE_END = "。；！？;\n"
_ASIDE_BREAK = re.compile(r"[，。；,;\d]")  # an aside with these is a note with counts of its own, not a name
_HEREAFTER = re.compile(r"[，,]\s*(?:下同|以下同|以下简称[^，,\d]{0,12})\s*$")


@dataclass
class Context:
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
            cut = max(self.text.rfind(ch, 0, pos) for ch in CLAUSE_END)
            # A short aside in brackets inside the clause is no clause end: "通过官方微信公众号（陈炉古镇）发布…".
            opening = max(self.text.rfind("（", 0, cut), self.text.rfind("(", 0, cut)) if cut > 0 else -1
            # A note closed by 下同 is a name still: "通过政府网站（包含某市政府门户网站、某局网站，下同）发布…".
            if cut > 0 and self.text[cut] in "）)" and opening >= 0 and not _ASIDE_BREAK.search(
                    _HEREAFTER.sub("", self.text[opening:cut])):
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
        stops = SENTENCE_END if sentence else CLAUSE_END
        # A bracket right after the number opens a note on it: "12件（含上年结转2件）".
        start = m.end + 1 if self.text[m.end:m.end + 1] in ("（", "(") else m.end
        ends = [p for p in (self.text.find(ch, start) for ch in stops) if p >= 0]
        ends += [n.start for n in self.mentions[i + 1:] if n.unit][:1]
        end = min(ends, default=len(self.text))
        return self.text[m.end:end]

    def sentence_start(self, pos: int) -> int:
        return max(self.text.rfind(ch, 0, pos) for ch in SENTENCE_END) + 1

    def subject(self, i: int) -> str:
        """Whose count mention ``i`` is: "self", or the other body the words before it name (``subjects.GROUP``).

        A body named in the number's own clause counts, unless the agency names itself after it
        ("督促各部门…，本局网站发布信息45条"); so does a body that opens the sentence, for the whole sentence.
        A body the paragraph has called the agency's own before ("我市各级各部门…。各级各部门…解读政策文件
        369个") stays its own.
        """
        body = self._subject(i)
        before = self.text[:self.mentions[i].start]
        if body != "self" and any(S.SELF_BEFORE.search(before, 0, hit.start())
                                  for hit in re.finditer(re.escape(body), before)):
            return "self"
        return body

    def _subject(self, i: int) -> str:
        start, left = self.left(i)
        found = None
        for hit in S.GROUP.finditer(left):
            found = hit
        if found is not None:
            own = S.SELF.search(left, found.end()) or S.SELF_BEFORE.search(left[:found.start()])
            return "self" if own else found.group()
        if S.SELF.search(left):
            return "self"
        sentence = self.sentence_start(self.mentions[i].start)
        head = self.text[sentence:start]
        opening = S.SENTENCE_OPENING.match(head)
        hit = S.GROUP.match(head, opening.end() if opening else 0)
        if hit is not None and not S.SELF.search(head, hit.end()):
            return hit.group()
        whole = self._whole_before_parts(i, sentence)
        if whole is not None:
            return whole
        return "self" if S.SELF.search(head) else self._carried(sentence)

    def _whole_before_parts(self, i: int, sentence: int) -> str | None:
        """The other body whose count the parts after 其中 break down, named in that count's clause: "…，全盟各级
        行政机关主动公开信息N条，其中通过网站公开…" (a body named mid-sentence, so no opening of it)."""
        then = self.text.rfind("其中", sentence, self.mentions[i].start)
        if then < 0:
            return None
        k = next((k for k in range(i - 1, -1, -1) if self.mentions[k].unit and self.mentions[k].end <= then), None)
        if k is None or self.mentions[k].start < sentence:
            return None
        # Only a body in the whole's own clause: one opening the sentence may be the subject of another verb
        # ("各乡镇、县直各单位对政府信息进行了梳理，…总数1873条，其中主动公开…425条" is the report's own total).
        _, left = self.left(k)
        body = None
        for body in S.GROUP.finditer(left):
            pass
        return body.group() if body is not None and not S.SELF.search(left, body.end()) else None

    def _carried(self, sentence: int) -> str:
        """The body that opened an earlier sentence of the paragraph, where the sentences since name no one:
        "全区各级行政机关共收到申请27件。因依申请公开引起的行政复议2件" (the 2 are the same bodies')."""
        end = sentence - 1
        while end > 0:
            start = self.sentence_start(end)
            words = self.text[start:end]
            if S.SELF.search(words):
                return "self"
            opening = S.SENTENCE_OPENING.match(words)
            hit = S.GROUP.match(words, opening.end() if opening else 0)
            if hit is not None:
                return hit.group()
            if S.GROUP.search(words):
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


# The grammar and then each figure reader ask for the same paragraph's numbers in turn: parsing them
# once is a third of the learned reader's cost. A few entries suffice (a "分别" paragraph reads its clauses
# in between); a Context only caches what its text determines, so sharing one is safe.
@lru_cache(maxsize=8)
def context_of(text: str) -> Context:
    """The number context of one paragraph's text: its numbers parsed once, shared by every reader."""
    return Context(text, mentions(text))


def make_figure(fid: str, m: Mention, paragraph: int | None, **extra) -> Figure:
    fig = Figure(fid, m.value, m.unit, m.approx, paragraph=paragraph, start=m.start, end=m.end, text=m.text, **extra)
    if m.high is not None:
        fig.note = f"a range: {m.text}"
    return fig
