"""Rules of applications (依申请公开): received, completed, carried over and forward; and the fee charged.

They read the counts a report's prose gives for the applications of table 三 ("共收到政府信息公开申请
30件，办结28件，结转下年度2件"), statements that there were none ("未收到…申请", "无上年结转"),
and 信息处理费 charged or not. ``reconcile.py`` compares them with table 三 by their scope word.
"""

from __future__ import annotations

import re

from nianbao.core.codebook import figure

from nianbao.extraction.figures.rules import APPLICATION, COUNT, REQUESTS, TOTAL, Rule, ZeroRule, regex, units

# A way applications came is a part of them, not their count: "当面申请2件", "受理路径为网上申请16件".
_BY_CHANNEL = re.compile(r"(?:当面|现场|网上|网络|在线|线上|线下|信函|来信|邮寄|传真|电子邮件|邮件|电话|政府网站)(?:提出|提交)?(?:的)?申请(?:数|件)?\s*$"
                         # One kind of applicant alone is a part too: "收到自然人申请政府信息公开申请5条" (not "公民、法人…").
                         r"|(?<![、和或及与])(?:自然人|商业企业|科研机构|社会公益组织|法律服务机构)(?![、和或及与])[^，。；,]{0,12}?申请(?:数|件)?\s*$")
# "依申请公开件1件", "…数量共计0条", "…申请总数1件", "…申请案件4件", "接收依申请信息公开办理52件".
_AMOUNT = r"(?:办理)?(?:件|事项|信件|来信|来件|情况|案件)?(?:总数|数量|数)?(?:为)?"  # "收到依申请公开来信1件次"

# Another outcome's count is not the carried count a later clause names: "无法提供12件、结转下年度办理4件".
_OTHER_OUTCOME = re.compile(r"(?:其他|其它|不予处理|无法提供|不予公开|部分公开|予以公开)(?:处理)?\s*$")

# 宗: the word for a case in Guangdong's reports ("含2021年度结转5宗", "本年办结121宗").
_N = COUNT | units("宗")

# The scope words of requests.*; reconcile.py says how each compares with table 三.
SCOPE_NEW = "新收"
SCOPE_RECEIVED = ("收到", "接收", "受理", "接到", "办理", "处理")  # 办理 / 处理: applications handled
SCOPE_WITH_CARRIED = ("共需办理", "含上年结转")
SCOPE_COMPLETED = "办结"

