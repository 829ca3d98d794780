"""The grammar of a report's metadata: titles (agency + year + report name), place names and the level
they tell, what may be an agency's name at all (``plausible_agency``), dates, contacts, the statistics
year, the year a narrative tells and the format version. Where a page states them is
``nianbao.extraction.stated``'s job; whether a document is a report at all, ``nianbao.extraction.detect``'s."""

from __future__ import annotations

import re

from nianbao.core import places
from nianbao.core.document import Document
from nianbao.extraction.layout import Layout
from nianbao.core.codebook import FORMAT_2019, FORMAT_2021, FORMAT_PRE_2019, FORMAT_UNKNOWN, FormatVersion
from nianbao.core.record import Contact
from nianbao.extraction.named_areas import is_named_area_body

YEAR = r"(?:19|20)\d{2}"
_REPORT_WORDS = r"(?:政府信息公开|政务信息公开|政务公开|信息公开)"
# (A title wrapped after its year may lose the 年: '某局2022' / '政府信息公开工作年度报告'.)
# (A title may drop 公开 right after its year: '某高新区2014年信息年度报告'; see ``layout.title.TITLE_WORDS``.)
# (A title may write 年 twice, a typo of 年度: '某乡人民政府2015年年度政府信息公开工作年度报告'.)
_TITLE_AGENCY_FIRST = re.compile(
    rf"^(?P<agency>.+?)(?P<year>{YEAR})\s*(?:年(?:年?度)?)?\s*(?:{_REPORT_WORDS}|(?<=年)(?:政府)?信息(?=(?:工作)?年度报告))")
# "某县人民政府关于2019年度政府信息公开工作年度报告": 关于 before the year, the title ending on the report's name
# (or on 的函: '某局关于2014年度政府信息公开年度报告的函', the report sent as the body's letter)
# (a notice or bulletin 关于… goes on past it: '…年度报告编制公布情况的通报').
# ('某局关于2017年度政府信息公开工作情况的报告', '…工作的年度报告': the report named by what it tells.)
_TITLE_ABOUT = re.compile(rf"^(?P<agency>.+?)关于(?P<year>{YEAR})\s*(?:年度?)?\s*{_REPORT_WORDS}"
                          r"(?:[^，,。的]{0,6}(?:年度报告|工作报告|年报)|(?:工作)?(?:开展)?(?:情况)?的?(?:年度)?报告)(?:的函)?$")
# A school's or university's report covers an academic year ('某大学2023—2024学年信息公开工作年度报告', '某学院
# 2015-2016学年度信息公开…'): the title names the body; its year is two years, so none is taken.
ACADEMIC_YEAR = rf"{YEAR}\s*[—\-–－~～至到]\s*{YEAR}\s*学年度?"
# (or inside the report's name: '某大学信息公开2022-2023学年度报告')
_TITLE_ACADEMIC = re.compile(rf"^(?P<agency>.*?)(?:关于)?(?:{ACADEMIC_YEAR}\s*{_REPORT_WORDS}|{_REPORT_WORDS}(?:工作)?\s*{ACADEMIC_YEAR})")
# "某街道政府信息公开工作年度报告": a title with no year names the agency alone.
_TITLE_NO_YEAR = re.compile(rf"^(?P<agency>[^\d，,。]+?)(?P<gov>政府)?{_REPORT_WORDS}(?:工作)?(?:年度报告|年报)$")
# (A portal may print the year bare before the title: '2025某县某乡2025年度…报告'; the agency then keeps the
# second year, which ``stated`` strips.)
_TITLEYEAR_FIRST = re.compile(rf"^(?P<year>{YEAR})\s*(?:年度?|度|(?=[\u4e00-\u9fff]))\s*(?P<agency>.+?){_REPORT_WORDS}")
# A title's year written without its 年 ('2022度某街道…报告'): a typo, whose year yields to the period the figures cover.
MISTYPED_TITLE_YEAR = re.compile(rf"(?<!\d){YEAR}\s*度")
# "某局政府信息公开工作年度报告（2023年度）": the year after the report's name, in brackets.
_TITLEYEAR_LAST = re.compile(rf"^(?P<agency>.+?){_REPORT_WORDS}.*?[（(\[【](?P<year>{YEAR})\s*年度?[）)\]】]$")
# A portal's key printed before the title on the same line ('标      题 某局2023年…报告'), and the quotes
# a title may put around the report's name ('2024年北京市“政府信息公开工作年度报告”专题').
_TITLE_KEY = re.compile(r"^(?:标题|名称|文件名称|题目)[:：|｜]?")
# A portal's date widget the title line was joined to ('2019年12月3日星期二某委2025年度…报告').
_TITLE_DATE = re.compile(rf"^{YEAR}年\d{{1,2}}月\d{{1,2}}日(?:星期[一二三四五六日天])?")
# A portal's tag in brackets before the title ('【文稿解读】某街道…', '【工作总结】…'): no part of any name.
_TITLE_TAG = re.compile(r"^【[^】]{1,8}】")
# A list bullet a page prints before the title ('• 某镇人民政府2021年…报告'): no part of the name.
_TITLE_BULLET = re.compile(r"^[•·●▪◆■◇□▶►]+")
_TITLE_QUOTES = "“”\"'《》「」『』【】"
_REPORT_TITLE = re.compile(rf"{_REPORT_WORDS}.{{0,8}}(?:年度报告|年报)|年度{_REPORT_WORDS}.{{0,4}}报告")
# (A page may drop the 年 of the period's first day: '本报告…统计期限为20231月1日至12月31日'.)
DATE = re.compile(rf"({YEAR})\s*[年\-./]\s*(\d{{1,2}})\s*[月\-./]\s*(\d{{1,2}})\s*日?")
_CN_DATE = re.compile(r"^([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日$")
_CN_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"○": 0, "零": 0}
_FORMAT_2021_REF = re.compile(r"国办公开办函\s*[〔\[（(]?\s*2021\s*[〕\]）)]?\s*30\s*号")
_FORMAT_2019_REF = re.compile(r"国办公开办函\s*[〔\[（(]?\s*2019\s*[〕\]）)]?\s*60\s*号")

