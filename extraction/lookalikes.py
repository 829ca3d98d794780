"""Signs in a page's words that it is no report though it reads like one: a title naming something else (or a
headline about reports), a template's blank year, a news item on a report (a reporter's byline, a lead told from the
day the report came out), a summary in Latin letters under the report's title, an explanation of a report, guidance
prescribing what a report must hold, a research paper's abstract, a column's list of reports, a document site's bundle
of pieces. Each sign is said as the evidence ``detect`` keeps
against the page.
"""

from __future__ import annotations

import re

from nianbao.extraction.english_title import english_report_title
from nianbao.extraction.layout.title import TITLE_WORDS

# What the page is, when its title (or its first words) says it is something else than a report.
NOT_REPORT_TITLE = re.compile(
    r"图解|解读|一图读懂|图说|读懂|问答|上半年|半年|季度|[一二三四]季|月度|月报|绩效|自评|自查|整体支出|决算|预算|"
    r"通知$|的通知|通报$|关于印发|关于做好|范文|模板|格式|指南$|目录$|新闻(?!办|出版|中心|宣传)|发布会|展示|述职|总结$|"
    r"总结(?:和|与|及)|工作(?:思路|计划|打算)$|"
    r"召开|(?:部署|推进|培训|座谈|调度)会$|"
    # an account of which bodies published their reports ('…年度报告公布情况'), not one of them
    r"(?:报告|年报)(?:的)?(?:公布|发布|报送|编制)情况|"
    # a headline about the reports: the year's best chosen ('…优秀年度报告出炉'), what a report must hold ('高校信息公开
    # 年度报告要有这几类内容'), how to write one
    r"(?:报告|年报)(?:编制|发布|编制发布)(?:规范|要求|指引|办法)|"  # a standard or rules on compiling them
    r"出炉|揭晓|优秀(?:年度)?(?:报告|年报)|(?:报告|年报)(?:要|应当?|须|必须)(?:有|包括|包含|写)|怎么写|如何写|"
    # another year's report a body owes ('…2023年法治政府建设年度报告', '…法治政府建设情况的报告'), telling its 政务公开 too
    r"法治(?:政府)?建设(?:工作)?(?:情况)?(?:的)?(?:年度)?(?:报告|总结)|"
    # an account of the year's 工作要点 carried out ('某州2017年政务公开工作要点落实情况报告'), which a portal may post in
    # its 年报 column; a report titled as both ('…年度报告暨…要点落实情况') is the report
    r"^(?!.*(?:年度报告|年报|年度工作报告)).*?要点(?:的)?(?:贯彻)?(?:落实|完成|执行)情况|"
    # a document site's piece numbered in its bundle ('第一篇：2009年某局…年度报告', '篇二：…'): one of several 范文 handed round
    r"^(?:第[一二三四五六七八九十\d]{1,3}篇|篇[一二三四五六七八九十\d]{1,3})\s*[:：]"
)
# A template's blanks where a report has its year ('20xx年度，xx镇在县委…', '20XX年', 'xxxx年度'): a 范文 handed round on
# document sites, whatever its title says. (A mirror masking a real report's year writes '****年度', left alone.)
# A 范文 site's copy of a body's account with its dates masked the same way ('XX年8月我院被列入…'), too.
_PLACEHOLDER_YEAR = re.compile(r"(?:(?:19|20)\d?[xX×ｘＸ]{1,2}|(?<![A-Za-z\d])[xX×ｘＸ]{2}(?:[xX×ｘＸ]{2})?)\s*年")
# A template's blank where a report names its body ('xx市环境保护局', 'XX县', '××镇', '某某街道'): a 范文 with its body
# anonymised. Twice at least: a template repeats its body; a real report's one masked name (a spam mirror's) is no template.
_PLACEHOLDER_BODY = re.compile(r"(?<![A-Za-z\d])(?:[xX×ｘＸ]{2,4}|某某)(?:省|市|县|区|镇|乡|街道|自治州|州|旗|局|委|厅|办)")
_PLACEHOLDER_BODY_TIMES = 2
# A news item's byline in brackets ('（某晚报记者 某某）', '（通讯员 某某）'): news of a report, not one.
_BYLINE = re.compile(r"[（(][^（）()]{0,24}(?:记者|通讯员)[^（）()]{0,16}[)）]")
# A news item's lead: a day, then a body published its report ('27日，某省人民政府正式向社会发布2016年…年度报告',
# '日前，…发布…年度报告'), or the item telling what the report shows ('报告显示，…'): news of a report, not one.
_NEWS_LEAD = re.compile(r"(?:^|[。\n])(?:日前|近日|近期|今天|今日|\d{1,2}日)[，,][^。]{0,40}?(?:发布|公布|公开)(?:了)?"
                        r"[^。]{0,40}?(?:年度报告|年报)|(?:^|[。\n])(?:该)?(?:报告|年报)显示[，,：:]|"
                        # a sentence opening on a named report that shows something ('某镇2015年度信息公开工作报告显示，'):
                        # an answer site's or a news item's account of the report, which never speaks of itself so
                        r"(?:^|[。\n])[^。，,\n]{2,40}?(?:19|20)\d{2}年度?[^。，,\n]{0,16}?(?:报告|年报)显示[，,：:]")
