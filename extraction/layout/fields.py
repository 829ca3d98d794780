"""A portal's metadata-block line set without colons: the keys spaced out to a column's width or run side by
side with their values ('索  引  号 XX-2021-0086 主题分类', '发布机构 某县人民政府 发布日期 2021-01-23',
'来        源 某县人民政府'), as a table of fields flattens to text. A line of the page's frame, no sentence."""

from __future__ import annotations

import re

FIELD_KEYS = ("索引号", "发布机构", "发文机关", "发文单位", "成文日期", "发布日期", "发文日期", "公开日期", "生成日期", "主题分类",
         "信息分类", "服务对象分类", "分类", "公开方式", "公开范围", "文号", "发文字号", "文件编号", "有效性", "是否有效", "时效",
         "标题", "名称", "体裁分类", "组配分类", "信息来源", "来源", "发布时间", "更新时间", "关键词", "关键字")
# Keys no sentence opens on: the line is a field whatever follows ('索引号 000014349/2023-74857').
_FIELD_ONLY = re.compile(r"^\s*(?:索\s*引\s*号|发文字号|文件编号|主题分类)")
_KEY = "|".join(r"\s*".join(key) for key in sorted(FIELD_KEYS, key=len, reverse=True))
# A key at the line's start and no colon after it (the colon's fields are the frame's patterns already).
_OPENING_KEY = re.compile(rf"^\s*({_KEY})(?![:：])(?=\s|$|[^\u4e00-\u9fff]|{_KEY})")
_ANY_KEY = re.compile(rf"(?<![\u4e00-\u9fff])(?:{_KEY})(?![\u4e00-\u9fff])")
_KEY_PAIR = re.compile(rf"^\s*(?:{_KEY})\s*(?:{_KEY})")  # two keys, their values empty ('文号是否有效')
_SENTENCE = re.compile(r"[。，,；;！？!?]")


def is_bare_field(text: str) -> bool:
    """Whether ``text`` is a metadata-block line whose keys stand without colons: a key spaced out to its
    column's width ('来        源 某局'), or two keys on the line ('发布机构 某局 发布日期 2021-01-23') — one plain
    key and a value could open a sentence's fragment, so neither is taken alone, unless no sentence opens on the
    key (索引号) or the key stands alone (a key over its value). A title field ('标  题 某局2016年…
    年度报告') is the title's line, read as the title, and no frame."""
    t = text.strip()
    m = _OPENING_KEY.match(t)
    if not m or len(t) > 120 or _SENTENCE.search(t) or title_field(t) is not None:
        return False
    return (bool(re.search(r"\s", m.group(1))) or len(_ANY_KEY.findall(t)) >= 2 or bool(_KEY_PAIR.match(t))
            or bool(_FIELD_ONLY.match(t)) or re.sub(r"\s+", "", t) in FIELD_KEYS)


_TITLE_FIELD = re.compile(r"^\s*(?:标\s*题|名\s*称|文件名称)\s*[:：]?\s*(?=\S)")


def title_field(text: str) -> str | None:
    """The value of a title field ('标      题 某局2016年度…报告', '名称：…'), or None for any other line."""
    m = _TITLE_FIELD.match(text)
    return text[m.end():].strip() if m else None
