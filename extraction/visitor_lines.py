"""A portal's visitors' lines on a report page — comments, messages, replies ('网友留言：…', '网友评论：…', '游客123：…')
— are no part of the report: a body they name is no statement of the page's own, so the readers of the page's
metadata do not see them (a comment naming another place's body of the report's kind must not complete the
report's bare '某局')."""

from __future__ import annotations

import re

# A line a visitor wrote, as portals label it: the label opens the line and a colon follows it.
_VISITOR_LINE = re.compile(r"^\s*(?:网友|游客|访客|匿名用户|热心市民|市民)[^\s：:，,。]{0,12}[：:]"
                           r"|^\s*(?:网友留言|网友评论|我要评论|发表评论|留言|评论|回复)\s*[：:]")


def without_visitor_lines(text: str) -> str:
    """``text`` with every line a visitor wrote left out (the others as they are)."""
    return "\n".join(line for line in text.split("\n") if not _VISITOR_LINE.match(line))
