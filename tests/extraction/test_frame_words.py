"""A body's name with a one-line page's portal frame run into its front (extraction/frame_words.py): the frame's
word is taken off only where a plausible body named by its place follows, and a name the frame did not touch is
left whole. Names here are invented or common real divisions; no page's text."""

from __future__ import annotations

import pytest

from nianbao.extraction.frame_words import strip_frame


@pytest.mark.parametrize(("framed", "name"), [
    ("发文字号东湖街道", "东湖街道"),  # a field's key whose value is empty
    ("文号时效扬州市卫生健康委员会", "扬州市卫生健康委员会"),  # two empty fields in a row
    ("有效性有效昆明市交通运输局", "昆明市交通运输局"),  # a key and its stock value
    ("时效性有效曲靖市审计局", "曲靖市审计局"),
    ("名称大理市司法局", "大理市司法局"),
    ("无障碍吉林省商务厅", "吉林省商务厅"),  # the accessibility bar
    ("录注册无障碍长春市民政局", "长春市民政局"),  # the crawler's text opening inside the bar's first word
    ("正文喀什市审计局", "喀什市审计局"),
    ("点击收听语音朗读青石镇人民政府", "青石镇人民政府"),  # a read-aloud button before a township the grammar reads
    ("公告公示广西壮族自治区人民政府办公厅", "广西壮族自治区人民政府办公厅"),  # a breadcrumb's column
    ("县级部门宜宾县卫生健康局", "宜宾县卫生健康局"),
    ("委会重庆两江新区管理委员会", "重庆两江新区管理委员会"),  # the tail of the committee named before it
    ("次成都市生态环境局", "成都市生态环境局"),  # a view count's unit
    ("报市气象局", "市气象局"),  # a title's tail before a generic place (its real place is completed later)
    ("首页 > 通知公告 > 正文绵阳市教育局", "绵阳市教育局"),  # a whole breadcrumb before the name
    ("政府信息公开年报锦州市水利局", "锦州市水利局"),  # the reports' column
    ("分享到微信微博包头市教育局", "包头市教育局"),  # the share bar
    ("扫一扫用手机打开当前页赤峰市审计局", "赤峰市审计局"),  # the QR code's caption, cut inside its words
])
def test_the_frame_run_into_a_name_is_taken_off(framed: str, name: str) -> None:
    assert strip_frame(framed) == name


@pytest.mark.parametrize("name", [
    "国家税务总局重庆市税务局",  # a national body's local office: the front is the name's own
    "国家税务总局 重庆市税务局",  # spaced, the piece before the space a body itself
    "中共重庆市委",
    "重庆市人民政府办公厅",
    "宜宾县卫生健康局",  # one character before a real county is the place's own (宜宾县, not 宜 + 宾县)
    "信息公开办公室",  # no place follows the word: nothing to trim to
    "正文",
    None,
])
def test_a_name_the_frame_did_not_touch_is_left_whole(name: str | None) -> None:
    assert strip_frame(name) == name


def test_frame_words_the_grammar_reads_into_a_real_place_are_no_place() -> None:
    # '年份芜湖市' is a field's key and a real city the grammar reads as one place: no body is trimmed to
    assert strip_frame("公开年报年份芜湖市") != "年份芜湖市"
