"""Bodies stated the ways heldout22's fair sample states them (benchmarks/dev_pages.py), and the misses earlier
rounds left: a government's office or public desk standing for the government when the overview names the place
without its parents or names the government; a report compiled from the year's 信息与政务公开 work (根据…编制); an
overview subject before 以…为契机 or before 在 + the platform it published on; townships whose names open on 全/本/
各 or end 城乡; a place's kind written twice by a typo; a township named only in '本年度，某乡积极…'. Sentences are
invented; the place names are real divisions where the gazetteer must know them."""

from __future__ import annotations

from pathlib import Path

from nianbao.extraction.bodies import subject_agency
from nianbao.extraction.desks import government_of
from nianbao.extraction.metadata import place_names, plausible_agency
from nianbao.extraction.real_places import this_year_township, undoubled
from nianbao.extraction.work_of import work_named
from tests.extraction.pages import ITEMS, REST, read_page

_PERIOD = "本报告所列数据的统计期限自{y}年1月1日起至{y}年12月31日止。"


def test_a_townships_office_stands_for_it_when_the_overview_names_the_township_alone() -> None:
    office = "新平彝族傣族自治县平掌乡人民政府办公室"
    assert government_of(office, "平掌乡始终把公开作为重点。", "平掌乡") == "新平彝族傣族自治县平掌乡人民政府"
    assert government_of(office, "我办认真做好公开。", None) == office  # nothing says whose report it is


def test_a_district_report_compiled_by_its_office_from_all_departments_is_the_districts(tmp_path: Path) -> None:
    text = ("本年度报告由浙江省安吉县人民政府办公室综合县政府各部门、各乡镇的年度报告编制。" + _PERIOD.format(y=2024)
            + "如对本报告有疑问，请与浙江省安吉县人民政府办公室联系。\n一、总体情况\n2024年，安吉县坚持以公开为常态。\n"
            + ITEMS + REST)
    assert (read_page(tmp_path, text).metadata.agency, read_page(tmp_path, text).metadata.year) == (
        "浙江省安吉县人民政府", 2024)


def test_a_governments_service_centre_desk_gives_way_to_the_government_the_overview_names(tmp_path: Path) -> None:
    assert government_of("平利县政府政务服务中心", "", "平利县人民政府") == "平利县人民政府"
    # the centre's own report: its overview is about the centre, which stays
    assert government_of("平利县政府政务服务中心", "", "平利县政府政务服务中心") == "平利县政府政务服务中心"
    assert government_of("平利县政府政务服务中心", "平利县政府信息公开专栏", None) == "平利县政府政务服务中心"
    text = ("根据条例编制本报告。" + _PERIOD.format(y=2022) + "如有疑问，请联系平利县政府政务服务中心。\n一、总体情况\n"
            "2022年，平利县人民政府坚持依法公开，稳步推进各项工作。\n" + ITEMS + REST)
    assert read_page(tmp_path, text).metadata.agency == "平利县人民政府"


def test_a_report_compiled_from_a_townships_information_and_open_government_work(tmp_path: Path) -> None:
    sentence = "根据新平彝族傣族自治县平掌乡2023年政府信息与政务公开工作基本情况编制本报告。"
    assert [(name, year) for name, year, _ in work_named(sentence)] == [("新平彝族傣族自治县平掌乡", 2023)]
    assert work_named("根据上级政府信息公开工作要求编制本报告。") == []
    text = (sentence + _PERIOD.format(y=2023) + "如有疑问，请与新平彝族傣族自治县平掌乡人民政府办公室联系。\n"
            "一、总体情况\n平掌乡把公开作为一项经常性工作。\n" + ITEMS + REST)
    assert read_page(tmp_path, text).metadata.agency.startswith("新平彝族傣族自治县平掌乡")


