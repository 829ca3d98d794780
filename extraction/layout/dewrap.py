"""Join lines that a converter broke mid-sentence back into the paragraphs they were."""

from __future__ import annotations

import re

from nianbao.extraction.layout.fields import is_bare_field
from nianbao.extraction.layout.flowed import runs_on
from nianbao.extraction.layout.headings import ITEM, section_of_heading, sub_heading
from nianbao.extraction.layout.run_on import ends_in_heading

_TERMINAL = tuple("。！？!?；;：:")
_ASCII_END = re.compile(r"[0-9A-Za-z%.]$")
# A full stop typed as a full-width or Latin dot after Chinese text ('…年度报告．', '…年度报告.' once a page's
# text is width-normalised) ends a sentence as '。' does; after a digit or a Latin letter a dot is no end
# ('1.', 'www.').
_DOT_END = re.compile(r"[\u4e00-\u9fff》）)”][.．]$")
_ASCII_START = re.compile(r"^[0-9A-Za-z%]")
# Lines shorter than this end a paragraph even without punctuation (titles, signatures, dates).
MIN_WRAPPED_CHARS = 16
# A line ending inside an opened bracket ("根据《"), or followed by one that opens with a document name
# a web page broke off before ("按照" / "《条例》规定，…"), goes on whatever its length.
_OPEN_END = tuple("《（(“‘【〈「『")
_NAME_START = "《"
# Whatever its length, a line goes on where its sentence visibly does: on a number whose unit opens the
# next line (pdfminer sets digits in boxes of their own: '及时公开 2023' / '年度决算报告…'), on a field's
# colon whose value, a number or an address, opens the next line ('…17号，邮编：' / '277100，电话…'; a
# short line ending on a colon is a label: '公开数量:' / '2022年度…' starts a paragraph, and so does a
# sentence opening on a date after '如下：'), or — a line a wrap already joined to the one above — on a
# comma (a converter cut the line there: '年 1' / '月 1 日起，' / '至 2024'; a page's own short line
# '2020年,' above a paragraph is left as the page set it).
_GOES_ON = tuple("，,")
_NUMBER_END = re.compile(r"\d$")
_UNIT_START = re.compile(r"^[年月日号件条项个起次元万亿%％]")
_COLON_END = tuple("：:")
_VALUE_START = re.compile(r"^(?!\d{1,2}\s*[.．、)）])(?:\d[\d\-]*(?=[，,；;）)\s]|$)|[A-Za-z])")


# Lines of a page's frame, never a piece of a sentence: a metadata-block field ('索引号：…', '发布日期:…',
# '点击量:'), a row of a metadata table ('| 来源 | 某局 |'), a breadcrumb ('首页 > 信息公开 > 年报'), a
# line ending on a stamp of date and time ('2025-01-16 10:32') or on a date widget's weekday, and the
# report's title on its own line ('某局2023年政府信息公开工作年度报告'; a line holding a name's bracket is the format's
# name cut by a wrap, '…关于印发<中华人民共和国政府信息公开工作年度报告' / '格式>的通知》'). A paragraph neither runs on from
# one nor into one: else the preamble's first sentence is glued to the frame above it.
_FIELD = re.compile(
    r"^[\s\-•·]*(?:索\s*引\s*号|发布机构|发文机关|发文单位|发文字号|文\s*号|成文日期|发文日期|公开日期|发布日期|发表日期|生成日期|"
    r"公文生成日期|信息提供日期|生效日期|废止日期|发布时间|更新时间|主题分类|信息分类|体裁分类|有\s*效\s*性|"
    r"(?:信息|文章|发布|稿件)来源|来\s*源|日\s*期|时\s*间|发布者|作\s*者|点击量|点击数|点击率|访问量|浏览量|浏览次数|阅读次数|"
    r"名\s*称|标\s*题)\s*[:：|｜]")  # (the block's '名称：' / '标题：' carries the title; the preamble starts below it)
