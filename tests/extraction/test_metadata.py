from __future__ import annotations

import pytest

from nianbao.extraction.metadata import contact, parse_title, place, place_names, plausible_agency
from nianbao.extraction.told_years import statistics_year


@pytest.mark.parametrize(
    "title,agency,year",
    [
        ("临淄区工业和信息化局2024年政府信息公开工作年度报告", "临淄区工业和信息化局", 2024),
        ("2024 年上海市科委政府信息公开工作年度报告", "上海市科委", 2024),
        ("平潭综合实验区2019年度政府信息公开工作年度报告", "平潭综合实验区", 2019),
        ("政府信息公开工作年度报告格式模板", None, None),
    ],
)
def test_agency_and_year_from_the_title(title: str, agency: str | None, year: int | None) -> None:
    assert parse_title(title) == (agency, year)


@pytest.mark.parametrize(
    "agency,region,level",
    [
        ("临淄区工业和信息化局", "临淄区", "county"),
        ("淄博市临淄区行政审批服务局", "淄博市临淄区", "county"),
        ("市中区工业和信息化局", "市中区", "county"),
        ("上海市科委", "上海市", "provincial"),
        ("山东省人民政府办公厅", "山东省", "provincial"),
        ("澄川市人民政府", "澄川市", "prefectural"),
        ("云泽县市场监督管理局", "云泽县", "county"),
        ("石桥镇人民政府", "石桥镇", "township"),
        ("通济县住房和城乡建设局", "通济县", "county"),
        ("上海市民政局", "上海市", "provincial"),
        ("云泽县民族宗教事务局", "云泽县", "county"),
        ("平潭综合实验区", "平潭综合实验区", None),
        ("国家统计局", None, None),
        # a real division's name holding another suffix is read whole (the gazetteer), not cut at 乡
        ("平乡县人民政府", "平乡县", "county"),
        ("新乡市红旗区教育局", "新乡市红旗区", "county"),
        ("平乡县丰州镇人民政府", "平乡县丰州镇", "township"),
    ],
)
def test_region_and_level_from_the_agency_name(agency: str, region: str | None, level: str | None) -> None:
    assert place(agency) == (region, level)


def test_contact_details_as_reports_write_them() -> None:
    c = contact("联系地址：平潭综合实验区北厝金井湾片区管委会大楼主楼14层；邮编：350400；电话/传真：0591-23165370。"
                "电子邮箱：pzxxgkb@163.com，网站www.pingtan.gov.cn")
    assert (c.address, c.postcode, c.phone, c.email, c.website) == (
        "平潭综合实验区北厝金井湾片区管委会大楼主楼14层", "350400", "0591-23165370", "pzxxgkb@163.com", "www.pingtan.gov.cn")


def test_a_zone_with_a_long_name_is_a_place() -> None:
    assert place_names("澜沧湾经济技术开发区管理委员会") == ["澜沧湾经济技术开发区"]
    assert plausible_agency("澜沧湾经济技术开发区管理委员会")
    assert place_names("临淄区行政审批服务局") == ["临淄区"]  # short places are read as before


def test_the_period_wants_the_first_day_of_a_year() -> None:
    assert statistics_year("统计期限为20231月1日至12月31日") == 2023
    assert statistics_year("统计期限为2023年1月1日至12月31日") == 2023
    assert statistics_year("共公开信息120231条，1月1日起实施") is None  # a count, no year


def test_a_bare_year_before_a_titles_agency_is_the_year() -> None:
    # a portal printed the year bare before the title, which names it again: the agency keeps the second
    # year, which the page's statements strip
    assert parse_title("2024云岭县竹溪乡2024年度政府信息公开工作年度报告") == ("云岭县竹溪乡2024年度", 2024)
    assert parse_title("2024年云岭县竹溪乡政府信息公开工作年度报告") == ("云岭县竹溪乡", 2024)


@pytest.mark.parametrize("name", ["金沙娛樂城办公厅", "某某遊戲管理中心", "体育投注中心"])
def test_spam_in_either_script_is_no_agency(name: str) -> None:
    assert not plausible_agency(name)
