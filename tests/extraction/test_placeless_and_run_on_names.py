"""No agency name without whose body it is, and no sentence run on past a name: the shapes behind the sealed
set heldout14's wrong names (benchmarks/dev_pages.py). A title naming its body by its kind alone ('审计局…
报告') takes the real place the preamble names it with, else no name is taken; a compiled-by sentence going
on from the office to whose work it gathers ('由某县人民政府办公室综合县政府各乡镇…编制') gives the office,
never the run. Sentences are invented; the place names are real divisions (the gazetteer must know them)."""

from __future__ import annotations

from pathlib import Path

from nianbao.extraction.bodies import compiled_by, subject_agency
from nianbao.extraction.metadata import plausible_agency
from nianbao.extraction.real_places import complete_placeless, is_placeless
from nianbao.extraction.stated import choose
from nianbao.extraction.statement import Statement
from tests.extraction.pages import ITEMS, REST, read_page


def test_a_body_named_by_its_kind_alone_is_placeless() -> None:
    assert is_placeless("审计局")
    assert is_placeless("人民政府办公室")
    for needs_none in ("国家统计局", "自然资源部", "海关总署", "园艺场", "苏银产业园管理委员会", "区统计局", "德清县审计局"):
        assert not is_placeless(needs_none), needs_none


def test_a_placeless_body_takes_the_one_real_place_the_page_names_it_with() -> None:
    text = "根据条例规定，现将德清县审计局政府信息公开工作2024年度情况报告如下。"
    assert complete_placeless("审计局", text) == "德清县审计局"
    # two real places name the body: which one is the page's, it does not say
    assert complete_placeless("审计局", text + "湖州市审计局也公开了信息。") == "审计局"
    assert complete_placeless("审计局", "我局全年公开信息28条。") == "审计局"


def test_a_placeless_choice_gives_way_to_the_body_with_its_place_or_to_none() -> None:
    placed = [Statement("agency", "审计局", "title"), Statement("agency", "德清县审计局", "body")]
    assert choose(placed, "agency")[:2] == ("德清县审计局", "body")
    alone = [Statement("agency", "审计局", "title"), Statement("agency", "某某局", "body")]
    agency, source, others = choose(alone, "agency")
    assert (agency, source) == (None, None)
    assert others["title"] == "审计局"  # kept as a candidate, not taken


def test_a_title_naming_its_body_by_kind_takes_the_preamble_s_place(tmp_path: Path) -> None:
    text = ("审计局2024年政府信息公开工作年度报告\n根据《中华人民共和国政府信息公开条例》有关规定，现将德清县审计局"
            "政府信息公开工作2024年度工作情况报告如下：\n一、总体情况\n2024年，我局认真落实条例。\n" + ITEMS + REST)
    assert read_page(tmp_path, text).metadata.agency == "德清县审计局"


def test_a_title_naming_its_body_by_kind_alone_gives_no_name(tmp_path: Path) -> None:
    text = ("审计局2024年政府信息公开工作年度报告\n根据《中华人民共和国政府信息公开条例》编制本报告。\n一、总体情况\n"
            "2024年，我局认真落实条例。\n" + ITEMS + REST)
    record = read_page(tmp_path, text)
    assert record.metadata.agency is None
    assert record.metadata.year == 2024


def test_each_past_the_places_is_a_sentence_not_a_name() -> None:
    assert not plausible_agency("德清县人民政府办公室综合县政府各镇办")
    assert plausible_agency("下各镇人民政府")  # 下各镇 is a real town: its 各 is its name's


def test_a_compiled_by_sentence_gathering_others_work_gives_the_office() -> None:
    text = "本年度报告由德清县人民政府办公室综合县政府各乡镇、各部门的工作情况编制而成。"
    assert [name for name, _ in compiled_by(text)] == ["德清县人民政府办公室"]


def test_gathering_a_list_of_others_work_is_told_past_the_first_list_mark() -> None:
    text = "本年度报告由德清县人民政府办公室综合县政府、各乡镇和各部门的年度工作情况编制而成。"
    assert [name for name, _ in compiled_by(text)] == ["德清县人民政府办公室"]


def test_a_county_wide_report_compiled_by_the_office_names_the_county_s_government(tmp_path: Path) -> None:
    text = ("本年度报告是根据条例要求，由德清县人民政府办公室综合县政府各乡镇、各部门的工作情况编制而成。如对本报告有疑问，"
            "请联系德清县人民政府办公室。\n一、总体情况\n2021年德清县政务公开工作在县委县政府的领导下，扎实推进。\n"
            + ITEMS + REST)
    record = read_page(tmp_path, text)
    assert record.metadata.agency == "德清县人民政府"
    assert record.metadata.year == 2021


def test_an_overview_subject_with_a_verb_s_first_character_doubled() -> None:
    head = "一、总体情况\n2025年，德清县人民政府办公室坚紧紧围绕县委中心工作，持续深化公开。"
    assert subject_agency(head) == "德清县人民政府办公室"