RULES: tuple[Rule, ...] = (
    Rule(figure("requests.carried_over"), _N,
         before=regex(r"(?:上一?年度?|\d{4}年度?)(?:全区|全市|全县|全镇|全省|本机关|我局|我委|我办)?(?:结转|转结)(?:的|政府信息公开申请|办理件|申请件|申请|件)?(?:数量|数)?(?:为)?\s*$")),
    # "结转上年度办理1件": the year after the verb.
    Rule(figure("requests.carried_over"), _N, before=regex(r"(?:结转|转结)(?:自)?上一?年度?(?:办理)?(?:的)?(?:申请|件)?\s*$"),
         topic="requests"),
    Rule(figure("requests.carried_forward"), _N,
         before=regex(r"(?:结转至|结转到|结转|转结|转入|转至|转到|转|顺延至|顺延到|顺延)(?:下一?年度?|\d{4}年度?)[^，。；]*?(?:的有|有)?\s*$")),
    Rule(figure("requests.received"), REQUESTS,
         before=regex(rf"(?<!不予)(?:新收|收到|接收|受理|接到|办理|处理)[^，。；]*?{APPLICATION}{_AMOUNT}{TOTAL}\s*$"), unless=_BY_CHANNEL,
         after=regex(r"^\s*[（(](?P<scope>含上年结转)")),
    Rule(figure("requests.received"), REQUESTS,
         before=regex(rf"(?P<scope>共需办理)[^，。；]*?{APPLICATION}{TOTAL}\s*$")),
    Rule(figure("requests.received"), REQUESTS,
         before=regex(rf"(?<!不予)(?P<scope>新收|收到|接收|受理|接到)[^，。；]*?{APPLICATION}{_AMOUNT}{TOTAL}\s*$"), unless=_BY_CHANNEL),
    # Applications handled (办理 / 处理) are a count of requests, not of anything else the agency handled.
    Rule(figure("requests.received"), REQUESTS,
         before=regex(rf"(?P<scope>办理|处理)(?:了)?(?:各类)?{APPLICATION}{TOTAL}\s*$")),
    # "办理公民、法人和其他组织提出的政府信息公开申请71件": the applicants named between.
    Rule(figure("requests.received"), REQUESTS,
         before=regex(rf"(?P<scope>办理|处理)[^，。；\d]{{0,20}}?提出的{APPLICATION}{TOTAL}\s*$")),
    # "办理公民、法人…通过网站、邮寄等途径依申请公开信息合计12件": the applications named as such.
    Rule(figure("requests.received"), REQUESTS,
         before=regex(rf"(?P<scope>办理|处理|接到|收到|受理)[^，。；]*?依申请(?:信息)?公开(?:政府信息|信息|申请|事项|答复内容|答复|内容)?{TOTAL}\s*$")),
    # "受理政府信息公开1件": the verb of receiving and the matter, without the word 申请.
    Rule(figure("requests.received"), REQUESTS,
         before=regex(rf"(?<!不予)(?P<scope>新收|收到|接收|受理|接到)(?:政府)?信息公开{TOTAL}\s*$")),
    Rule(figure("requests.received"), REQUESTS, before=regex(r"(?<!不予)(?P<scope>新收|收到|接收|受理|接到)\s*$"),
         after=regex(rf"^\s*{APPLICATION}")),
    # "共收到并按时办结16件政府信息公开申请": received, the rest of the verbs notwithstanding.
    # Not "受理的226件申请件": 的 refers back to a count already stated.
    Rule(figure("requests.received"), REQUESTS, before=regex(r"(?P<scope>收到|受理)[^，。；\d]{0,7}[^的，。；\d]$"),
         after=regex(rf"^\s*{APPLICATION}")),
    # The verb, the count, then the applications named as matters: "办理691条依申请事项", "受理3件依申请件".
    Rule(figure("requests.received"), REQUESTS, before=regex(r"(?<!不予)(?P<scope>新收|收到|接收|受理|接到|办理|处理)(?:了)?(?:各类)?\s*$"),
         after=regex(r"^\s*依申请(?:公开)?(?:事项|件|办件)")),
    # "在已经答复的91件申请中": the applications replied, the verb before the count.
    Rule(figure("requests.completed"), REQUESTS, before=regex(r"已经?(?P<scope>答复|办结)(?:了)?的\s*$"),
         after=regex(rf"^\s*{APPLICATION}")),
    # "有1件依申请公开信息", "依申请公开3次": no verb of receiving at all.
    Rule(figure("requests.received"), REQUESTS, before=regex(r"(?:共有|有)\s*$"),
         after=regex(r"^\s*依申请(?:信息)?公开")),
    # The applications named, then the verb: "依申请信息公开办理有69件", "依申请公开受理3件".
    Rule(figure("requests.received"), REQUESTS,
         before=regex(r"依申请(?:信息)?公开(?:申请|政府信息|事项)?(?P<scope>办理|受理|收到|接到)(?:了)?(?:的)?(?:有|共有|共计|共)\s*$")),
    # "我苏木依申请公开政府信息共4件": the agency may name itself first.
    Rule(figure("requests.received"), REQUESTS,
         before=regex(r"^\s*(?:(?:我|本)[\u4e00-\u9fff]{1,3}?)?(?:全年|本年度?)?共?依申请(?:信息)?公开(?:申请|政府信息)?(?:共计|共|合计)?\s*$")),
    Rule(figure("requests.received"), _N, before=regex(r"(?P<scope>共需办理)\s*$"), topic="requests"),
    Rule(figure("requests.completed"), _N, before=regex(rf"(?<![未没])(?:答复)?(?P<scope>办结)(?:答复)?(?:{APPLICATION}件?)?\s*$"),
         topic="requests"),
    # "答复依申请公开政府信息39件", "答复政府信息公开申请98件".
    Rule(figure("requests.completed"), REQUESTS, before=regex(rf"(?:^|[^已])(?P<scope>答复|办结)[^，。；\d]{{0,4}}?{APPLICATION}(?:事项|件)?{TOTAL}\s*$")),
    # "答复办结政府信息公开312件": the matter without the word 申请.
    Rule(figure("requests.completed"), REQUESTS, before=regex(rf"(?:答复)?(?P<scope>办结|答复)(?:政府)?信息公开{TOTAL}\s*$"),
         topic="requests"),
    # Number first: "（4件为上年度结转办结，12件结转下年度办结）" — carried counts, though 办结 follows.
    Rule(figure("requests.carried_over"), _N, after=regex(r"^\s*(?:为|是|系|属)?(?:来自)?(?:上一?年度?|\d{4}年度?)(?:结转|转结)"),
         topic="requests"),
    Rule(figure("requests.carried_forward"), _N,
         after=regex(r"^\s*(?:为|是|系|需)?(?:结转|转结|转)(?:至|到|入)?(?:下一?年|\d{4}年)"), topic="requests"),
    Rule(figure("requests.completed"), _N, before=regex(r"(?:办理完毕|办理完成|处理完毕|处理完成|已全部办结|全部办结)\s*$"), topic="requests",
         scope="办结"),
    Rule(figure("requests.completed"), _N, before=regex(r"(?:已经?|予以|作出|依法)(?P<scope>答复)\s*$"),
         topic="requests"),
    Rule(figure("requests.completed"), _N, after=regex(r"^[^，。；\d]*(?P<scope>办结)"), topic="requests",
         unless=regex(r"按期|按时|^\s*个?工作日|^\s*(?:个工作)?日内|^\s*天内")),
    Rule(figure("requests.completed"), _N, after=regex(r"^[^，。；\d]*?(?:予以|已|均已|全部|完成|及时|按时|依法)(?P<scope>答复|回复)"),
         topic="requests"),
    # "完成451件依申请件答复": the verb before the number, the applications after it.
    Rule(figure("requests.completed"), REQUESTS, before=regex(r"(?:完成|办结|答复)(?:了)?\s*$"),
         after=regex(rf"^\s*(?:{APPLICATION}|依申请(?:公开)?件)"), scope="办结"),
    # A bare "答复1181件" after a count of applications: the replies, not the carried count a later clause names.
    Rule(figure("requests.completed"), REQUESTS, before=regex(r"^\s*(?:共|均|已|并|公开|依法)?(?P<scope>答复|回复|办结)(?:共)?\s*$"),
         topic="requests"),
    # Not another outcome's count before it: "其他4件，结转至下年度继续办理4件"; nor a count whose carried count
    # follows the year ("全年办理1503件，结转2025年183件": the words stop at 2025, a number of its own).
    Rule(figure("requests.carried_forward"), _N, after=regex(r"^(?:(?!无|没有|未有)[^。；\d])*?(?:结转|转结)(?:至|到)?(?:下一?年(?!度?(?:继续)?(?:办理)?(?:的)?\d)|\d{4}年(?!度?(?:继续)?(?:办理)?(?:的)?\d|度?$))"),
         sentence=True, topic="requests", unless=_OTHER_OUTCOME),
    # "5份转下年度继续办理": the bare 转 only in the number's own clause ("其他处理14件，转下一年度…的有1件" is not).
    Rule(figure("requests.carried_forward"), _N, after=regex(r"^[^，。；\d]*?(?:转|顺延|延期|延至)(?:至|到|入)?(?:下一?年(?!度?(?:继续)?(?:办理)?(?:的)?\d)|\d{4}年(?!度?(?:继续)?(?:办理)?(?:的)?\d|度?$))"),
         topic="requests", unless=_OTHER_OUTCOME),
    # --- fees (no other rule counts in 元, so its place among the rules changes nothing) ------------------------
    Rule(figure("fees.processing_fee_amount"), units("元", "万元"),
         before=regex(r"(?:信息处理费|收费金额为?|收取[^，。；]*?费用?)(?:共计|共|合计|总计|累计)?(?:为)?\s*$")),
)

