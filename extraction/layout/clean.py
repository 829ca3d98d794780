"""Undo converter damage line by line: artifacts, page furniture and web-page chrome."""

from __future__ import annotations

import re

# Word/pandoc artifacts such as "[bookmark: _GoBack]".
_ARTIFACTS = re.compile(r"\[(bookmark|image|anchor|comment)\s*:[^\]]*\]", re.I)
# Page furniture: "— 3 —", "- 12 -", "第 3 页 共 5 页", "3 / 5".
_PAGE_NUMBER = re.compile(
    r"^\s*(?:[—\-－–]+\s*\d{1,4}\s*[—\-－–]+|第\s*\d{1,4}\s*页(?:\s*[/,，]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*/\s*\d{1,4}|"
    r"page\s*\d{1,4}(\s*of\s*\d{1,4})?)\s*$",
    re.I,
)
# Figure captions left where a screenshot was.
_CAPTION = re.compile(r"^\s*图\s*\d{1,3}\s*[.．、:：]\S{0,40}$")
# Government CMS chrome that survives conversion to text, inline or on lines of its own.
_CHROME = re.compile(
    "|".join(
        (
            r"当前位置\s*[:：]\s*\S+",
            # An empty 来源 field does not take the next field's label ("来源: 发布时间: …") as its value.
            r"(?<![\u4e00-\u9fff])来源\s*[:：](?:\s*(?!\S*?(?:时间|日期|次数|作者)\s*[:：])\S+)?",
            r"(?:发布|更新|发表)?时间\s*[:：]\s*\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?",
            r"(?:浏览|阅读|访问)次数\s*[:：]\s*\d*",
            r"字号\s*[:：]?\s*[【\[]?\s*大\s*[】\]]?\s*[【\[]?\s*中\s*[】\]]?\s*[【\[]?\s*小\s*[】\]]?",
            r"【\s*(?:打印本页|关闭窗口|打印|关闭|收藏|字体|大|中|小|返回顶部)\s*】",
            # A share-bar word stands alone, between the bar's separators (line start or end, spaces, a colon
            # before it, bars, brackets); anywhere else (报刊、微博、微信公众号; '其中微信3个,微博2个';
            # '微博:10060') it is the report's own text.
            r"(?<![^\s|｜:：】\]])(?:微信|微博|QQ空间|二维码|全真版|文字版|文件下载|附件下载|打印本页|关闭窗口|返回顶部)"
            r"(?![^\s|｜【\[])",
            r"(?<![\u4e00-\u9fff、，；])分享到\s*[:：]?",
            r"相关链接\s*[:：]\s*(?:-->)?",
            # A font-size or share bar cut off after its label ("【字号:", "分享:"), and a CMS's credit line.
            r"【?\s*字号\s*[:：]\s*$",
            r"^\s*分享\s*[:：]\s*$",
            r"^\s*Produced\s+By\s.*$",
            r"-->",
        )
    )
)
# Pinyin a mirror site writes after characters it converted ("政府信息公開年度報(bào)告"): never the report's.
_PINYIN = re.compile(r"(?<=[\u4e00-\u9fff])\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)")
# Its toneless kind ('辦公廳(ting)', '全(quan)(quan)面'): a syllable of two letters or more (initial and final), never
# an abbreviation a report writes in brackets ('(app)', '(pdf)' are no syllables).
_SYLLABLE = r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|uai|iao|ian|uan|ai|ei|ao|ou|an|en|in|un|" \
            r"ia|ie|iu|ua|uo|ui|ve|ue|er|a|o|e|i|u|v)"
_TONELESS = re.compile(rf"(?<=[\u4e00-\u9fff])(?:\((?=[a-z]{{2,6}}\)){_SYLLABLE}\))+")
# Lost characters at a line's edge ('? ?本年度报告…', '一、總體情況?'): a mirror that could not encode the blank
# runs it indented or padded lines with wrote '?' for each (a page's lines of nothing but them are dropped above);
# no sentence opens on a question mark, and a report's own question ends on '？' or on 吗/呢, so they are taken off.
_LOST_EDGES = re.compile(r"^[ \t]*[?？][ \t?？]*(?=[\u4e00-\u9fff（(“《\d])|(?<=[\u4e00-\u9fff）)”》])(?<![吗呢么])[ \t]*\?[ \t?]*$")
# A bracketed title inside a document's name ('关于印发<…年度报告格式>的通知') that a crawler took for an HTML tag
# and echoed once more, as its end tag, after the text ('… 中华人民共和国…年度报告格式>'): a repeat of words the line
# already holds, never the report's own.
_TAG_ECHO = re.compile(r"\s+([^\s<>《》]{4,60})>(?=\s|$)")
_SPACES = re.compile(r"[ \t\u00a0\u3000]{2,}")
# A line of nothing but lost characters ('??', '?? ?? ??': icons or blank runs a crawler could not encode): no
# text of the report is left in it, as in a line of chrome.
_LOST_ONLY = re.compile(r"^[\s?？]*[?？][\s?？]*[?？][\s?？]*$")


def _without_tag_echo(text: str) -> str:
    """The line without a pseudo-tag's echo: ' NAME>' after the line has held '<NAME>' (spaces aside)."""
    for m in reversed(list(_TAG_ECHO.finditer(text))):
        name = m.group(1)
        opened = re.search(r"<\s*" + re.escape(name) + r"\s*>", text[: m.start()])
        if opened:
            text = text[: m.start()] + text[m.end():]
    return text


def clean_line(text: str) -> str:
    """One line without artifacts and chrome; '' when nothing of the report is left."""
    text = _without_tag_echo(_TONELESS.sub("", _PINYIN.sub("", _ARTIFACTS.sub("", text))))
    text = _LOST_EDGES.sub("", text)
    if _PAGE_NUMBER.match(text) or _CAPTION.match(text) or _LOST_ONLY.match(text):
        return ""
    stripped = _CHROME.sub(" ", text)
    if stripped != text:
        text = _SPACES.sub(" ", stripped)
    return text.rstrip() if text.strip() else ""


def web_chrome(text: str) -> bool:
    """Whether a line is all web-page chrome (a share or print bar, a font-size switch): it cleans to nothing
    and is no page furniture (a page number or running line stands between a sentence's pieces; chrome does not)."""
    text = _TONELESS.sub("", _PINYIN.sub("", _ARTIFACTS.sub("", text)))
    return bool(text.strip()) and not _PAGE_NUMBER.match(text) and not _CAPTION.match(text) and not clean_line(text)
