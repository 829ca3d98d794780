from __future__ import annotations

import pytest

from nianbao.core.labels import compact, fold


@pytest.mark.parametrize("text, folded, index", [
    ("５．要求行政机关确认或重新出\n具已获取信息", "5.要求行政机关确认或重新出具已获取信息", [0, 1, 2, 3]),
    ("本年 | 新收\u3000（一）", "本年新收(一)", [0, 1, 5, 6]),
    ("\u2003\x1c\t", "", []),
])
def test_labels_fold_whitespace_pipes_and_full_width_and_keep_each_characters_place(
        text: str, folded: str, index: list[int]) -> None:
    assert fold(text) == compact(text)[0] == folded
    assert compact(text)[1][: len(index)] == index