# Contact details as reports write them.
# An address may wrap onto the next line only for its last few characters ("…大道90\n号，邮编").
_ADDRESS = re.compile(r"(?:通讯|通信|联系)?地址\s*[:：]\s*((?:[^；;，,。）)\n]|\n(?=[^\n；;，,。]{1,3}[；;，,。）)])){4,60})")
_POSTCODE = re.compile(r"邮\s*编\s*[:：]?\s*(\d{6})")
_PHONE = re.compile(r"(?:联系)?电\s*话(?:\s*[/、]\s*传真)?\s*[:：]?\s*((?:0\d{2,3}\s*[-－—]\s*)?\d{7,8}(?:\s*[-－]\s*\d{1,5})?)")
_EMAIL = re.compile(r"([A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})")
_WEBSITE = re.compile(r"((?:https?://)?www\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?:/[A-Za-z0-9/._-]*)?)")

# Place names at the start of an agency's name, and the level each suffix means.
_MUNICIPALITIES = ("北京市", "上海市", "天津市", "重庆市")
# 城乡 (住房和城乡建设局) is no township; 市场, 市政, 市委, 区级, 直属, 辖区, 区域 are no place names either.
# 苏木 is Inner Mongolia's township. 市政 (市政工程) is no place; 市政府 (银川市政府国资委) and 省政务 (某省政务服务
# 和数据管理局) are a place and its body.
# A municipality may be named without 市 ('天津港保税区', '重庆解放碑中央商务区'); a 街道 may be called 某街
# ('新港街'); a 街 before 乡 or 镇 is part of the township's name ('某县大街乡'), no 街 of its own.
# A free trade zone named with its province in brackets inside the name: '中国（福建）自由贸易试验区' (the bracket
# is part of the name: cut there, the name would lose its country and province).
BRACKETED_PROVINCE = r"(?:中国[（(][\u4e00-\u9fff]{2,3}[）)](?=自由贸易))"
# A zone run as one with a town, the town said in brackets after the zone ('某经开区（镇）', '某高新区（某街道）'), or
# with the district or county whose government it shares ('某高新区（某区）', '某新区（某县）' — one government, two
# names, as the zone pages of several provinces title their reports): one place, which the brackets would
# otherwise cut. (A district by its suffix alone, '（区）', names none; nor does a zone's kind, '（新区）', '（保税区）'; a
# district may end 园区: 绿园区; an ethnic district's name may run long: 某某某达斡尔族区.)
ZONE_WITH_TOWN = r"[（(](?:[\u4e00-\u9fff]{0,6}?(?:镇|乡|街道)|[\u4e00-\u9fff]{1,10}?(?<!开发)(?<![（(]新)(?<!保税)(?<!试验)(?<!片)(?:区|县|旗))[）)]"
_PLACE = re.compile(
    rf"{BRACKETED_PROVINCE}自由贸易(?:试验区(?:[\u4e00-\u9fff]{{2,4}}?片区)?|港)|"
    rf"[\u4e00-\u9fff]{{0,10}}?(?:开发区|经开区|高新区|园区|科技城|新城|新区){ZONE_WITH_TOWN}|"
    r"(?:北京|天津|上海|重庆)(?!市)|"
    # an autonomous county or prefecture named after several peoples: '某某哈尼族彝族傣族自治县'
    r"[\u4e00-\u9fff]{2,14}?族自治(?:县|州|旗)|"
    r"[\u4e00-\u9fff]{1,8}?(?:特别行政区|自治区|自治州|自治县|地区|街道|省|市|州|盟|区|县|旗|镇|苏木|(?<!城)乡|街(?![道乡镇]))"
    r"(?![场委级直属辖域]|政(?!府|务))|"
    # an ethnic township named after several peoples, too long for the above: '某某彝族苗族布依族乡'
    r"[\u4e00-\u9fff]{1,12}?族乡|"
    # a zone whose name is longer than a place's: '连云港经济技术开发区', '某某高新技术产业开发区'
    r"[\u4e00-\u9fff]{2,10}?(?:开发区|产业园区|工业园区)"
)
_LEVEL_OF_SUFFIX = (
    (("省", "自治区", "特别行政区"), "provincial"),
    (("自治州", "州", "盟", "地区"), "prefectural"),
    (("市",), "prefectural"),
    (("区", "县", "自治县", "旗"), "county"),
    (("镇", "乡", "街道", "苏木"), "township"),
)
# Functional zones are not administrative divisions: their level is not told by the name.
_ZONE = re.compile(r"(?:实验区|开发区|高新区|示范区|园区|新区|试验区|合作区|片区)$")


