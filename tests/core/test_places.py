"""The gazetteer of administrative divisions (nianbao.core.places): the shipped data, levels and parents
from GB/T 2260 codes, names with and without their suffixes, the places a text or a name opens with. The
place names are real divisions (public reference data); nothing here comes from a report page."""

from __future__ import annotations

from nianbao.core import places


def test_the_shipped_gazetteer_holds_every_level() -> None:
    assert places.size() > 40000
    assert {p.level for p in places.lookup("湖州市")} == {"prefectural"}
    assert {p.level for p in places.lookup("德清县")} == {"county"}
    assert {p.level for p in places.lookup("浙江省")} == {"provincial"}
    assert {p.level for p in places.lookup("树林召镇")} == {"township"}


def test_a_division_knows_what_it_is_part_of() -> None:
    town = places.lookup("陈贵镇")[0]
    county = places.parent(town)
    assert county is not None and county.name == "大冶市" and county.level == "county"
    city = places.parent(county)
    assert city is not None and city.name == "黄石市"
    assert places.within(town, places.lookup("湖北省")[0])
    assert not places.within(town, places.lookup("湖州市")[0])


def test_a_municipality_district_has_the_municipality_for_parent() -> None:
    district = places.lookup("虹口区")[0]
    assert places.parent(district).name == "上海市"


def test_names_without_their_suffix() -> None:
    assert places.bare_name("德清县") == "德清"
    assert places.bare_name("广西壮族自治区") == "广西"
    assert places.bare_name("黔东南苗族侗族自治州") == "黔东南"
    assert places.bare_name("和布克赛尔蒙古自治县") == "和布克赛尔"
    assert places.bare_name("鄂温克族自治旗") == "鄂温克"
    assert places.bare_name("沙县") == "沙县"  # a one-character name keeps its suffix
    assert "德清县" in {p.name for p in places.lookup("德清", bare=True)}


def test_a_division_written_with_another_suffix_of_its_level() -> None:
    """An autonomous county by 县, a county become a city (撤县设市) by its new suffix."""
    hit = places.alias_at("积石山县银川镇人民政府")
    assert hit is not None and hit.text == "积石山县" and hit.places[0].level == "county"
    assert places.alias_at("禄丰市卫生健康局").places[0].name == "禄丰县"
    assert places.alias_at("禄丰镇") is None or all(p.level == "township" for p in places.alias_at("禄丰镇").places)


def test_the_places_a_name_opens_with_each_inside_the_one_before() -> None:
    lead = places.leading_places("黄石市大冶市陈贵镇人民政府")
    assert [f.text for f in lead] == ["黄石市", "大冶市", "陈贵镇"]
    assert all(p.name == "陈贵镇" and p.code.startswith("420281") for p in lead[-1].places)
    assert places.opens_with_place("德清县统计局")
    assert not places.opens_with_place("了湖州市统计局")
    assert not places.opens_with_place("市统计局")


def test_find_takes_the_longest_name_and_passes_over_common_words() -> None:
    found = [f.text for f in places.find("今年德清县和湖州市的城区、郊区都开展了工作")]
    assert found == ["德清县", "湖州市"]
    assert [f.text for f in places.find("德清和湖州", bare=True)] == ["德清", "湖州"]
    assert places.is_place("郊区") and places.lookup("郊区")  # lookup still knows them


def test_a_suffix_alone_is_no_division() -> None:
    assert not places.lookup("街道") and not places.lookup("镇")


def test_the_place_ending_where_a_known_word_starts() -> None:
    text = "今年湖州市统计局与城区统计局"
    hit = places.ending_at(text, text.index("统计局"))
    assert hit is not None and hit.text == "湖州市"
    assert places.ending_at(text, text.rindex("统计局")) is None  # 城区 is a common word


def test_divisions_of_a_level_and_under_a_division() -> None:
    assert len(places.of_level("provincial")) == 34
    county = places.lookup("大冶市")[0]
    assert "陈贵镇" in {t.name for t in places.children(county)}
