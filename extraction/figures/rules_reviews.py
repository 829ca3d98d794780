"""Rules of administrative reviews and suits (行政复议, 行政诉讼) brought over the agency's disclosure.

They read counts ("行政复议2件，行政诉讼1件", "未经复议直接起诉1件"), their outcomes as parts of
them ("其中1件被纠正", "结果维持2件"), and statements that there were none ("未发生…行政复议",
"无复议、诉讼情况", "某街道无因…被申请行政复议", "不存在因…引起的行政复议和行政诉讼情况"). A clause may
start after an ASCII semicolon or colon too ("受理依申请公开0件;无政府信息公开行政复议…").
"""

from __future__ import annotations

import re

from nianbao.core.codebook import figure

from nianbao.extraction.figures.rules import CASES, PartRule, Rule, ZeroRule, regex

RULES: tuple[Rule, ...] = (
    Rule(figure("review.cases"), CASES,
         before=regex(r"行政复议[、和及与]{1,2}(?:行政)?诉讼(?:案件)?(?:数为|数|共|均为|为)?\s*$"),
         also=figure("litigation.cases")),
    # "收到…行政复议申请2件": a review applied for is a review case, no application for information.
    # Not the pending ones counted again ("行政复议0件，尚未审结行政复议0件"); "…行政复议有3件", "…行政复议情况1件".
    Rule(figure("review.cases"), CASES,
         before=regex(r"(?<!审结)(?<!审理)行政复议(?:申请)?(?:案件|案|情况)?(?:数量为|数量|数为|数|共有|共|有|为)?\s*$")),
    Rule(figure("litigation.cases"), CASES,
         before=regex(r"(?<!审结)(?<!审理)行政诉讼(?:案件|案|情况)?(?:数量为|数量|数为|数|共有|共|有|为)?\s*$")),
    # "未经复议直接起诉1件": a suit without review first.
    Rule(figure("litigation.cases"), CASES, before=regex(r"复议[^，。；\d]{0,4}?(?:直接)?(?:起诉|提起诉讼|诉讼)\s*$")),
    # Not a pending count ("尚未审结行政复议0件和提起行政诉讼0件": the 0 is the pending reviews').
    Rule(figure("review.cases"), CASES, after=regex(r"^[^，。；\d]{0,16}行政复议"), unless=regex(r"审结|审理中")),
    Rule(figure("litigation.cases"), CASES, after=regex(r"^[^，。；\d]{0,16}行政诉讼"), unless=regex(r"审结|审理中")),
    # "1宗复议后诉讼": the suit brought after a review, without the word 行政.
    Rule(figure("litigation.cases"), CASES, after=regex(r"^\s*(?:经)?复议后(?:提起)?诉讼")),
)

# The outcomes of reviews and suits, as parts of their count.
PARTS: tuple[PartRule, ...] = (
    # "其中2宗维持原答复，1宗结果纠正": the later parts of the list need no 其中 of their own (grammar._part).
    PartRule((figure("review.cases"), figure("litigation.cases")), regex(r"^\s*(?:其中)?\s*$"),
             regex(r"^\s*(?:被|结果|予以)?(?P<q>纠正|维持|撤销|驳回)"), needs_then="其中"),
    # "复议6件，5件结果维持，1件结果纠正", "复议2件，结果维持2件": the word 结果 (or 被) makes it an outcome, no 其中 needed.
    PartRule((figure("review.cases"), figure("litigation.cases")), regex(r"^\s*$"),
             regex(r"^\s*(?:结果|被)(?P<q>纠正|维持|撤销|驳回)")),
    PartRule((figure("review.cases"), figure("litigation.cases")),
             regex(r"^\s*(?:其中)?\s*(?:结果(?:为|是)?|被)?(?P<q>纠正|维持|撤销|驳回)(?:原(?:答复|决定|行政行为)|结果)?\s*$")),
)

# What a statement of none may say did not happen: "未引发…行政复议或行政诉讼", "无因…产生行政复议".
_EVENT = r"因|发生|收到|接到|受理|引发|引起|产生|出现|被提起|涉及"

