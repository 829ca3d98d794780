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
    also: str | None = None  # a second figure the same number states ("行政复议、行政诉讼案件为0件")


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
_REQUESTS = _COUNT | _units("件次", "次", "宗")
_CASES = _units("件", "起", "个", "宗", "次")
_SESSIONS = _units("次", "期", "场", "轮", "批")
_PEOPLE = _units("人次", "人", "名")
_CALLS = _units("次", "期", "场", "场次", "轮")
_ITEMS = _units("条", "篇", "件", "项", "期", "份")
# 政府信息公开申请, 依申请公开申请, and the unusual 依申请信息公开 / 政府信息依申请公开 / 依申请公开政府信息.
_APPLICATION = (r"(?:(?:政府信息公开|信息公开|依申请公开|依申请信息公开)?(?:申请|申请书)|依申请(?:信息)?公开(?:政府信息|信息)?"
                r"|(?<!依)申请公开(?:政府信息|信息)?)")  # "收到申请公开21条"
_TOTAL = r"(?:共计|共有|共|合计|总计|累计)?"
# A way applications came is a part of them, not their count: "当面申请2件", "受理路径为网上申请16件".
_BY_CHANNEL = re.compile(r"(?:当面|现场|网上|网络|在线|线上|线下|信函|来信|邮寄|传真|电子邮件|邮件|电话|政府网站)(?:提出|提交)?(?:的)?申请(?:数|件)?\s*$")
_AMOUNT = r"(?:件|事项|信件|情况)?(?:总数|数量|数)?(?:为)?"  # "依申请公开件1件", "…数量共计0条", "…申请总数1件"

# What the paragraph is about at a point: the last of these words before it.
TOPICS: dict[str, re.Pattern[str]] = {
    "proposals": _re(r"(?<!意见)建议|提案|议案"),
    "requests": _re(r"申请"),
    "hotline": _re(r"热线|信箱|诉求|留言"),
}

# The scope words of requests.*; reconcile.py says how each compares with table 三.
SCOPE_NEW = "新收"
SCOPE_RECEIVED = ("收到", "接收", "受理", "接到", "办理", "处理")  # 办理 / 处理: applications handled
SCOPE_WITH_CARRIED = ("共需办理", "含上年结转")
SCOPE_COMPLETED = "办结"

# The replies to suggestions or proposals counted as them: "人大建议答复16件", "政协提案办理答复件6件".
_REPLIED = r"(?:办理)?(?:答复|复文)?件?"

