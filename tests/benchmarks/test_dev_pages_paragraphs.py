"""The paragraph scorer's reading of gold heading lines (benchmarks/dev_pages_paragraphs.py): a sub-heading alone
on its line is a heading line whether or not it ends on a full stop, and a crawler's 'HEADING。 TEXT' read as one
paragraph whose heading went to the path finds the gold that keys TEXT apart."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from dev_pages_paragraphs import Where, is_heading_line  # noqa: E402  (a script, not a package)


def test_a_sub_heading_alone_is_a_heading_line_with_or_without_its_stop() -> None:
    assert is_heading_line("（一）主动公开情况")
    assert is_heading_line("（一）主动公开情况。")
    assert is_heading_line("(三)政府信息管理情况。")


def test_a_sub_heading_with_its_sentence_is_no_heading_line() -> None:
    assert not is_heading_line("（二）依申请公开情况。全年收到申请5件，全部按期答复。")
    assert not is_heading_line("全年主动公开政府信息1200条。")


def _where(paragraph: str, heading: str) -> Where:
    return Where(placed=[("overview", {paragraph})], keys=set(), unplaced_keys=set(), title="", agency="",
                 headings={heading}, table=[], body=paragraph)


def test_a_run_in_heading_ending_on_a_stop_leaves_its_narrative_found() -> None:
    where = _where("(一)主动公开情况。2024年,某镇严格落实条例,全年主动公开信息300条。", "(一)主动公开情况")
    assert where.classify({"2024年,某镇严格落实条例,全年主动公开信息300条。"}) == "found"


def test_a_paragraph_run_into_another_is_still_merged() -> None:
    where = _where("某镇全年收到申请3件。2024年,某镇严格落实条例,全年主动公开信息300条。", "(一)主动公开情况")
    assert where.classify({"2024年,某镇严格落实条例,全年主动公开信息300条。"}) == "merged"
