"""Table 四 whose header words a narrow PDF's columns wrote down the page, a character a line (markitdown,
pdfminer): its fifteen values follow the last group heading (复议后起诉) and are read in the template's
order — only as fifteen values one to a cell; otherwise nothing is read (extraction/tables/text.py). Invented
values in the converter's pattern (benchmarks/real_converters.py)."""

from __future__ import annotations

from nianbao.core.codebook import FORMAT_2021, table_spec
from nianbao.extraction.tables.text import read_block

SPEC = table_spec("t4", FORMAT_2021)
HEADER = ("行政复议 | 行政诉讼\n结 | 结 | 其 | 尚 | 总 | 未经复议直接起诉 | 复议后起诉\n"
          "果 | 果 | 他 | 未 | 计 | 结 | 结 | 其 | 尚 | 总 | 结 | 结 | 其 | 尚 | 总\n"
          "维 | 纠 | 结 | 审 | 果 | 果 | 他 | 未 | 计 | 果 | 果 | 他 | 未 | 计\n")


def test_fifteen_values_after_a_header_written_down_the_page_are_read_in_order() -> None:
    values = "3 | 1 | 0 | 2 | 6 | 1 | 0 | 0 | 1 | 2 | 0 | 1 | 0 | 0 | 1"
    rows = read_block(SPEC, HEADER + values + "\n五、存在的主要问题及改进情况\n")
    assert len(rows) == 1
    assert [c.text for c in rows[0].chunks] == values.split(" | ")
    assert rows[0].cells[0] == "t4.review.upheld" and rows[0].cells[-1] == "t4.litigation_after_review.total"


def test_values_lost_or_run_together_under_such_a_header_are_not_read() -> None:
    # markitdown lost the zeros (a blank zero prints nothing): which column each number is, nobody can tell
    assert read_block(SPEC, HEADER + "3 | 1 | 4\n") == []
    # digits run together: without the header words there is nothing to split them by
    assert read_block(SPEC, HEADER + "31026 | 1 | 0 | 0 | 1 | 2 | 0 | 1 | 0 | 0 | 1\n") == []
