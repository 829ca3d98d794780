"""Counts of information published (主动公开): the total, or a channel's count where the words name one."""

from __future__ import annotations

import re

from nianbao.core.codebook import figure
from nianbao.core.record import Figure

from nianbao.extraction.figures import rules_proactive as PP
from nianbao.extraction.figures.channel_counts import BOARD, own_channel, topic_channel
from nianbao.extraction.figures.context import CLAUSE_END, Context, make_figure
from nianbao.extraction.figures.rules import LOST_UNIT_NEXT


def _channel(words: str) -> str | None:
    words = PP.ACCOUNT_NAME.sub("", words)
    return next((name for name, pattern in PP.CHANNELS if pattern.search(words)), None)


def _sentence_channel(ctx: Context, start: int) -> str | None:
    """The channel the sentence names before ``start`` (see ``_named_channel``): "通过门户网站，全年发布…";
    not one named before a count of its own ("在门户网站发布新闻804条，主动公开政府信息449条")."""
    head = ctx.sentence_start(start)
    unit = next((n.unit for n in ctx.mentions if n.start >= start and n.unit), None)
    # Only a count of the same thing cuts the channel off ("门户网站公开文件327件，发布信息7336条": the documents
    # are no count of items), and not one listed with this one ("发布新闻信息1247条、政务信息1.5万余条").
    counted = [n.end for n in ctx.mentions if n.unit in PP.PROACTIVE_UNITS and head <= n.start and n.end <= start
               and n.unit == unit and re.search(r"[，,：:]", ctx.text[n.end:start])]
    channel = _named_channel(PP.COLUMN.sub("", ctx.text[max([head, *counted]):start]))
    return None if channel is not None and _counted_again(ctx, channel, start) else channel


def _counted_again(ctx: Context, channel: str, start: int) -> bool:
    """Whether a later clause of the sentence names ``channel`` again with a count of its own: the count before
    it is then wider than the channel ("…门户网站维护栏目，…，主动公开信息共373条，通过政府门户网站发布信息93条、…")."""
    stop = min([p for p in (ctx.text.find(ch, start) for ch in "。！？\n") if p >= 0] or [len(ctx.text)])
    for n in ctx.mentions:
        if start < n.start < stop and n.unit in PP.PROACTIVE_UNITS:
            clause = max(ctx.text.rfind(ch, 0, n.start) for ch in CLAUSE_END) + 1
            if _named_channel(ctx.text[max(clause, start):n.start]) == channel:
                return True
    return False


def _named_channel(head: str) -> str | None:
    """The channel ``head`` names where it names one kind only; several new-media accounts together are
    new_media; a mix with the website (or anything else) is none (the count is the total)."""
    head = PP.MAIN_CHANNEL.sub("", PP.ACCOUNT_NAME.sub("", head))
    named: set[str] = set()
    claimed: list[tuple[int, int]] = []  # 新媒体 is new_media, not also news_media's 媒体
    for name, pattern in PP.CHANNELS:
        for hit in pattern.finditer(head):
            if not any(a < hit.end() and hit.start() < b for a, b in claimed):
                claimed.append(hit.span())
                named.add(name)
    if "bulletin" in named and "栏目" in head:
        named.discard("bulletin")  # 《部门动态》《公示公告》栏目: columns of the website, no bulletins
    if len(named) == 1 and not _unknown_listed(head):
        return next(iter(named))
    # The class and one account of it: "新媒体平台“某乡”微信公众号" is the wechat account (not "新媒体（微信等）").
    if len(named) == 2 and "new_media" in named and named <= PP.NEW_MEDIA and "等" not in head:
        return next(iter(named - {"new_media"}))
    if len(named) > 1 and named <= PP.NEW_MEDIA:
        return "new_media"
    return None