RULES: tuple[Rule, ...] = (
    # --- requests (依申请公开) ---------------------------------------------------------------
    Rule(figure("requests.carried_over"), _COUNT,
         before=_re(r"(?:上一?年度?|\d{4}年度?)(?:结转|转结)(?:的|政府信息公开申请|办理件|申请件|申请|件)?(?:数量|数)?(?:为)?\s*$")),
    Rule(figure("requests.carried_forward"), _COUNT,
         before=_re(r"(?:结转至|结转到|结转|转)(?:下一?年度?|\d{4}年度?)[^，。；]*?(?:的有|有)?\s*$")),
    Rule(figure("requests.received"), _REQUESTS,
         before=_re(rf"(?:新收|收到|接收|受理|接到|办理|处理)[^，。；]*?{_APPLICATION}{_AMOUNT}{_TOTAL}\s*$"), unless=_BY_CHANNEL,
         after=_re(r"^\s*[（(](?P<scope>含上年结转)")),
    Rule(figure("requests.received"), _REQUESTS,
         before=_re(rf"(?P<scope>共需办理)[^，。；]*?{_APPLICATION}{_TOTAL}\s*$")),
    Rule(figure("requests.received"), _REQUESTS,
         before=_re(rf"(?P<scope>新收|收到|接收|受理|接到)[^，。；]*?{_APPLICATION}{_AMOUNT}{_TOTAL}\s*$"), unless=_BY_CHANNEL),
    # Applications handled (办理 / 处理) are a count of requests, not of anything else the agency handled.
    Rule(figure("requests.received"), _REQUESTS,
         before=_re(rf"(?P<scope>办理|处理)(?:了)?(?:各类)?{_APPLICATION}{_TOTAL}\s*$")),
    # "办理公民、法人…通过网站、邮寄等途径依申请公开信息合计12件": the applications named as such.
    Rule(figure("requests.received"), _REQUESTS,
         before=_re(rf"(?P<scope>办理|处理|接到|收到|受理)[^，。；]*?依申请(?:信息)?公开(?:政府信息|信息|申请|事项|答复内容|内容)?{_TOTAL}\s*$")),
    # "受理政府信息公开1件": the verb of receiving and the matter, without the word 申请.
    Rule(figure("requests.received"), _REQUESTS,
         before=_re(rf"(?P<scope>新收|收到|接收|受理|接到)(?:政府)?信息公开{_TOTAL}\s*$")),
    Rule(figure("requests.received"), _REQUESTS, before=_re(r"(?P<scope>新收|收到|接收|受理|接到)\s*$"),
         after=_re(rf"^\s*{_APPLICATION}")),
    # "共收到并按时办结16件政府信息公开申请": received, the rest of the verbs notwithstanding.
    # Not "受理的226件申请件": 的 refers back to a count already stated.
    Rule(figure("requests.received"), _REQUESTS, before=_re(r"(?P<scope>收到|受理)[^，。；\d]{0,7}[^的，。；\d]$"),
         after=_re(rf"^\s*{_APPLICATION}")),
    # "有1件依申请公开信息", "依申请公开3次": no verb of receiving at all.
    Rule(figure("requests.received"), _REQUESTS, before=_re(r"(?:共有|有)\s*$"),
         after=_re(r"^\s*依申请(?:信息)?公开")),
    # "我苏木依申请公开政府信息共4件": the agency may name itself first.
    Rule(figure("requests.received"), _REQUESTS,
         before=_re(r"^\s*(?:(?:我|本)[\u4e00-\u9fff]{1,3}?)?(?:全年|本年度?)?共?依申请(?:信息)?公开(?:申请|政府信息)?(?:共计|共|合计)?\s*$")),
    Rule(figure("requests.received"), _COUNT, before=_re(r"(?P<scope>共需办理)\s*$"), topic="requests"),
    Rule(figure("requests.completed"), _COUNT, before=_re(rf"(?<![未没])(?P<scope>办结)(?:{_APPLICATION}件?)?\s*$"),
         topic="requests"),
    # "答复依申请公开政府信息39件", "答复政府信息公开申请98件".
    Rule(figure("requests.completed"), _REQUESTS, before=_re(rf"(?:^|[^已])(?P<scope>答复|办结)[^，。；\d]{{0,4}}?{_APPLICATION}{_TOTAL}\s*$")),
    # "答复办结政府信息公开312件": the matter without the word 申请.
    Rule(figure("requests.completed"), _REQUESTS, before=_re(rf"(?:答复)?(?P<scope>办结|答复)(?:政府)?信息公开{_TOTAL}\s*$"),
         topic="requests"),
    # Number first: "（4件为上年度结转办结，12件结转下年度办结）" — carried counts, though 办结 follows.
    Rule(figure("requests.carried_over"), _COUNT, after=_re(r"^\s*(?:为|是|系|属)?(?:来自)?(?:上一?年度?|\d{4}年度?)(?:结转|转结)"),
         topic="requests"),
    Rule(figure("requests.carried_forward"), _COUNT,
         after=_re(r"^\s*(?:为|是|系|需)?(?:结转|转结|转)(?:至|到|入)?(?:下一?年|\d{4}年)"), topic="requests"),
    Rule(figure("requests.completed"), _COUNT, before=_re(r"(?:办理完毕|办理完成|处理完毕|处理完成|已全部办结|全部办结)\s*$"), topic="requests",
         scope="办结"),
    Rule(figure("requests.completed"), _COUNT, before=_re(r"(?:已经?|予以|作出|依法)(?P<scope>答复)\s*$"),
         topic="requests"),
    Rule(figure("requests.completed"), _COUNT, after=_re(r"^[^，。；\d]*(?P<scope>办结)"), topic="requests",
         unless=_re(r"按期|按时")),
    Rule(figure("requests.completed"), _COUNT, after=_re(r"^[^，。；\d]*?(?:予以|已|均已|全部|完成)(?P<scope>答复|回复)"),
         topic="requests"),
    # "完成451件依申请件答复": the verb before the number, the applications after it.
    Rule(figure("requests.completed"), _REQUESTS, before=_re(r"(?:完成|办结|答复)(?:了)?\s*$"),
         after=_re(rf"^\s*(?:{_APPLICATION}|依申请(?:公开)?件)"), scope="办结"),
    # A bare "答复1181件" after a count of applications: the replies, not the carried count a later clause names.
    Rule(figure("requests.completed"), _REQUESTS, before=_re(r"^\s*(?:共|均|已|并)?(?P<scope>答复|回复|办结)(?:共)?\s*$"),
         topic="requests"),
    Rule(figure("requests.carried_forward"), _COUNT, after=_re(r"^[^。；\d]*?(?:结转|转结)(?:至|到)?(?:下一?年|\d{4}年)"),
         sentence=True, topic="requests"),
    # "5份转下年度继续办理": the bare 转 only in the number's own clause ("其他处理14件，转下一年度…的有1件" is not).
    Rule(figure("requests.carried_forward"), _COUNT, after=_re(r"^[^，。；\d]*?(?:转|顺延|延期|延至)(?:至|到|入)?(?:下一?年|\d{4}年)"),
         topic="requests"),
    # --- review and litigation ------------------------------------------------------------------
    Rule(figure("review.cases"), _CASES,
         before=_re(r"行政复议[、和及与]{1,2}(?:行政)?诉讼(?:案件)?(?:数为|数|共|均为|为)?\s*$"),
         also=figure("litigation.cases")),
    Rule(figure("review.cases"), _CASES, before=_re(r"行政复议(?:案件|案)?(?:数量为|数量|数为|数|共)?\s*$")),
    Rule(figure("litigation.cases"), _CASES, before=_re(r"行政诉讼(?:案件|案)?(?:数量为|数量|数为|数|共)?\s*$")),
    # "未经复议直接起诉1件": a suit without review first.
    Rule(figure("litigation.cases"), _CASES, before=_re(r"复议[^，。；\d]{0,4}?(?:直接)?(?:起诉|提起诉讼|诉讼)\s*$")),
    Rule(figure("review.cases"), _CASES, after=_re(r"^[^，。；\d]{0,16}行政复议")),
    Rule(figure("litigation.cases"), _CASES, after=_re(r"^[^，。；\d]{0,16}行政诉讼")),
    # "1宗复议后诉讼": the suit brought after a review, without the word 行政.
    Rule(figure("litigation.cases"), _CASES, after=_re(r"^\s*(?:经)?复议后(?:提起)?诉讼")),
    # --- proposals (人大代表建议, 政协委员提案) ---------------------------------------------------
    # A count of both together ("人大代表建议和政协委员提案32件") is neither.
    Rule(figure("proposals.npc_suggestions"), _COUNT, before=_re(rf"(?:人大|代表)[^，。；]*?建议{_REPLIED}(?:共计|共)?\s*$"),
         unless=_re(rf"提案(?:和|及|与|、)?[^，。；]{{0,8}}建议{_REPLIED}(?:共计|共)?\s*$")),
    Rule(figure("proposals.cppcc_proposals"), _COUNT, before=_re(rf"(?:政协|委员)[^，。；]*?提案{_REPLIED}(?:共计|共)?\s*$"),
         unless=_re(rf"建议(?:和|及|与|、)?[^，。；]{{0,8}}提案{_REPLIED}(?:共计|共)?\s*$")),
    Rule(figure("proposals.npc_suggestions"), _COUNT, before=_re(r"人大|代表"), after=_re(r"^(?:人大代表|代表)?建议")),
    Rule(figure("proposals.cppcc_proposals"), _COUNT, before=_re(r"政协|委员"), after=_re(r"^(?:政协委员|委员)?提案")),
    # --- fees ------------------------------------------------------------------------------------
    Rule(figure("fees.processing_fee_amount"), _units("元", "万元"),
         before=_re(r"(?:信息处理费|收费金额为?|收取[^，。；]*?费用?)(?:共计|共|合计|总计|累计)?(?:为)?\s*$")),
    # --- training --------------------------------------------------------------------------------
    Rule(figure("training.sessions"), _SESSIONS, before=_re(r"培训(?:会|班)?\s*$")),
    Rule(figure("training.sessions"), _SESSIONS, after=_re(r"^[^，。；\d]{0,10}培训")),
    Rule(figure("training.participants"), _PEOPLE, before=_re(r"培训|参训|覆盖")),
    Rule(figure("training.participants"), _PEOPLE, after=_re(r"^(?:干部|工作人员|人员|信息员)?[^，。；\d]{0,12}(?:参加|开展|参与)[^，。；\d]{0,12}培训")),
    # --- the public's questions, the press, policy interpretation --------------------------------
    Rule(figure("hotline.cases"), _units("件", "个", "起", "次", "单"), before=_re(r"12345(?:(?!留言)[^，。；])*$")),
    Rule(figure("press.conferences"), _units("场", "次", "期", "场次"),
         before=_re(r"(?P<q>[^，。；]*(?:出席|参加))(?:新闻)?发布会\s*$")),
    Rule(figure("press.conferences"), _units("场", "次", "期", "场次"), before=_re(r"新闻发布(?:会|活动)\s*$")),
    Rule(figure("press.conferences"), _units("场", "次", "期", "场次"), after=_re(r"^[^，。；\d]{0,8}新闻发布(?:会|活动)")),
    # Not a count of documents and their interpretations together ("文件及解读信息66条").
    Rule(figure("interpretation.items"), _ITEMS,
         before=_re(r"(?:解读|图解)(?:材料|稿件|文章|信息|件)?(?:发布|公开数|公开)?\s*$"),
         unless=_re(r"[及和与]解读(?:材料|信息)?\s*$|解读[及和与]")),
    Rule(figure("interpretation.items"), _units("次"), before=_re(r"解读(?:材料|稿件|文章|信息)\s*$|开展(?:政策)?解读\s*$")),
    # The verb before the documents it explains: "发布解读重要政策文件10篇".
    Rule(figure("interpretation.items"), _ITEMS, before=_re(r"(?:发布|开展|推出)?解读[^，。；\d、及和与]{0,6}?(?:政策|文件)(?:共)?\s*$")),
    Rule(figure("interpretation.items"), _ITEMS, before=_re(r"解读类信息(?:发布)?\s*$")),
    # The forms of interpretation listed: "推出解读文章、图解、短视频等80余篇".
    Rule(figure("interpretation.items"), _ITEMS,
         before=_re(r"(?:发布|发表|推出|制作|编发)解读(?:材料|稿件|文章|信息)?、[^，。；\d]{0,16}?等(?:形式)?(?:共)?\s*$"),
         unless=_re(r"[及和与]解读|解读[及和与]")),
    Rule(figure("interpretation.items"), _ITEMS, after=_re(r"^[^，。；\d]*?文件[^，。；\d]*?进行解读")),
    # --- problems rectified -----------------------------------------------------------------------
    Rule(figure("problems.rectified"), _units("个", "处", "项", "条", "件"), before=_re(r"整改(?:问题)?\s*$")),
    Rule(figure("problems.rectified"), _units("个", "处", "项", "条", "件"), before=_re(r"问题\s*$"),
         after=_re(r"^[，,]?\s*(?:已|均已|均)(?:全部)?(?:整改|完成整改)"), sentence=True),
    # --- the gazette's issues, the public's messages -----------------------------------------------
    # --- the public consulted: surveys and calls for comment held, online interviews held ------------
    Rule(figure("consultations.held"), _CALLS,
         before=_re(r"(?:意见征集|征集意见|征求意见|征集调查|调查征集|民意征集|网上调查|在线调查|民意调查)[”\"]?(?:活动)?"
                    r"(?:并(?:公布|发布|反馈)[^，。；\d]{0,6})?(?:共)?\s*$")),
    Rule(figure("consultations.held"), _CALLS, after=_re(r"^[^，。；、\d]{0,10}(?:意见征集|征集调查|民意征集|网上调查|在线调查)")),
    Rule(figure("interviews.held"), _CALLS, before=_re(r"(?:在线访谈|网上访谈|访谈节目)[”\"]?(?:活动|节目)?(?:共)?\s*$")),
    Rule(figure("interviews.held"), _CALLS, after=_re(r"^[^，。；、\d]{0,4}(?:在线访谈|网上访谈)")),
    # "政府公报出刊24期": the verb of printing may stand between.
    Rule(figure("gazette.issues"), _units("期"),
         before=_re(r"(?:政府公报|公报》|政府公报》)(?:全年)?(?:共)?(?:出刊|刊发|编印|印发|发行|出版|编发)?(?:共)?\s*$")),
    Rule(figure("messages.count"), _units("条", "件", "个", "封"),
         before=_re(r"(?P<scope>收到|受理|处理|办理|答复|回复|解答)[^，。；\d]{0,8}?(?:网民|群众|公众)?"
                    r"(?:在线)?(?:留言|来信|咨询|信件|提问|信访件|信访事项|来电)(?:共)?\s*$"), unless=_re(r"申请")),
    Rule(figure("messages.count"), _units("条", "件", "个", "封"),
         before=_re(r"(?P<scope>收到|受理|处理|办理|答复|回复)[^，。；\d]{0,4}信箱[^，。；\d]{0,8}?(?:留言|来信|信件)(?:共)?\s*$"),
         unless=_re(r"申请")),
    # "咨询信箱答复信息8条": the mailbox before the verb.
    Rule(figure("messages.count"), _units("条", "件", "个", "封"),
         before=_re(r"(?:信箱|留言板|留言区)(?P<scope>答复|回复|办理|受理|收到)(?:信息|留言|来信|咨询|信件)?(?:共)?\s*$"),
         unless=_re(r"申请")),
    # "群众留言办理10条": the verb after the noun.
    Rule(figure("messages.count"), _units("条", "件", "个", "封"),
         before=_re(r"(?:网民|群众|公众)(?:留言|来信|信件)(?P<scope>办理|答复|回复|受理)\s*$")),
)


