"""Agencies composed from invented place names × agency types, at the four administrative levels."""

from __future__ import annotations

import random
import string

from nianbao.synth.model import Agency, banks

# Shares of the levels in a corpus: most reports come from counties and their departments.
LEVELS = (("provincial", 0.08), ("prefectural", 0.22), ("county", 0.45), ("township", 0.25))
_AREA_CODES = {"provincial": (10, 99), "prefectural": (300, 999), "county": (300, 999), "township": (300, 999)}


def _slug(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.ascii_lowercase) for _ in range(n))


def _place(rng: random.Random, level: str) -> str:
    """The region as the agency's name writes it: the place, sometimes with the place above it."""
    p = banks()["places"]
    if level == "provincial":
        stem = rng.choice(p["province"])
        return stem + "省"
    if level == "prefectural":
        stem = rng.choice(p["city"])
        return (rng.choice(p["province"]) + "省" if rng.random() < 0.15 else "") + stem + "市"
    if level == "county":
        if rng.random() < 0.35:  # a city's district, usually named with its city
            stem = rng.choice(p["district"])
            return (rng.choice(p["city"]) + "市" if rng.random() < 0.6 else "") + stem + "区"
        stem = rng.choice(p["county"])
        return stem + "县"
    if rng.random() < 0.2:
        stem = rng.choice(p["street"])
        return stem + "街道"
    stem = rng.choice(p["township"])
    suffix = "乡" if rng.random() < 0.25 else "镇"
    return (rng.choice(p["county"]) + "县" if rng.random() < 0.3 else "") + stem + suffix


def sample_agency(rng: random.Random) -> Agency:
    """An agency with a consistent name, region, level, website and contact details."""
    level = rng.choices([lv for lv, _ in LEVELS], [w for _, w in LEVELS])[0]
    region = _place(rng, level)
    roll = rng.random()
    if region.endswith("街道"):
        name, kind, unit = region + "办事处", "government", "街道"
    elif level == "township" or roll < 0.3:
        name, kind, unit = region + "人民政府", "government", region[-1]
    elif roll < 0.45:
        office = "人民政府办公厅" if level == "provincial" else "人民政府办公室"
        name, kind, unit = region + office, "office", "办"
    else:
        dept = rng.choice(banks()["departments"]["provincial" if level == "provincial" else "local"])
        name, kind = region + dept, "department"
        unit = "委" if dept.endswith("委员会") else dept[-1]
    domain = f"{_slug(rng, 2)}{_slug(rng, 4)}.gov.cn"
    low, high = _AREA_CODES[level]
    road = rng.choice(banks()["roads"])
    contact = {
        "address": f"{region}{road}{rng.randint(1, 299)}号",
        "postcode": str(rng.randint(100000, 850000)),
        "phone": f"0{rng.randint(low, high)}-{rng.randint(2000000, 8999999)}",
        "email": f"{_slug(rng, rng.randint(4, 8))}@{domain}",
    }
    site_owner = name if kind == "department" or rng.random() < 0.5 else region + "人民政府"
    website = f"www.{domain}"
    site = f"{site_owner}门户网站（{website}）“政府信息公开”栏目"
    return Agency(name, region, level, unit, kind, site, website, contact)
