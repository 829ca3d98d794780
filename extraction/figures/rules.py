"""The grammar of figures, as data: the rule types and the vocabulary every topic's rules share.

A number phrase (``numbers.Mention``) becomes a figure when a ``Rule`` accepts it: its unit is one
the rule allows, the words before it (back to the previous number or punctuation mark) match
``before``, the words after it match ``after``, the paragraph is on the rule's ``topic``, and
nothing in ``unless`` is there. ``ZeroRule``s read statements that mean 0 without a digit
("未收取信息处理费", "无上年结转"); ``PartRule``s read a part of the figure just before ("其中1件被纠正").

The tables themselves live by topic: ``rules_requests`` (applications received, completed, carried;
fees), ``rules_reviews`` (administrative reviews and suits), ``rules_proposals`` (NPC suggestions and
CPPCC proposals, their rates and levels), ``rules_engagement`` (training, hotline, press, policy
interpretation, problems rectified, consultations, interviews, gazette, messages) and
``rules_proactive`` (information published and its channels). ``grammar.py`` joins them in the order
they are tried; the first rule that accepts a number wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    """One way a report states one figure."""

    figure: str
    units: frozenset[str]
    before: re.Pattern[str] | None = None  # searched in the words before the number; group 'scope' names the scope
    after: re.Pattern[str] | None = None  # matched at the start of the words after the number
    sentence: bool = False  # ``after`` may run on past commas, to the end of the sentence
    unless: re.Pattern[str] | None = None  # searched in the words before and after: a match rejects
    topic: str | None = None  # the paragraph's last topic before the number must be this one
    scope: str | None = None  # a fixed scope, where ``before`` names none
    also: str | None = None  # a second figure the same number states ("行政复议、行政诉讼案件为0件")


@dataclass(frozen=True)
class ZeroRule:
    """A statement that a figure is 0, without a digit."""

    figure: str
    pattern: re.Pattern[str]
    unit: str | None = None
    scope: str | None = None


def units(*names: str) -> frozenset[str]:
    """The units a rule accepts."""
    return frozenset(names)


def regex(pattern: str) -> re.Pattern[str]:
    """A compiled pattern of the grammar."""
    return re.compile(pattern)


# The units of each kind of count.
COUNT = units("件", "条", "个", "份", "项")
REQUESTS = COUNT | units("件次", "次", "宗")
CASES = units("件", "起", "个", "宗", "次")
SESSIONS = units("次", "期", "场", "轮", "批")
PEOPLE = units("人次", "人", "名")
CALLS = units("次", "期", "场", "场次", "轮")
ITEMS = units("条", "篇", "件", "项", "期", "份")
# 政府信息公开申请, 依申请公开申请, and the unusual 依申请信息公开 / 政府信息依申请公开 / 依申请公开政府信息.
APPLICATION = (r"(?:(?:政府信息公开|信息公开|依申请公开|依申请信息公开|(?<![不予])公开)?(?:申请|申请书)|依申请\s?(?:信息)?公开(?:政府信息|信息)?|依申请政府信息公开"
                r"|(?<!依)申请公开(?:政府信息|信息)?)")  # "收到申请公开21条"
TOTAL = r"(?:共计|共有|共|合计|总计|累计)?"
# The verbs of publishing: 发送 / 发稿 / 刊登 / 刊播 / 播发 / 推文 (a post, a story, a broadcast). Not 公示: "公示信息"
# is as often a kind of information ("…办理公示信息1条") as a verb.
PUBLISH = r"(?:主动公开|公开|公布|发布|推送|推文|编发|刊发|更新|上传|转载|转发|发送|发稿|刊登|刊播|播发)"

# What the paragraph is about at a point: the last of these words before it.
TOPICS: dict[str, re.Pattern[str]] = {
    "proposals": regex(r"(?<!意见)建议|提案|议案"),
    "requests": regex(r"申请"),
    "hotline": regex(r"热线"),
    "messages": regex(r"信箱|诉求|留言"),
}


@dataclass(frozen=True)
class PartRule:
    """A part of the figure just before it in the same sentence: "代表建议3件（主办3件）", "3件，其中1件被纠正"."""

    of: tuple[str, ...]  # the figure ids it can be a part of
    before: re.Pattern[str]
    after: re.Pattern[str] | None = None  # group 'q' (in either) names the part
    needs_then: str | None = None  # a word that must stand between the whole and the part


# A count whose unit the page lost (each topic's ``LOST_UNIT_RULES``) is read only where a word follows it,
# not a date, nor a hotline's number ("申请12345热线转办…").
LOST_UNIT_NEXT = regex(r"(?!热线|服务|平台|政务)[\u4e00-\u9fff](?<![年月日号时届期万亿])")