# A count whose unit the page lost, run into the next word ("收到政府信息公开申请87分别为…", "收到行政复议11收到…"):
# read only after the strongest words of its figure, and only where a word (no unit, no date) follows it.
LOST_UNIT_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (figure("requests.received"), _re(rf"(?P<scope>新收|收到|接收|受理|接到)[^，。；,;]*?{_APPLICATION}{_TOTAL}\s*$")),
    (figure("review.cases"), _re(r"(?:收到|受理|发生|被申请)行政复议(?:案件)?(?:共)?\s*$")),
    (figure("litigation.cases"), _re(r"(?:收到|发生|被提起)行政诉讼(?:案件)?(?:共)?\s*$")),
)
# Not a date, nor a hotline's number ("申请12345热线转办…").
LOST_UNIT_NEXT = _re(r"(?!热线|服务|平台|政务)[\u4e00-\u9fff](?<![年月日号时届期万亿])")


@dataclass(frozen=True)
class PartRule:
    """A part of the figure just before it in the same sentence: "代表建议3件（主办3件）", "3件，其中1件被纠正"."""

    of: tuple[str, ...]  # the figure ids it can be a part of
    before: re.Pattern[str]
    after: re.Pattern[str] | None = None  # group 'q' (in either) names the part
    needs_then: str | None = None  # a word that must stand between the whole and the part


