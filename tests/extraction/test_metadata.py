from __future__ import annotations

import pytest

from nianbao.extraction.metadata import contact, parse_title, place


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
    ],
)
def test_region_and_level_from_the_agency_name(agency: str, region: str | None, level: str | None) -> None:
    assert place(agency) == (region, level)


def test_contact_details_as_reports_write_them() -> None:
    c = contact("联系地址：平潭综合实验区北厝金井湾片区管委会大楼主楼14层；邮编：350400；电话/传真：0591-23165370。"
                "电子邮箱：pzxxgkb@163.com，网站www.pingtan.gov.cn")
    assert (c.address, c.postcode, c.phone, c.email, c.website) == (
        "平潭综合实验区北厝金井湾片区管委会大楼主楼14层", "350400", "0591-23165370", "pzxxgkb@163.com", "www.pingtan.gov.cn")
