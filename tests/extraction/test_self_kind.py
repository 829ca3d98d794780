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
