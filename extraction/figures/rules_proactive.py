"""Patterns of proactive disclosure (主动公开): counts of information published, in total or by channel.

``proactive.py`` and ``channel_counts.py`` apply them: a total counts information as such, a count by
channel names its channel (``CHANNELS``), and the patterns here tell a total from a category, a
stock, a part or an application.
"""

from __future__ import annotations

import re

from nianbao.extraction.figures.rules import PUBLISH, TOTAL, regex, units

# Proactive disclosure: a total, or a count by channel where the words name a channel (news reports are items:
# "在主流媒体发布新闻宣传报道1342篇"). A total
# counts information as such (信息, 政府信息, 各类信息), not a category of it (工作动态信息); a count
# with only a verb before it ("其他渠道公开8条") must name its channel.
PROACTIVE = regex(r"^.*" + PUBLISH + r"(?P<object>[^，。；]*?)(?:信息|文章|短视频|视频|作品|稿件|图文|资讯|(?:新闻)?宣传报道|新闻报道|报道|(?<=公开)内容)(?:数量|总数|条数|数)?" + TOTAL
                  + r"(?:数量|总数|数)?(?:为|达|达到)?\s*$")
# A list of kinds and a total word, without the noun: "累计公开概况信息、工作动态、机构介绍等共497条".
PROACTIVE_LISTED = regex(PUBLISH + r"(?P<object>[^，。；]*?等)(?:内容|信息)?(?:共计|共|合计|总计|累计)\s*$"
                           r"|" + PUBLISH + r"(?P<object2>[^，。；、]+、[^，。；]*?等)(?:内容|信息)?\s*$")
# Three kinds or more listed and closed by 及 / 和 are everything published, 等 or not: "公开概况类信息、
# 动态类信息…及机构信息"; not a list of document series ("泰政发、泰政办发、泰政字政策性文件").
PROACTIVE_KINDS = regex(r"、[^、]+、.*(?:及|和|以及)[^、及和]+$")
# A stock stated after the year's count, without a verb: "…1127条，历年累计25800条".
PROACTIVE_STOCK = regex(r"^\s*(?:历年|建站以来|至今|累计至今)(?:累计)?(?:共)?(?:主动)?(?:公开|发布)?(?:政府)?(?:信息)?(?:共)?\s*$")
# The words of a part after a whole: "…3636条，其中涉及…信息9条".
PART_OPENING = regex(r"\s*(?:其中|包括|含)")
# The sum of the counts listed before it in the sentence: "…领域信息5条，水利领域信息81条，合计共221条".
PROACTIVE_SUM = regex(r"^\s*(?:合计|共计|总计)(?:共)?(?:为)?\s*$")
# A count of kinds before the noun: "集中公开七大类48项信息共8989条" (the 48 are kinds, not items).
PROACTIVE_KINDS_COUNTED = regex(r"^\s*(?:政府|政务)?信息(?:共计|共|合计|总计)?\s*$")
# A count of information whose unit the page lost, read where nothing but a mark or a word follows it:
# "通过区政府门户网站主动公开各类信息6709，…", "…等平台发布的信息数量304利用…".
LOST_UNIT_COUNT = regex(PUBLISH + r"(?:的)?(?:各类)?(?:政府|政务)?信息(?:数量|总数|数|共计|共)?\s*$")
# A number whose unit a mirror page lost ends the words before the next count: "…推送信息1363微博发布信息1155条".
LOST_UNIT = regex(r"(?:信息|文件)\d+(?=[\u4e00-\u9fff、])")
# The channel the sentence opens with, for everything it lists: "依托门户网站平台，及时公开…等信息4861条".
# "在我局官方网站首页设立专栏，…公开…等政府信息19件", "全年在某县政府网站上更新…，发布…等各类信息136条" too.
OPENING_CHANNEL = regex(r"(?:\s|\d{4}年度?|全年|本年度?|[，,])*(?:依托|通过|借助|利用|在)(?P<channel>[^，。；]*)")
# A list of kinds ending in 等 ("政府文件、政府会议、财政预决算等信息") counts everything published.
# After 等 only a word of everything (or a clause ending in 的) may stand: "…等政府采购信息" is one
# category, "等各类信息" is everything.
# "公开政务信息及工作动态信息": everything, and one kind named beside it.
PROACTIVE_WHOLE = regex(r"^(?:各类)?(?:政务|政府)信息(?:及|和|与|以及)|(?:^|政府|政府办|办公室|各类|政务公开|政务|主动公开|本局|本单位|我局"
                        r"|等(?:各类|各项|多类|多方面|方面|相关|类|类别|内容|政务|政府|主动公开|公开)?的?"
                        r"|等[^、，。；]{0,12}的)$")  # "…等群众关心关注的信息": a description, no category