_PIPE_ROW = re.compile(r"^\s*[|｜].*[|｜]\s*$|[|｜]\s*$")
# Contact fields set one a line under the preamble ('联系电话：…' / '联系地址：…' / '邮政编码：…'): each a line of its own,
# as the page sets them — unless a sentence runs through them ('…邮编：802765，' / '联系电话：…，').
_CONTACT_FIELD = re.compile(r"^[\s\-•·]*(?:联系电话|咨询电话|联系地址|通讯地址|办公地址|地\s*址|电\s*话|邮政编码|邮\s*编|传\s*真|"
                            r"电子邮箱|电子信箱|邮\s*箱|联\s*系\s*人|联系方式)\s*[:：]")
_BREADCRUMB = re.compile(r"(?:[^>＞»›。，]{1,20}[>＞»›]){2,}[^>＞»›。，]{1,24}$")
_STAMP_END = re.compile(r"(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*[-•·|]?\s*$"
                        r"|日\s*星期[一二三四五六日天]\s*$")
_TITLE_LINE = re.compile(
    r"^(?!按照|根据|依据|依照|现将|现公布|现予|本报告|本年度|为)[^，,。；;：:《》<>〈〉]{0,40}"
    r"(?:政府信息公开|政务公开|信息公开)(?:工作)?(?:(?:19|20)\d{2}\s*年度?|年度)?(?:工作)?(?:报告|年报)"
    r"(?:\s*[（(][^）)]{0,12}[）)])?[\s?？]*$")


# A page's furniture that survives the line cleaner because it carries more than chrome words: a font-size
# and share bar ('字体大小：A+ A A-  分享： 打印'), a document site's or a forum's bar ('[ 字体： ] [ 阅读： ]',
# '| 显示全部楼层 | 阅读模式'), a view count ('浏览：50次'), a site address or mail address ending the line
# (a contact block's '邮件：…@…'), a site's menu ('首 页  走进某区  新闻中心 …') or its copyright line.
_FURNITURE = re.compile(
    r"分享\s*[:：]|[\[【]\s*(?:字\s*体|阅\s*读|文档下载)|显示全部楼层|阅读模式|(?:浏览|阅读|点击)\s*[:：]?\s*\d+\s*次"
    r"|^(?:网站)?首\s*页\s+\S+\s+\S+|版权所有|ICP备")
# A site's or a mail address ending a line is the site's bar or a contact block's — unless clauses stand before it: a
# sentence's line that a page's width cut after the address ('…，电话：…，邮箱：someone@mail.example' / '.cn）。').
_ADDRESS_END = re.compile(r"(?:www\.|https?://)[\w./-]+\s*[\u4e00-\u9fff]{0,6}\s*$|[\w.-]+@[\w-]+(?:\.[\w-]+)+\s*$")
_CLAUSE_MARK = re.compile(r"[，,；;]")
# The title of a document that is no report on a line of its own, the paragraph after it starting anew: a
# summary, work points, a guide, a plan, a 情况报告 or 政府工作报告, a compilation — with a document site's
# decorations after it ('（篇1）', '范文一', '-10篇(第2/3页)', '【…】.doc', '——a subtitle').
_DOC_TITLE = re.compile(
    r"^(?!按照|根据|依据|依照|现将|现公布|现予|本报告|本年度|为)[^，,。；;：:！？!?《〈]{0,60}(?:公开|政府|工作|法治)"
    r"[^，,。；;：:！？!?《〈]{0,16}(?:总结|要点|指南|实施方案|工作方案|情况报告|工作报告|汇编|工作思路|工作计划)"
    r"(?:范文[一二三四五六七八九十\d]*|\d{1,5}字|篇\s*\d{1,2}|[（(【\[][^）)】\]]{0,24}[）)】\]]|\.docx?|[-—_–]+[^，,。；;：:]{0,30}"
    r"|\d{1,3}|\s)*$")
# A bare word heading the text below it ('引言'): the next line opens on a document's name all the same.
_BARE_HEADING = re.compile(r"^(?:引言|前言|序言|导语|说明)$")
# What continues a line it follows: punctuation closing or going on with it, or a particle ('如下', '的').
# (and the rest of an address a page line cut at its dot, '…邮箱：someone@mail.example' / '.cn）。': no line opens on it).
_CONTINUES = re.compile(r"^[，,。、；;：:）)》〉”’]|^(?:如下|的|和|及|与)|^[.．][A-Za-z]{2,}")