# Tried after every other topic's rules (grammar.py), where it was found: "已完成依申请公开申请1件".
COMPLETED_LAST: tuple[Rule, ...] = (
    Rule(figure("requests.completed"), REQUESTS,
         before=regex(rf"(?:已|均已|全部)?完成(?:了)?{APPLICATION}{TOTAL}\s*$"), scope="办结"),
    # "已答复的申请0件": the applications replied, named after the verb.
    Rule(figure("requests.completed"), REQUESTS, before=regex(rf"已(?P<scope>答复|办结)的{APPLICATION}(?:数)?\s*$")),
    # The year's new applications without the noun, after a clause that named it ("上年结转…申请21件，本年新收434件"),
    # and a part so named ("共受理…申请15件，其中新收到14件").
    Rule(figure("requests.received"), REQUESTS,
         before=regex(r"^\s*(?:其中)?(?:本年度?|今年|全年|当年|共)?(?:共)?(?P<scope>新收|收到|接收|受理)(?:到)?\s*$"), topic="requests"),
    # "办理1187件（含上年度结转申请57件…）": handled with the carried ones, the applications dealt with.
    Rule(figure("requests.received"), REQUESTS, before=regex(r"^\s*(?:全年|本年度?|今年|共|已|依法)?(?:共)?(?P<scope>办理|处理)\s*$"),
         after=regex(r"^\s*[（(](?:其中)?含(?:上一?年度?|\d{4}年度?)"), topic="requests"),
    # A bare "办理434件" in a clause of its own after the applications are named is the applications dealt with:
    # completed ("本年新收434件，办理434件", "全年接收…申请1554件，…；全年办理1503件").
    Rule(figure("requests.completed"), REQUESTS,
         before=regex(r"^\s*(?:全年|本年度?|今年|共|已|依法)?(?:共)?(?P<scope>办理)\s*$"), topic="requests"),
)

