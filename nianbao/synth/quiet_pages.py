"""Page shapes that name their body quietly (classes first seen in heldout25): a school over an academic year, a
街道 only in a preamble sentence, a county branch of a prefecture's bureau by the prefecture's short name, a zone
only as the issuer of its own plan for the year, a bureau whose unit compiled the report. The places are real
divisions drawn from the gazetteer (``nianbao.core.places``); the bodies' other words and every sentence are
nianbao's own. Each shape gives (lines, agency, year):

- ``academic_title``: a university or college titled '某大学YYYY—YYYY学年信息公开工作年度报告' (the year its academic
  year ends in, as for every school's shape here), or by a letter's title wrapped after the academic year ('某大学关于YYYY-YYYY学年度' / '…的报告');
- ``academic_name_line``: the school's name on its own line above a title naming only the academic year;
- ``academic_under_column``: an academic-year title under the portal's column heading and breadcrumb ('最新公开信息'
  / '当前位置：首页>>最新公开信息>>正文'), which is no line of the title (agency15, heldout40);
- ``academic_work``: untitled, the preamble compiling from '结合YYYY~YYYY学年某学院信息公开工作实际情况', or saying
  who wrote '《某学院YYYY—YYYY学年度信息公开工作报告》';
- ``academic_subject``: untitled, opening 'YYYY-YYYY学年，某学院严格落实…', then '现将学院YYYY-YYYY年度…报告如下';
- ``preamble_subject``: an untitled 街道 page, the 街道 named only as the subject of a preamble sentence;
- ``short_prefecture_branch``: a county branch of a prefecture's 生态环境局, the prefecture by its short name (no
  real place opens the name), named twice in the overview's items and nowhere else;
- ``own_plan_zone``: a zone named only in the title of its own 政务公开工作要点 for the report's year, which it
  says it issued;
- ``unit_compiled``: a county 公安局's report compiled by its 指挥中心办公室, the overview telling the bureau's work;
- ``ethnic_short_township``: an untitled page of an ethnic township ('某某苗族乡') calling itself by its short name
  ('某某乡') as the subject of a this-year sentence; no year stated;
- ``self_word_street``: a 街道 page publishing '本街道' 's report (a self-word, no name), its 办事处 named in the overview;
- ``foreign_affairs_office``: a city's 人民政府外事办公室 compiling its report, its 秘书处 the contact (heldout26);
- ``mistyped_title_year``: a 街道 titled 'YYYY度…报告' (the year without 年, a typo) over the next year's figures;
- ``college_self_word``: an untitled 学院 calling itself 我院/学院, named in full only in the report it compiled, its
  alias or its contact desk (heldout33, survey34);
- ``region_kind_office``: a province's or region's report under a portal block, 发布机构 its office by the kind alone.

agency25's shapes (``nianbao.synth.publisher_pages``: schools, public enterprises, spam companies, self-words named in
passing) are registered with these, read back by their own test.
"""

from __future__ import annotations

import random
import re

from nianbao.core import places
from nianbao.synth.model import Report
from nianbao.synth.publisher_pages import PUBLISHER_KINDS, PUBLISHER_SHAPES
from nianbao.synth.translated_pages import TRANSLATED_KINDS, TRANSLATED_SHAPES
from nianbao.synth.vertical_pages import VERTICAL_KINDS, VERTICAL_SHAPES
from nianbao.synth.page_items import period_span

QUIET_KINDS = ("academic_title", "academic_name_line", "academic_under_column", "academic_work", "academic_subject", "preamble_subject", "short_prefecture_branch",
               "own_plan_zone", "unit_compiled", "ethnic_short_township", "self_word_street", "foreign_affairs_office",
               "mistyped_title_year", "college_self_word", "region_kind_office", *PUBLISHER_KINDS, *VERTICAL_KINDS, *TRANSLATED_KINDS)  # (agency25's, agency27's and sealfix13n's shapes, registered with these)
_REST = ("二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况")
_UNIVERSITY = ("师范大学", "理工大学", "医科大学", "科技大学", "职业技术大学")
_COLLEGE = ("职业技术学院", "师范学院", "财经学院", "医学高等专科学校")


def _items(rng: random.Random) -> list[str]:
    return ["（一）主动公开", f"全年主动公开信息{rng.randint(10, 400)}条。", "（二）依申请公开",
            f"全年新收信息公开申请{rng.randint(0, 30)}件。"]