def frame_line(line: str, title: bool = True) -> bool:
    """Whether ``line`` is a line of the page's frame (a metadata field or row, a breadcrumb, a date
    stamp, a bar or address of the site, with ``title`` the title on its own line — the report's or a
    document's that is none) that no paragraph runs on from or into. A title's last line is no frame for
    the line above it: a title wraps ('某管理委员会' / '某办公室2023年…年度报告')."""
    text = line.strip()
    if not text or "。" in text:
        return False
    return bool(_FIELD.match(text) or is_bare_field(text) or _PIPE_ROW.search(text) or _BREADCRUMB.search(text) or _FURNITURE.search(text)
                or (_ADDRESS_END.search(text) and not _CLAUSE_MARK.search(text))
                or _STAMP_END.search(text)
                or (title and (_TITLE_LINE.match(text) or _DOC_TITLE.match(text) or _BARE_HEADING.match(text))))


_PUNCTUATION_START = re.compile(r"^\s*[，,。、；;：:）)》〉”’]")
# The report's stock opening ('根据《中华人民共和国政府信息公开条例》…', '本报告依据《…年度报告格式》…'): the first sentence of
# its preamble. A line above it with no sentence's punctuation at all is no piece of that sentence but the page's
# frame whatever it holds (a date stamp in a form no pattern knows, a share bar, a cut-off font switch '字体:【').
_STOCK_OPENING = re.compile(r"^\s*(?:本(?:年度)?报告|本年报)?(?:根据|依据|按照|依照|遵照)\s*《[^》]{0,24}(?:政府信息公开|政务公开)"
                            r"[^》]{0,16}》")
_SENTENCE_PUNCTUATION = re.compile(r"[，,。、；;！!？?“”]")


def _opens_report(prev: str, line: str) -> bool:
    """``line`` opens the report's preamble and ``prev`` above it is no sentence: a paragraph starts at it."""
    return bool(_STOCK_OPENING.match(line)) and not _SENTENCE_PUNCTUATION.search(prev)


def _contact_fields_apart(prev: str, line: str) -> bool:
    """Both lines are contact fields, each on its own line, and no sentence runs from ``prev`` into ``line`` (a wrap
    inside a contact sentence may put a field's key at a line's start: '…；电子' / '邮箱：…')."""
    return bool(_CONTACT_FIELD.match(prev) and _CONTACT_FIELD.match(line.strip())) and not prev.endswith(_GOES_ON)


# A contact field's key ending a long line ('…请联系某局办公室，地址：'): its value, whatever it opens on, is on the next line —
# a key never ends a sentence.
_KEY_END = re.compile(r"(?:地\s*址|邮\s*编|邮政编码|电\s*话|传\s*真|邮\s*箱|信\s*箱)\s*[：:]$")


def _goes_on(prev: str, line: str, joined: bool) -> bool:
    """Whether a line's sentence visibly goes on into the next line, however short the line is (``joined``:
    the line is itself a wrap's continuation)."""
    return (joined and prev.endswith(_GOES_ON)) or bool(_NUMBER_END.search(prev) and _UNIT_START.match(line)) \
        or (prev.endswith(_COLON_END) and len(prev) >= MIN_WRAPPED_CHARS
            and (bool(_VALUE_START.match(line)) or bool(_KEY_END.search(prev))))


# A numbered sub-heading listing what its item covers ('3.机关职能、机构设置、办公地址、办公时间、联系方式'): longer than a
# heading is let be, but no sentence — only short nouns between 、 — so no wrapped line of one either.
_LISTING_ROOM, _LISTED_WORD = 48, 10
_SENTENCE_MARK = re.compile(r"[，,。；;：:！!？?“”《》（）()]")