# Text in Latin letters past the title ('Overview - The report outlines…'): a summary of the report in another
# language under its title, not the report's text.
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_LATIN_ROOM = 200  # letters of Latin words before a page is read as written in them
_CARRIES = re.compile(r"全文如下|(?:报告|年报)全文[：:]")
# An opening sentence saying the page explains a report: '…年度报告》已经编制完成…现就年报内容进行如下解读'.
_INTERPRETS = re.compile(r"(?:进行|作)如下解读|解读如下|现就[^。]{0,30}解读")
# Guidance prescribing what a report must hold ('年度报告应包括下列内容：概述…'): about the reports, not one of them.
_PRESCRIBES = re.compile(r"(?:年度报告|年报)(?:应当|应|要|须)(?:包括|包含|载明)(?:下列|以下|如下)?(?:内容|事项|部分)")
# A research paper's abstract: a label '摘要' ('[摘 要]') opening a line, then the paper speaking of itself ('本文通过
# 对…年度报告的数据统计…'), its catalogue marks (中图分类号, 文献标识码) or a journal's abstract in English. A report has none.
_ABSTRACT = re.compile(r"(?:^|\n)[ \t\u3000]*[\[【［(（]?[ \t\u3000?]*摘[ \t\u3000?]*要[ \t\u3000?]*[\]】］)）]?")
# A column's list of reports: short lines each naming a report with its year ('某局2023年政府信息公开工作年度报告
# 2024-01-20'), one under another — the catalogue a portal shows, not one of them.
_LISTED_TITLE = re.compile(r"(?:19|20)\d{2}\s*年")
_LIST_ROOM, _LISTED = 60, 3
# A standard's marks ('DB51/T 2660—2019', 'ICS 01.120', 'GB/T 1.1') with its own words ('本标准规定了…', '本标准由…提出'):
# a standard on compiling the reports, not one of them.
_STANDARD_MARK = re.compile(r"(?:DB\d{2}|GB)\s*/\s*T\s*\d{1,5}|ICS\s*\d{2}\.\d{3}")
_STANDARD_SELF = re.compile(r"本标准(?:规定|适用|按照|依据|由|起草|代替|替代)")
# A part of a year's account or a self-check opening the page ('2020年四季度政务公开工作自查报告…'): before any words
# naming an annual report, within its first characters (a page on a document site with its lines run together).
_PART_OF_YEAR = re.compile(r"(?:19|20)\d{2}\s*年\s*(?:第?[一二三四1-4]\s*季度|上半年|前三季度)[^。，,；;]{0,24}?报告|自查报告")
_OPENING_ROOM = 80
_ANNUAL = re.compile(r"年度报告|年报|年度工作报告")
# A document site's bundle of pieces under one heading ('…工作报告(共6篇)', '政务公开工作总结(28篇)', then '篇1：…'):
# several 范文 texts handed round together, never one body's report.
# (a heading line ending on the count, or a line opening a piece, '篇1：…' or '第一篇：…'; a report's '解读文章（共12篇）'
# inside a sentence is neither)
# (or each piece marked '【篇一】'; or, heading the page, the count bare after the pieces' kind, '…年终总结10篇' — a
# report's own line may count its pieces so, '发布政策解读材料12篇', but never heads the page with 总结 or 范文)
_BUNDLE = re.compile(r"(?:^|\n)[^\n，。；,;]{2,60}[（(]\s*共?\s*\d{1,3}\s*篇\s*[)）][ \t\u3000]*(?=\n|$)"
                     r"|(?:^|\n)[ \t\u3000]*(?:篇\s*[一二三四五六七八九十\d]{1,3}|第[一二三四五六七八九十\d]{1,3}篇)\s*[:：]"
                     r"|[【\[]篇[一二三四五六七八九十\d]{1,3}[】\]]")
