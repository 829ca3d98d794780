"""Rules of the agency's work with the public and on itself: training, the hotline, the press, policy
interpretation, problems rectified, consultations, online interviews, the gazette and bulletins, and
the public's messages.

Each reads a count of sessions, people, items or messages from the words around it ("开展培训3次，
参训120人次", "举办新闻发布会5场", "发布政策解读12篇", "回复网民留言25条").
"""

from __future__ import annotations


from nianbao.core.codebook import figure

from nianbao.extraction.figures.rules import CALLS, ITEMS, PEOPLE, SESSIONS, Rule, regex, units

_MESSAGE_UNITS = units("条", "件", "个", "封", "人次")
# How often, not how many: "计划每半年组织一次业务培训".
_HOW_OFTEN = regex(r"每[^，。；\d]{0,6}$")

RULES: tuple[Rule, ...] = (
    # --- training --------------------------------------------------------------------------------
    Rule(figure("training.sessions"), SESSIONS, before=regex(r"培训(?:会|班)?\s*$"), unless=_HOW_OFTEN),
    Rule(figure("training.sessions"), SESSIONS, after=regex(r"^[^，。；\d]{0,10}培训"), unless=_HOW_OFTEN),
    # Not the public a campaign reached: "覆盖辖区居民及企业代表3000余人次".
    Rule(figure("training.participants"), PEOPLE, before=regex(r"培训|参训|覆盖(?![^，。；\d]*(?:居民|群众|市民|村民|企业|代表))")),
    Rule(figure("training.participants"), PEOPLE, after=regex(r"^(?:干部|工作人员|人员|信息员)?[^，。；\d]{0,12}(?:参加|开展|参与)[^，。；\d]{0,12}培训")),
    # "共310人次进行了…平台工作专题培训会": the verb of taking part, the training named at the clause's end.
    Rule(figure("training.participants"), PEOPLE, after=regex(r"^\s*(?:进行|接受)(?:了)?[^，。；\d]{0,32}培训")),
    # --- the public's questions, the press, policy interpretation --------------------------------
    Rule(figure("hotline.cases"), units("件", "个", "起", "次", "单", "条"), before=regex(r"12345(?:(?!留言)[^，。；])*$")),
    # The agency taking part itself is the whole, no part of it: "组织参加新闻发布会3场", "参加新闻发布会4场".
    Rule(figure("press.conferences"), units("场", "次", "期", "场次"),
         before=regex(r"(?:^|[，,。；：:\s]|\d{4}年度?|全年|本年度?)(?:[我本][局委办厅]|共|先后|积极|主动|组织|累计)*(?:参加|参与)(?:了)?(?:新闻)?发布会(?:共)?\s*$")),
    Rule(figure("press.conferences"), units("场", "次", "期", "场次"),
         before=regex(r"(?P<q>[^，。；]*(?<![和及与、])(?:出席|参加))(?:新闻)?发布会\s*$")),  # not "举办和参加"
    Rule(figure("press.conferences"), units("场", "次", "期", "场次"), before=regex(r"新闻发布(?:会|活动)\s*$")),
    Rule(figure("press.conferences"), units("场", "次", "期", "场次"), after=regex(r"^[^，。；\d]{0,8}新闻发布(?:会|活动)")),
    # Not a count of documents and their interpretations together ("文件及解读信息66条").
    Rule(figure("interpretation.items"), ITEMS,
         before=regex(r"(?:解读|图解)(?:材料|稿件|文章|信息|件)?(?:发布|公开数|公开)?\s*$"),
         unless=regex(r"[及和与]解读(?:材料|信息)?\s*$|解读[及和与]")),
    Rule(figure("interpretation.items"), units("次"), before=regex(r"解读(?:材料|稿件|文章|信息)\s*$|开展(?:政策)?解读\s*$")),
    # The verb before the documents it explains: "发布解读重要政策文件10篇".
    Rule(figure("interpretation.items"), ITEMS, before=regex(r"(?:发布|开展|推出)?解读[^，。；\d、及和与]{0,6}?(?:政策|文件)(?:共)?\s*$")),
    Rule(figure("interpretation.items"), ITEMS, before=regex(r"解读类信息(?:发布)?\s*$")),
    # The forms of interpretation listed: "推出解读文章、图解、短视频等80余篇".
    Rule(figure("interpretation.items"), ITEMS,
         before=regex(r"(?:发布|发表|推出|制作|编发)解读(?:材料|稿件|文章|信息)?、[^，。；\d]{0,16}?等(?:形式)?(?:共)?\s*$"),
         unless=regex(r"[及和与]解读|解读[及和与]")),
    Rule(figure("interpretation.items"), ITEMS, after=regex(r"^[^，。；\d]*?文件[^，。；\d]*?进行解读")),
    # --- problems rectified -----------------------------------------------------------------------
    Rule(figure("problems.rectified"), units("个", "处", "项", "条", "件"), before=regex(r"整改(?:问题)?\s*$")),
    Rule(figure("problems.rectified"), units("个", "处", "项", "条", "件"), before=regex(r"问题\s*$"),
         after=regex(r"^[，,]?\s*(?:已|均已|均)(?:全部)?(?:整改|完成整改)"), sentence=True),
    # --- the public consulted: surveys and calls for comment held, online interviews held ------------
    Rule(figure("consultations.held"), CALLS,
         before=regex(r"(?:意见征集|征集意见|征求意见|征集调查|调查征集|民意征集|网上征集|网络征集|在线征集|网上调查|在线调查|民意调查)[”\"]?(?:活动)?"
                      r"(?:并(?:公布|发布|反馈)[^，。；\d]{0,6})?(?:共)?\s*$")),
    Rule(figure("consultations.held"), CALLS, after=regex(r"^[^，。；、\d]{0,10}(?:意见征集|征集调查|民意征集|网上调查|在线调查)")),
    Rule(figure("interviews.held"), CALLS, before=regex(r"(?:在线访谈|网上访谈|访谈节目)[”\"]?(?:活动|节目)?(?:共)?\s*$")),
    Rule(figure("interviews.held"), CALLS, after=regex(r"^[^，。；、\d]{0,4}(?:在线访谈|网上访谈)")),
    # --- the gazette's issues, the public's messages -----------------------------------------------
    # "政府公报出刊24期": the verb of printing may stand between.
    Rule(figure("gazette.issues"), units("期"),
         before=regex(r"(?:政府公报|公报》|政府公报》)(?:全年)?(?:共)?(?:出刊|刊发|编印|印发|发行|出版|编发)?(?:公示)?(?:共)?\s*$")),
    Rule(figure("messages.count"), units("条", "件", "个", "封", "份"),  # "收到网民留言4份"
         before=regex(r"(?P<scope>收到|受理|处理|办理|办结|答复|回复|解答)[^，。；\d]{0,10}?(?:网民|群众|公众)?"
                      r"(?:在线)?(?:留言|来信|咨询|信件|提问|信访件|信访事项|来电)(?:共)?\s*$"), unless=regex(r"申请")),
    Rule(figure("messages.count"), units("条", "件", "个", "封"),
         before=regex(r"(?P<scope>收到|受理|处理|办理|答复|回复)[^，。；\d]{0,12}?信箱[^，。；\d]{0,8}?(?:留言|来信|信件|交办件)?(?:共)?\s*$"),
         unless=regex(r"申请")),
    # "咨询信箱答复信息8条": the mailbox before the verb.
    Rule(figure("messages.count"), units("条", "件", "个", "封"),
         before=regex(r"(?:信箱|留言板|留言区)(?P<scope>答复|回复|办理|受理|收到)(?:信息|留言|来信|咨询|信件)?(?:共)?\s*$"),
         unless=regex(r"申请")),
    # "群众留言办理10条": the verb after the noun.
    Rule(figure("messages.count"), units("条", "件", "个", "封"),
         before=regex(r"(?:网民|群众|公众)(?:留言|来信|信件)(?P<scope>办理|答复|回复|受理)\s*$")),
    # --- more wordings of the figures above, found later on pages of agencies the rules were not written
    # against; tried after them ---------------------------------------------------------------------
    # "意见征集8个，网上调查6个": calls for comment counted as items.
    Rule(figure("consultations.held"), units("个", "项"),
         before=regex(r"(?:意见征集|征集意见|征求意见|征集调查|民意征集|网上调查|在线调查|民意调查)(?:活动)?(?:共)?\s*$")),
    # "开展互动访谈24期", "网络访谈3场".
    Rule(figure("interviews.held"), CALLS,
         before=regex(r"(?:互动访谈|网络访谈|直播访谈|访谈直播)[”\"]?(?:活动|节目)?(?:共)?\s*$")),
    # "回复留言数量为25条": the messages counted as a number.
    Rule(figure("messages.count"), units("条", "件", "个", "封"),
         before=regex(r"(?P<scope>收到|受理|处理|办理|办结|答复|回复|解答)[^，。；\d]{0,8}?(?:网民|群众|公众)?(?:在线)?"
                      r"(?:留言|来信|咨询|信件)(?:数量|总数|数)(?:为|共|达)?\s*$"), unless=regex(r"申请")),
    # "通过“领导信箱”受理群众咨询14人次": the mailbox first, then the verb and the people's questions.
    Rule(figure("messages.count"), _MESSAGE_UNITS,
         before=regex(r"(?:信箱|留言板|留言区)[”\"]?(?P<scope>受理|收到|答复|回复|办理)(?:群众|网民|公众)?"
                      r"(?:留言|来信|咨询|信件|诉求)(?:共)?\s*$"), unless=regex(r"申请")),
    # "发布苏木信息简报269期": issues of an information bulletin (a 政务信息刊物); not a bulletin of one line of
    # work ("公平竞争审查工作简报6期").
    Rule(figure("gazette.issues"), units("期"),
         before=regex(r"(?:信息简报|政务简报|信息专报)(?:共)?(?:编发|刊发|印发|编印|出刊)?(?:共)?\s*$")),
    # "多形式解读材料188个", "制发各类政策解读材料165个": materials counted in 个; "政策解读短视频8条".
    Rule(figure("interpretation.items"), units("个"), before=regex(r"解读(?:材料|产品)(?:共)?\s*$")),
    Rule(figure("interpretation.items"), ITEMS, before=regex(r"解读(?:短视频|视频|动漫|漫画)(?:共)?\s*$")),
    # "网上调查等活动6次", "向公众征求规范性文件意见52次".
    Rule(figure("consultations.held"), CALLS,
         before=regex(r"(?:网上调查|在线调查|意见征集|征集调查)等(?:活动)?(?:共)?\s*$|征求[^，。；\d]{1,12}?意见(?:共)?\s*$")),
    # Under the public's requests (诉求), the channels that dealt with them: "全年诉求工作，中心网站、微博共办理66余件".
    Rule(figure("messages.count"), units("条", "件", "个", "封"),
         before=regex(r"(?:网站|微博|微信|公众号|平台|信箱)[^，。；\d]{0,6}?(?:共)?(?P<scope>办理|受理|回复|答复|处理)\s*$"),
         topic="messages", unless=regex(r"申请")),
    # The messages completed after a count of them: "收到…信箱交办件35件，办结35件".
    Rule(figure("messages.count"), units("条", "件", "个", "封"),
         before=regex(r"^\s*(?:共|已|均|并)?(?P<scope>办结|回复|答复)\s*$"), topic="messages"),
    # "政策解读13个": items counted in 个, at the end of their clause (not "解读13个文件").
    Rule(figure("interpretation.items"), units("个"), before=regex(r"政策解读(?:材料|稿件|文章|信息)?(?:共)?\s*$"),
         after=regex(r"^\s*(?:[，,。；、;]|$)")),
    # The messages named first, then a chain of verbs and counts: "互动交流留言收到1465条、办结1213条、公开答复24条".
    Rule(figure("messages.count"), units("条", "件", "个", "封"),
         before=regex(r"(?:留言|来信|信件|咨询件|诉求件)(?P<scope>收到|受理|处理|办理|办结|答复|回复)(?:共)?\s*$"), unless=regex(r"申请")),
    Rule(figure("messages.count"), units("条", "件", "个", "封"),
         before=regex(r"^[\s、，,]*(?:共|已|均|并|公开)?(?P<scope>办结|回复|答复)(?:留言)?\s*$"), topic="messages"),
    # The count first, the interpretations after it, closing the item: "…共发布41条信息：2条政策解读、0条…".
    Rule(figure("interpretation.items"), ITEMS, after=regex(r"^\s*(?:政策)?解读(?:信息|材料|稿件|文章)?\s*(?:[、，,。；;]|$)")),
    # "解读政策文件369个": the documents explained, counted in 个.
    Rule(figure("interpretation.items"), units("个"),
         before=regex(r"解读[^，。；\d、及和与]{0,6}?(?:政策|文件)(?:共)?\s*$")),
)

# Figures whose kinds after 其中 are a breakdown, not counts of the figure ("解读26条，其中图片解读16篇").
BROKEN_DOWN = frozenset((figure("interpretation.items"),))