def _unknown_listed(head: str) -> bool:
    """A list of platforms closed by 等 with one no channel word names ("门户网站、罗平M等平台"): the count is
    over platforms of more than one kind, the total."""
    hit = PP.PLATFORMS_LISTED.search(head)
    if hit is None:
        return False
    items = re.split(r"、", hit.group("items"))
    return any(not any(pattern.search(item) for _, pattern in PP.CHANNELS) for item in items)


def proactive(ctx: Context, i: int, paragraph: int | None, figures: list[Figure]) -> Figure | None:
    """A count of information published: by channel where the words name one, else the total."""
    m = ctx.mentions[i]
    if m.unit not in PP.PROACTIVE_UNITS:
        return None
    start, left = ctx.left(i)
    lost = list(PP.LOST_UNIT.finditer(left))
    if lost:
        left = left[lost[-1].end():]
    elif PP.PROACTIVE_KINDS_COUNTED.match(left) and _kinds_counted(ctx, i, start):
        kinds = next(n for n in reversed(ctx.mentions[:i]) if n.unit)
        clause = max(ctx.text.rfind(ch, 0, start) for ch in CLAUSE_END) + 1
        # The words with the count of kinds left out: "集中公开七大类48项信息共" reads "集中公开信息共".
        left = re.sub(r"[一二三四五六七八九十\d]+大?类$", "", ctx.text[clause:kinds.start]) + left
        start = clause
    if re.match(r"\s*[、和及]", left) and not PP.PROACTIVE_VERB.search(left) and not _channel(left):
        left = _shared_verb(ctx, i) + left.lstrip()[1:]
    if PP.PROACTIVE_NOT.search(left) or PP.PROACTIVE_CATEGORY.search(left) or PP.PROACTIVE_KIND.search(left):
        return None
    channel = own_channel(ctx, i, left, _named_channel)
    if channel is not None:
        return _finish(ctx, channel, None, left, start, m, paragraph, figures)
    stock = _stock(ctx, left, start, m, paragraph, figures)
    if stock is not None:
        return stock
    if PP.PROACTIVE_SUM.match(left):
        return _sum(ctx, i, start, paragraph)
    qualifier = None
    hit = PP.PROACTIVE.search(left) or PP.PROACTIVE_LISTED.search(left)
    if hit is not None:
        kinds = (hit.groupdict().get("object") or hit.groupdict().get("object2") or "").strip()
        kinds = re.sub(r"^(?:[（(][^）)]{1,6})?[）)]", "", kinds)  # "发布（转发）信息": how, not what
        if (not PP.PROACTIVE_WHOLE.search(kinds) and not PP.PROACTIVE_KINDS.search(kinds) and not _site_field(kinds, left)
                and not PP.PROACTIVE_FORM.match(kinds) and not PP.OWN_MADE.match(kinds)
                and not (PP.FIELD.match(kinds) and _channel(left))):
            return None  # one category of information
        if _channel(left):
            channel = _named_channel(left)
        elif "等" in kinds or PP.PROACTIVE_KINDS.search(kinds):
            # Kinds listed: a channel elsewhere in the sentence is not theirs, unless the sentence opens with it.
            channel = _opening_channel(ctx, start)
        else:
            channel = _sentence_channel(ctx, start)
        if channel is None and not _channel(PP.COLUMN.sub("", ctx.text[ctx.sentence_start(start):start])):
            channel = topic_channel(ctx, start, _named_channel)
        if channel is None and (PP.CUMULATIVE.search(left) or _stock_since(ctx, left, start)
                                or _stock_by_date(ctx, i, left, start, figures)):
            qualifier = "累计"
        if channel is None and _listed_kinds_part(kinds, left, m.value, figures):
            return None
    elif PP.PROACTIVE_INVERTED.search(left):
        channel = _named_channel(left) if _channel(left) else _sentence_channel(ctx, start)
    elif PP.PROACTIVE_CHANNEL_NOUN.search(left):
        channel = _channel(left[PP.PROACTIVE_CHANNEL_NOUN.search(left).start():])
    elif PP.PROACTIVE_VERB.search(left) and PP.PROACTIVE_NOUN_AFTER.match(ctx.right(i, False)):
        channel = _named_channel(left) if _channel(left) else _sentence_channel(ctx, start)
    elif PP.PROACTIVE_VERB.search(left):
        # "通过政务新媒体（微信公众号等）公开" is new media; "通过门户网站及政务新媒体公开" names no one channel: the total.
        channel = _named_channel(left) if _channel(left) else None
        if channel is None and _channel(left):
            return make_figure(figure("proactive.items_total"), m, paragraph)
        if channel is None and PP.PROACTIVE_BARE.search(left):
            channel = _channel(PP.COLUMN.sub("", ctx.text[ctx.sentence_start(start):start]))
        if channel is None:
            return None
    elif m.unit == "篇" and PP.MEDIA_STORIES.search(left):
        channel = "news_media"
    elif _listed_channel(ctx, left, start, figures):
        channel = _channel(left)
    elif PP.BARE_INFORMATION.match(left) and re.search(r"[，,]\s*$", ctx.text[:start]):
        # The last of a list the sentence's channel and verb govern: "通过某县人民政府网站公布文件105件、规范性文件2件，
        # 各类政府信息200余条" — the site's, where the sentence names one channel; nothing otherwise.
        channel = _sentence_channel(ctx, start)
        if channel is None or not re.search(PP.PUBLISH, ctx.text[ctx.sentence_start(start):start]):
            return None
    else:
        return None
    return _finish(ctx, channel, qualifier, left, start, m, paragraph, figures)