PARTS: tuple[PartRule, ...] = (
    PartRule((figure("proposals.npc_suggestions"), figure("proposals.cppcc_proposals")),
             _re(r"^\s*(?:其中)?(?P<q>主办|协办|会办|合办|分办)\s*$")),
    # "其中2宗维持原答复，1宗结果纠正": the later parts of the list need no 其中 of their own (grammar._part).
    PartRule((figure("review.cases"), figure("litigation.cases")), _re(r"^\s*(?:其中)?\s*$"),
             _re(r"^\s*(?:被|结果|予以)?(?P<q>纠正|维持|撤销|驳回)"), needs_then="其中"),
    # "复议6件，5件结果维持，1件结果纠正", "复议2件，结果维持2件": the word 结果 (or 被) makes it an outcome, no 其中 needed.
    PartRule((figure("review.cases"), figure("litigation.cases")), _re(r"^\s*$"),
             _re(r"^\s*(?:结果|被)(?P<q>纠正|维持|撤销|驳回)")),
    PartRule((figure("review.cases"), figure("litigation.cases")),
             _re(r"^\s*(?:其中)?\s*(?:结果(?:为|是)?|被)?(?P<q>纠正|维持|撤销|驳回)(?:原(?:答复|决定|行政行为)|结果)?\s*$")),
)