def iso_date(year: str, month: str, day: str) -> str | None:
    y, m, d = int(year), int(month), int(day)
    if 1 <= m <= 12 and 1 <= d <= 31:
        return f"{y:04d}-{m:02d}-{d:02d}"
    return None


def _cn_number(text: str) -> int:
    if text.startswith("十"):
        return 10 + (_CN_DIGITS.get(text[1:], 0) if len(text) > 1 else 0)
    if "十" in text:
        tens, _, ones = text.partition("十")
        return _CN_DIGITS[tens] * 10 + (_CN_DIGITS[ones] if ones else 0)
    return _CN_DIGITS[text]


def parse_title(title: str | None) -> tuple[str | None, int | None]:
    """(agency, year) from a report title such as '临淄区工业和信息化局2024年政府信息公开工作年度报告'; a
    title without a year ('某街道政府信息公开工作年度报告') or over an academic year ('某大学2023—2024学年…')
    gives the agency alone."""
    if not title:
        return None, None
    text = _TITLE_TAG.sub("", _TITLE_DATE.sub("", _TITLE_KEY.sub("", _TITLE_BULLET.sub("", re.sub(r"\s+", "", title)))))
    text = text.rstrip("|｜")  # a portal's empty table cells after the title on its line ('某委…年度报告 | ||||')
    m = _TITLE_ACADEMIC.match(text)
    if m:
        return m.group("agency").strip(_TITLE_QUOTES) or None, None
    for pattern in (_TITLEYEAR_FIRST, _TITLE_ABOUT, _TITLE_AGENCY_FIRST, _TITLEYEAR_LAST):
        m = pattern.match(text)
        if m and m.group("agency"):
            agency = m.group("agency").strip(_TITLE_QUOTES)
            if agency.endswith("人民") and text.startswith("政府", m.end("agency")):
                agency += "政府"  # '2015年某县人民政府信息公开年度报告': one 政府 ends the name and opens the report's
            return agency or None, int(m.group("year"))
    m = _TITLE_NO_YEAR.match(text)
    if m:
        agency = m.group("agency").strip(_TITLE_QUOTES)
        if m.group("gov") and agency.endswith("人民"):
            agency += "政府"  # '某乡人民政府信息公开…': the government, not 政府信息公开 ('某镇政府信息公开…': the place)
        return agency or None, None
    return None, None


# What opens the words for a place rather than its name ('我乡', '本县', '该镇', '全市', '各区', '此地').
_SELF_OR_WHOLE = "我本该全各此"


