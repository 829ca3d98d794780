"""A place's own report whose contact desk is one of its bodies (extraction/stated.py ``choose``): where the
overview's opening sentence has the place itself for subject, the contact's department compiled the report and is
no name for it; where the subject is the department, the department reports. Invented names and sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from nianbao.core.config import ExtractConfig
from nianbao.pipeline import extract

_CONTACT = "如对本报告有疑问，请与云泽县政务服务和大数据管理局联系，电话：0000-1234567。"
_ITEMS = "（二）依申请公开情况。全年收到政府信息公开申请5件，均已按时答复。\n"


@pytest.mark.parametrize(("subject", "agency"), [
    ("云泽县", "云泽县"),  # the county's report, compiled by the department that runs disclosure
    ("云泽县政务服务和大数据管理局", "云泽县政务服务和大数据管理局"),  # the department's own report
])
def test_the_overview_subject_decides_between_the_place_and_its_desk(tmp_path: Path, subject: str, agency: str) -> None:
    page = tmp_path / "page.txt"
    page.write_text(f"一、总体情况\n（一）主动公开情况。2022年，{subject}紧紧围绕中心工作，坚持以公开为常态、不公开为例外。\n"
                    f"{_ITEMS}{_CONTACT}\n", encoding="utf-8")
    record = extract(page, ExtractConfig(tag=False))
    assert record.metadata.agency == agency, record.metadata.candidates


def test_the_governments_office_at_the_desk_names_the_government_not_the_bare_place(tmp_path: Path) -> None:
    # the office at the desk is read as its government ('云泽县人民政府'), which the place-subject rule must keep
    # (it gave the bare '云泽县': synth office_desk_government 0 of 100 right, tests/extraction/test_bodies.py failing)
    page = tmp_path / "page.txt"
    page.write_text("一、总体情况\n（一）主动公开情况。2023年，云泽县聚焦群众关切，全面推进政府信息公开工作。\n"
                    f"{_ITEMS}如对本报告有疑问，请与云泽县人民政府办公室联系，电话：0000-7654321。\n", encoding="utf-8")
    record = extract(page, ExtractConfig(tag=False))
    assert record.metadata.agency == "云泽县人民政府", record.metadata.candidates