def _city_bare(rng: random.Random) -> str:
    """A real prefectural city's name without 市 (two characters or more)."""
    return rng.choice([c.name[:-1] for c in places.of_level("prefectural") if c.name.endswith("市") and len(c.name) >= 3])


def _school_year(rep: Report) -> tuple[int, int]:
    return rep.year - 1, rep.year


def _academic_title(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    school, (a, b) = _city_bare(rng) + rng.choice(_UNIVERSITY + _COLLEGE), _school_year(rep)
    dash = rng.choice(("—", "-", "～"))
    title = [f"{school}{a}{dash}{b}学年{rng.choice(('', '度'))}信息公开{rng.choice(('', '工作'))}年度报告"]
    if rng.random() < 0.3:  # a letter's title wrapped after the academic year ('某大学关于…学年度' / '信息公开工作的报告')
        title = [f"{school}关于{a}{dash}{b}学年度", "信息公开工作的报告", "省教育厅："]
    lines = [*title,
             f"依照高等学校信息公开办法，学校汇总各部门情况编制本学年报告，统计期限为{a}年9月1日至{b}年8月31日。",
             "一、概述", "本学年，学校把信息公开作为依法治校的重要抓手，持续完善公开制度。", *_items(rng), *_REST]
    return lines, school, b


def _academic_name_line(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    school, (a, b) = _city_bare(rng) + rng.choice(_UNIVERSITY), _school_year(rep)
    lines = [school, f"{a}—{b}学年信息公开工作年度报告",
             f"我校依照高等学校信息公开办法编制本报告，统计时段为{a}年9月1日至{b}年8月31日。", "一、概述",
             "学校坚持以公开为常态，不断提高信息公开质量。", *_items(rng), *_REST]
    return lines, school, b


def _academic_under_column(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    school, (a, b) = _city_bare(rng) + rng.choice(_UNIVERSITY + _COLLEGE), _school_year(rep)
    column = rng.choice(("最新公开信息", "公开信息", "信息公开年报", "年度报告公开"))
    lines = [column, f"当前位置：首页>>{column}>>正文", f"{school}{a}{rng.choice(('-', '—'))}{b}学年度信息公开工作报告",
             f"{b}-10-{rng.randint(10, 28)} 10:36",
             f"本报告依照高等学校信息公开办法编制，统计期限为{a}年9月1日至{b}年8月31日。", "一、概述",
             "本学年，学校坚持依法公开，持续完善信息公开目录。", *_items(rng), *_REST]
    return lines, school, b


def _academic_work(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    school, (a, b) = _city_bare(rng) + rng.choice(_COLLEGE), _school_year(rep)
    lead = (f"本报告依照高等学校信息公开办法，结合{a}~{b}学年{school}信息公开工作实际情况编制。统计期限自{a}年9月1日起至"
            f"{b}年8月31日止。如有疑问，请与学院党政办公室联系。")
    if rng.random() < 0.5:  # the report's own name with its academic year, in the sentence saying who wrote it
        lead = (f"根据省教育厅关于做好{b}年高校信息公开年度报告工作的通知要求，学院办公室编写了《{school}{a}—{b}学年度信息公开"
                f"工作报告》。统计期限自{a}年9月1日起至{b}年8月31日止。")
    lines = [lead, "一、概述", "本学年，学院围绕改革发展大局推进信息公开。", *_items(rng), *_REST]
    return lines, school, b


def _academic_subject(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    school, (a, b) = _city_bare(rng) + rng.choice(_COLLEGE), _school_year(rep)
    lead = (f"{a}-{b}学年，{school}{rng.choice(('严格落实', '认真贯彻', '深入落实'))}高等学校信息公开办法，现将学院{a}-{b}年度"
            f"信息公开工作报告如下。统计时限自{a}年9月1日起至{b}年8月31日止。")
    lines = [lead, "一、概述", "本学年，学院持续完善公开事项，拓展公开渠道。", *_items(rng), *_REST]
    return lines, school, b


def _street(rng: random.Random) -> str:
    """A real 街道 whose name the gazetteer reads alone."""
    return rng.choice([t for t in places.of_level("township") if t.name.endswith("街道") and 4 <= len(t.name) <= 5
                       and places.leading_places(t.name)]).name


def _preamble_subject(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    street, year = _street(rng), rep.year
    lead = (f"本年度报告依照条例要求，结合本街道政府信息公开工作情况编制而成。{period_span(year)}"
            f"{street}{rng.choice(('严格按照', '认真落实', '坚持依照'))}条例及上级有关部署，积极推进政府信息公开工作。")
    lines = [lead, "（一）主动公开情况", f"{year}年，我街通过区政府网站主动公开信息{rng.randint(10, 300)}条。",
             "（二）依申请公开情况", "全年未收到政府信息公开申请。", *_REST]
    return lines, street, year


def _short_prefectures() -> list[tuple[str, str]]:
    """(short name, county) pairs: an autonomous prefecture's short name ('某州'), which the gazetteer does not
    read as a place, and a county under it."""
    out = []
    for pref in places.of_level("prefectural"):
        short = pref.name[0] + "州"
        if pref.name.endswith("自治州") and not places.leading_places(short + "生态环境局"):
            out += [(short, c.name) for c in places.children(pref) if c.name.endswith("县") and len(c.name) >= 3]
    return out


def _short_prefecture_branch(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    short, county = rng.choice(_short_prefectures())
    body, year = f"{short}生态环境局{county}分局", rep.year
    lines = ["一、总体情况", f"{year}年，我局将政府信息公开作为推进生态环境治理的重要举措。", "（一）主动公开情况。",
             f"{body}认真贯彻落实条例，利用县政府门户网站主动公开生态环境信息。",
             f"全年{body}在县政府门户网站发布信息{rng.randint(20, 300)}条。", "（二）依申请公开情况", "全年未收到申请。", *_REST]
    return lines, body, year


def _own_plan_zone(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    zone, year = _city_bare(rng) + rng.choice(("高新区", "经开区", "综保区")), rep.year
    lines = [f"根据条例规定编制本报告。报告数据统计期限为{year}年1月1日至{year}年12月31日。",
             f"（一）主动公开政府信息情况。印发《{zone}{year}年政务公开工作要点{rng.choice(('', '及责任分工'))}》，"
             f"细化重点任务。全年在园区网站主动公开信息{rng.randint(50, 900)}条。",
             "（二）依申请公开政府信息情况。", f"全年收到申请{rng.randint(0, 30)}件。", *_REST]
    return lines, zone, year


def _unit_compiled(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    county = rng.choice([c for c in places.of_level("county") if c.name.endswith("县") and len(c.name) >= 3]).name
    body, year = f"{county}公安局", rep.year
    lead = (f"本年度报告依照条例要求，由{body}指挥中心办公室编制。如有疑问，请联系{body}指挥中心，电话："
            f"0000-{rng.randint(1000000, 9999999)}。")
    lines = [lead, "一、概述", f"{year}年{body}信息公开工作，在县委、县政府领导下稳步推进。局党委高度重视，我局明确专人负责。",
             *_items(rng), *_REST]
    return lines, body, year


# An ethnic township with a two-character name of its own, then peoples named in full ('某某苗族彝族乡').
_PEOPLES = ("苗族", "彝族", "回族", "满族", "瑶族", "壮族", "侗族", "土家族", "蒙古族", "白族", "藏族", "布依族", "哈尼族",
            "傈僳族", "畲族", "黎族", "羌族", "仡佬族", "朝鲜族", "锡伯族")
_ETHNIC_TOWNSHIP = re.compile(rf"[\u4e00-\u9fff]{{2}}(?:{'|'.join(_PEOPLES)})+[乡镇]")


def _ethnic_short_township(rng: random.Random, rep: Report) -> tuple[list[str], str, None]:
    full = rng.choice([t.name for t in places.of_level("township") if _ETHNIC_TOWNSHIP.fullmatch(t.name)])
    short = full[:2] + full[-1]
    lines = ["根据《中华人民共和国政府信息公开条例》要求，编制本年度报告。", "一、总体情况", f"本年度，{short}{rng.choice(('严格依照', '认真落实', '坚持按照'))}条例要求推进政府信息公开工作，"
             "完善公开机制，拓宽公开渠道。", *_items(rng), *_REST]
    return lines, short, None


def _self_word_street(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    street, year = _street(rng), rep.year
    lines = [f"依据条例规定，特向社会公布{year}年度本街道信息公开年度报告。{period_span(year)}", "一、总体情况",
             f"{year}年，{street}办事处{rng.choice(('认真贯彻', '严格落实'))}条例，持续做好公开工作。", *_items(rng), *_REST]
    return lines, street + "办事处", year


def _foreign_affairs_office(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    body, year = _city_bare(rng) + "市人民政府外事办公室", rep.year
    lead = (f"本年度报告依据条例要求，由{body}编制。{period_span(year)}如有疑问，请联系：{body}秘书处，电话："
            f"0000-{rng.randint(1000000, 9999999)}。")
    return [lead, "一、概述", f"{year}年，我办认真落实条例规定。", *_items(rng), *_REST], body, year


def _mistyped_title_year(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    street, year = _street(rng), rep.year
    lines = [f"{year - 1}度{street}信息公开工作年度报告", period_span(year), "一、总体情况",
             f"{year}年，{street}认真落实条例，扎实推进公开工作。", *_items(rng), *_REST]
    return lines, street, year


def _college_self_word(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    """A 学院 calling itself 我院 and 学院 (heldout33, survey34), named in full only once: in the report it says it
    compiled, in the alias it gives itself, or as its contact desk's; the overview's subject is the bare '学院'."""
    school, (a, b) = _city_bare(rng) + rng.choice(("健康职业学院", "理工学院", "商贸学院")), _school_year(rep)
    if (way := rng.randrange(3)) == 0:
        lead = f"依照高等学校信息公开办法，我院结合{a}-{b}学年度工作实际，编制了{school}{a}-{b}学年度信息公开工作年度报告。"
    elif way == 1:
        lead = f"{school}（以下简称学院）{a}-{b}学年信息公开报告依照上级要求编制而成。"
    else:
        lead = f"根据我院{a}-{b}学年信息公开工作情况，现编制本报告。如有疑问，请联系{school}{rng.choice(('', '党政'))}办公室。"
    lines = [lead + f"统计时间为{a}年9月1日至{b}年8月31日。", "一、概述",
             f"{a}-{b}学年，学院坚持以习近平新时代中国特色社会主义思想为指导，推进信息公开。", *_items(rng), *_REST]
    return lines, school, b


def _region_kind_office(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    """A province's or region's own report under a portal block whose 标题 names it and whose 发布机构 names its
    office by the place's kind alone ('自治区人民政府办公厅', '省政府办公厅') (heldout33); no title line of its own.
    The region is the agency whether the overview says 我省 or 全省: a portal's 发布机构 is the publisher of record, no
    statement of who wrote the report (``nianbao.extraction.bare_place.AUTHOR_SOURCES``)."""
    region = rng.choice([p.name for p in places.of_level("provincial") if p.name.endswith(("省", "自治区", "市"))])
    kind = "自治区" if region.endswith("自治区") else region[-1]
    office = kind + rng.choice(("人民政府办公厅", "政府办公厅"))
    speaks_as_own = rng.random() < 0.5  # '我省扎实推进…' (the government's own work) or '全省…' (the place's)
    overview = (f"{rep.year}年，我{kind[-1]}扎实推进政府信息公开工作。" if speaks_as_own
                else f"{rep.year}年，全{kind[-1]}政府信息公开工作稳步推进。")
    lines = [f"标 题 | {region}{rep.year}年政府信息公开工作年度报告 | ||", f"索引号 | 0001/{rep.year + 1}-00{rng.randint(10, 99)} | 文 号 | |",
             f"发布机构 | {office} | 发布日期 | {rep.year + 1}-03-{rng.randint(10, 28)} |",
             f"本报告依据所辖各地和各部门的年度报告汇总编制。{period_span(rep.year)}", "一、概述",
             overview, *_items(rng), *_REST]
    return lines, region, rep.year


QUIET_SHAPES = {"academic_title": _academic_title, "academic_name_line": _academic_name_line,
                "academic_under_column": _academic_under_column,
                "academic_work": _academic_work, "academic_subject": _academic_subject, "preamble_subject": _preamble_subject,
                "short_prefecture_branch": _short_prefecture_branch, "own_plan_zone": _own_plan_zone,
                "unit_compiled": _unit_compiled, "ethnic_short_township": _ethnic_short_township,
                "self_word_street": _self_word_street, "foreign_affairs_office": _foreign_affairs_office,
                "mistyped_title_year": _mistyped_title_year, "college_self_word": _college_self_word,
                "region_kind_office": _region_kind_office, **PUBLISHER_SHAPES, **VERTICAL_SHAPES,
                **TRANSLATED_SHAPES}