def place_names(agency: str) -> list[str]:
    """The place names that open an agency's name: '淄博市临淄区行政审批服务局' → ['淄博市', '临淄区']."""
    names, pos = [], 0
    while True:
        m = _PLACE.match(agency, pos)
        # The pattern stops at the first suffix it meets; a real division's longer name wins ('平乡县' is a
        # county, not 平乡 and a stray 县; '乡' and '市' open or sit inside many real names).
        real = places.match_at(agency, pos)
        if not m:
            # a real township ending 城乡 ('古城乡'), which the pattern leaves to 住房和城乡建设
            if not (real and real.text.endswith("城乡") and len(real.text) > 2):
                break
            names.append(real.text)
            pos = real.end
            continue
        end = real.end if real and real.end > m.end() else m.end()
        if not real and end - pos == 2 and agency[pos] in _SELF_OR_WHOLE and not places.match_at(agency, pos, bare=True):
            break  # '我乡', '本县', '全市': the words for a place, no place's name (本溪市 and 全州 of 全州县 are real)
        names.append(agency[pos:end])
        pos = end
    return names


# What a government body's name ends with (the body grammar after the place names).
_BODY = re.compile(
    r"(?:人民政府(?:办公厅|办公室)?|政府(?:办公厅|办公室)?|办公厅|办公室|办事处|管理委员会|管委会|委员会|委|"
    r"局|厅|署|院|办|中心|总队|支队|大队|调查队|所|站|处|馆|会|"
    # a customs house, named by its city or port ('宁波海关', '黄埔海关'); 海关 alone is no one's, and 全国海关 is the
    # system, whose report 海关总署 makes
    r"(?<!全国)海关|"
    # the central bank and its city branches ('中国人民银行', '中国人民银行某市中心支行'), which report under the 条例
    r"(?<!全国)人民银行|中心支行|"
    # a government's research or counsellors' office ('某市人民政府研究室', '某省人民政府参事室')
    r"(?:研究|参事)室|"
    # a state farm reporting under the 条例 ('某县园艺场', '某农场'): not 市场, 广场, 现场
    r"(?:农|林|牧|渔|茶|果|盐|园艺|良种|原种|种畜|垦殖)场|"
    # a supply and marketing cooperative, a public body under the 条例 ('某市供销合作社', '某县供销社', '某区供销联社')
    r"供销(?:合作)?(?:总|联)?社|"
    # a ministry (自然资源部, 工业和信息化部); not 全部, 内部, 干部 and the like
    r"(?<![全内干外本各局总上下中东西南北首])部|"
    # a school reporting under the 条例 ('某县第三中学', '某市实验小学', '某县二中'): not 科学, 教学, 数学
    r"(?:中|小|大)学|学校|幼儿园|[一二三四五六七八九十]{1,2}中)$"
)
# Words no agency name holds: verbs and pronouns of the sentence around it, spam, chrome.
_NOT_AGENCY = re.compile(
    r"[:：,，。；;!！?？《》“”\"'|<>\s]|公布|公开|发布|编制|本单位|本机关|我|关于|根据|"
    # a self-word: 本/该/此 and a kind stand for the body the page is about, never name it ('本街道', '该县')
    r"[本该此](?:街道|社区|[局委办厅镇乡部县区市省州旗盟街村署])|"
    r"完成|依法|按时|开展|做好|撰写|报送|上报|标题|"
    r"要求|通知|报告|年报|联系|领导小组|信息公开|政务公开|首页|网站|游戏|娱乐|彩票|视频|下载|博彩|棋牌|"
    # spam a mirror writes in place of a body's name, in either script: '某某娛樂城办公厅'
    r"遊戲|娛樂|投注|比分|竞彩|賭|赌|"
    # an enterprise (a state-owned 集团 publishing on a portal) or its office: no government body
    r"公司|"
    r"app|APP|\d"
)
# A farm a county's page names by its kind alone ('园艺场2020年…报告', under the county's portal): the kind is
# its name (not '农场' or '林场', which name no one farm).
_FARM_BY_KIND = re.compile(r"(?:园艺|良种|原种|种畜|垦殖)场")
_PLACE_END = re.compile(r"(?:街道|街|镇|乡|县|区|市|旗|州|盟|省|自治区)$")
# A zone named by its kind alone ('高新区', '开发区'): the words for a place, not its name ('开发区管委会' is
# a body whose zone the name does not say: ``stated.choose`` prefers the zone named elsewhere on the page).
GENERIC_ZONE = re.compile(r"^(?:国家)?(?:高新|经开|经济开发|开发|新|园|保税|综保|自贸|产业园|工业园)区$")


