"""Townships that name their body only in passing, as the leftovers of the fit splits do (wild26): a 街道 whose page
calls itself by the bare word 街道 and names itself only in its own catalogue's title; a 镇 saying 本镇 and 我镇 that
names itself only as its own office's address; a 街道 named only as the subject of the year's tallies
(累计主动公开…, 共收到…). And where each must give no name: a district's page listing its townships' tallies, a
township the gazetteer knows only by the tail of the name the page writes. Sentences are invented; the place names
are real divisions where the gazetteer must know them."""

from __future__ import annotations

from pathlib import Path

from nianbao.extraction.opening_compiler import opening_compiler
from nianbao.extraction.real_places import self_named_body, trim_to_place
from nianbao.extraction.tallied import tallied_township
from tests.extraction.pages import ITEMS, REST, read_page

_PERIOD = "本报告所列数据的统计期限自{y}年1月1日起至{y}年12月31日止。"


def test_a_street_calling_itself_street_names_itself_in_its_own_catalogue(tmp_path: Path) -> None:
    text = ("依据条例和本市有关规定编制本年度报告。" + _PERIOD.format(y=2025) + "\n一、总体情况\n（一）主动公开\n"
            "2025年，街道依托区政府门户网站主动公开政府信息63条。\n（二）依申请公开\n2025年，街道收到政府信息公开申请4件。\n"
            "（三）政府信息管理\n完成《花地街道主动公开事项目录》的编制并在网站发布。\n" + REST)
    record = read_page(tmp_path, text)
    assert (record.metadata.agency, record.metadata.year) == ("花地街道办事处", 2025)


def test_a_town_saying_this_town_names_itself_by_its_offices_address(tmp_path: Path) -> None:
    text = ("本报告依照条例的规定，结合本镇的实际编制。" + _PERIOD.format(y=2022)
            + "我单位办公地址为通化市二道江区铁厂镇人民政府，联系电话5085176。\n一、总体情况\n"
            "（一）抓好重点。认真更新公开指南和公开目录。\n（二）加强领导。我镇主要领导亲自抓，分管领导具体抓。\n" + ITEMS + REST)
    record = read_page(tmp_path, text)
    assert (record.metadata.agency, record.metadata.year) == ("铁厂镇人民政府", 2022)


def test_a_street_named_only_as_the_subject_of_its_years_tallies(tmp_path: Path) -> None:
    text = ("一、总体情况\n一是做好主动公开。常态化发布工作资讯，依法公开财政事项和通知公告。2024年，花地街道累计主动公开"
            "政府信息356条，其中财政预决算8条。\n二是规范依申请公开。及时修订办理流程，形成工作闭环。2024年，花地街道共收到"
            "政府信息公开申请3条，无行政复议或行政诉讼。\n" + REST)
    record = read_page(tmp_path, text)
    assert (record.metadata.agency, record.metadata.year) == ("花地街道", 2024)


def test_a_districts_tallies_of_its_streets_name_none_of_them() -> None:
    both = "2024年，花地街道累计主动公开政府信息356条。2024年，茶滘街道累计主动公开政府信息211条。"
    assert tallied_township(both) is None  # two townships tallied: whose page it is, nothing says
    whole = "2024年，全区累计主动公开政府信息9000条。2024年，花地街道累计主动公开政府信息356条。"
    assert tallied_township(whole) is None  # the page speaks for the whole district
    assert tallied_township("2024年，我局累计主动公开政府信息356条。") is None  # no township at all
    assert tallied_township("2024年，花地街道累计主动公开政府信息356条。") == "花地街道"


def test_a_township_the_gazetteer_knows_only_by_its_tail_names_no_body() -> None:
    # the gazetteer has a 道河镇 but not this page's 二道河镇: read from its 道, the name would be wrong
    text = ("一、总体情况\n2021年，二道河镇认真落实条例。我镇通过政府网站公开信息。我镇未收到申请。"
            "如有疑问，请与二道河镇人民政府联系。二道河镇人民政府\n")
    assert self_named_body(text, None) is None
    text_whole = text.replace("二道河镇", "铁厂镇")
    assert self_named_body(text_whole, None) == "铁厂镇人民政府"


def test_a_portals_header_joined_onto_the_title_names_the_body_once(tmp_path: Path) -> None:
    text = (" 左贡县人民政府\n            左贡县人民政府\n        左贡县人民政府2021年度\n信息公开年度报告\n(2022年1月)\n"
            "根据条例的规定编制本报告。" + _PERIOD.format(y=2021) + "\n一、总体情况\n2021年，我县坚持以公开为常态。\n"
            + ITEMS + REST)
    record = read_page(tmp_path, text)
    assert (record.metadata.agency, record.metadata.year) == ("左贡县人民政府", 2021)


