"""The agency ranker's guards (``nianbao.extraction.mention_guards``): where its pick must not be named. Fixtures are
sentences of our own around real places (浮山县 and 临汾市, 柳南区 and 柳州市) and invented ones."""

from __future__ import annotations

from pathlib import Path

from nianbao.core.config import ExtractConfig
from nianbao.extraction import mentions
from nianbao.extraction.mention_guards import (agrees_with_rejected, cited_mention, not_a_name, offered,
                                               superior_government)
from nianbao.pipeline import extract

_ITEMS = "（一）主动公开\n全年主动公开政府信息120条。\n（二）依申请公开\n全年新收政府信息公开申请3件。\n二、主动公开政府信息情况\n"


def _mention(text: str, name: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return start, start + len(name)


def test_lists_cut_brackets_and_sentences_are_no_names() -> None:
    assert not_a_name("临汾市人大、临汾市人民政府")
    assert not_a_name("通过省内报刊、厅")
    assert not_a_name("中国科大精神作为学校")
    assert not_a_name("柳州市经济技术开发区（柳南区")
    assert not not_a_name("国家发展和改革委员会")  # a national body keeps its 和
    assert not not_a_name("柳州市高新区（柳南区）管理委员会")  # a bracket closed inside the name
    assert not not_a_name("浮山县税务局")


def test_a_mention_in_a_title_a_site_a_footer_or_a_list_is_cited() -> None:
    text = ("全年执行《浮山县人民政府工作规则》。通过“临汾市人民政府”门户网站和“临汾市人民政府发布”公众号发布信息。"
            "所列临汾市人大、临汾市人民政府、临汾市政协的数据。围绕2023年临汾市政务公开工作要点开展工作。"
            "在浮山县人民政府的部署下推进工作。")
    assert cited_mention(text, *_mention(text, "浮山县人民政府"))  # a rules title
    assert cited_mention(text, *_mention(text, "临汾市人民政府"))  # a portal named after its owner, in quotes
    assert cited_mention(text, *_mention(text, "临汾市人民政府", 1))  # an account's name in quotes
    assert cited_mention(text, *_mention(text, "临汾市人民政府", 2))  # one item of a list
    assert cited_mention(text, *_mention(text, "临汾市", 4))  # a plan's title without 《》
    assert not cited_mention(text, *_mention(text, "浮山县人民政府", 1))  # the government acting in a sentence
    site = "依托“临汾市人民政府”(http://www.example.gov.cn/)作为公开平台。"
    assert cited_mention(site, *_mention(site, "临汾市人民政府"))  # a website named with its address
    own = "现将《浮山县统计局2023年政府信息公开工作年度报告》予以公布。"
    assert not cited_mention(own, *_mention(own, "浮山县统计局"))  # the page's own report cited by its title


def test_only_a_superior_government_cited_everywhere_is_withheld() -> None:
    rules = "全年执行《浮山县人民政府工作规则》。"
    assert superior_government("浮山县人民政府") and not superior_government("某某镇人民政府")
    assert not offered(rules, "浮山县人民政府", [_mention(rules, "浮山县人民政府")], self_agree=False)
    # a county saying 我县 whose own rules title names it as a body is its own body
    assert offered(rules, "浮山县人民政府", [_mention(rules, "浮山县人民政府")], self_agree=True)
    # a district named alone inside a zone's rules title is the rules' scope, whatever the page's self-word
    scope = "全年公开《柳州市经济技术开发区（柳南区）促进制造业发展若干措施》。"
    assert not offered(scope, "柳南区人民政府", [_mention(scope, "柳南区")], self_agree=True)
    # a bureau's name in a rules title is mostly its own rules ('制定了《某局…制度》'): offered
    own = "制定了《浮山县统计局信息发布审核制度》。"
    assert offered(own, "浮山县统计局", [_mention(own, "浮山县统计局")], self_agree=False)


def test_a_pick_must_agree_with_the_body_the_page_stated_and_the_rules_rejected() -> None:
    assert agrees_with_rejected("浮山县人民政府", [])  # nothing stated: nothing to disagree with
    assert not agrees_with_rejected("浮山县人民政府", ["税务局"])  # the page said it is a 局
    assert agrees_with_rejected("浮山县税务局", ["税务局"])  # the 局 completed with its place
    assert not agrees_with_rejected("浮山县统计局", ["税务局"])  # another 局
    assert agrees_with_rejected("浮山县卫生健康委", ["卫生健康委员会"])  # a 委员会 and its short form are one
    assert agrees_with_rejected("某某镇人民政府", ["某某镇"])  # a place stated alone, its government


def test_a_superior_named_only_in_titles_sites_and_lists_is_not_named() -> None:
    text = ("一、总体情况\n本报告所列临汾市人大、临汾市人民政府、临汾市政协的统计期限为2023年全年。\n"
            "2023年，及时公开《2023年临汾市人民政府工作报告》等信息，通过“临汾市人民政府”门户网站发布信息300条。\n" + _ITEMS)
    assert mentions.ranked(text, offered_only=False)  # the model sees the government …
    assert mentions.named(text) is None  # … and names none


def test_a_government_beside_a_rejected_bureau_is_not_named(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("税务局2023年政府信息公开工作年度报告\n本年度报告根据条例要求编制。\n一、总体情况\n"
                    "2023年，在浮山县人民政府的统一部署下，本机关严格执行《浮山县人民政府工作规则》。\n" + _ITEMS,
                    encoding="utf-8")
    text = page.read_text(encoding="utf-8")
    assert mentions.named(text) == "浮山县人民政府"  # the ranker alone would name the county's government …
    record = extract(page, ExtractConfig(tag=False))
    assert record.metadata.agency is None  # … but the page said it is a 税务局: no name
    assert "税务局" in record.metadata.candidates.get("agency", {}).values()  # the statement stays a candidate