def plausible_agency(name: str | None, place_only: bool = False) -> bool:
    """A plausible government body: place names then a body ('云泽县市场监督管理局', '区统计局',
    '国家卫生健康委'), or — where the sentence says it publishes the report — a place alone ('安镇街道').
    Injected text ('老虎机游戏：某乡政府'), sentences and chrome are not."""
    if not name or not 2 <= len(name) <= 40:
        return False
    if _NOT_AGENCY.search(name):
        # (a real place's own name may hold such a word: '新发布依族乡' is 新发 and the 布依族; the gazetteer knows
        # it. Asked only here: most names hold no such word.)
        lead = places.leading_places(name)
        if not (lead and lead[0].start == 0) or _NOT_AGENCY.search(name, lead[-1].end):
            return False
    body = _BODY.search(name)
    if body and body.start() == 0 and not _FARM_BY_KIND.fullmatch(name):
        return False  # a body without whose it is: '政府', '人民政府', '办公室'
    names = place_names(name)
    rest = name[sum(len(n) for n in names):]
    if "各" in rest:
        return False  # 'each' past the places ('某区人民政府办公室综合区政府各镇办'; not 下各镇): a sentence run on
    if not rest or (names and _PLACE_END.search(name) and len(name) <= 15 and not body):
        # a place alone, named: '安镇街道', not '市区' or '本县' (the words for a place, not its name)
        return place_only and bool(names) and not re.fullmatch(r"[省市区县镇乡州旗盟街]+|街道", name)
    if not _BODY.search(rest) and not body:
        return False
    return (bool(names) or name.startswith(("国家", "国务院", "中国", "区", "县", "市", "镇", "乡", "省")) or len(rest) <= 12
            or is_named_area_body(rest))


def is_zone_with_town(name: str) -> bool:
    """True for a zone run with its town named alone, the town in brackets ('某经开区（镇）', '某科技城（某镇）'): the
    place is the body a portal names as the publisher."""
    names = place_names(name)
    return len(names) == 1 and names[0] == name and bool(re.search(ZONE_WITH_TOWN + "$", name))


def place(agency: str | None) -> tuple[str | None, str | None]:
    """(region, admin level) from the place names that open an agency's name."""
    if not agency:
        return None, None
    names = place_names(agency)
    if not names:
        return None, None
    region = "".join(names)
    last = names[-1]
    if _ZONE.search(last):
        return region, None
    if len(names) == 1 and last in _MUNICIPALITIES:
        return region, "provincial"
    for suffixes, level in _LEVEL_OF_SUFFIX:
        if last.endswith(suffixes):
            return region, level
    return region, None


def publication_date(layout: Layout, doc: Document) -> str | None:
    """The date the report is signed with (its last lines), else the date its web page was published."""
    lines = [line.text.strip() for s in layout.sections for line in s.lines][-6:]
    for line in reversed(lines):
        compact = re.sub(r"\s+", "", line)
        m = re.fullmatch(rf"({YEAR})年(\d{{1,2}})月(\d{{1,2}})日", compact)
        if m:
            return iso_date(*m.groups())
        m = _CN_DATE.match(compact)
        if m:
            year = "".join(str(_CN_DIGITS[c]) for c in m.group(1))
            return iso_date(year, str(_cn_number(m.group(2))), str(_cn_number(m.group(3))))
    published = doc.properties.get("published", "")
    m = DATE.search(published)
    return iso_date(*m.groups()) if m else None


def contact(text: str) -> Contact:
    def first(pattern: re.Pattern[str]) -> str | None:
        m = pattern.search(text)
        return re.sub(r"\s+", "", m.group(1)) if m else None

    return Contact(first(_ADDRESS), first(_POSTCODE), first(_PHONE), first(_EMAIL), first(_WEBSITE))


def format_version(text: str, table_format: FormatVersion | None, year: int | None) -> tuple[FormatVersion, list[str]]:
    """The format the report follows and the evidence: its tables, the notice it cites, its year."""
    if table_format:
        return table_format, [f"tables printed in the {table_format} format"]
    if _FORMAT_2021_REF.search(text):
        return FORMAT_2021, ["cites 国办公开办函〔2021〕30号"]
    # Reports for 2021 on follow the 2021 format (the spec); many still cite the trial format's notice out of habit.
    if _FORMAT_2019_REF.search(text) and (year is None or year < 2021):
        return FORMAT_2019, ["cites 国办公开办函〔2019〕60号"]
    if year is not None:
        fmt = FORMAT_2021 if year >= 2021 else FORMAT_2019 if year >= 2019 else FORMAT_PRE_2019
        return fmt, [f"no tables; inferred from the report year {year}"]
    return FORMAT_UNKNOWN, []
