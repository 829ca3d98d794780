"""Whose count a figure is: the words that name another body than the reporting agency, or the agency itself.

A figure is the reporting agency's own ("self") unless the words before it name another body: all
the bodies of the jurisdiction (全县行政机关, 全市各级行政机关), the agency's subordinates (县直各部门,
各乡镇) or a body it urged or guided (督促区教育局…). A bare 全区 / 全县 is the jurisdiction a
government reports for (平潭's "全区共主动公开…" is the report's own total, as its tables are). The body
counts for the rest of its clause, and for the sentence where it opens the sentence
("全县累计主动公开政府信息9条，其中政策解读类信息5条"). ``context.Context.subject`` applies these.
"""

from __future__ import annotations

import re

_PLACE = r"(?:省|市|区|县|旗|州|盟|镇|乡)"
_BODIES = r"(?:行政机关|政府部门|部门|单位|乡镇|镇街|街道|镇|县区|县（市、区）|县\(市、区\))"
# Not a body that is the object of the sentence: "培训各单位信息员150人次", "对各部门进行考核".
GROUP = re.compile(
    rf"(?<!培训)(?<![对向为])(?:"
    rf"全{_PLACE}(?:各级)?(?:各)?{_BODIES}"
    rf"|(?:各级各?|各){_BODIES}"
    rf"|{_PLACE}直(?:各)?(?:有关)?(?:部门|单位)"
    rf"|全{_PLACE}政府系统"
    rf"|县区|镇街(?!道)"  # not inside a name: "安镇街道"
    rf"|(?<=督促|指导|推动)(?:[^，。；]{{0,12}}?)(?:局|委|办|部门|单位|乡镇|镇街|街道|中心))"
    rf"(?!信息员|工作人员|人员|干部|负责人|业务骨干|联络员)")
# The agency itself: 我局, 本机关, 本级 … (市本级 is the government's own level).
SELF = re.compile(r"(?:我|本)(?:局|委|办|镇|乡|街道|街办|区|县|市|厅|署|部|院|中心|单位|机关|部门|级)")
# The agency's own bodies: "我区各级单位" (平潭 2021's total is its own, as its gold says).
SELF_BEFORE = re.compile(r"(?:我|本)(?:区|县|市|镇|乡|街道|局|委)(?:全年|本年度?|\d{4}年度?)?\s*$")  # "我市全年各级行政机关"
# What may stand before a body that opens its sentence: "一是", "2025年，", "全年".
SENTENCE_OPENING = re.compile(r"^(?:\s|[一二三四五六七八九十]是|\d{4}年度?|本年度?|全年|[，,、：:])*")
