"""Scenic and protected areas' administrations, and a landform's (an island, a mountain, a lake, a port), which
report under the 条例 by the area's own name."""

from __future__ import annotations

import re

# A scenic or protected area's administration, named by the area's own name, often long ('某某河风景名胜区管理处',
# '某山国家级自然保护区管理局'): bodies that report under the 条例 with no place word of their own.
_NAMED_AREA_BODY = re.compile(r"^[\u4e00-\u9fff]{2,16}(?:风景名胜区|风景区|旅游度假区|自然保护区|湿地公园|森林公园|地质公园|"
                              r"国家公园)(?:管理处|管理局|管理委员会|管委会|管理中心)$")


# An island's, mountain's, lake's, bay's or port's administrative committee, named by the landform alone ('某某岛管委会',
# '某某山管理委员会'): a zone run by a committee under its county or city, its name no division the gazetteer lists.
_LANDFORM_BODY = re.compile(r"^[\u4e00-\u9fff]{2,8}(?:岛|山|湖|湾|港)(?:管理委员会|管委会)$")


def is_named_area_body(name: str) -> bool:
    """True for a scenic or protected area's administration named by the area alone ('某山国家森林公园管理处'): the
    area's own name is its place, though no division's suffix shows it."""
    return bool(_NAMED_AREA_BODY.search(name) or _LANDFORM_BODY.search(name))
