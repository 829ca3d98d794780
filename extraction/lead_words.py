"""The words a sentence puts before a body's or a place's name, which a name cut out of the sentence may keep.

A report's prose opens its clauses with a preposition or a co-verb and then the name it is about: '针对某新区行政管理
体制改革实际', '结合某区政府信息公开工作情况', '围绕某局中心工作', '请与某开发区联系', '现将某县2023年…报告'. A rule that
starts a name at a sentence's edge takes the word with it ('针对某新区'), and a rule that starts a name at a real
place must know the word is no part of the name. One lexicon serves both, so that a word learnt from one page's
sentence is known to every rule that cuts names (``zone_names``, ``real_places``).

The words are the closed class of Chinese prepositions and co-verbs that take a noun phrase (对/针对/对于/关于, 按照/
根据/依据/依照/遵照/参照, 结合/围绕/依托/通过/经过, 由/在/为/向/从/与…), and the verbs of the report's own lead that
take its publisher or its title (现将/现公布/特向/编制/印发…) — not words a place or a body's name may open with.
"""

from __future__ import annotations

# Two- and three-character words, longest first where one opens another ('现公布' before '公布').
LEAD_WORDS: tuple[str, ...] = (
    "现公布", "现发布", "现公开", "现将", "特向", "请与",
    "针对", "对于", "关于", "按照", "根据", "依据", "依照", "遵照", "参照", "结合", "围绕", "依托", "通过", "经过",
    "推进", "推动", "聚焦", "位于", "地处", "作为", "会同", "配合", "协助", "督促", "指导",
    "制定", "编制", "公布", "发布", "印发",
)

# One-character particles and prepositions a sentence puts before a name ('编制了某市某委', '由某局编制').
PARTICLES = "了的对向在是为将由和及与并把给从经按据即其以于至"


def leading_word(text: str) -> str | None:
    """The lead word or particle ``text`` opens with ('针对某新区' → '针对'), the longest that fits; None when it
    opens with neither."""
    word = next((w for w in LEAD_WORDS if text.startswith(w)), None)
    if word:
        return word
    return text[0] if text and text[0] in PARTICLES else None