def _finish(ctx: Context, channel: str | None, qualifier: str | None, left: str, start: int, m, paragraph: int | None,
            figures: list[Figure]) -> Figure | None:
    """The count as the channel's (or the total), unless it is a part of a count before it."""
    if channel == "website" and _column_part(ctx, left, start, m.value, figures):
        return None
    if channel == "website" and _two_sites_broken_down(ctx, left, m):
        channel = None
    if channel is not None and _channel_part(ctx, channel, start, m.value, figures, left):
        return None
    if channel is None and _kind_part(ctx, left, start, figures):
        return None
    fid = f"proactive.items_by_channel.{channel}" if channel else "proactive.items_total"
    return make_figure(figure(fid), m, paragraph, qualifier=qualifier)


def lost_unit(ctx: Context, i: int, paragraph: int | None) -> Figure | None:
    """A count of information published whose unit the page lost: the channel's, where the words name one,
    else the total. Only a whole number right after the noun, before a mark or a word that is no date."""
    m = ctx.mentions[i]
    if m.approx or not isinstance(m.value, int) or m.value < 2:
        return None
    # Not a count of kinds: "主动公开政府信息2类，共计…6条".
    if not (m.end == len(ctx.text) or ctx.text[m.end] in "，,。；;" or LOST_UNIT_NEXT.match(ctx.text, m.end)) \
            or ctx.text[m.end:m.end + 1] in ("类", "种", "大", "项", "个"):
        return None
    _, left = ctx.left(i)
    if not PP.LOST_UNIT_COUNT.search(left) or PP.PROACTIVE_NOT.search(left):
        return None
    channel = _named_channel(left) if _channel(left) else None
    # Channels of several kinds give the total only where they are listed as such ("政府网站、政务新媒体等平台");
    # run together ("某某政府网微信公众号推送信息1363") the words do not say whose count it is.
    if channel is None and _channel(left) and "等" not in left:
        return None
    fid = f"proactive.items_by_channel.{channel}" if channel else "proactive.items_total"
    return make_figure(figure(fid), m, paragraph, note="the page lost the unit")


