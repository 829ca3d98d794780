from __future__ import annotations

import pytest

from nianbao.extraction.agency import expand, normalise


@pytest.mark.parametrize("a,b", [
    ("淄博市临淄区行政审批服务局", "临淄区行政审批服务局"),  # with and without the prefecture (seed 004)
    ("临淄区审批局", "临淄区行政审批服务局"),  # short name
    ("上海市科委", "上海市科学技术委员会"),
    ("洪泽县人民政府", "淮安市洪泽区人民政府"),  # 撤县设区: 县 one year, 区 the next
    ("山东省淄博市临淄区工信局", "临淄区工业和信息化局"),
    ("澄川市", "澄川市人民政府"),  # a place alone stands for its government
])
def test_names_of_one_agency_meet(a: str, b: str) -> None:
    assert normalise(a) == normalise(b)


@pytest.mark.parametrize("a,b", [
    ("临淄区工业和信息化局", "高青县工业和信息化局"),
    ("临淄区工业和信息化局", "临淄区行政审批服务局"),
    ("澄川市人民政府", "澄川市柳溪区人民政府办公室"),
])
def test_different_agencies_stay_apart(a: str, b: str) -> None:
    assert normalise(a) != normalise(b)


def test_market_regulation_is_no_place() -> None:
    # 市场 must not read as a 市: 云泽县市场监督管理局 is 云泽 · 市场监督管理局
    key = normalise("云泽县市监局")
    assert key is not None and (key.place, key.name) == ("云泽", "市场监督管理局")
    assert expand("市场监督管理局") == "市场监督管理局"
    assert normalise(None) is None and normalise("") is None