# Proactive disclosure: a total, or a count by channel where the words name a channel. A total
# counts information as such (信息, 政府信息, 各类信息), not a category of it (工作动态信息); a count
# with only a verb before it ("其他渠道公开8条") must name its channel.
# The verbs of publishing: 发送 / 发稿 / 刊登 / 刊播 / 播发 (a post, a story, a broadcast). Not 公示: "公示信息"
# is as often a kind of information ("…办理公示信息1条") as a verb.
_PUBLISH = r"(?:主动公开|公开|公布|发布|推送|编发|刊发|更新|上传|转载|转发|发送|发稿|刊登|刊播|播发)"
PUBLISH = _PUBLISH
PROACTIVE = _re(r"^.*" + _PUBLISH + r"(?P<object>[^，。；]*?)(?:信息|文章|短视频|视频|作品|稿件|图文|资讯|宣传报道|报道)(?:数量|总数|数)?" + _TOTAL
                + r"(?:数量|总数|数)?(?:为|达|达到)?\s*$")
# A list of kinds and a total word, without the noun: "累计公开概况信息、工作动态、机构介绍等共497条".
PROACTIVE_LISTED = _re(_PUBLISH + r"(?P<object>[^，。；]*?等)(?:内容|信息)?(?:共计|共|合计|总计|累计)\s*$"
                       r"|" + _PUBLISH + r"(?P<object2>[^，。；、]+、[^，。；]*?等)(?:内容|信息)?\s*$")