def test_an_overview_subject_before_its_aim_or_its_platform(tmp_path: Path) -> None:
    assert subject_agency("2021年，化河乡以落实条例为契机，不断完善公开制度。") == "化河乡"
    assert subject_agency("2022年，某某新区在门户网站信息公开专栏主动公开信息86条。") == "某某新区"
    assert subject_agency("2013年，省政府办公厅在做好本机关信息公开工作的同时，指导全省工作。") is None
    text = ("一、总体情况\n2021年，大陈乡以贯彻条例为抓手，扎实推进公开。\n" + ITEMS + REST)
    assert read_page(tmp_path, text).metadata.agency == "大陈乡"


def test_real_townships_opening_on_whole_place_words_or_ending_chengxiang_are_names(tmp_path: Path) -> None:
    assert [n for n, _, _ in work_named("在认真总结2021年全军乡政府信息公开工作的基础上，编制本报告。")] == ["全军乡"]
    assert work_named("在认真总结2021年全县政府信息公开工作的基础上，编制本报告。") == []
    assert work_named("在认真总结本年度某县政府信息公开工作的基础上，编制本报告。") == []
    assert place_names("旧城乡人民政府") == ["旧城乡"]
    assert place_names("某市住房和城乡建设局") == ["某市"]  # 城乡 of 住房和城乡建设 is no township
    gathered = read_page(tmp_path, "根据条例，汇总2020年度各卡乡的政府信息公开年度报告编制而成。\n一、总体情况\n"
                         "2020年，我乡稳步推进公开。\n" + ITEMS + REST)
    assert gathered.metadata.agency == "各卡乡"


def test_a_chengxiang_township_titled_is_its_own_body(tmp_path: Path) -> None:
    record = read_page(tmp_path, "石城乡2022年政府信息公开工作年度报告\n一、总体情况\n2022年，我乡坚持公开为常态。\n"
                       + ITEMS + REST)
    assert (record.metadata.agency, record.metadata.year) == ("石城乡", 2022)


def test_a_place_kind_written_twice_is_the_place(tmp_path: Path) -> None:
    assert undoubled("平利县县人民政府办公室") == "平利县人民政府办公室"
    assert undoubled("平利县人民政府办公室") == "平利县人民政府办公室"
    assert undoubled("某某县县人民政府") == "某某县县人民政府"  # the gazetteer does not know the place: left alone
    text = ("根据条例编制本报告。" + _PERIOD.format(y=2021) + "如有疑问，请与平利县县人民政府办公室联系。\n一、总体情况\n"
            "2021年，我办稳步推进公开。\n" + ITEMS + REST)
    assert read_page(tmp_path, text).metadata.agency == "平利县人民政府办公室"


def test_a_township_named_only_in_a_yearless_overview_sentence(tmp_path: Path) -> None:
    assert this_year_township("（二）拓宽渠道。本年度，化河乡积极深化公开内容。") == "化河乡"
    assert this_year_township("本年度，全乡积极深化公开内容。") is None
    assert this_year_township("本年度，某某乡积极深化公开内容。") is None  # not a township the gazetteer knows
    assert this_year_township("本年度，商水县积极深化公开内容。") is None  # a county: not this rule's
    text = ("本报告根据条例编制。报告中所列数据的统计期限为2025年1月1日至2025年12月31日。\n一、总体情况\n"
            "（一）健全机制。2025年度，我乡成立领导小组。\n（二）拓宽渠道。本年度，化河乡积极深化公开内容。\n" + ITEMS + REST)
    record = read_page(tmp_path, text)
    assert (record.metadata.agency, record.metadata.year) == ("化河乡", 2025)


def test_a_real_place_may_hold_a_word_no_body_name_holds() -> None:
    """'新发布依族乡' is 新发 and the 布依族, not 发布: the gazetteer knows the township."""
    from_gazetteer = "新发布依族乡"
    assert plausible_agency(from_gazetteer, place_only=True)
    assert subject_agency(f"2022年，{from_gazetteer}以贯彻条例为契机，扎实推进公开。") == from_gazetteer
    assert not plausible_agency("某某发布乡人民政府")  # not a real place: the word still rejects it
