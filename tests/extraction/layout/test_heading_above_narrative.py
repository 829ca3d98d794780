"""Where a page lost the overview's heading and its narrative starts after the preamble's stock sentences, a
sub-heading standing right above that narrative ("（二）依申请公开方面") goes with it: it stays in the
paragraph's path instead of heading nothing at the preamble's end. Fixtures are paraphrased, in our own words."""

from __future__ import annotations

from pathlib import Path

from nianbao.core.config import ExtractConfig
from nianbao.pipeline import extract


def test_the_sub_heading_above_the_first_narrative_stays_in_its_path(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text("\n".join([
        "（一）主动公开方面",
        "依据政府信息公开有关要求，本镇加强信息审核把关，在门户网站发布政务信息共52条。",
        "（二）依申请公开方面",
        "2024年我镇未收到政府信息公开申请。",
    ]), encoding="utf-8")
    record = extract(path, ExtractConfig(tag=False))
    last = next(p for p in record.paragraphs if p.text.startswith("2024年我镇"))
    assert last.path[-1] == "（二）依申请公开方面", last.path