# Three kinds or more listed and closed by 及 / 和 are everything published, 等 or not: "公开概况类信息、
# 动态类信息…及机构信息"; not a list of document series ("泰政发、泰政办发、泰政字政策性文件").
PROACTIVE_KINDS = _re(r"、[^、]+、.*(?:及|和|以及)[^、及和]+$")
# A stock stated after the year's count, without a verb: "…1127条，历年累计25800条".
PROACTIVE_STOCK = _re(r"^\s*(?:历年|建站以来|至今|累计至今)(?:累计)?(?:共)?(?:主动)?(?:公开|发布)?(?:政府)?(?:信息)?(?:共)?\s*$")
# The words of a part after a whole: "…3636条，其中涉及…信息9条".
PART_OPENING = _re(r"\s*(?:其中|包括|含)")
# The sum of the counts listed before it in the sentence: "…领域信息5条，水利领域信息81条，合计共221条".
PROACTIVE_SUM = _re(r"^\s*(?:合计|共计|总计)(?:共)?(?:为)?\s*$")
# A count of kinds before the noun: "集中公开七大类48项信息共8989条" (the 48 are kinds, not items).
PROACTIVE_KINDS_COUNTED = _re(r"^\s*(?:政府|政务)?信息(?:共计|共|合计|总计)?\s*$")
# A number whose unit a mirror page lost ends the words before the next count: "…推送信息1363微博发布信息1155条".
LOST_UNIT = _re(r"(?:信息|文件)\d+(?=[\u4e00-\u9fff])")
# The channel the sentence opens with, for everything it lists: "依托门户网站平台，及时公开…等信息4861条".
OPENING_CHANNEL = _re(r"(?:\s|\d{4}年度?|全年|本年度?|[，,])*(?:依托|通过|借助|利用)(?P<channel>[^，。；]*)")
# A list of kinds ending in 等 ("政府文件、政府会议、财政预决算等信息") counts everything published.
# After 等 only a word of everything (or a clause ending in 的) may stand: "…等政府采购信息" is one
# category, "等各类信息" is everything.
PROACTIVE_WHOLE = _re(r"(?:^|政府|政府办|办公室|各类|政务公开|政务|主动公开|本局|本单位|我局"
                      r"|等(?:各类|各项|多类|多方面|方面|相关|类|类别|内容|政务|政府|主动公开|公开)?的?"
                      r"|等[^、，。；]{0,12}的)$")  # "…等群众关心关注的信息": a description, no category