def _two_sites_broken_down(ctx: Context, left: str, m) -> bool:
    """A count over two sites broken down by site after 其中 is the total, its parts the site's ("通过省政府网站
    信息公开专栏和厅网站主动公开各类信息15329条，其中，省政府网站…4288条，厅网站…11040条")."""
    if not PP.TWO_SITES.search(PP.ACCOUNT_NAME.sub("", left)):
        return False
    stop = min([p for p in (ctx.text.find(ch, m.end) for ch in "。；") if p >= 0] or [len(ctx.text)])
    after = ctx.text[m.end:stop]
    return re.match(r"\s*[，,]?\s*其中", after) is not None and len(PP.SITE.findall(after)) >= 2


def _stock_since(ctx: Context, left: str, start: int) -> bool:
    """累计 opening the clause after one ending in 以来 ("《条例》颁布实施以来，累计主动公开…"): the stock."""
    return left.lstrip().startswith("累计") and re.search(r"以来[，,]\s*$", ctx.text[ctx.sentence_start(start):start]) is not None


def _stock_by_date(ctx: Context, i: int, left: str, start: int, figures: list[Figure]) -> bool:
    """A count 累计 to a date ("截至2019年底，累计主动公开…64627条") is the stock where the paragraph also gives
    the year's count: a total before it, or a 新增 count in the sentence after it ("…305条。2022年新增…30条");
    alone it is the year's ("截至12月31日，某街道累计主动公开政府信息301条")."""
    if "累计" not in left:
        return False
    sentence = ctx.sentence_start(start)
    if not re.search(r"截[至止]", ctx.text[ctx.sentence_start(max(sentence - 1, 0)):start]):
        return False
    value = ctx.mentions[i].value
    if any(f.id == figure("proactive.items_total") and not f.qualifier and f.value < value for f in figures):
        return True
    after = ctx.text[ctx.mentions[i].end:]
    ends = [p for p in (after.find(ch) for ch in "。；") if p >= 0]
    nxt = min(ends) if ends else len(after)
    ends2 = [p for p in (after.find(ch, nxt + 1) for ch in "。；") if p >= 0]
    return "新增" in after[:min(ends2) if ends2 else len(after)]


def _column_part(ctx: Context, left: str, start: int, value: float, figures: list[Figure]) -> bool:
    """A named column's count after a larger count of the same sentence is a part of it, no channel:
    "门户网站公开政府信息11314条，在要闻栏目发布信息1156条，…" (the agency's own column is its channel)."""
    column = PP.NAMED_COLUMN.search(left)
    sentence = ctx.sentence_start(start)
    # The agency's own column is its channel, unless it is listed after 其中 as a part of the site's count.
    if column is None:
        return False
    larger = [f for f in figures if f.id.startswith("proactive.") and (f.start or 0) >= sentence and f.value > value]
    # After 其中 the agency's own column is a part of the site's count, not of the total ("全年主动公开…221条，其中，
    # 在某县人民政府门户网站政府信息公开栏目发布信息31条…；通过微信公众号公开信息190条": the site's channel).
    if PP.OWN_COLUMN.search(column.group()) and ("其中" not in ctx.text[sentence:start]
                                               or not any(f.id == "proactive.items_by_channel.website" for f in larger)):
        return False
    return bool(larger)


def _channel_part(ctx: Context, channel: str, start: int, value: float, figures: list[Figure], left: str = "") -> bool:
    """A count after 其中 of the channel counted just before is a part of it (by level, by kind), no count of its
    own: "通过新闻媒体发布信息420条（其中国家级媒体10篇，省级媒体142篇…）"."""
    fid = f"proactive.items_by_channel.{channel}"
    sentence = ctx.sentence_start(start)
    # Without a verb of its own, a count of one outlet after a larger count of its channel is a part of it:
    # "…在各类媒体上刊发报道700余篇，…，新华社2篇，某日报15篇".
    # Not one of a list of verbless counts ("抖音号60条，快手号45条"): the larger count has a verb of its own.
    if left and not re.search(PP.PUBLISH, left) and any(
            f.id == fid and not f.qualifier and (f.start or 0) >= sentence and f.value > value
            and re.search(PP.PUBLISH, ctx.text[max(ctx.text.rfind(ch, 0, f.start or 0) for ch in CLAUSE_END) + 1:f.start or 0])
            for f in figures):
        return True
    for f in reversed(figures):
        if (f.start or 0) < sentence:
            return False
        if f.id == fid and not f.qualifier:
            return "其中" in ctx.text[f.end or 0:start] + left and f.value > value
        # After 其中, a board within a site's count is one of the site's columns ("县政府网站主动公开…4042条，其中…
        # 1495条，信息公开栏公开信息2918条").
        if channel == "other" and f.id.startswith("proactive.items_by_channel.") and not f.qualifier \
                and BOARD.search(left):
            return "其中" in ctx.text[f.end or 0:start] + left and f.value > value
    return False