_BUNDLE_HEAD = re.compile(r"^\s*[^\n，。；,;]{2,60}(?:总结|范文|汇编)\s*\d{1,3}\s*篇(?=\s*(?:\n|$|[【\[]))")
_BUNDLE_HEAD_ROOM = 200
_PAPER_SELF = re.compile(r"本文(?!件|号|字|所)")
_PAPER_MARKS = re.compile(r"中图分类号|文献标识码|Abstract\s*[:：]|Key\s?words\s*[:：]|[\[【]目的\s*/\s*意义[\]】]")


# A report translated into English whole (a mirror's machine translation, the Chinese left in fragments): its title
# names the annual report ('…2017 Government Information Disclosure Annual Report') and its text speaks of itself as
# the report ('This report has been prepared in accordance with…', '…the data listed in this report'). A summary in
# English under a Chinese title does neither.
_ENGLISH_TITLE = re.compile(r"Government\s+(?:Affairs\s+)?Information\s+(?:Disclosure|Openness|Publicity|Publication)"
                            r"(?:\s+Work)?\s+Annual\s+Report", re.IGNORECASE)
_ENGLISH_SELF = re.compile(r"\b(?:This|this)\s+(?:annual\s+)?report\s+(?:has\s+been|was|is)\s+(?:prepared|compiled|drawn\s+up)"
                           r"|(?:listed|contained)\s+in\s+this\s+report")
# An untitled translation (the title left on the portal) speaks of itself under the 条例 it is compiled by and opens on
# the outline's first part ('I. General situation', '一、总体情况' translated): both, with no title, make it the report.
_ENGLISH_REGULATION = re.compile(r"(?:Openness|Disclosure|Publicity)\s+of\s+Government\s+Information|"
                                 r"Government\s+Information\s+(?:Disclosure|Openness|Publicity)", re.IGNORECASE)
_ENGLISH_FIRST_PART = re.compile(r"^\s*(?:I|1|One)\s*[.、．]\s*(?:General|Overall|Basic)\s+(?:situation|information|overview)\b",
                                 re.IGNORECASE | re.MULTILINE)


def translated_report(text: str) -> list[str]:
    """The words by which a report translated into English names itself and speaks of itself, as evidence; [] unless
    it does both within its first 3000 characters (its name in a title line of its own:
    ``nianbao.extraction.english_title``), or, untitled, speaks of itself under the 条例 and opens on the first part."""
    title, itself = _ENGLISH_TITLE.search(text[:3000]), _ENGLISH_SELF.search(text[:3000])
    named = title.group(0) if title else (read.text if (read := english_report_title(text[:3000])) else None)
    if itself and not named and _ENGLISH_REGULATION.search(text[itself.end():itself.end() + 300]) and (
            part := _ENGLISH_FIRST_PART.search(text[:3000])):
        return [f"speaks of itself as the report (translated into English): {itself.group(0)}",
                f"1 of the six sections (translated into English): {part.group(0).strip()}"]
    if not (named and itself):
        return []
    return [f"report title (translated into English): {named}",
            f"speaks of itself as the report (translated into English): {itself.group(0)}"]


