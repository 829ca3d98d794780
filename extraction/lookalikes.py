"""Signs in a page's words that it is no report though it reads like one: a template's blank year, a news item on
a report (a reporter's byline, a lead told from the day the report came out), a summary in Latin letters under the
report's title, an explanation of a report. Each sign is said as the evidence ``detect`` keeps against the page.
"""

from __future__ import annotations

import re

# A template's blanks where a report has its year ('20xx年度，xx镇在县委…', '20XX年', 'xxxx年度'): a 范文 handed round on
# document sites, whatever its title says. (A mirror masking a real report's year writes '****年度', left alone.)
_PLACEHOLDER_YEAR = re.compile(r"(?:(?:19|20)[xX×ｘＸ]{2}|[xX×ｘＸ]{4})\s*年")
# A news item's byline in brackets ('（某晚报记者 某某）', '（通讯员 某某）'): news of a report, not one.
_BYLINE = re.compile(r"[（(][^（）()]{0,24}(?:记者|通讯员)[^（）()]{0,16}[)）]")
# A news item's lead: a day, then a body published its report ('27日，某省人民政府正式向社会发布2016年…年度报告',
# '日前，…发布…年度报告'), or the item telling what the report shows ('报告显示，…'): news of a report, not one.
_NEWS_LEAD = re.compile(r"(?:^|[。\n])(?:日前|近日|近期|今天|今日|\d{1,2}日)[，,][^。]{0,40}?(?:发布|公布|公开)(?:了)?"
                        r"[^。]{0,40}?(?:年度报告|年报)|(?:^|[。\n])(?:该)?(?:报告|年报)显示[，,：:]")
# Text in Latin letters past the title ('Overview - The report outlines…'): a summary of the report in another
# language under its title, not the report's text.
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_LATIN_ROOM = 200  # letters of Latin words before a page is read as written in them
_CARRIES = re.compile(r"全文如下|(?:报告|年报)全文[：:]")
# An opening sentence saying the page explains a report: '…年度报告》已经编制完成…现就年报内容进行如下解读'.
_INTERPRETS = re.compile(r"(?:进行|作)如下解读|解读如下|现就[^。]{0,30}解读")


def lookalike_signs(text: str, head: str, speaks_of_itself: bool) -> list[str]:
    """What in ``text`` (``head``: its beginning, whitespace removed) says the page is no report, each as evidence.
    ``speaks_of_itself``: the page has a report's own words about itself (a news item carrying the report in full
    keeps them, so it is no mere news of the report)."""
    signs: list[str] = []
    placeholder = _PLACEHOLDER_YEAR.search(head[:1500])
    if placeholder:
        signs.append(f"a template's blank for the year ({placeholder.group(0)}): a 范文, not a report")
    byline = _BYLINE.search(head)
    if byline:
        signs.append(f"a news item's byline: {byline.group(0)}")
    latin = sum(len(w) for w in _LATIN_WORD.findall(text[:2000]))
    if latin >= _LATIN_ROOM and latin > 2 * len(_HAN.findall(text[:2000])):
        signs.append(f"the text is in Latin letters ({latin} of them): a summary of the report, not its text")
    news = _NEWS_LEAD.search(text[:1500])
    # (a news item carrying the report, '…发布《…年度报告》。全文如下', with the report's own words about itself, is one)
    if news and not _CARRIES.search(text[:1500]) and not speaks_of_itself:
        said = re.sub(r"\s+", "", news.group(0))[:40]
        signs.append(f"a news item on the report: {said}")
    interprets = _INTERPRETS.search(head[:300])
    if interprets:
        signs.append(f"the first words say it is something else: {interprets.group(0)}")
    return signs