def _shared_verb(ctx: Context, i: int) -> str:
    """The verb (and channel) of the count listed before mention ``i`` with 、: "发布新闻信息1247条、政务信息…"."""
    prev = next((k for k in range(i - 1, -1, -1) if ctx.mentions[k].unit), None)
    if prev is None:
        return ""
    _, words = ctx.left(prev)
    verb = None
    for verb in re.finditer(PP.PUBLISH, words):
        pass
    return words[:verb.end()] if verb is not None else ""


def _listed_channel(ctx: Context, left: str, start: int, figures: list[Figure]) -> bool:
    """A channel's count listed after a proactive count of the same sentence: "…382条，包括政府网站35条"; the
    agency's field may name the information after the channel ("其中，政府网站人社信息387条、…")."""
    left = _field_dropped(left)
    if _channel(left) is None or not re.fullmatch(r"\s*(?:其中|包括|含|以及|及)?[^，。；\d]{0,20}", left):
        return False
    # The channel ends the words: "包括政府网站", "“云溪镇”微信公众号"; not "网站发布新闻类", nor a column ("专题专栏").
    if re.search(r"栏目\s*$|专栏\s*$", left) or not any(
            re.search(rf"(?:{pattern.pattern})[^\s“”]{{0,2}}(?:“[^”]{{0,16}}”)?\s*$", left) for _, pattern in PP.CHANNELS):
        return False
    # The list may run on past a semicolon: "…199条，其中…127条；“某县政府网”微信公众号422条".
    sentence = max(ctx.text.rfind(ch, 0, start) for ch in "。！？\n") + 1
    return any(f.id.startswith("proactive.") and (f.start or 0) >= sentence for f in figures)


def _field_dropped(left: str) -> str:
    """``left`` without a closing "<field>信息" (``PP.FIELD``): "政府网站人社信息" → "政府网站"."""
    words = left.rstrip()
    if not words.endswith("信息"):
        return left
    for k in range(2, 11):
        if k + 2 <= len(words) and PP.FIELD.match(words[-(k + 2):-2]) and _channel(words[:-(k + 2)]):
            return words[:-(k + 2)]
    return left


def _kinds_counted(ctx: Context, i: int, start: int) -> bool:
    """The count just before the noun is one of kinds ("七大类48项信息共8989条"), so the words run on past it."""
    prev = next((n for n in reversed(ctx.mentions[:i]) if n.unit), None)
    return prev is not None and prev.end == start and prev.unit in ("项", "类", "个")


def _opening_channel(ctx: Context, start: int) -> str | None:
    """The one channel the sentence opens with ("依托门户网站平台，…"), where it opens with one; a run-in
    heading before a colon ("主动公开方面：依托…") is no part of the sentence."""
    opening = max(ctx.sentence_start(start), ctx.text.rfind("：", 0, start) + 1, ctx.text.rfind(":", 0, start) + 1)
    hit = PP.OPENING_CHANNEL.match(ctx.text, opening, start)
    return _named_channel(hit.group("channel")) if hit else None


