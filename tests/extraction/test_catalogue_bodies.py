"""Kinds of body from the administrative catalogue that the rules could not read (agency17): each class in
nianbao's own sentences, and the refusals each new word must keep."""

from __future__ import annotations

from nianbao.extraction.bodies import clean_agency, compiled_by
from nianbao.extraction.contact_bodies import contact_agency
from nianbao.extraction.metadata import plausible_agency
from nianbao.extraction.real_places import is_placeless


def test_a_body_that_compiled_the_report_under_the_regulation_with_yizhao() -> None:
    # 依照 is the regulation's own verb ('依照本条例'): the name ends before it, as before 依据 or 按照
    text = "本报告由和田地区教育局依照《中华人民共和国政府信息公开条例》要求编制。"
    assert [n for n, _ in compiled_by(text)] == ["和田地区教育局"]


def test_a_central_body_named_shu_or_by_its_national_short_name_needs_no_place() -> None:
    for name in ("审计署", "国管局", "民航局", "国防科工局"):
        assert not is_placeless(name), name
    assert is_placeless("审计局")  # a local bureau by its kind alone says nothing of whose it is


def test_the_central_bank_is_a_body_but_a_bank_word_alone_is_none() -> None:
    assert plausible_agency("中国人民银行")
    assert plausible_agency("中国人民银行桂林市中心支行")
    assert not plausible_agency("人民银行")
    assert not plausible_agency("中心支行")


def test_a_place_opening_with_a_particle_keeps_it() -> None:
    # 和龙市 and 将乐县 are real places; 和, 将 are cut only where they are the sentence's
    assert clean_agency("和龙市旅游局") == "和龙市旅游局"
    assert clean_agency("将乐县教育局") == "将乐县教育局"
    assert clean_agency("由将乐县教育局") == "将乐县教育局"
    assert clean_agency("现将某县教育局") == "某县教育局"


def test_a_township_opening_with_a_particle_keeps_it_when_written_with_its_kind() -> None:
    # 和平街道, 和平镇 and 将军镇 are real townships: their first character is the name's, not the sentence's
    assert clean_agency("和平街道办事处") == "和平街道办事处"
    assert clean_agency("和平镇人民政府") == "和平镇人民政府"
    assert clean_agency("由将军镇人民政府") == "将军镇人民政府"
    # no township 和兴隆镇: the 和 joins it to the words before ('县政府和兴隆镇人民政府')
    assert clean_agency("和兴隆镇人民政府") == "兴隆镇人民政府"


def test_a_contact_sentence_naming_a_ministry_or_a_branch_by_its_city() -> None:
    assert contact_agency("如对本报告有疑问，请与水利部联系（电话：010-00000000）。") == "水利部"
    assert contact_agency("如对本报告有疑问，请与审计署联系。") == "审计署"
    assert contact_agency("如有疑问，请与肇庆出入境边防检查站联系。") == "肇庆出入境边防检查站"
    assert contact_agency("如有疑问，请与临沂海事局联系。") == "临沂海事局"


def test_contact_sentences_still_refuse_what_is_no_body() -> None:
    assert contact_agency("如有疑问，请与全国海关联系。") is None
    assert contact_agency("如有疑问，请与综合业务部联系。") is None
    assert not plausible_agency("全国海关")


def test_a_public_enterprise_stated_in_a_metadata_block_a_preamble_or_a_contact_sentence() -> None:
    from nianbao.extraction.enterprises import enterprise_statements
    head = "现公布桂林市自来水有限公司2023年政府信息公开工作年度报告。"
    assert [s.value for s in enterprise_statements(None, head)] == ["桂林市自来水有限公司"]
    head = "本报告由桂林市燃气集团有限公司依照《中华人民共和国政府信息公开条例》要求编制。"
    assert [s.value for s in enterprise_statements(None, head)] == ["桂林市燃气集团有限公司"]
    assert contact_agency("如有疑问，请与桂林市自来水有限公司联系。") == "桂林市自来水有限公司"


def test_a_company_of_no_public_trade_or_with_spam_is_still_refused() -> None:
    from nianbao.extraction.enterprises import enterprise_statements
    assert enterprise_statements(None, "现公布桂林市娱乐有限公司2023年政府信息公开工作年度报告。") == []
    assert enterprise_statements(None, "现公布桂林市某某贸易有限公司2023年政府信息公开工作年度报告。") == []
    assert contact_agency("如有疑问，请与桂林市某某贸易有限公司联系。") != "桂林市某某贸易有限公司"


def test_the_new_body_words_refuse_the_system_and_the_self_word() -> None:
    assert not plausible_agency("全国人民银行")  # the system, not a body
    for self_word in ("本署", "该署", "此署"):  # the page's own body, unnamed
        assert not plausible_agency(self_word), self_word
    assert is_placeless("我署")
