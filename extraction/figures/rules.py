"""The grammar of figures, as data: which words around a number make it which figure.

A number phrase (``numbers.Mention``) becomes a figure when a ``Rule`` accepts it: its unit is one
the rule allows, the words before it (back to the previous number or punctuation mark) match
``before``, the words after it match ``after``, the paragraph is on the rule's ``topic``, and
nothing in ``unless`` is there. Rules are tried in order; the first that accepts a number wins.
``ZeroRule``s read statements that mean 0 without a digit ("未收取信息处理费", "无上年结转"); rates
shared by several items ("答复率、满意率均为100%") are read by ``RATE_WORDS``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nianbao.core.codebook import figure


@dataclass(frozen=True)
class Rule:
    """One way a report states one figure."""

    figure: str
    units: frozenset[str]
    before: re.Pattern[str] | None = None  # searched in the words before the number; group 'scope' names the scope
    after: re.Pattern[str] | None = None  # matched at the start of the words after the number
    sentence: bool = False  # ``after`` may run on past commas, to the end of the sentence
    unless: re.Pattern[str] | None = None  # searched in the words before and after: a match rejects
    topic: str | None = None  # the paragraph's last topic before the number must be this one
    scope: str | None = None  # a fixed scope, where ``before`` names none


@dataclass(frozen=True)
class ZeroRule:
    """A statement that a figure is 0, without a digit."""

    figure: str
    pattern: re.Pattern[str]
    unit: str | None = None
    scope: str | None = None


def _units(*names: str) -> frozenset[str]:
    return frozenset(names)


def _re(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


_COUNT = _units("件", "条", "个", "份", "项")
_CASES = _units("件", "起", "个", "宗")
_SESSIONS = _units("次", "期", "场", "轮", "批")
_PEOPLE = _units("人次", "人", "名")
_ITEMS = _units("条", "篇", "件", "项", "期")
_APPLICATION = r"(?:(?:政府信息公开|信息公开|依申请公开)?(?:申请|申请书)|依申请公开)"
_TOTAL = r"(?:共计|共|合计|总计|累计)?"

# What the paragraph is about at a point: the last of these words before it.
TOPICS: dict[str, re.Pattern[str]] = {
    "proposals": _re(r"(?<!意见)建议|提案|议案"),
    "requests": _re(r"申请"),
    "hotline": _re(r"热线|信箱|诉求|留言"),
}

# The scope words of requests.*; reconcile.py says how each compares with table 三.
SCOPE_NEW = "新收"
SCOPE_RECEIVED = ("收到", "接收", "受理")
SCOPE_WITH_CARRIED = ("共需办理", "含上年结转")
SCOPE_COMPLETED = "办结"

RULES: tuple[Rule, ...] = (
    # --- requests (依申请公开) ---------------------------------------------------------------
    Rule(figure("requests.carried_over"), _COUNT,
         before=_re(r"(?:上年度?|\d{4}年度?)结转(?:的|政府信息公开申请)?\s*$")),
    Rule(figure("requests.carried_forward"), _COUNT,
         before=_re(r"(?:结转至|结转到|结转|转)(?:下一?年度?|\d{4}年度?)[^，。；]*?(?:的有|有)?\s*$")),
    Rule(figure("requests.received"), _COUNT, before=_re(rf"(?:新收|收到|接收|受理)[^，。；]*?{_APPLICATION}{_TOTAL}\s*$"),
         after=_re(r"^\s*[（(](?P<scope>含上年结转)")),
    Rule(figure("requests.received"), _COUNT,
         before=_re(rf"(?P<scope>新收|收到|接收|受理)[^，。；]*?{_APPLICATION}{_TOTAL}\s*$")),
    Rule(figure("requests.received"), _COUNT, before=_re(r"(?P<scope>新收|收到|接收|受理)\s*$"),
         after=_re(rf"^\s*{_APPLICATION}")),
    Rule(figure("requests.received"), _COUNT, before=_re(r"(?P<scope>共需办理)\s*$"), topic="requests"),
    Rule(figure("requests.completed"), _COUNT, before=_re(rf"(?P<scope>办结)(?:{_APPLICATION})?\s*$"),
         topic="requests"),
    Rule(figure("requests.completed"), _COUNT, after=_re(r"^[^，。；\d]*(?P<scope>办结)"), topic="requests",
         unless=_re(r"按期|按时")),
    Rule(figure("requests.carried_forward"), _COUNT, after=_re(r"^[^。；\d]*?结转(?:至|到)?(?:下一?年|\d{4}年)"),
         sentence=True, topic="requests"),
    # --- review and litigation ------------------------------------------------------------------
    Rule(figure("review.cases"), _CASES, before=_re(r"行政复议(?:案件)?(?:数为|数|共)?\s*$")),
    Rule(figure("litigation.cases"), _CASES, before=_re(r"行政诉讼(?:案件)?(?:数为|数|共)?\s*$")),
    Rule(figure("review.cases"), _CASES, after=_re(r"^[^，。；\d]{0,16}行政复议")),
    Rule(figure("litigation.cases"), _CASES, after=_re(r"^[^，。；\d]{0,16}行政诉讼")),
    # --- proposals (人大代表建议, 政协委员提案) ---------------------------------------------------
    # A count of both together ("人大代表建议和政协委员提案32件") is neither.
    Rule(figure("proposals.npc_suggestions"), _COUNT, before=_re(r"(?:人大|代表)[^，。；]*?建议(?:共计|共)?\s*$"),
         unless=_re(r"提案(?:和|及|与|、)[^，。；]{0,8}建议(?:共计|共)?\s*$")),
    Rule(figure("proposals.cppcc_proposals"), _COUNT, before=_re(r"(?:政协|委员)[^，。；]*?提案(?:共计|共)?\s*$"),
         unless=_re(r"建议(?:和|及|与|、)[^，。；]{0,8}提案(?:共计|共)?\s*$")),
    Rule(figure("proposals.npc_suggestions"), _COUNT, before=_re(r"人大|代表"), after=_re(r"^(?:人大代表|代表)?建议")),
    Rule(figure("proposals.cppcc_proposals"), _COUNT, before=_re(r"政协|委员"), after=_re(r"^(?:政协委员|委员)?提案")),
    # --- fees ------------------------------------------------------------------------------------
    Rule(figure("fees.processing_fee_amount"), _units("元", "万元"),
         before=_re(r"(?:信息处理费|收费金额为?|收取[^，。；]*?费用?)\s*$")),
    # --- training --------------------------------------------------------------------------------
    Rule(figure("training.sessions"), _SESSIONS, before=_re(r"培训(?:会|班)?\s*$")),
    Rule(figure("training.sessions"), _SESSIONS, after=_re(r"^[^，。；\d]{0,10}培训")),
    Rule(figure("training.participants"), _PEOPLE, before=_re(r"培训|参训|覆盖")),
    # --- the public's questions, the press, policy interpretation --------------------------------
    Rule(figure("hotline.cases"), _units("件", "个", "起", "次", "单"), before=_re(r"12345(?:(?!留言)[^，。；])*$")),
    Rule(figure("press.conferences"), _units("场", "次", "期", "场次"),
         before=_re(r"(?P<q>[^，。；]*(?:出席|参加))(?:新闻)?发布会\s*$")),
    Rule(figure("press.conferences"), _units("场", "次", "期", "场次"), before=_re(r"新闻发布会\s*$")),
    Rule(figure("press.conferences"), _units("场", "次", "期", "场次"), after=_re(r"^[^，。；\d]{0,8}新闻发布会")),
    Rule(figure("interpretation.items"), _ITEMS, before=_re(r"(?:解读|图解)(?:材料|稿件|文章|信息)?\s*$")),
    Rule(figure("interpretation.items"), _ITEMS, before=_re(r"解读类信息(?:发布)?\s*$")),
    Rule(figure("interpretation.items"), _ITEMS, after=_re(r"^[^，。；\d]*?文件[^，。；\d]*?进行解读")),
    # --- problems rectified -----------------------------------------------------------------------
    Rule(figure("problems.rectified"), _units("个", "处", "项", "条", "件"), before=_re(r"整改(?:问题)?\s*$")),
    Rule(figure("problems.rectified"), _units("个", "处", "项", "条", "件"), before=_re(r"问题\s*$"),
         after=_re(r"^[，,]?\s*(?:已|均已|均)(?:全部)?(?:整改|完成整改)"), sentence=True),
)


@dataclass(frozen=True)
class PartRule:
    """A part of the figure just before it in the same sentence: "代表建议3件（主办3件）", "3件，其中1件被纠正"."""

    of: tuple[str, ...]  # the figure ids it can be a part of
    before: re.Pattern[str]
    after: re.Pattern[str] | None = None  # group 'q' (in either) names the part


PARTS: tuple[PartRule, ...] = (
    PartRule((figure("proposals.npc_suggestions"), figure("proposals.cppcc_proposals")),
             _re(r"^\s*(?:其中)?(?P<q>主办|协办|会办|合办|分办)\s*$")),
    PartRule((figure("review.cases"), figure("litigation.cases")), _re(r"^\s*其中\s*$"),
             _re(r"^\s*被?(?P<q>纠正|维持|撤销|驳回)")),
)

# Proactive disclosure: a total, or a count by channel where the words name a channel. A total
# counts information as such (信息, 政府信息, 各类信息), not a category of it (工作动态信息); a count
# with only a verb before it ("其他渠道公开8条") must name its channel.
_PUBLISH = r"(?:主动公开|公开|公布|发布|推送|编发|刊发)"
PROACTIVE = _re(r"^.*" + _PUBLISH + r"(?P<object>[^，。；]*?)(?:信息|文章|短视频)" + _TOTAL + r"\s*$")
PROACTIVE_WHOLE = _re(r"(?:^|政府|各类|政务公开|政务|主动公开|本局|本单位|我局)$")
PROACTIVE_VERB = _re(_PUBLISH + r"\s*$")
# Only a bare "全年刊发N篇" takes its channel from earlier in the sentence.
PROACTIVE_BARE = _re(r"^\s*(?:全年|今年|年内|本年度?|\d{4}年)?(?:共|累计)?" + _PUBLISH + r"\s*$")
PROACTIVE_UNITS = _units("条", "篇", "件")
CHANNELS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("wechat", _re(r"微信|公众号")),
    ("weibo", _re(r"微博")),
    ("new_media", _re(r"新媒体|两微")),
    ("short_video", _re(r"视频号|短视频|抖音")),
    ("app", _re(r"客户端|APP|App")),
    ("government_gazette", _re(r"政府公报")),
    ("website", _re(r"网站|栏目")),
    ("bulletin", _re(r"《[^》]*(?:信息|要情|简报|专报|动态)》")),
    ("news_media", _re(r"日报|报社|报纸|云报|电视|广播|融媒|媒体")),
    ("other", _re(r"其他渠道|其他形式|其他方式")),
)

ZERO_RULES: tuple[ZeroRule, ...] = (
    ZeroRule(figure("fees.processing_fee_amount"),
             _re(r"(?:未|无|没有)有?(?:向申请人)?收取[^，。；]{0,16}?(?:信息处理费|费用)|未发生[^，。；]{0,16}?收费"), "元"),
    ZeroRule(figure("requests.received"), _re(rf"(?:未|没有)(?P<scope>收到|接收|受理)(?:过)?(?:任何)?{_APPLICATION}")),
    ZeroRule(figure("requests.carried_over"), _re(r"无上年(?:度)?结转")),
    ZeroRule(figure("review.cases"), _re(r"未(?:因|发生)[^，。；]{0,16}?行政复议")),
    ZeroRule(figure("litigation.cases"), _re(r"未(?:因|发生)[^，。；]{0,24}?行政诉讼")),
)

# Rates: each word names a figure; several words may share one number ("答复率、满意率均为100%").
RATE_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (figure("proposals.completion_rate"), _re(r"(?:按期|按时)?(?:办结|办复|答复|办理)率")),
    (figure("proposals.satisfaction_rate"), _re(r"满意率|满意度")),
)
RATE_TOPIC = "proposals"

# A numbered list before a count: "24号、38号、61号共计5项", "4、9、22共计12项".
LISTED = _re(r"(?P<list>(?:第?\d+号?\s*[、，,]\s*)+第?\d+号?)\s*(?:共计|共|合计)?\s*$")
