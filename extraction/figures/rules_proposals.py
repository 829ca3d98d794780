"""Rules of NPC deputies' suggestions and CPPCC members' proposals (人大代表建议, 政协委员提案) handled.

They read the counts ("办理人大代表建议12件、政协提案8件"), their parts (主办, 协办), the rates
("办结率、满意率均为100%"), the level of congress a count is of where a sentence splits them
("市级…，区级…"), and numbered lists before a count ("24号、38号共计2项").
"""

from __future__ import annotations

import re

from nianbao.core.codebook import figure

from nianbao.extraction.figures.rules import COUNT, PartRule, Rule, regex

# The replies to suggestions or proposals counted as them: "人大建议答复16件", "政协提案办理答复件6件".
_REPLIED = r"(?:办理)?(?:答复|复文)?件?"

RULES: tuple[Rule, ...] = (
    # A count of both together ("人大代表建议和政协委员提案32件") is neither.
    Rule(figure("proposals.npc_suggestions"), COUNT, before=regex(rf"(?:人大|代表)[^，。；]*?建议{_REPLIED}(?:共计|共)?\s*$"),
         unless=regex(rf"提案(?:和|及|与|、)?[^，。；]{{0,8}}建议{_REPLIED}(?:共计|共)?\s*$")),
    Rule(figure("proposals.cppcc_proposals"), COUNT, before=regex(rf"(?:政协|委员)[^，。；]*?提案{_REPLIED}(?:共计|共)?\s*$"),
         unless=regex(rf"建议(?:和|及|与|、)?[^，。；]{{0,8}}提案{_REPLIED}(?:共计|共)?\s*$")),
    Rule(figure("proposals.npc_suggestions"), COUNT, before=regex(r"人大|代表"), after=regex(r"^(?:人大代表|代表)?建议")),
    Rule(figure("proposals.cppcc_proposals"), COUNT, before=regex(r"政协|委员"), after=regex(r"^(?:政协委员|委员)?提案")),
)

# The parts a suggestion or proposal is handled in.
PARTS: tuple[PartRule, ...] = (
    PartRule((figure("proposals.npc_suggestions"), figure("proposals.cppcc_proposals")),
             regex(r"^\s*(?:其中)?(?P<q>主办|协办|会办|合办|分办)\s*$")),
)

# Rates: each word names a figure; several words may share one number ("答复率、满意率均为100%").
RATE_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (figure("proposals.completion_rate"), regex(r"(?:按期|按时)?(?:办结|办复|答复|办理)率")),
    (figure("proposals.satisfaction_rate"), regex(r"满意率|满意度")),
)
RATE_TOPIC = "proposals"

# The level of the congress a suggestion or proposal came from, where a sentence splits them by it.
# 全国 / 自治区 too, for a region's split: "办理全国人大代表建议6件…，办理自治区人大代表建议40件…".
LEVEL = regex(r"(?P<level>[省市州区县]级|全国|自治区)(?=[^，。；\d]{0,3}(?:人大|政协|代表|委员|建议|提案))")
LEVEL_SUBTOTAL = regex(r"[省市州区县]级(?:人大)?建议(?:和|及|与|、)?(?:政协)?提案")
LEVELLED = frozenset((figure("proposals.npc_suggestions"), figure("proposals.cppcc_proposals")))

# A numbered list before a count: "24号、38号、61号共计5项", "4、9、22共计12项".
LISTED = regex(r"(?P<list>(?:第?\d+号?\s*[、，,]\s*)+第?\d+号?)\s*(?:共计|共|合计)?\s*$")