# A government field as the kind, on a named channel: "县政府门户网站共发布卫生健康信息493条", "官网发布生态环境领域相关信息5341条",
# "网站上主动公开交通行业信息112条" — a bureau's information of its own field is everything it publishes (a category
# names a form or a matter: 动态, 文件, 公告). Only where the clause names the channel (proactive.py).
FIELD = regex(r"^(?:各类|本局|我局|本单位)?(?:政府|政务)?(?:卫生健康|卫健|卫生|医疗卫生|交通运输|交通|教育|人社|人力社保|人力资源和?社会保障|生态环境|环境保护|环保|民政"
              r"|水利|水务|农业农村|农业|三农|统计|司法行政|司法|医保|医疗保障|商务|文旅|文化旅游|文化和旅游|林业|应急管理|应急|住建|住房城乡建设"
              r"|住房和城乡建设|城乡建设|科技|市场监管|市场监督管理|税务|财政|自然资源|审计|人防|气象|体育|退役军人|信访|公安|残联|医疗保障)"
              r"(?:行业|领域|系统|工作)?(?:相关)?(?:工作)?(?:类)?$")
# Own-made items are everything the agency wrote: "网站发布自主信息98条".
OWN_MADE = regex(r"^(?:各类)?(?:自主|原创|自采|自编)(?:类)?$")
# The form of a post (and the channel named as its object) is no kind of information: "推送图文信息",
# "推送微信文章", "发布视频类信息".
PROACTIVE_FORM = regex(r"^(?:各类|原创)?(?:政务)?(?:图文|图片|文字|音视频|视频|短视频|微信|微博)类?$")
# The main channel is not the only one: "以门户网站为主渠道，全年共主动公开政府信息860条" is the total.
MAIN_CHANNEL = regex(r"以[^，。；\d]{1,16}?为主(?:渠道|阵地|平台|载体)")
# A column named elsewhere in the sentence is where one kind of information goes, no channel of the count.
COLUMN = regex(r"专栏|栏目")
# Applications and refusals are no publication: "依申请公开信息459条", "不予公开信息1535条".
PROACTIVE_NOT = regex(r"(?:依申请|不予|部分|申请|预|(?<!通过)(?:其他|其它)(?:应当?|需要?)?)" + PUBLISH + r"[^，。；]*$"
                     # Reposts of other sites' information are one kind of it: "转发中央…和省级政府网站信息119条".
                     r"|转(?:发|载)[^，。；]{0,40}?(?:网站|政府网|门户)[^，。；]{0,4}?信息[^，。；]*$"
                     # Copies handed out are no publication: "发放各类宣传册共3000余份".
                     r"|(?:发放|分发|派发|印发)(?:了)?(?:各类|各种)?(?:宣传册|宣传单|宣传资料|资料|手册|明白纸|折页|海报)[^，。；]*$")
# The noun first: "我镇信息主动公开292条".
PROACTIVE_INVERTED = regex(r"(?:政务信息|政府信息|信息)(?:公开)?(?:主动公开|发布量|发布数量|发布总数|发布总量|更新)(?:共|总数|数量)?(?:为|达)?\s*$"
                        # a bare "信息发布912条" opening its clause: "门户网站总访问量超过88万次，信息发布912条".
                        r"|^[\s，,]*(?:政务|政府)?信息发布(?:共)?\s*$"
                        # a channel's own volume: "微信公众号发布量381条".
                        r"|(?:微信|公众号|微博|网站|抖音|视频号|头条号)(?:信息)?(?:发布量|发布数量|发布总量|推送量)(?:共|为|达)?\s*$")
