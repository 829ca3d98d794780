"""A channel's count worded by what it posts: "微信公众号发布政务动态245条", "公告栏公示400余条".

``proactive.py`` reads a count of information published as the total, or as a channel's where the
words name one, and takes a count of one kind of information (工作动态, 财政信息 …) for no count at all.
Real reports often word a channel's whole output by the kind it mostly posts, or with a verb of their
own; read here:

- the news a channel posts ("政府网站发布工作动态27条", "公众号发布转发最新政策信息和热点动态302条",
  "门户网站公开工作信息193条"): that channel's count, unless the sentence goes on to list other kinds of
  the same channel ("部门网站发布工作日常动态33条，通知通告14条": the news are one kind of several);
- a notice board's posts, with its own verb 公示 / 张贴 and any kind ("公示栏公示乡村信息170条",
  "公告栏公示400余条"): the board's count (channel ``other``);
- items reported up to a site ("上报区政府门户网站新闻及公示信息234条"): the site's count;
- a count of a paragraph about one channel, whose sentence names none ("某政务网站作为…重要渠道，…。
  全年共发布各类主动公开信息3257条"): the channel's.
"""

from __future__ import annotations

import re
from typing import Callable

from nianbao.extraction.figures import rules_proactive as PP
from nianbao.extraction.figures.context import Context
from nianbao.extraction.figures.rules import PUBLISH

# What a channel posts as news: 工作动态, 政务动态类信息, 新闻动态, 要闻, 工作信息, 信息动态 …
# A bare 类 before the count is one kind of a list of kinds ("其中网站发布新闻类90条"), not the channel's output.
_NEWS = r"(?:工作|政务|政府|新闻|部门|热点|镇街|乡镇|村务|日常|工作日常)?(?:动态|新闻|要闻|资讯|工作信息|信息动态)(?:类?信息)?"
NEWS = re.compile(rf"^(?P<head>.*?){PUBLISH}(?P<object>[^，。；\d]{{0,30}}?){_NEWS}(?:共计|共|合计)?\s*$")
# A notice board and its own verbs: 公示 is a verb here, not a kind of information.
BOARD = re.compile(r"(?:公示栏|公开栏|公告栏|宣传栏)(?!目)|公示牌|公开墙")  # not a site's column: "通知公告栏目"
BOARD_POST = re.compile(rf"^(?P<head>.*?(?:{BOARD.pattern})[^，。；\d]{{0,8}}?)(?:张贴|公示|{PUBLISH})+[^，。；\d]{{0,30}}?(?:共计|共|合计)?\s*$")
# Reported up to a site: the site publishes what it was sent.
REPORTED = re.compile(r"(?:上报|报送)(?:至|到)?(?P<head>[^，。；\d]{0,12}?(?:网站|门户|政府网))[^，。；\d]{0,30}?(?:共计|共|合计)?\s*$")
# Other kinds of the same channel listed after its news: the news are one kind of several.
OTHER_KINDS = re.compile(r"通知|公告|通告|公示|文件|解读|法定|概况|目录|规划|计划|人事|财政|预决算|预算|决算|政策")
# A sentence about one channel: "某政务网站作为本地区信息公开的重要渠道，…".
TOPIC = re.compile(r"^\s*(?P<head>[^，。；\d]{0,24}?)作为"
                   # a run-in heading that is a channel's name: "（一）某政府在线街道办事处主页。…共主动公开…165条".
                   r"|^\s*[（(][一二三四五六七八九十]{1,3}[）)](?P<heading>[^，。；\d]{2,24})。?\s*$")
_PARAGRAPH_END = "。！？\n"


def own_channel(ctx: Context, i: int, left: str, named: Callable[[str], str | None]) -> str | None:
    """The channel mention ``i`` counts the posts of, read by what it posts (see the module); None where
    these wordings do not apply. ``named`` is the channel the words name (``proactive._named_channel``)."""
    for pattern, fixed in ((REPORTED, "website"), (BOARD_POST, "other"), (NEWS, None)):
        hit = pattern.search(left)
        if hit is None:
            continue
        channel = fixed or named(hit.group("head"))
        if channel is None or fixed is None and channel == "other" and not BOARD.search(hit.group("head")):
            return None
        return None if _more_kinds(ctx, i, channel, named) else channel
    return None


def _names_channel(words: str) -> bool:
    return BOARD.search(words) is not None or any(pattern.search(PP.ACCOUNT_NAME.sub("", words)) for _, pattern in PP.CHANNELS)


def _more_kinds(ctx: Context, i: int, channel: str, named: Callable[[str], str | None]) -> bool:
    """Whether the sentence (full stop to full stop) counts another kind of information (notices, documents,
    budgets …) of the same channel, or in words naming no channel, or the total after it: the news are then
    one kind of several ("部门网站发布工作日常动态33条，通知通告14条")."""
    m = ctx.mentions[i]
    head = max(ctx.text.rfind(ch, 0, m.start) for ch in _PARAGRAPH_END) + 1
    stop = min([p for p in (ctx.text.find(ch, m.end) for ch in _PARAGRAPH_END) if p >= 0] or [len(ctx.text)])
    for k, other in enumerate(ctx.mentions):
        if k == i or other.unit not in PP.PROACTIVE_UNITS or not head <= other.start < stop:
            continue
        _, words = ctx.left(k)
        if OTHER_KINDS.search(BOARD.sub("", words)) and (not _names_channel(words) or named(words) == channel):
            return True
        # The total after it: "发布政务新闻共804条，主动公开政府信息数共计449条" (the news are one kind of it).
        if k > i and "主动公开" in words and not _names_channel(words) \
                and not re.search(r"其中|包括", ctx.text[m.end:other.start]):
            return True
    return False


def topic_channel(ctx: Context, start: int, named: Callable[[str], str | None]) -> str | None:
    """The one channel the sentence before ``start``'s sentence is about ("…网站作为…渠道，…。全年共发布…"),
    where ``start``'s sentence names no channel before it."""
    sentence = ctx.sentence_start(start)
    # A column the sentence names is where one kind goes, no channel of its own ("下设…等栏目，…共主动公开…").
    if sentence == 0 or named(PP.COLUMN.sub("", ctx.text[sentence:start])) is not None:
        return None
    # A channel named later in the sentence has counts of its own: the count before it is wider than it
    # ("…累计主动公开政府信息1612条，通过某县人民政府网站公布…200余条").
    stop = min([p for p in (ctx.text.find(ch, start) for ch in _PARAGRAPH_END) if p >= 0] or [len(ctx.text)])
    if _names_channel(ctx.text[start:stop]):
        return None
    # A run-in heading before a colon is no part of the sentence ("1．主动公开方面：某网站作为…").
    words = re.split(r"[：:]", ctx.text[ctx.sentence_start(sentence - 1):sentence])[-1]
    hit = TOPIC.match(words)
    return named(hit.group("head") or hit.group("heading")) if hit is not None else None
