"""What many synthetic page shapes share: the opening items of section 一, the sentence stating the statistics period
(in two wordings), and a real city drawn from the gazetteer."""

from __future__ import annotations

import random

from nianbao.core import places


def overview_items(rng: random.Random) -> list[str]:
    """Section 一's heading and its first two items, with a drawn proactive count."""
    return ["一、总体情况", "（一）主动公开情况", f"全年主动公开政府信息{rng.randint(5, 900)}条。", "（二）依申请公开情况",
            "全年未收到政府信息公开申请。"]


def period_sentence(year: int) -> str:
    """The preamble's sentence giving the statistics period of ``year``."""
    return f"本报告所列数据统计期限为{year}年1月1日至{year}年12月31日。"


def brief_items(rng: random.Random) -> list[str]:
    """Section 一's first two items, short, with drawn counts."""
    return ["（一）主动公开", f"全年主动公开政府信息{rng.randint(10, 400)}条。", "（二）依申请公开",
            f"全年新收政府信息公开申请{rng.randint(0, 30)}件。"]


def period_span(year: int) -> str:
    """The preamble's sentence giving the statistics period of ``year``, worded 自…起至…止."""
    return f"本报告所列数据统计期限自{year}年1月1日起至{year}年12月31日止。"


def real_city(rng: random.Random) -> str:
    """A real prefectural city's full name ending 市 (three characters or more)."""
    return rng.choice([c for c in places.of_level("prefectural") if c.name.endswith("市") and len(c.name) >= 3]).name