# A crawler's one-line page runs its title into what follows, and the title the layout takes ends at the report's name:
# the words right after it say what the page is ('…年度报告范文', '…年度报告报送通知', '…年度报告编制公布情况的通报',
# '…年度报告公布情况'), or the line opens on a paper's abstract ('摘要 本文通过对…年度报告…').
# (not a notice: a report carried by the notice publishing it, or citing the notice on compiling it, runs on so too)
_RUN_ON_OTHER = re.compile(r"范文|範文|模板|报送|報送|(?:编制)?(?:公布|发布|报送|编制)情况|解读|解讀|图解|圖解")
_RUN_ON_ROOM = 40
# words before the name that make it a document cited, not the page's title ('按照《…关于做好…年度报告…》')
_CITING = re.compile(r"《|〈|<|根据|按照|依据|依照|为做好|现将")
_OPENS_ABSTRACT = re.compile(r"^[\[【［]?摘要[\]】］]?[:：]?本文")


def run_on_title_signs(opening: str) -> list[str]:
    """What the words run on after the report's name in a one-line page's opening (``opening``: its title and first
    words, whitespace removed) say it is, when that is something else than a report; [] otherwise."""
    if _OPENS_ABSTRACT.match(opening):
        return ["a research paper's abstract opens the line (摘要 本文…): an article on the reports, not one"]
    name = TITLE_WORDS.search(opening[:_RUN_ON_ROOM])
    other = _RUN_ON_OTHER.match(opening, name.end()) if name and not _CITING.search(opening[: name.start()]) else None
    if not other:
        return []
    return [f"the words run on after the report's name say it is something else: {opening[name.start():other.end()][-24:]}"]


# A bilingual report (a provincial capital's, '…This report is prepared according to…'): its own preamble in Han first —
# the report speaking of itself and stating its period — then its translation. A summary in Latin letters under a
# report's title has a title's few Han characters above it, no preamble.
_PREAMBLE_ROOM = 150  # Han characters above the first Latin word that make a preamble, not a title
_OWN_PREAMBLE = re.compile(r"本(?:年度)?报告[^。]{0,60}?(?:根据|依据|按照)|统计期限|统计时限|统计时间")


def _bilingual_report(text: str) -> bool:
    """Whether the Latin text follows the report's own preamble in Han (see ``_PREAMBLE_ROOM``)."""
    first = _LATIN_WORD.search(text)
    before = text[: first.start()] if first else text
    return len(_HAN.findall(before)) >= _PREAMBLE_ROOM and bool(_OWN_PREAMBLE.search(before))


# A document the page cites, its name cut across lines where a converter wraps a sentence at a page's width ('根据《某市
# 人民政府办公厅关于做好' / '2020年度政府信息公开工作年度报告编制工作的通知》…'): the look-alike's word in it ('关于做好',
# '的通知') sits inside brackets opened earlier in the sentence, which no page's own title does (a title set in brackets
# whole opens its line on the bracket).
_OPENING, _CLOSING = "《〈<", "》〉>"
_CITATION_ROOM = 100  # characters back a cited document's name may open


def inside_citation(text: str, line: str, word: str) -> bool:
    """Whether ``word`` in ``line`` (a line of ``text``) sits inside the name of a document a sentence cites: a bracket
    opened before it within ``_CITATION_ROOM`` characters and not closed, that bracket not opening the line itself.
    (The whole line is looked for: the body may cite, further on, the very document a title names.)"""
    at_line, at = text.find(line), line.find(word)
    if at_line < 0 or at < 0:
        return False
    pos = at_line + at
    before = text[max(0, pos - _CITATION_ROOM):pos]
    opened = max(before.rfind(c) for c in _OPENING)
    if opened < 0 or opened <= max(before.rfind(c) for c in _CLOSING):
        return False
    bracket = pos - len(before) + opened
    return bracket != at_line + len(line) - len(line.lstrip())