def _stock(ctx: Context, left: str, start: int, m, paragraph: int | None, figures: list[Figure]) -> Figure | None:
    """A stock of everything published, after the year's count of the same sentence: "…，历年累计25800条"."""
    if not PP.PROACTIVE_STOCK.match(left) or "累计" not in left and "以来" not in left:
        return None
    sentence = ctx.sentence_start(start)
    year = next((f for f in reversed(figures) if f.id.startswith("proactive.") and (f.start or 0) >= sentence), None)
    if year is None:
        return None
    return make_figure(year.id, m, paragraph, qualifier="累计")


def _site_field(kinds: str, left: str) -> bool:
    """The kind is the field the site is named for, so everything it publishes: "人防信息网发布人防信息"."""
    return 2 <= len(kinds) <= 6 and re.search(re.escape(kinds) + r"(?:信息|政务|服务)?网(?:站)?", left) is not None


def _listed_kinds_part(kinds: str, left: str, value: float, figures: list[Figure]) -> bool:
    """A list of kinds without a channel or the word 主动公开, after a larger count of information in the same
    paragraph, is some kinds of it: "门户网站主动公开信息5656条…。集中公开财政预决算、政府采购等信息392条"."""
    if "主动公开" in left or "等" not in kinds and not PP.PROACTIVE_KINDS.search(kinds):
        return False
    return any(f.id.startswith("proactive.") and not f.qualifier and f.value > value for f in figures)


def _kind_part(ctx: Context, left: str, start: int, figures: list[Figure]) -> bool:
    """A count after 其中 / 包括 that names no channel, after a count of information in the same sentence, is
    one kind of it, no total: "门户网站公开政府信息3636条，其中涉及财政预算决算…公开信息9条"; so is a later
    count of the list 其中 opened ("…234条，其中约稿信息2条、图解信息2条，政务公开主动公开信息21条")."""
    sentence = ctx.sentence_start(start)
    if PP.PART_OPENING.match(left):
        return any(f.id.startswith("proactive.") and (f.start or 0) >= sentence for f in figures)
    # The list 其中 opened may run on past semicolons: "…5386条，其中概况类信息151条；…信息公开发布量2585条".
    sentence = max(ctx.text.rfind(ch, 0, start) for ch in "。！？\n") + 1
    then = ctx.text.rfind("其中", sentence, start)
    # Not the year's count after a stock ("累计主动公开…5928条，其中，本年度新增…2110条" is the year's total).
    if then < 0 or any(f.qualifier == "累计" and sentence <= (f.start or 0) < then for f in figures):
        return False
    # 其中 opening the sentence breaks down a channel's count of the sentence before: "…门户网站…发布各类信息9990条，
    # 较上年增长14.47%。其中，部门单位…公开各类信息139条" (one kind of the site's count, no total). Not a total's: its
    # parts may be other bodies' counts ("…主动公开政府信息1913条。其中，县直各单位主动公开政府信息1397条").
    if not re.sub(r"[\s，,：:]", "", ctx.text[sentence:then]):
        before = ctx.sentence_start(max(sentence - 1, 0))
        return any(f.id.startswith("proactive.items_by_channel.") and before <= (f.start or 0) < sentence for f in figures)
    return any(n.unit in PP.PROACTIVE_UNITS and sentence <= n.start and n.end <= then for n in ctx.mentions)


def _sum(ctx: Context, i: int, start: int, paragraph: int | None) -> Figure | None:
    """The sum of the counts of information listed before it in the sentence ("…领域信息5条，水利领域信息81条，
    合计共221条"): the channel the sentence names before the first of them, else the total."""
    m = ctx.mentions[i]
    sentence = ctx.sentence_start(start)
    listed = [n for n in ctx.mentions[:i] if n.unit == m.unit and n.start >= sentence]
    if len(listed) < 2 or sum(n.value for n in listed) > m.value:
        return None
    channel = _named_channel(PP.COLUMN.sub("", ctx.text[sentence:listed[0].start]))
    fid = f"proactive.items_by_channel.{channel}" if channel else "proactive.items_total"
    return make_figure(figure(fid), m, paragraph)
