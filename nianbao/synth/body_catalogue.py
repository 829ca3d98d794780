"""The kinds of bodies that publish a 政府信息公开工作年度报告 under the 条例, by China's administrative structure rather
than by any page: the State Council's departments and the bureaus under ministries, a province's, a prefecture's
and a county's departments (their names since the 2018 reform and before it), townships, functional zones, the
vertical systems that report by their own districts, public institutions and enterprises, and autonomous places by
the short forms officials write. Institutional names are public facts; the list is nianbao's own.

A ``BodyKind`` is a group of bodies at one level: ``national`` names are whole; any other is written after a real
place of its level drawn from the gazetteer (``nianbao.synth.catalogue_pages``). Each body is its full name and the
short forms written for it ('国家发展和改革委员会' / '国家发展改革委').
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Where = Literal["national", "provincial", "prefectural", "county", "township", "city_bare", "province_bare"]


@dataclass(frozen=True)
class Body:
    """One body: its full name (after its place, unless national) and the short forms written for it."""

    name: str
    short: tuple[str, ...] = ()

    @property
    def forms(self) -> tuple[str, ...]:
        """Every way the body is written: its full name first."""
        return (self.name, *self.short)


@dataclass(frozen=True)
class BodyKind:
    """A kind of body: its name, where its place comes from and the bodies of the kind."""

    kind: str
    where: Where
    bodies: tuple[Body, ...]


def _b(name: str, *short: str) -> Body:
    return Body(name, short)


# The State Council's constituent departments (组成部门), by their own names and official short forms.
_MINISTRIES = (
    _b("外交部"), _b("国家发展和改革委员会", "国家发展改革委"), _b("教育部"), _b("科学技术部", "科技部"),
    _b("工业和信息化部", "工信部"), _b("国家民族事务委员会", "国家民委"), _b("公安部"), _b("民政部"), _b("司法部"),
    _b("财政部"), _b("人力资源和社会保障部", "人力资源社会保障部"), _b("自然资源部"), _b("生态环境部"),
    _b("住房和城乡建设部", "住房城乡建设部"), _b("交通运输部"), _b("水利部"), _b("农业农村部"), _b("商务部"),
    _b("文化和旅游部"), _b("国家卫生健康委员会", "国家卫生健康委"), _b("退役军人事务部"), _b("应急管理部"),
    _b("中国人民银行"), _b("审计署"),
)
# Its special and directly affiliated bodies, offices and institutions.
_STATE_BODIES = (
    _b("国务院国有资产监督管理委员会", "国务院国资委"), _b("海关总署"), _b("国家税务总局"),
    _b("国家市场监督管理总局", "市场监管总局"), _b("国家金融监督管理总局", "金融监管总局"),
    _b("中国证券监督管理委员会", "中国证监会"), _b("国家广播电视总局", "广电总局"), _b("国家体育总局"),
    _b("国家统计局"), _b("国家国际发展合作署"), _b("国家医疗保障局", "国家医保局"), _b("国务院参事室"),
    _b("国家机关事务管理局", "国管局"), _b("国家信访局"), _b("国家知识产权局"), _b("中国气象局"), _b("中国地震局"),
)
# The national bureaus under ministries (部委管理的国家局).
_NATIONAL_BUREAUS = (
    _b("国家粮食和物资储备局", "国家粮食和储备局"), _b("国家能源局"), _b("国家国防科技工业局", "国防科工局"),
    _b("国家烟草专卖局"), _b("国家林业和草原局", "国家林草局"), _b("国家铁路局"), _b("中国民用航空局", "民航局"),
    _b("国家邮政局"), _b("国家文物局"), _b("国家中医药管理局"), _b("国家疾病预防控制局", "国家疾控局"),
    _b("国家矿山安全监察局"), _b("国家消防救援局"), _b("国家外汇管理局"), _b("国家药品监督管理局", "国家药监局"),
    _b("国家数据局"), _b("国家移民管理局"),
)
# A province's departments (厅/委/局/办) since the 2018 reform.
_PROVINCE_DEPARTMENTS = (
    _b("人民政府办公厅", "政府办公厅"), _b("发展和改革委员会", "发展改革委", "发改委"), _b("教育厅"),
    _b("科学技术厅", "科技厅"), _b("工业和信息化厅", "工信厅"), _b("公安厅"), _b("民政厅"), _b("司法厅"), _b("财政厅"),
    _b("人力资源和社会保障厅", "人力资源社会保障厅", "人社厅"), _b("自然资源厅"), _b("生态环境厅"),
    _b("住房和城乡建设厅", "住房城乡建设厅", "住建厅"), _b("交通运输厅"), _b("水利厅"), _b("农业农村厅"), _b("商务厅"),
    _b("文化和旅游厅", "文旅厅"), _b("卫生健康委员会", "卫生健康委", "卫健委"), _b("退役军人事务厅"), _b("应急管理厅"),
    _b("审计厅"), _b("人民政府国有资产监督管理委员会", "国资委"), _b("市场监督管理局", "市场监管局"), _b("统计局"),
    _b("医疗保障局", "医保局"), _b("林业局"), _b("人民政府外事办公室", "外办"), _b("地方金融监督管理局"),
    _b("机关事务管理局"), _b("粮食和物资储备局"), _b("信访局"), _b("体育局"), _b("药品监督管理局", "药监局"),
    _b("民族宗教事务委员会", "民宗委"), _b("乡村振兴局"),
)
# A prefecture's or a county's departments (局/委/办/中心) since the reform.
_LOCAL_DEPARTMENTS = (
    _b("人民政府办公室", "政府办公室", "政府办"), _b("发展和改革委员会", "发展改革委", "发改委"), _b("发展和改革局", "发改局"),
    _b("教育局"), _b("科学技术局", "科技局"), _b("工业和信息化局", "工信局"), _b("公安局"), _b("民政局"), _b("司法局"),
    _b("财政局"), _b("人力资源和社会保障局", "人力资源社会保障局", "人社局"), _b("自然资源和规划局", "自然资源局"),
    _b("生态环境局"), _b("住房和城乡建设局", "住房城乡建设局", "住建局"), _b("交通运输局"), _b("水利局"),
    _b("农业农村局"), _b("商务局"), _b("文化广电和旅游局", "文化旅游局", "文旅局"), _b("卫生健康委员会", "卫生健康委", "卫健委"),
    _b("卫生健康局", "卫健局"), _b("退役军人事务局"), _b("应急管理局", "应急局"), _b("审计局"),
    _b("市场监督管理局", "市场监管局"), _b("统计局"), _b("医疗保障局", "医保局"), _b("城市管理局", "城管局"),
    _b("行政审批局"), _b("数据资源管理局"), _b("人民政府国有资产监督管理委员会", "国资委"), _b("信访局"), _b("林业局"),
    _b("乡村振兴局"), _b("政务服务中心"), _b("融媒体中心"),
)
# Departments by their names before the 2018 reform, as a page of 2008–2018 writes them.
_PRE_REFORM_DEPARTMENTS = (
    _b("卫生和计划生育委员会", "卫生计生委", "卫计委"), _b("食品药品监督管理局", "食药监局"),
    _b("工商行政管理局", "工商局"), _b("安全生产监督管理局", "安监局"), _b("环境保护局", "环保局"),
    _b("国土资源局", "国土局"), _b("质量技术监督局", "质监局"), _b("人口和计划生育局", "计生局"),
    _b("农业局"), _b("城乡规划局", "规划局"), _b("文化广电新闻出版局", "文广新局"), _b("人民防空办公室", "人防办"),
    _b("旅游局"), _b("粮食局"), _b("物价局"), _b("扶贫开发办公室", "扶贫办"), _b("法制办公室", "法制办"),
    _b("民族宗教事务局", "民宗局"), _b("人民政府法制办公室", "政府法制办"), _b("环境保护厅"),
)
# A township's bodies: the township's own name carries 镇/乡/街道/苏木 (and 民族乡).
_TOWNSHIP_BODIES = (_b("人民政府", "政府"), _b("党政办公室", "党政办"))
# A functional zone's committee, named after its city.
_ZONE_BODIES = (
    _b("经济技术开发区管理委员会", "经济技术开发区管委会", "经开区管委会"),
    _b("高新技术产业开发区管理委员会", "高新技术产业开发区管委会", "高新区管委会"), _b("新区管理委员会", "新区管委会"),
    _b("工业园区管理委员会", "工业园区管委会"), _b("综合保税区管理委员会", "综合保税区管委会", "综保区管委会"),
)
# Vertical systems' branches by a city's bare name ('宁波海关') or its full one.
_VERTICAL_BY_CITY_BARE = (_b("海关"), _b("海事局"), _b("出入境边防检查站"))
_VERTICAL_BY_CITY = (
    _b("气象局"), _b("地震局"), _b("消防救援支队"), _b("烟草专卖局"), _b("水文局"), _b("邮政管理局"),
    _b("住房公积金管理中心", "公积金中心"),
)
_VERTICAL_BY_PROVINCE = (_b("通信管理局"), _b("邮政管理局"), _b("气象局"), _b("地震局"), _b("税务局"))
_VERTICAL_BY_COUNTY = (_b("消防救援大队"), _b("气象局"), _b("税务局"))
# Public institutions and enterprises publishing under the 条例.
_INSTITUTIONS_BY_CITY = (
    _b("公共资源交易中心"), _b("疾病预防控制中心", "疾控中心"), _b("人民医院"), _b("中心医院"), _b("第一中学", "一中"),
    _b("职业技术学院"), _b("社会保险事业管理局", "社保局"), _b("不动产登记中心"), _b("档案馆"),
)
_ENTERPRISES_BY_CITY = (_b("自来水有限公司"), _b("燃气集团有限公司"), _b("城市建设投资集团有限公司"), _b("供电公司"))

CATALOGUE: tuple[BodyKind, ...] = (
    BodyKind("ministry", "national", _MINISTRIES),
    BodyKind("state_body", "national", _STATE_BODIES),
    BodyKind("national_bureau", "national", _NATIONAL_BUREAUS),
    BodyKind("province_department", "provincial", _PROVINCE_DEPARTMENTS),
    BodyKind("prefecture_department", "prefectural", _LOCAL_DEPARTMENTS),
    BodyKind("county_department", "county", _LOCAL_DEPARTMENTS),
    BodyKind("pre_reform_department", "county", _PRE_REFORM_DEPARTMENTS),
    BodyKind("township", "township", _TOWNSHIP_BODIES),
    BodyKind("zone", "prefectural", _ZONE_BODIES),
    BodyKind("vertical_city_bare", "city_bare", _VERTICAL_BY_CITY_BARE),
    BodyKind("vertical_city", "prefectural", _VERTICAL_BY_CITY),
    BodyKind("vertical_province", "provincial", _VERTICAL_BY_PROVINCE),
    BodyKind("vertical_county", "county", _VERTICAL_BY_COUNTY),
    BodyKind("institution", "prefectural", _INSTITUTIONS_BY_CITY),
    BodyKind("enterprise", "prefectural", _ENTERPRISES_BY_CITY),
)
# Bodies whose name carries their system's national head before the place ('国家税务总局某市税务局',
# '国家统计局某市调查队', '国家金融监督管理总局某监管分局'), written as head + place + body.
HEADED = (("国家税务总局", "prefectural", "税务局"), ("国家税务总局", "county", "税务局"),
          ("国家统计局", "prefectural", "调查队"), ("国家统计局", "county", "调查队"),
          ("国家金融监督管理总局", "prefectural", "监管分局"))


def size() -> int:
    """The number of (body, written form) pairs the catalogue holds, the headed systems counted once each."""
    return sum(len(body.forms) for kind in CATALOGUE for body in kind.bodies) + len(HEADED)