def unbalanced_brackets(line: str) -> bool:
    """Whether ``line`` opens a document's name it does not close, or closes one it did not open: a piece of a
    sentence citing a document, wrapped onto a line of its own, not a title (which names its page whole)."""
    depth = 0
    for c in line:
        depth += (c in _OPENING) - (c in _CLOSING)
        if depth < 0:
            return True
    return depth != 0


def lookalike_signs(text: str, head: str, speaks_of_itself: bool) -> list[str]:
    """What in ``text`` (``head``: its beginning, whitespace removed) says the page is no report, each as evidence.
    ``speaks_of_itself``: the page has a report's own words about itself (a news item carrying the report in full
    keeps them, so it is no mere news of the report)."""
    signs: list[str] = []
    placeholder = _PLACEHOLDER_YEAR.search(head[:1500])
    if placeholder:
        signs.append(f"a template's blank for the year ({placeholder.group(0)}): a 范文, not a report")
    bodies = _PLACEHOLDER_BODY.findall(head[:1500])
    if len(bodies) >= _PLACEHOLDER_BODY_TIMES:
        signs.append(f"a template's blank for the body ({bodies[0]}, {len(bodies)} times): a 范文, not a report")
    byline = _BYLINE.search(head)
    if byline:
        signs.append(f"a news item's byline: {byline.group(0)}")
    latin = sum(len(w) for w in _LATIN_WORD.findall(text[:2000]))
    if latin >= _LATIN_ROOM and latin > 2 * len(_HAN.findall(text[:2000])) and not translated_report(text) \
            and not _bilingual_report(text):
        signs.append(f"the text is in Latin letters ({latin} of them): a summary of the report, not its text")
    news = _NEWS_LEAD.search(text[:1500])
    # (a news item carrying the report, '…发布《…年度报告》。全文如下', with the report's own words about itself, is one)
    if news and not _CARRIES.search(text[:1500]) and not speaks_of_itself:
        said = re.sub(r"\s+", "", news.group(0))[:40]
        signs.append(f"a news item on the report: {said}")
    interprets = _INTERPRETS.search(head[:300])
    if interprets:
        signs.append(f"the first words say it is something else: {interprets.group(0)}")
    # (a report quoting the 条例's article on what it must hold speaks of itself too: '本报告由…组成')
    prescribes = _PRESCRIBES.search(head[:1500]) if not speaks_of_itself else None
    if prescribes:
        signs.append(f"it prescribes what a report must hold ({prescribes.group(0)}): guidance on the reports, not one")
    # each title once, whatever follows it (a date, or a document site's '_第2页' under the same report)
    listed = {t[: m.end()] for t in (line.strip() for line in text[:3000].split("\n"))
              if len(t) <= _LIST_ROOM and (m := TITLE_WORDS.search(t)) and _LISTED_TITLE.search(t[: m.end()])
              and not re.search(r"[，。；,;]", t)}
    if len(listed) >= _LISTED and not speaks_of_itself:
        signs.append(f"a list of reports ({len(listed)} report titles, one a line): a column's catalogue, not a report")
    mark = _STANDARD_MARK.search(text[:1500])
    if mark and _STANDARD_SELF.search(text[:3000]):
        signs.append(f"a standard ({mark.group(0)}, '本标准…'): rules on compiling the reports, not one")
    part = _PART_OF_YEAR.search(head[:_OPENING_ROOM])
    if part and not _ANNUAL.search(head[: part.start()]):
        signs.append(f"it opens naming a quarter's or a self-check's report ({part.group(0)[:30]}), not a year's")
    bundle = _BUNDLE.search(text[:1500]) or _BUNDLE_HEAD.search(text[:_BUNDLE_HEAD_ROOM])
    if bundle:
        signs.append(f"a document site's bundle of pieces ({bundle.group(0).strip()[-20:]}): 范文 handed round, not a report")
    abstract = _ABSTRACT.search(text[:1500])
    if abstract and (_PAPER_SELF.search(text, abstract.end(), abstract.end() + 300) or _PAPER_MARKS.search(text[:2000])):
        signs.append("a research paper's abstract (摘要 and the paper's own words): an article on the reports, not one")
    return signs