ZERO_RULES: tuple[ZeroRule, ...] = (
    ZeroRule(figure("review.cases"), regex(rf"(?:未|没有|不存在)(?:{_EVENT})[^，。；]{{0,24}}?行政复议(?![^，。；]{{0,8}}?(?:被纠|败诉|纠错))")),
    ZeroRule(figure("litigation.cases"), regex(rf"(?:未|没有|不存在)(?:{_EVENT})[^，。；]{{0,24}}?行政诉讼(?!被纠|败诉|纠错)")),
    # The denial's own clause only (an ASCII comma ends it too: "无…收费的事项,也无因…行政复议" is read by the 无因 rule).
    ZeroRule(figure("review.cases"), regex(r"(?:^|[，,。；：;:])(?:全年|本年度?|今年)?无(?:涉及|就)?[^，。；,;]{0,28}?(?:行政)?复议")),
    # "无复议、诉讼情况", and the other order: "无诉讼复议情况".
    ZeroRule(figure("litigation.cases"),
             regex(r"(?:^|[，,。；：;:])(?:全年|本年度?|今年)?无(?:涉及|就)?[^，。；,;]{0,28}?"
                   r"(?:(?:行政)?复议(?:[、和及与或]{1,2}(?:被)?(?:提起)?|[，,](?:被)?提起)(?:行政)?诉讼|(?:行政)?诉讼[、和及与或]{0,2}(?:行政)?复议)")),
    # A review and a suit named together after a long name of the matter: "未发生针对街道机关…有关政府信息公开事务的
    # 行政复议和行政诉讼", "未引发行政复议、诉讼等行政争议" (the suit without 行政).
    ZeroRule(figure("litigation.cases"),
             regex(rf"(?:未|没有|不存在)(?:{_EVENT})[^，。；]{{0,40}}?复议(?:[、和及与或]{{1,2}}(?:被)?(?:提起)?|以及|[，,]?(?:被)?提起)(?:行政)?诉讼(?!被纠|败诉|纠错)")),
    # "行政复议1件，无行政诉讼案件": the suit alone, denied at its clause's start.
    ZeroRule(figure("litigation.cases"), regex(r"(?:^|[，,。；：;:])(?:全年|本年度?|今年)?(?:无|没有)(?:发生)?(?:行政)?诉讼(?:案件|情况|事项)?(?=[，,。；]|$)")),
    # "未出现被行政诉讼、行政复议情况"; not "未发生…行政复议被纠错或行政诉讼败诉": that is none lost, not none.
    ZeroRule(figure("review.cases"), regex(r"未出现[^，。；]{0,16}?行政复议(?!被纠|败诉)")),
    ZeroRule(figure("litigation.cases"), regex(r"未出现[^，。；]{0,16}?行政诉讼(?!被纠|败诉)")),
    # "没有出现一起投诉、复议和诉讼案件": the bare words, in a list of cases none of which arose.
    ZeroRule(figure("review.cases"),
             regex(r"(?:未|没有)(?:出现|发生)(?:过)?(?:一起|一件|任何)?[^，。；\d]{0,12}?(?<!行政)复议(?!被纠|败诉|纠错)"
                   r"(?=[^，。；]{0,12}?(?:案件|情况|事件|事项))")),
    ZeroRule(figure("litigation.cases"),
             regex(r"(?:未|没有)(?:出现|发生)(?:过)?(?:一起|一件|任何)?[^，。；\d]{0,28}?(?<!行政)诉讼(?!被纠|败诉|纠错)"
                   r"(?=[^，。；]{0,12}?(?:案件|情况|事件|事项))")),
    # "无因政府信息公开…被申请行政复议、提起行政诉讼": the agency (or 也) may stand before 无, which the zero
    # rules above only read at a clause's start (a 无 there is theirs, so not read again here).
    ZeroRule(figure("review.cases"), regex(r"(?<![，,。；：:\s])无因[^，。；]{0,28}?(?:行政)?复议(?!被纠|败诉)")),
    ZeroRule(figure("litigation.cases"),
             regex(r"(?<![，,。；：:\s])无因[^，。；]{0,28}?复议[^，。；]{0,6}?(?:[、和及与或]|提起)[^，。；]{0,4}?诉讼(?!被纠|败诉)")),
)

# A count whose unit the page lost, run into the next word ("收到行政复议11收到…").
LOST_UNIT_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (figure("review.cases"), regex(r"(?:收到|受理|发生|被申请)行政复议(?:案件)?(?:共)?\s*$")),
    (figure("litigation.cases"), regex(r"(?:收到|发生|被提起)行政诉讼(?:案件)?(?:共)?\s*$")),
)
