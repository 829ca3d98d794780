"""The kind of body a page speaks as (我局, 本委, 我办, 我公司/我集团) and a compiler the voice contradicts: a unit's
report copied from another body's keeps that body's compiled-by sentence, while the page's voice and its contact
desk are the unit's. Sentences are invented; the place names are real divisions."""

from __future__ import annotations

from pathlib import Path

from nianbao.extraction.self_kind import of_voice, page_voice, voice_over_compiler
from nianbao.extraction.statement import Statement
from tests.extraction.pages import ITEMS, REST, read_page


def test_the_voice_is_the_one_body_kind_said_twice() -> None:
    assert page_voice("2022年，我局坚持公开。本局全年公开信息20条。") == "局"
    assert page_voice("我公司全年公开信息。我集团完善了目录。") == "公司"  # an enterprise says either
    assert page_voice("我局坚持公开。") is None  # once is no voice
    assert page_voice("我局坚持公开。我局配合我委。我委也公开。") is None  # two kinds: none
    assert page_voice("我办坚持公开，办公室负责。本办全年公开。") == "办"
    assert page_voice("我委员会坚持公开。我委员会公开。") is None  # 委员 is no self-word of 委 here


def test_a_name_is_of_the_voice_s_kind_by_its_ending() -> None:
    assert of_voice("德清县审计局", "局")
    assert of_voice("德清县发展和改革委员会", "委")
    assert of_voice("某某城市投资发展集团有限责任公司", "公司")
    assert not of_voice("德清县人民政府办公室", "局")


def test_a_compiler_of_another_kind_than_the_voice_is_read_last_where_the_contact_is_of_it() -> None:
    head = "我局坚持公开。本局全年公开20条。"
    out = [Statement("agency", "泰宁县人民政府办公室", "preamble"), Statement("agency", "德清县审计局", "contact")]
    voice_over_compiler(out, head)
    assert [s.source for s in out] == ["narrative", "contact"]
    kept = [Statement("agency", "泰宁县人民政府办公室", "preamble"), Statement("agency", "泰宁县人民政府", "contact")]
    voice_over_compiler(kept, head)  # no statement of the voice's kind: nothing to prefer
    assert kept[0].source == "preamble"
    titled = [Statement("agency", "泰宁县人民政府办公室", "title"), Statement("agency", "德清县审计局", "contact")]
    voice_over_compiler(titled, head)  # a title names the reporter whatever the voice
    assert titled[0].source == "title"


def test_a_bureau_s_page_under_a_copied_compiled_by_sentence_is_the_bureau_s(tmp_path: Path) -> None:
    text = ("2022年政府信息公开工作年度报告\n本报告由泰宁县发展和改革委员会编制。\n一、总体情况\n2022年，我局坚持以公开为常态。\n"
            + ITEMS + REST + "2022年，我局未收到行政复议申请。\n如对本报告有疑问，请与德清县审计局联系。\n")
    assert read_page(tmp_path, text).metadata.agency == "德清县审计局"


def test_a_township_speaks_as_itself_or_by_the_leadership_it_works_under() -> None:
    assert page_voice("2023年，我镇坚持公开。本镇全年公开信息30条。") == "镇"
    assert page_voice("在街道党工委、办事处的领导下，本街道稳步推进公开。") == "街道"
    assert page_voice("在乡党委、乡政府的正确领导下，全年公开信息12条。") == "乡"  # said plainly once
    assert page_voice("我县坚持公开。我县全年公开信息。") is None  # a department says 我县 of the county it serves
    assert page_voice("推进我乡村振兴信息公开。我乡村振兴局公开。") is None  # 乡村 is no township's self-word
    assert of_voice("某县某某镇人民政府", "镇") and of_voice("某区某某街道办事处", "街道")
    assert not of_voice("某区人民政府办公室", "街道")


def test_a_township_page_in_its_district_s_frame_is_the_township_s() -> None:
    head = "2023年，我街道坚持公开。本街道全年公开信息30条。"
    out = [Statement("agency", "某区政府办", "metadata_block"), Statement("agency", "某区某某街道", "contact")]
    voice_over_compiler(out, head)  # the block's 发布机构 is the district office that posted the page
    assert [s.source for s in out] == ["narrative", "contact"]
    template = [Statement("agency", "某县", "preamble"), Statement("agency", "某某镇", "contact")]
    voice_over_compiler(template, "在镇党委、镇政府的正确领导下，本单位稳步推进公开。")  # the county's template preamble
    assert template[0].source == "narrative"


def test_a_township_voice_leaves_a_title_and_a_page_with_no_township_named_alone() -> None:
    head = "2023年，我镇坚持公开。本镇全年公开信息30条。"
    titled = [Statement("agency", "某县", "title"), Statement("agency", "某某镇", "contact")]
    voice_over_compiler(titled, head)
    assert titled[0].source == "title"
    unnamed = [Statement("agency", "某县人民政府办公室", "metadata_block"), Statement("agency", "某县", "contact")]
    voice_over_compiler(unnamed, head)  # no statement names a township: nothing to prefer
    assert unnamed[0].source == "metadata_block"


def test_a_street_office_s_page_posted_by_its_district_reads_the_street_office(tmp_path: Path) -> None:
    text = ("索引号：113210000001/2023-00063\n发布机构：高港区政府办\n发布日期：2023-01-18\n"
            "本年报按照2022年本街道政务公开工作实际编制而成。\n一、总体情况\n2022年，我街道稳步推进政务公开。\n"
            + ITEMS + "2022年，我街道未收到行政复议申请。\n" + REST + "如对本年度报告有疑问，请与高港区口岸街道党政办联系。\n")
    assert read_page(tmp_path, text).metadata.agency in ("高港区口岸街道", "口岸街道")
