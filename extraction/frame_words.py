"""A body's name with a portal's frame run into its front: a crawler that flattens a page to one line joins
the metadata block, the accessibility bar and the breadcrumb straight onto the title, with no space between
('发文字号某街道', '有效性有效某市某局', '无障碍某省某厅', '正文某县某局'). What the frame puts there is a
closed set, the same on every portal: a metadata field's key (the keys a portal's block is made of,
``layout.fields.FIELD_KEYS``), a field's stock value (有效, 主动公开), a chrome word (无障碍, 正文, 首页, 打印,
登录注册), a breadcrumb's column (公告公示, 专栏, 县级部门) — or the last characters of the field before it:
the tail of another body's name or a title cut there ('…管委会' read as '委会', '…年报' as '报'), a view
count's unit ('浏览次数：12次'). Such a word is taken off the name's front only where what follows is itself a
plausible body named by its place: a name the frame did not touch never opens on one of these words."""

from __future__ import annotations

import re
from collections.abc import Callable

from nianbao.core import places
from nianbao.extraction.layout.fields import FIELD_KEYS
from nianbao.extraction.metadata import place_names, plausible_agency

# A field's stock values, the chrome bar's words and a breadcrumb's columns (a portal's own words, no body's).
_VALUES = ("现行有效", "有效", "失效", "废止", "主动公开", "依申请公开", "全文公开", "不公开", "社会公众")
_CHROME = ("无障碍浏览", "无障碍", "语音朗读", "朗读", "读屏", "长者模式", "关怀版", "适老化", "正文", "网站首页", "首页", "打印本页", "打印", "关闭窗口",
           "关闭", "收藏", "字号", "登录注册", "登录", "注册", "公告公示", "通知公告", "专栏", "专题专栏", "政务公开", "信息公开",
           "年度报告", "年报", "部门文件", "部门", "当前位置",
           # the share bar and its QR code's caption ('分享到：微信 微博', '用手机打开当前页')
           "分享到", "分享", "微信", "微博", "手机版", "打开当前页", "当前页", "扫一扫")
# The tails a field before the name leaves when the crawler cut there: a committee's (管委会, 委员会), a
# report's title (年报, 报告), a view count's unit.
_TAILS = ("委会", "员会", "报", "告", "次")
_WORDS = tuple(sorted({*FIELD_KEYS, "时效性", *_VALUES, *_CHROME}, key=len, reverse=True))
# Where the frame's own pieces part: a breadcrumb's arrow, a space, a colon or a bar.
_FRAME_BREAK = re.compile(r"[>＞»›\s:：|｜]+")
# A piece that ends on a body's word: a name spaced from its unit's ('国家税务总局 某市税务局'), no frame.
_BODY_END = re.compile(r"(?:局|厅|委|院|办|部|署|会|政府|中心|室|处|所|站|队|校|学)$")
_GENERIC_PLACE = re.compile(r"^[省市区县州旗盟镇乡](?![省市区县州旗盟镇乡])")


# The frame's words as they end the text before a name, with a breadcrumb's column of the portal's bodies by
# level ('县级部门', '市直单位') and its column for the reports ('公开年报', '政府信息公开年报').
_ENDS_ON_FRAME = re.compile("(?:" + "|".join(map(re.escape, (*_WORDS, *_TAILS))) + r"|(?:[省市区县]级|[省市区县]直)(?:部门|单位|机关)"
                            r"|年报|年度报告)$")


_OPENS_ON_FRAME = re.compile("(?:" + "|".join(map(re.escape, _WORDS)) + r"|告)")


def _named_body(rest: str, loose: bool = False) -> bool:
    """A plausible body that opens on its place: a real one in the gazetteer, or a generic level ('市气象局',
    completed later); ``loose``: any place the body grammar reads ('某街道', a township the gazetteer lacks)."""
    opens = places.opens_with_place(rest) or bool(_GENERIC_PLACE.match(rest)) or (loose and _grammar_place(rest))
    return opens and plausible_agency(rest, place_only=True)


def _grammar_place(rest: str) -> bool:
    """``rest`` opens with a place the body grammar reads, and no real division starts inside that place's name
    (the grammar reads words before a real place into it: '年份某市' is frame and 某市; one character before
    it may be the place's own, '宜宾县' is no 宜 + 宾县)."""
    names = place_names(rest)
    if not names:
        return False
    first = names[0]
    # a real division making up the end of the read place after two or more other characters
    return not any((lead := places.leading_places(first[j:])) and j + lead[-1].end == len(first) for j in range(2, len(first) - 1))


# A page's title as a browser shows it, the site's name joined to the report's by a dash or a bar ('某县人民政府-某处
# 2020年度…报告'): no body's name holds one, so the body is the name after it.
_SITE_JOIN = re.compile(r"\s*(?:[-－_|｜]|—{1,2}|–)\s*")


def strip_frame(name: str | None) -> str | None:
    """``name`` with the portal frame's words taken off its front where what follows is a plausible body named
    by its place ('文号时效某区某委员会' → '某区某委员会'); the name as it is otherwise,
    and always when it opens with a real place itself. A name that is no plausible body as it stands and holds
    the frame's breaks (a breadcrumb's arrows, a space, a colon) is read from after its last break."""
    if not name:
        return name
    if (joined := _SITE_JOIN.split(name)) and len(joined) > 1 and plausible_agency(joined[-1], place_only=True):
        return strip_frame(joined[-1])
    if places.opens_with_place(name):
        return name
    if not plausible_agency(name, place_only=True) and (breaks := list(_FRAME_BREAK.finditer(name))):
        # a breadcrumb or a field run in before it ('首页 > 通知公告 > 正文某学院'): the name is after its last break
        last, before = name[breaks[-1].end():], name[: breaks[-1].start()]
        if last and not _BODY_END.search(before) and (_named_body(last) or _cut_after_frame(last) != last):
            name = last
    return _cut_after_frame(name)


def _cut_after_frame(name: str) -> str:
    """``name`` from where the frame's words before it end and a plausible body named by its place begins
    ('录注册无障碍某区某办' → '某区某办': the crawler's text may start inside the frame's first word)."""
    if places.opens_with_place(name):
        return name
    cuts = [i for i in range(1, len(name) - 1) if _ENDS_ON_FRAME.search(name, 0, i)]
    for i in cuts:  # a place the gazetteer knows: the first such cut
        if _named_body(name[i:]):
            return name[i:]
    # a place only the body grammar reads, which reads the frame's words into it too ('无障碍某区'): the last cut
    return next((name[i:] for i in reversed(cuts) if _named_body(name[i:], loose=True)), name)


def after_frame(name: str, accept: Callable[[str], bool]) -> str:
    """``name`` from the last place the frame's words before it end where what follows is a name ``accept`` takes
    ('信息公开年报某二中' → '某二中', '语音朗读某市建设集团' → '某市建设集团' for a test taking schools and
    enterprises); ``name`` as it is where no such place is. For a name ``plausible_agency`` would refuse (a school
    named by no place, an enterprise), which ``strip_frame`` leaves whole."""
    taken = [name[i:] for i in range(1, len(name) - 1) if _ENDS_ON_FRAME.search(name, 0, i) and accept(name[i:])]
    # a breadcrumb of several frame words ('无障碍关怀版某学院', '通知公告公告公示某学院'): the name is after the last
    # of them, and opens on none of them, nor on a report title's last character cut off from it
    return next((rest for rest in reversed(taken) if not _OPENS_ON_FRAME.match(rest)), taken[0] if taken else name)
