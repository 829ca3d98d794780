"""Lines many synthetic page shapes share: the opening items of section 一 and the sentence stating the
statistics period."""

from __future__ import annotations

import random


def overview_items(rng: random.Random) -> list[str]:
    """Section 一's heading and its first two items, with a drawn proactive count."""
    return ["一、总体情况", "（一）主动公开情况", f"全年主动公开政府信息{rng.randint(5, 900)}条。", "（二）依申请公开情况",
            "全年未收到政府信息公开申请。"]


def period_sentence(year: int) -> str:
    """The preamble's sentence giving the statistics period of ``year``."""
    return f"本报告所列数据统计期限为{year}年1月1日至{year}年12月31日。"
