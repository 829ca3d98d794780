"""Bodies whose name holds their place without a division's suffix, or needs none: a State Council ministry's
bureau ('交通运输部海事局', reporting on its own), a body of the 新疆生产建设兵团 ('兵团民政局', the 兵团 being a
province-level unit the gazetteer of divisions lacks), and a vertically managed branch named by its city or county
without its suffix ('深圳海事局', '宁波海关', '苏州调查队', '江阴地税局': such systems name their branches so, as the
provincial ones are named by the bare province, '海南海事局'). ``real_places.is_placeless`` takes these for named with their place."""

from __future__ import annotations

import re

from nianbao.core import places

# The State Council's ministries that end in 部, as named now and before the reforms that renamed them.
MINISTRIES: tuple[str, ...] = (
    "外交部", "国防部", "教育部", "科学技术部", "科技部", "工业和信息化部", "工信部", "公安部", "民政部", "司法部",
    "财政部", "人力资源和社会保障部", "人力资源社会保障部", "人社部", "自然资源部", "生态环境部", "住房和城乡建设部",
    "住房城乡建设部", "住建部",
    "交通运输部", "水利部", "农业农村部", "商务部", "文化和旅游部", "退役军人事务部", "应急管理部",
    # before 2018 (and before 2008)
    "国土资源部", "环境保护部", "农业部", "文化部", "卫生部", "铁道部", "监察部", "建设部", "人事部",
    "劳动和社会保障部", "信息产业部", "交通部",
)
# A ministry's bureau or centre, reporting on its own: '交通运输部海事局', '水利部长江水利委员会'.
_MINISTRY_UNIT = re.compile(
    rf"^(?:中华人民共和国)?(?:{'|'.join(sorted(MINISTRIES, key=len, reverse=True))})"
    r"[\u4e00-\u9fff]{2,16}(?:局|委员会|中心|院|所|站|司)$")
# The 水利部's river-basin bodies, named by their river ('长江水利委员会', '太湖流域管理局') and their units under them
# ('黄河水利委员会水文局'): each reports on its own, named without its ministry.
_BASIN = re.compile(r"^(?:水利部)?(?:(?:长江|黄河|淮河|海河|珠江|松辽)水利委员会|太湖流域管理局)[\u4e00-\u9fff]{0,12}$")
# A 兵团 body: '兵团民政局', '新疆生产建设兵团教育局', '兵团第八师…'.
_CORPS = re.compile(r"^(?:新疆生产建设)?兵团[\u4e00-\u9fff]{2,20}$")
# The vertically managed systems whose branches a city's or county's bare name opens: 海事, 海关, 统计调查, 邮政管理,
# 气象, 通信管理, 烟草专卖, 出入境边防检查, and the tax bureaus (国税 and 地税 until their merger in 2018, 税务 since:
# '昆山国税局', '江阴地税局') — their kind closes the name.
_VERTICAL_KIND = re.compile(
    r"(?:海事局|海关|调查队|调查分队|邮政管理局|气象局|通信管理局|烟草专卖局|出入境边防检查站|边防检查站|海警局|引航站|"
    r"(?:地方|国家)税务局|[国地]税局|税务局)$")
# The levels whose bare name opens such a branch: a city's, and a county's or county-level city's for its own
# branch ('张家港海关', '武进' for 武进区); never a township's (石桥, a name many places share).
_BRANCH_LEVELS = ("prefectural", "county")


def needs_no_place(name: str) -> bool:
    """True where ``name`` is a ministry's bureau, a river-basin body, a 兵团 body, or a vertical branch opening with a city's or a
    county's bare name (see the module): a body named with its place, though no division's suffix shows it."""
    if _MINISTRY_UNIT.match(name) or _CORPS.match(name) or _BASIN.match(name):
        return True
    if not _VERTICAL_KIND.search(name):
        return False
    hit = places.match_at(name, 0, bare=True)
    # the city's name and the system's kind make up the whole name ('深圳海事局'): no words between them
    return bool(hit) and len(hit.text) >= 2 and _VERTICAL_KIND.fullmatch(name[hit.end:]) is not None and any(
        p.level in _BRANCH_LEVELS for p in hit.places)
