"""The agency ranker's candidates and features (``nianbao.extraction.mentions``) on paraphrased pages of our own,
and the fallback it gives the pipeline: taken only where no rule names the body."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from nianbao.core.config import ExtractConfig
from nianbao.extraction import mentions
from nianbao.extraction.mentions import FEATURES, candidates, features, scanned
from nianbao.pipeline import extract

# An invented place (云泽县, not in the gazetteer: read after a boundary) and a real one (海淀区), in sentences of our own.
CONTACT_ONLY = """一、总体情况
2023年，我局认真贯彻《中华人民共和国政府信息公开条例》，按照北京市海淀区人民政府的部署，扎实推进政务公开。
（一）主动公开。全年主动公开政府信息120条。
六、其他需要报告的事项
本年度未收取信息处理费。如有疑问，请与云泽县市场监督管理局联系，电话：0000-1234567。
"""
RULES_TITLE = """一、总体情况
本年度，我局修订了《北京市海淀区统计局政府信息公开工作规程》，明确了审核流程。
根据北京市人民政府的要求，我局做好依申请公开工作。
"""


# A bureau's page citing its superiors' notices, published on the county government's site, under a portal footer
# naming the city government's office as host; all sentences our own, the places real (海淀区, 北京市) or invented.
CITED_AND_HOSTED = """一、总体情况
2023年，我局根据《北京市人民政府办公厅关于进一步做好政务公开工作的通知》要求，转发北京市海淀区人民政府关于加强信息公开工作的意见。
全年在北京市海淀区人民政府网站发布信息86条。
（一）主动公开。全年主动公开政府信息86条。
联系单位：云泽县统计局，电话：0000-7654321。
主办单位：北京市人民政府办公厅　版权所有
"""


def _row(text: str, name: str) -> dict[str, float]:
    body, tail_at = scanned(text)
    cands = candidates(body)
    by_name = {c.name: k for k, c in enumerate(cands)}
    assert name in by_name, sorted(by_name)
    return dict(zip(FEATURES, features(body, tail_at, cands)[by_name[name]]))


def test_candidates_are_the_bodies_named_not_the_cited_regulation() -> None:
    names = {c.name for c in candidates(scanned(CONTACT_ONLY)[0])}
    assert "云泽县市场监督管理局" in names
    assert "北京市海淀区人民政府" in names
    assert not any(n.startswith("中华人民共和国") for n in names)  # the 条例's title names no body


def test_a_name_and_its_longer_form_are_one_candidate_per_key() -> None:
    text = "请与云泽县市场监督管理局联系。云泽县市场监管局地址：某路1号。"
    keys = [c.key for c in candidates(text)]
    assert len(keys) == len(set(keys))


def test_features_say_where_a_name_stands() -> None:
    own = _row(CONTACT_ONLY, "云泽县市场监督管理局")
    superior = _row(CONTACT_ONLY, "北京市海淀区人民政府")
    assert own["contact_line"] == 1.0 and superior["contact_line"] == 0.0
    assert own["self_agree"] == 1.0 and own["self_conflict"] == 0.0  # 我局 ↔ …局
    assert superior["self_conflict"] == 1.0  # 我局 on the page, a government named
    assert superior["cited_before"] == 1.0  # 按照…的部署
    assert superior["superior"] == 0.0 and own["government"] == 0.0 and superior["government"] == 1.0


def test_a_rules_title_is_a_quoted_mention_of_a_real_place() -> None:
    row = _row(RULES_TITLE, "北京市海淀区统计局")
    assert row["in_quote"] == 1.0 and row["gazetteer"] == 1.0 and row["self_agree"] == 1.0


def test_a_cited_notice_s_issuer_is_marked_and_the_page_s_own_body_is_not() -> None:
    issuer = _row(CITED_AND_HOSTED, "北京市人民政府办公厅")
    assert issuer["cited_issuer"] > 0.0  # 根据《…办公厅关于…的通知》
    forwarded = _row(CITED_AND_HOSTED, "北京市海淀区人民政府")
    assert forwarded["cited_issuer"] > 0.0  # 转发…关于…的意见
    own = _row(CITED_AND_HOSTED, "云泽县统计局")
    assert own["cited_issuer"] == 0.0 and own["footer_only"] == 0.0 and own["site_only"] == 0.0
    # a notice's title opened in 《》 right after the name: its issuer, with no citing verb near
    titled = "一、总体情况\n本报告的格式参照北京市海淀区人民政府办公室《关于做好年度报告工作的通知》。\n我局主动公开信息9条。\n"
    assert _row(titled, "北京市海淀区人民政府办公室")["cited_issuer"] == 1.0
    # a body's own rules in 《》 name no issued notice: the title is the body's, not a superior's
    assert _row(RULES_TITLE, "北京市海淀区统计局")["cited_issuer"] == 0.0


def test_a_government_on_a_bureau_s_page_is_a_superior_of_the_self_word() -> None:
    assert _row(CITED_AND_HOSTED, "北京市海淀区人民政府")["self_superior"] == 1.0  # 我局 on the page
    assert _row(CITED_AND_HOSTED, "云泽县统计局")["self_superior"] == 0.0
    township = "一、总体情况\n我镇在云泽县人民政府的领导下推进政务公开。云泽县青石镇人民政府主要负责同志听取汇报。\n"
    assert _row(township, "云泽县青石镇人民政府")["self_superior"] == 0.0  # 我镇 ↔ …镇人民政府
    assert _row(township, "云泽县人民政府")["self_superior"] == 1.0


def test_a_portal_s_host_and_a_site_s_owner_are_marked() -> None:
    assert _row(CITED_AND_HOSTED, "北京市人民政府办公厅")["footer_only"] == 0.0  # cited in the text as well
    footer = "一、总体情况\n我局持续推进政务公开。\n主办单位：云泽县人民政府办公室　版权所有\n"
    assert _row(footer, "云泽县人民政府办公室")["footer_only"] == 1.0
    assert _row(CITED_AND_HOSTED, "北京市海淀区人民政府")["site_only"] == 0.0  # also the forwarded opinion's issuer
    gazette = "一、总体情况\n全年在《云泽县人民政府公报》刊登文件12件，本机关持续推进公开工作。\n"
    assert _row(gazette, "云泽县人民政府")["site_only"] == 1.0


def test_the_shipped_model_takes_no_superior_a_page_only_cites_or_is_hosted_by() -> None:
    # no self-word, no body of its own named: only a cited notice's issuer and the site's owner
    text = ("一、总体情况\n本报告按照《国务院办公厅关于做好年度报告编制工作的通知》编制，电子版可在云泽县人民政府网站下载。\n"
            "本机关全年主动公开政府信息40条。\n")
    assert mentions.named(text) is None
    ranked = mentions.ranked(CITED_AND_HOSTED)
    assert ranked[0][0] == "云泽县统计局"  # the page's own body above every superior it cites or is hosted by
    assert all(p < mentions.shipped_model().threshold for _, p in ranked[1:])


def test_the_tail_is_read_for_a_signature() -> None:
    text = "一、总体情况\n" + "我局持续推进政务公开工作。\n" * 400 + "云泽县统计局\n2024年1月20日\n"
    body, tail_at = scanned(text)
    assert len(body) < len(text)
    assert _row(text, "云泽县统计局")["tail"] == 1.0


def test_the_fallback_names_a_body_only_where_no_rule_does(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(CONTACT_ONLY, encoding="utf-8")
    record = extract(page, ExtractConfig(tag=False))
    if record.metadata.sources.get("agency") == mentions.SOURCE:
        assert record.metadata.agency == "云泽县市场监督管理局"
    titled = tmp_path / "titled.txt"
    titled.write_text("云泽县统计局2023年政府信息公开工作年度报告\n" + CONTACT_ONLY, encoding="utf-8")
    record = extract(titled, ExtractConfig(tag=False))
    assert record.metadata.agency == "云泽县统计局" and record.metadata.sources["agency"] == "title"


def test_a_page_with_no_body_gets_no_name() -> None:
    assert mentions.named("一、总体情况\n本年度我局主动公开政府信息10条。") is None
    assert mentions.ranked("") == []


def test_the_shipped_model_loads_with_this_code_s_features() -> None:
    model = mentions.shipped_model()
    assert model.features == list(FEATURES)
    assert 0.0 < model.threshold < 1.0
    assert np.all(np.isfinite(model.coef)) and model.coef.shape == (len(FEATURES),)


def test_a_body_opening_with_an_autonomous_countys_short_form_inside_a_sentence_is_a_candidate() -> None:
    # '都安县' for 都安瑶族自治县, after a verb's particle: the gazetteer's alias opens the name as its full form would
    text = "为规范管理，本年度建立健全了都安县教育局政府信息公开工作制度。我局按时更新公开目录。"
    assert "都安县教育局" in {c.name for c in candidates(text)}