def test_a_bureau_saying_our_city_is_no_city_government(tmp_path: Path) -> None:
    text = ("根据条例和省政府办公厅的通知要求，现就2020年政务公开年度工作情况报告如下：\n一、总体情况\n"
            "（一）围绕法治政府建设推进公开。立足我市水资源保护，指导市水利局起草咸宁市流域保护条例草案。会同市林业局对我市"
            "野生动物保护领域的规范性文件进行清理。在网站公开我局对提案会办工作的意见。\n" + ITEMS + REST)
    record = read_page(tmp_path, text)
    assert record.metadata.agency is None  # 我市 is the city the bureau serves; the bureau names itself nowhere
    assert self_named_body("我市认真落实条例。我市通过咸宁市人民政府网站公开信息。", None) == "咸宁市人民政府"


def test_a_bureau_opening_its_page_by_compiling_the_report_names_itself(tmp_path: Path) -> None:
    text = ("宜城市财政局依据《中华人民共和国政府信息公开条例》和年度报告格式的要求编制了本报告，报告中数据统计期限为2021年1月1日"
            "至2021年12月31日。\n一、总体情况\n（一）加强组织领导。我局成立了信息公开工作领导小组。\n" + ITEMS + REST)
    record = read_page(tmp_path, text)
    assert (record.metadata.agency, record.metadata.year) == ("宜城市财政局", 2021)
    # a body the sentence only cites, or no real place: no name
    assert opening_compiler("本年度报告根据《条例》编制本报告。") is None
    assert opening_compiler("财政局依据《条例》编制了本报告。") is None


def test_a_lead_verb_or_a_breadcrumbs_tail_is_no_part_of_the_name(tmp_path: Path) -> None:
    made = ("根据条例及省政务公开办公室通知的有关要求，制定西湖区人力资源和社会保障局2023年政府信息公开工作年度报告。本报告由"
            "总体情况等部分组成。\n一、总体情况\n2023年，区人社局坚持以公开为常态。\n" + ITEMS + REST)
    record = read_page(tmp_path, made)
    assert (record.metadata.agency, record.metadata.year) == ("西湖区人力资源和社会保障局", 2023)
    crumbs = ("梅州市人民政府门户网站 梅州市人力资源和社会保障局 政府信息公开年报 梅州市人力资源和社会保障局2023年度信息公开工作年度报告\n"
              "梅州市人力资源和社会保障局2023年度信息公开工作年度报告\n来源:本网 时间:2024-01-12\n"
              "根据条例规定，现公布本局2023年政府信息公开工作年度报告。\n一、总体情况\n" + ITEMS + REST)
    record = read_page(tmp_path, crumbs)
    assert (record.metadata.agency, record.metadata.year) == ("梅州市人力资源和社会保障局", 2023)
    assert trim_to_place("报国寺镇人民政府") == "报国寺镇人民政府"  # a township's own name opening on 报 stays


def test_a_bureau_named_only_in_its_own_system_of_rules_or_on_its_own_website(tmp_path: Path) -> None:
    rules = ("一、总体情况\n根据条例要求，现将我局2021年政府信息公开年度报告编制和公布工作有关情况报告如下：\n"
             "（一）加强组织领导。我局成立了信息公开工作领导小组，指定工作人员兼职负责我局政府信息公开日常事务。\n"
             "（二）加强制度建设。制定和修改完善了《姚安县农业农村局政府信息与政务公开工作制度》。\n" + ITEMS + REST)
    assert read_page(tmp_path, rules).metadata.agency == "姚安县农业农村局"
    site = ("本报告根据条例的有关规定编制，统计期限为2021年1月1日至2021年12月31日。\n一、总体情况\n2021年，我局认真执行条例。\n"
            "1.规范平台建设。在扬州市农业农村局网站首页设置政府信息公开专栏，专人维护。\n2.我局及时调整领导小组。\n" + ITEMS + REST)
    assert read_page(tmp_path, site).metadata.agency == "扬州市农业农村局"
    # a website of another kind than the page's own (我局 on the county government's site) names no body
    other = site.replace("扬州市农业农村局网站", "扬州市人民政府网站")
    assert read_page(tmp_path, other).metadata.agency is None