# Stories placed in the news media, whatever they are about: "在…等主流媒体发布重要政策70余篇".
MEDIA_STORIES = regex(r"(?:媒体|日报|报纸|报刊|电视台?|广播)(?:上)?(?:发布|刊发|刊登|刊播|播发|发表)[^，。；\d]{0,10}$")
# The channel as the thing published: "共发布微博104条".
PROACTIVE_CHANNEL_NOUN = regex(PUBLISH + r"(?:微博|微信|短视频|视频)(?:共)?\s*$")
# A column of one kind of information: "规划计划类栏目发布信息137条", "其它栏目发布信息5906条".
# "…18条，涵盖以下方面：法定主动公开内容5条": the items the law requires, one part of what was published (not
# "政府网站发布法定主动公开内容5312条": a channel's output so named).
PROACTIVE_CATEGORY = regex(r"类栏目|[其它他]+栏目|类信息栏目|领域(?:共)?(?:主动)?(?:公开|发布)|重点领域(?:政府)?信息\s*$|^[\s：:]*法定(?:主动)?公开内容\s*$")
# A stock of everything ever published, not the year's: "到年底累计主动公开政府信息5928条".
CUMULATIVE = regex(r"(?:年底|年末|历年|建站以来|以来)[^，。；]*累计|累计已|^\s*历年(?:以来)?(?:共)?(?:主动)?(?:公开|发布)")
# 新增 too: "其中在市政府信息公开平台新增88条" (the channel must be named: a bare 新增 is no publication).
PROACTIVE_VERB = regex(r"(?:" + PUBLISH + r"|新增)\s*$")
# Only a bare "全年刊发N篇" takes its channel from earlier in the sentence.
PROACTIVE_BARE = regex(r"^\s*(?:全年|今年|年内|本年度?|\d{4}年)?(?:共|累计)?(?:审核|审发|审定|编审)?" + PUBLISH + r"\s*$")
PROACTIVE_UNITS = units("条", "篇", "件", "份")
# The noun after the number: "共主动公开158份信息稿件", "发布91条视频".
PROACTIVE_NOUN_AFTER = regex(r"^\s*(?:各类)?(?:政府|政务)?(?:信息|稿件|文章|视频|短视频)")
# A kind of work before the verb in a breakdown: "其中部门工作公开信息78条".
PROACTIVE_KIND = regex(r"^\s*其中[，,:：]?\s*[\u4e00-\u9fff]{2,8}(?:工作|类|领域)(?:公开|发布)")
CHANNELS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("short_video", regex(r"(?:微信)?视频号|(?:微信)?短视频|(?:抖音|快手)(?:公众号|号|账号|平台)?")),  # first: 微信视频号 is a short-video account
    # An account on a news platform is new media, before 公众号 reads it as wechat ("今日头条公众号").
    ("new_media", regex(r"(?:今日)?头条(?:公众号|号|账号|平台)|今日头条|(?:百家|澎湃|人民|企鹅|网易|搜狐|大鱼|央视频)号|自媒体")),
    ("wechat", regex(r"微信|公众号")),
    ("weibo", regex(r"微博")),
    ("new_media", regex(r"新媒体|两微|双微")),
    ("app", regex(r"客户端|APP|App")),
    ("government_gazette", regex(r"政府公报")),
    # A site is any …网 of information or government, 官网 or 门户 ("局官网", "人防信息网"); not 网络, 网民, 网格, 网信.
    # A site named for its field ("杭州教育网") is a site too.
    ("website", regex(r"网站|栏目|专栏|政府网|政务外网|门户|首页|主页|官网(?!下载)|(?:信息|政务|服务|资讯|新闻|公众|在线|公开)网(?![络民格点上友办签信])"
                      r"|(?:教育|卫生|健康|卫健|交通|水利|水务|农业|统计|司法|人社|医保|商务|文旅|林业|气象|环保|生态|住建|科技|审计|民政|财政|税务|应急|人防)网(?![络民格点上友办签信格])"
                      r"|在[^，。；\d]{0,10}?(?:信息|政务|公开)网上")),  # "在政务公开网上公开…", not "信息网上报送"
    ("bulletin", regex(r"《[^》]*(?:信息|要情|简报|专报|动态)》")),
    ("news_media", regex(r"日报|报社|报纸|报刊|云报|电视|广播|融媒|媒体")),
    ("other", regex(r"其他渠道|其他形式|其他方式|(?<=通过)其他(?=公开|发布)|宣传册|电子屏|显示屏|公开栏|公示栏|宣传栏|查阅室|查阅点|查阅中心|查阅场所|档案馆|图书馆")),
)
# A count of information with neither verb nor channel in its clause: "…，各类政府信息200余条".
BARE_INFORMATION = regex(r"^\s*(?:各类|其他|其它)?(?:政府|政务)?信息(?:共计|共)?\s*$")
# Two sites named together ("省政府网站信息公开专栏和厅网站"), and a site's word, for a count broken down by site.
SITE = regex(r"网站|政府网|门户")
TWO_SITES = regex(r"(?:网站|政府网|门户)[^，。；\d]{0,16}?(?:和|及|与|、)[^，。；\d]{0,16}?(?:网站|政府网|门户)")
# A list of platforms closed by 等 and a word of platforms: "通过门户网站、罗平M等平台主动公开…".
PLATFORMS_LISTED = regex(r"(?P<items>[^，。；、\d]{2,16}(?:、[^，。；、\d]{2,16})+)等(?:多个|各类)?(?:平台|渠道|载体)")
NEW_MEDIA = frozenset(("wechat", "weibo", "new_media", "short_video", "app"))
# An account's or site's name in quotes before the kind of channel it is: "“番禺政府网”微信公众号" is a
# wechat account, not a website; the name says nothing of the channel.
ACCOUNT_NAME = regex(r"[“\"][^”\"，。；]{1,24}[”\"](?=\s*(?:官方|政务)?(?:微信|微博|公众号|抖音|快手|视频号|头条|网站|客户端|APP|App|平台|专栏|栏目))")
# A column of the website named by its content ("钦北要闻栏目"), and the agency's own column ("本局栏目").
NAMED_COLUMN = regex(r"[\u4e00-\u9fff“”]{2,12}(?:栏目|专栏)")
OWN_COLUMN = regex(r"^(?:在|通过)?(?:[^栏专]*?(?:本|我)[局委办镇乡]|[^栏专]*?(?:政务公开|信息公开))"
                   r"|(?:网站|政府网|门户网站)[^栏专]{1,10}?(?:局|委|办|中心|镇|乡|街道|所)(?:栏目|专栏)$")