# The form of a post (and the channel named as its object) is no kind of information: "推送图文信息",
# "推送微信文章", "发布视频类信息".
PROACTIVE_FORM = _re(r"^(?:各类|原创)?(?:政务)?(?:图文|图片|文字|音视频|视频|短视频|微信|微博)类?$")
# A column named elsewhere in the sentence is where one kind of information goes, no channel of the count.
COLUMN = _re(r"专栏|栏目")
# Applications and refusals are no publication: "依申请公开信息459条", "不予公开信息1535条".
PROACTIVE_NOT = _re(r"(?:依申请|不予|部分|申请|预)" + _PUBLISH + r"[^，。；]*$")
# The noun first: "我镇信息主动公开292条".
PROACTIVE_INVERTED = _re(r"(?:政务信息|政府信息|信息)(?:公开)?(?:主动公开|发布量|发布数量)(?:共|总数|数量)?(?:为|达)?\s*$")
# The channel as the thing published: "共发布微博104条".
PROACTIVE_CHANNEL_NOUN = _re(_PUBLISH + r"(?:微博|微信|短视频|视频)(?:共)?\s*$")
# A column of one kind of information: "规划计划类栏目发布信息137条", "其它栏目发布信息5906条".
PROACTIVE_CATEGORY = _re(r"类栏目|[其它他]+栏目|类信息栏目|领域(?:共)?(?:主动)?(?:公开|发布)|重点领域(?:政府)?信息\s*$")
# A stock of everything ever published, not the year's: "到年底累计主动公开政府信息5928条".
CUMULATIVE = _re(r"(?:年底|年末|历年|建站以来|以来)[^，。；]*累计|累计已")
PROACTIVE_VERB = _re(_PUBLISH + r"\s*$")
# Only a bare "全年刊发N篇" takes its channel from earlier in the sentence.
PROACTIVE_BARE = _re(r"^\s*(?:全年|今年|年内|本年度?|\d{4}年)?(?:共|累计)?" + _PUBLISH + r"\s*$")
PROACTIVE_UNITS = _units("条", "篇", "件", "份")
# The noun after the number: "共主动公开158份信息稿件", "发布91条视频".
PROACTIVE_NOUN_AFTER = _re(r"^\s*(?:各类)?(?:政府|政务)?(?:信息|稿件|文章|视频|短视频)")
# A kind of work before the verb in a breakdown: "其中部门工作公开信息78条".
PROACTIVE_KIND = _re(r"^\s*其中[，,:：]?\s*[\u4e00-\u9fff]{2,8}(?:工作|类|领域)(?:公开|发布)")
CHANNELS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("short_video", _re(r"(?:微信)?视频号|短视频|(?:抖音|快手)(?:公众号|号|账号|平台)?")),  # first: 微信视频号 is a short-video account
    # An account on a news platform is new media, before 公众号 reads it as wechat ("今日头条公众号").
    ("new_media", _re(r"(?:今日)?头条(?:公众号|号|账号|平台)|今日头条|(?:百家|澎湃|人民|企鹅|网易|搜狐|大鱼|央视频)号|自媒体")),
    ("wechat", _re(r"微信|公众号")),
    ("weibo", _re(r"微博")),
    ("new_media", _re(r"新媒体|两微")),
    ("app", _re(r"客户端|APP|App")),
    ("government_gazette", _re(r"政府公报")),
    # A site is any …网 of information or government, 官网 or 门户 ("局官网", "人防信息网"); not 网络, 网民, 网格, 网信.
    ("website", _re(r"网站|栏目|专栏|政府网|政务外网|门户|首页|官网(?!下载)|(?:信息|政务|服务|资讯|新闻|公众|在线|公开)网(?![络民格点上友办签信])")),
    ("bulletin", _re(r"《[^》]*(?:信息|要情|简报|专报|动态)》")),
    ("news_media", _re(r"日报|报社|报纸|云报|电视|广播|融媒|媒体")),
    ("other", _re(r"其他渠道|其他形式|其他方式|宣传册|电子屏|显示屏|公开栏|公示栏|宣传栏|查阅室|查阅点|查阅中心|档案馆|图书馆")),
)
NEW_MEDIA = frozenset(("wechat", "weibo", "new_media", "short_video", "app"))
# An account's or site's name in quotes before the kind of channel it is: "“番禺政府网”微信公众号" is a
# wechat account, not a website; the name says nothing of the channel.
ACCOUNT_NAME = _re(r"[“\"][^”\"，。；]{1,24}[”\"](?=\s*(?:官方|政务)?(?:微信|微博|公众号|抖音|快手|视频号|头条|网站|客户端|APP|App|平台|专栏|栏目))")
# A column of the website named by its content ("钦北要闻栏目"), and the agency's own column ("本局栏目").
NAMED_COLUMN = _re(r"[\u4e00-\u9fff“”]{2,12}(?:栏目|专栏)")
OWN_COLUMN = _re(r"^(?:在|通过)?(?:[^栏专]*?(?:本|我)[局委办镇乡]|[^栏专]*?(?:政务公开|信息公开))"
                 r"|(?:网站|政府网|门户网站)[^栏专]{1,10}?(?:局|委|办|中心|镇|乡|街道|所)(?:栏目|专栏)$")

# What a statement of none may say did not happen: "未引发…行政复议或行政诉讼", "无因…产生行政复议".
_EVENT = r"因|发生|收到|接到|受理|引发|引起|产生|出现|被提起|涉及"

