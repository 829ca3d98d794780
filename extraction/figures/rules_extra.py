"""More of the figure grammar (``rules.py`` is full): rules tried after its own, in the same form.

Each covers a wording the reports use for a figure ``rules.py`` already reads, seen on real pages of
agencies the grammar was not written against: the public consulted counted in 个 ("意见征集8个"),
interviews named 互动访谈, messages counted as a 数量 ("回复留言数量为25条") or by the mailbox that
took them ("“领导信箱”受理群众咨询14人次"), issues of an information bulletin (简报), applications
"完成" (completed), and statements of none that open with the agency's name ("某街道无因…被申请行政复议、
提起行政诉讼的情况").
"""

from __future__ import annotations

import re

from nianbao.core.codebook import figure

from nianbao.extraction.figures.rules import APPLICATION, TOTAL, Rule, ZeroRule

_MESSAGE_UNITS = frozenset(("条", "件", "个", "封", "人次"))

RULES: tuple[Rule, ...] = (
    # "意见征集8个，网上调查6个": calls for comment counted as items.
    Rule(figure("consultations.held"), frozenset(("个", "项")),
         before=re.compile(r"(?:意见征集|征集意见|征求意见|征集调查|民意征集|网上调查|在线调查|民意调查)(?:活动)?(?:共)?\s*$")),
    # "开展互动访谈24期", "网络访谈3场".
    Rule(figure("interviews.held"), frozenset(("次", "期", "场", "场次", "轮")),
         before=re.compile(r"(?:互动访谈|网络访谈|直播访谈|访谈直播)[”\"]?(?:活动|节目)?(?:共)?\s*$")),
    # "回复留言数量为25条": the messages counted as a number.
    Rule(figure("messages.count"), frozenset(("条", "件", "个", "封")),
         before=re.compile(r"(?P<scope>收到|受理|处理|办理|答复|回复|解答)[^，。；\d]{0,8}?(?:网民|群众|公众)?(?:在线)?"
                           r"(?:留言|来信|咨询|信件)(?:数量|总数|数)(?:为|共|达)?\s*$"), unless=re.compile(r"申请")),
    # "通过“领导信箱”受理群众咨询14人次": the mailbox first, then the verb and the people's questions.
    Rule(figure("messages.count"), _MESSAGE_UNITS,
         before=re.compile(r"(?:信箱|留言板|留言区)[”\"]?(?P<scope>受理|收到|答复|回复|办理)(?:群众|网民|公众)?"
                           r"(?:留言|来信|咨询|信件|诉求)(?:共)?\s*$"), unless=re.compile(r"申请")),
    # "发布苏木信息简报269期": issues of an information bulletin (a 政务信息刊物); not a bulletin of one line of
    # work ("公平竞争审查工作简报6期").
    Rule(figure("gazette.issues"), frozenset(("期",)),
         before=re.compile(r"(?:信息简报|政务简报|信息专报)(?:共)?(?:编发|刊发|印发|编印|出刊)?(?:共)?\s*$")),
    # "解读政策文件369个": the documents explained, counted in 个.
    Rule(figure("interpretation.items"), frozenset(("个",)),
         before=re.compile(r"解读[^，。；\d、及和与]{0,6}?(?:政策|文件)(?:共)?\s*$")),
    # "已完成依申请公开申请1件": completed, the verb before the applications.
    Rule(figure("requests.completed"), frozenset(("件", "条", "个", "份", "项", "件次", "宗")),
         before=re.compile(rf"(?:已|均已|全部)?完成(?:了)?{APPLICATION}{TOTAL}\s*$"), scope="办结"),
)

# "无因政府信息公开…被申请行政复议、提起行政诉讼": the agency (or 也) may stand before 无, which the zero
# rules of rules.py only read at a clause's start (a 无 there is theirs, so not read again here).
ZERO_RULES: tuple[ZeroRule, ...] = (
    ZeroRule(figure("review.cases"), re.compile(r"(?<![，,。；：:\s])无因[^，。；]{0,28}?(?:行政)?复议(?!被纠|败诉)")),
    ZeroRule(figure("litigation.cases"),
             re.compile(r"(?<![，,。；：:\s])无因[^，。；]{0,28}?复议[^，。；]{0,6}?(?:[、和及与或]|提起)[^，。；]{0,4}?诉讼(?!被纠|败诉)")),
)

# A count whose unit the page lost, run into the next item of a list ("共收到依申请公开事项0三是…").
LOST_UNIT_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (figure("requests.received"),
     re.compile(rf"(?P<scope>新收|收到|接收|受理|接到)[^，。；,;]*?{APPLICATION}(?:事项|件)(?:共)?\s*$")),
)