# Statements that none were received, charged or carried.
ZERO_RULES: tuple[ZeroRule, ...] = (
    ZeroRule(figure("fees.processing_fee_amount"),
             regex(r"(?:未|无|没有|不)有?(?:因[^，。；]{0,12}?)?(?:[向对][^，。；]{0,16}?)?收取[^，。；]{0,20}?(?:信息处理费|费用)"
                   r"|未发生[^，。；]{0,16}?收费|(?:公开|申请)[^，。；]{0,4}?(?:没有|未|无)(?:任何)?收费"
                   r"|(?:未|没有|无)(?:有|发生|出现)?(?:政府)?信息公开(?:的)?收费"
                   # "没有向…的查阅或申请人进行收费的情况": the payer named between the denial and the charge.
                   r"|(?:未|没有|无)[向对][^，。；]{0,24}?(?:进行|予以)?收费"), "元"),  # "未向申请人收费"
    ZeroRule(figure("requests.received"), regex(rf"(?:未|没有)(?P<scope>收到|接收|受理)(?:过)?(?:任何)?{APPLICATION}")),
    # "未接收到…申请", "未接到提出公开政府信息的申请", "未收到任何形式的依申请公开政府信息", "未接到群众要求公开的信息";
    # not "未收到行政许可申请".
    ZeroRule(figure("requests.received"),
             regex(rf"(?:未|没有)(?P<scope>收到|接收|受理|接到)(?:到|过)?(?![^，。；]{{0,8}}许可)(?![^，,。；]{{0,28}}?(?:复议|诉讼))"
                   rf"[^，。；]{{0,28}}?"
                   rf"(?:{APPLICATION}|要求公开)")),
    # "上年无结转": the year first, then the denial.
    ZeroRule(figure("requests.carried_over"), regex(r"无上一?年(?:度)?结转|上一?年(?:度)?(?:无|没有)结转")),
    # "无结转下年度继续办理件", "没有转入下一年度办理的申请".
    ZeroRule(figure("requests.carried_forward"),
             regex(r"(?:无|没有|未有)(?:需要?)?(?:办件|申请件|申请|件)?(?:结转|转结|转入|转|顺延)(?:至|到)?(?:下一?年|\d{4}年)")),
)

# Statements that no application arose at all, tried after the reviews' statements of none (grammar.py).
NONE_AROSE: tuple[ZeroRule, ...] = (
    # "卫生健康局无依申请公开事项": the agency may name itself before 无.
    ZeroRule(figure("requests.received"),
             regex(r"(?:^|[，,。；：:]|\d[.．、])(?:\d{4}年度?)?[^，,。；：:\d]{0,12}?无依?申请(?:信息)?公开(?:事项|申请|政府信息|政务信息|信息)")),
    # "全年未发生依申请政府信息": none happened; not "未发生依申请公开行政复议".
    ZeroRule(figure("requests.received"),
             regex(r"(?:未|没有)(?:发生|出现)(?:过)?依申请(?!(?:[^，。；]{0,12})(?:复议|诉讼|收费|费用))")),
)

# A count whose unit the page lost, run into the next word ("收到政府信息公开申请87分别为…", "共收到依申请公开事项0三是…"):
# read only after the strongest words of its figure.
LOST_UNIT_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (figure("requests.received"), regex(rf"(?<!不予)(?P<scope>新收|收到|接收|受理|接到)[^，。；,;]*?{APPLICATION}{TOTAL}\s*$")),
    (figure("requests.received"),
     regex(rf"(?<!不予)(?P<scope>新收|收到|接收|受理|接到)[^，。；,;]*?{APPLICATION}(?:事项|件)(?:共)?\s*$")),
)
