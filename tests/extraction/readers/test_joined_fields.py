"""A saved page's metadata block that pymupdf4llm ran into one line is split back into its fields, and a
crawler's '==== 正文 ====' rule run into it is left out (extraction/readers/joined_fields.py). Invented text
in the converter's pattern, measured on real converters' output (benchmarks/real_converters.py)."""

from __future__ import annotations

from nianbao.extraction.readers.joined_fields import split_joined_frame
from nianbao.extraction.readers.markdown import MarkdownReader


def _texts(line: str) -> list[str]:
    return [text for text, _ in split_joined_frame(line)]


def test_a_run_of_fields_is_a_field_a_line() -> None:
    line = "索引号：11112222/2024-00321 发文机关：青石县交通运输局 成文日期：2024-02-06 发布日期：2024-02-07"
    assert _texts(line) == ["索引号：11112222/2024-00321", "发文机关：青石县交通运输局", "成文日期：2024-02-06",
                            "发布日期：2024-02-07"]
    # ASCII colons set apart by the code spans taken off, an empty field's value
    line = "标题 : 青石县交通运输局2023年度政府信息公开工作年度报告 文号 : 发布机构 : 青石县交通运输局"
    assert _texts(line) == ["标题 : 青石县交通运输局2023年度政府信息公开工作年度报告", "文号 :", "发布机构 : 青石县交通运输局"]


def test_a_rule_run_into_the_frame_is_left_out() -> None:
    # (the piece before the rule ended the page's frame: no paragraph runs on from it)
    line = "成文日期：2024-02-06 发布日期：2024-02-07 ==================== 正文 ===================="
    assert split_joined_frame(line) == [("成文日期：2024-02-06 发布日期：2024-02-07", True)]
    line = "==================== 正文 ==================== 青石县交通运输局2023年度政府信息公开工作年度报告"
    assert split_joined_frame(line) == [("", True), ("青石县交通运输局2023年度政府信息公开工作年度报告", False)]


def test_prose_with_fields_stays_whole() -> None:
    # A contact sentence: its fields follow commas, and it ends on a stop.
    line = "联系地址：青石县河西路 8 号，邮编： 410001 ，联系电话： 0731-1234567 。"
    assert _texts(line) == [line]
    # One label after a space: a value may hold one ('备注：…'), no block of fields.
    line = "索引号：11112222/2024-00321 发文机关：青石县交通运输局"
    assert _texts(line) == [line]


def test_the_reader_splits_only_the_lines_pymupdf4llm_joined() -> None:
    joined = ("索引号： `11112222/2024-00321` 发文机关：青石县交通运输局 成文日期： `2024-02-06` 发布日期： `2024-02-07` \n\n"
              "# 青石县交通运输局2023年政府信息公开工作年度报告 \n")
    texts = ["".join(b.text.split()) for b in MarkdownReader().read(joined.encode("utf-8"), "r.md").blocks]  # (spacing aside)
    assert texts[:4] == ["索引号：11112222/2024-00321", "发文机关：青石县交通运输局", "成文日期：2024-02-06", "发布日期：2024-02-07"]
    # A line the page itself set so (no joining space at its end) stays one line.
    # The frame's last piece before a rule runs into nothing: the report's first sentence is a paragraph of its own.
    ruled = "本地目录：a/b 栏目：年报 文号： ==================== 正文 ==================== \n\n本报告依据条例编制。\n"
    blocks = MarkdownReader().read(ruled.encode("utf-8"), "r.md").blocks
    assert [b.wraps for b in blocks[:-1]] == [None, None, False] and blocks[-1].text == "本报告依据条例编制。"
    own = "索引号：11112222/2024-00321 发文机关：青石县交通运输局 成文日期：2024-02-06\n"
    assert [b.text for b in MarkdownReader().read(own.encode("utf-8"), "r.md").blocks] == [own.strip()]


def test_captions_run_on_after_a_paragraph_are_lines_of_their_own() -> None:
    line = "全年发布信息 21 篇。（以下为部分截图。） 图 1. 门户网站首页截图 图 2. 公开目录页面截图"
    assert _texts(line) == ["全年发布信息 21 篇。（以下为部分截图。）", "图1.门户网站首页截图", "图2.公开目录页面截图"]
    # A figure cited in a sentence stays in it.
    line = "各项数据详见 图 1 所示，较上年有所增长。"
    assert _texts(line) == [line]