ZERO_RULES: tuple[ZeroRule, ...] = (
    ZeroRule(figure("fees.processing_fee_amount"),
             _re(r"(?:未|无|没有)有?(?:因[^，。；]{0,12}?)?(?:向[^，。；]{0,16}?)?收取[^，。；]{0,20}?(?:信息处理费|费用)"
                 r"|未发生[^，。；]{0,16}?收费|(?:公开|申请)[^，。；]{0,4}?(?:没有|未|无)(?:任何)?收费"), "元"),
    ZeroRule(figure("requests.received"), _re(rf"(?:未|没有)(?P<scope>收到|接收|受理)(?:过)?(?:任何)?{_APPLICATION}")),
    # "未接收到…申请", "未接到提出公开政府信息的申请", "未收到任何形式的依申请公开政府信息", "未接到群众要求公开的信息";
    # not "未收到行政许可申请".
    ZeroRule(figure("requests.received"),
             _re(rf"(?:未|没有)(?P<scope>收到|接收|受理|接到)(?:到|过)?(?![^，。；]{{0,8}}许可)(?![^，,。；]{{0,28}}?(?:复议|诉讼))"
                 rf"[^，。；]{{0,28}}?"
                 rf"(?:{_APPLICATION}|要求公开)")),
    ZeroRule(figure("requests.carried_over"), _re(r"无上年(?:度)?结转")),
    # "无结转下年度继续办理件", "没有转入下一年度办理的申请".
    ZeroRule(figure("requests.carried_forward"),
             _re(r"(?:无|没有|未有)(?:需要?)?(?:办件|申请件|申请|件)?(?:结转|转结|转入|转|顺延)(?:至|到)?(?:下一?年|\d{4}年)")),
    ZeroRule(figure("review.cases"), _re(rf"(?:未|没有)(?:{_EVENT})[^，。；]{{0,24}}?行政复议(?!被纠|败诉)")),
    ZeroRule(figure("litigation.cases"), _re(rf"(?:未|没有)(?:{_EVENT})[^，。；]{{0,24}}?行政诉讼(?!被纠|败诉)")),
    ZeroRule(figure("review.cases"), _re(r"(?:^|[，,。；：])(?:全年|本年度?|今年)?无(?:涉及|就)?[^，。；]{0,28}?(?:行政)?复议")),
    # "无复议、诉讼情况", and the other order: "无诉讼复议情况".
    ZeroRule(figure("litigation.cases"),
             _re(r"(?:^|[，,。；：])(?:全年|本年度?|今年)?无(?:涉及|就)?[^，。；]{0,28}?"
                 r"(?:(?:行政)?复议(?:[、和及与或]{1,2}|[，,](?:被)?提起)(?:行政)?诉讼|(?:行政)?诉讼[、和及与或]{0,2}(?:行政)?复议)")),
    # "未出现被行政诉讼、行政复议情况"; not "未发生…行政复议被纠错或行政诉讼败诉": that is none lost, not none.
    ZeroRule(figure("review.cases"), _re(r"未出现[^，。；]{0,16}?行政复议(?!被纠|败诉)")),
    ZeroRule(figure("litigation.cases"), _re(r"未出现[^，。；]{0,16}?行政诉讼(?!被纠|败诉)")),
    # "没有出现一起投诉、复议和诉讼案件": the bare words, in a list of cases none of which arose.
    ZeroRule(figure("review.cases"),
             _re(r"(?:未|没有)(?:出现|发生)(?:过)?(?:一起|一件|任何)?[^，。；\d]{0,12}?(?<!行政)复议(?!被纠|败诉|纠错)"
                 r"(?=[^，。；]{0,12}?(?:案件|情况|事件|事项))")),
    ZeroRule(figure("litigation.cases"),
             _re(r"(?:未|没有)(?:出现|发生)(?:过)?(?:一起|一件|任何)?[^，。；\d]{0,12}?(?<!行政)诉讼(?!被纠|败诉|纠错)"
                 r"(?=[^，。；]{0,12}?(?:案件|情况|事件|事项))")),
    # "卫生健康局无依申请公开事项": the agency may name itself before 无.
    ZeroRule(figure("requests.received"),
             _re(r"(?:^|[，,。；：:])[^，,。；：:\d]{0,12}?无依申请(?:信息)?公开(?:事项|申请)")),
    # "全年未发生依申请政府信息": none happened; not "未发生依申请公开行政复议".
    ZeroRule(figure("requests.received"),
             _re(r"(?:未|没有)(?:发生|出现)(?:过)?依申请(?!(?:[^，。；]{0,12})(?:复议|诉讼|收费|费用))")),
)

# Rates: each word names a figure; several words may share one number ("答复率、满意率均为100%").
RATE_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (figure("proposals.completion_rate"), _re(r"(?:按期|按时)?(?:办结|办复|答复|办理)率")),
    (figure("proposals.satisfaction_rate"), _re(r"满意率|满意度")),
)
RATE_TOPIC = "proposals"

# The level of the congress a suggestion or proposal came from, where a sentence splits them by it.
LEVEL = _re(r"(?P<level>[省市州区县]级)(?=[^，。；\d]{0,3}(?:人大|政协|代表|委员|建议|提案))")
LEVEL_SUBTOTAL = _re(r"[省市州区县]级(?:人大)?建议(?:和|及|与|、)?(?:政协)?提案")
LEVELLED = frozenset((figure("proposals.npc_suggestions"), figure("proposals.cppcc_proposals")))

# Figures whose kinds after 其中 are a breakdown, not counts of the figure ("解读26条，其中图片解读16篇").
BROKEN_DOWN = frozenset((figure("interpretation.items"),))

# A numbered list before a count: "24号、38号、61号共计5项", "4、9、22共计12项".
LISTED = _re(r"(?P<list>(?:第?\d+号?\s*[、，,]\s*)+第?\d+号?)\s*(?:共计|共|合计)?\s*$")