def _listing_heading(line: str) -> bool:
    heading = sub_heading(line)
    if heading is None or heading.style == "item" or len(line) > _LISTING_ROOM:
        return False
    marker = re.match(r"^\s*(?:[（(]\s*)?[\d一二三四五六七八九十]{1,3}\s*[.．、)）]\s*", line)
    rest = line[marker.end():] if marker else ""
    words = rest.split("、")
    return len(words) >= 3 and not _SENTENCE_MARK.search(rest) and all(0 < len(w) <= _LISTED_WORD for w in words)


# A numbered heading cut before its words, the last line of a page cut short ('（三', '三、'): never a
# sentence's piece, so no paragraph runs on into it.
_CUT_HEADING = re.compile(r"^\s*(?:[（(]\s*[一二三四五六七八九十]{1,3}|[一二三四五六七八九十]{1,3}\s*、)\s*$")


def _starts_block(line: str) -> bool:
    return bool(section_of_heading(line) or sub_heading(line) or ITEM.match(line) or _CUT_HEADING.match(line))


def _is_heading_only(line: str) -> bool:
    heading = sub_heading(line)
    return bool(section_of_heading(line) or (heading and not heading.run_in))


def join(a: str, b: str) -> str:
    """Join two pieces of one sentence: no space between CJK text, one between Latin words or digits."""
    a, b = a.rstrip(), b.lstrip()
    sep = " " if _ASCII_END.search(a) and _ASCII_START.search(b) else ""
    return a + sep + b


def dewrap(lines: list[str], wraps: list[bool | None] | None = None, flowed: float | None = None) -> list[list[int]]:
    """Group line indices into paragraphs: a line ending mid-sentence continues on the next line.

    ``wraps`` carries what page geometry says of each line (see TextBlock.wraps); where it is known
    it decides, except that a heading or a new item always starts a paragraph. ``flowed``: the lines are
    a flattened run of text wrapped again, the full width of its lines (``flowed.flowed_width``): where
    geometry is unknown a line as wide goes on into the next, its sentence's end or not, an item opening
    the next line or not (a wrap put it there: the run breaks at its items as a whole,
    ``run_on.split_run_on``), unless the line is a heading alone or the page's frame.
    """
    groups: list[list[int]] = []
    for i, line in enumerate(lines):
        if groups:
            last = groups[-1][-1]
            prev = lines[last].strip()
            geometry = wraps[last] if wraps else None
            if geometry is None and flowed:
                # A flowed text's prose line goes on, and so does any line into one its punctuation opens.
                # (a sub-heading alone on its line ran into its text, as all do in a flowed text)
                wrapped = runs_on(prev, flowed) or bool(_PUNCTUATION_START.match(line)) or prev.endswith(_OPEN_END) \
                    or _goes_on(prev, line.strip(), len(groups[-1]) > 1) or sub_heading(prev) is not None
            elif geometry is None:
                ended = prev.endswith(_TERMINAL) or bool(_DOT_END.search(prev)) or ends_in_heading(prev)
                wrapped = not ended and (
                    len(prev) >= MIN_WRAPPED_CHARS or prev.endswith(_OPEN_END) or line.lstrip().startswith(_NAME_START))
                wrapped = (wrapped and not _listing_heading(prev)) or _goes_on(prev, line.strip(), len(groups[-1]) > 1)
                wrapped = wrapped and not _opens_report(prev, line) and not _contact_fields_apart(prev, line)
            else:
                wrapped = geometry
            # In a flowed text a heading alone on a line is one a wrap cut off its text, and a full line ran on
            # whatever it looks like (a contact sentence's mail address at its end).
            # A run-in item ('二是…') is no heading: where the page's geometry says the line above wrapped, it goes on
            # inside that paragraph (a PDF text layer's full line, the item's line under it full too).
            item_runs_on = geometry is True and bool(ITEM.match(line)) and not section_of_heading(line)
            wrapped = wrapped and (bool(flowed) or (not _is_heading_only(prev)
                                                    and (not _starts_block(line) or item_runs_on))) \
                and ((bool(flowed) and geometry is True)
                     or ((not frame_line(prev) or bool(_CONTINUES.match(line.lstrip()))) and not frame_line(line, title=False)))
            if wrapped:
                groups[-1].append(i)
                continue
        groups.append([i])
    return groups
