"""The report's title at the top of a page, past portal chrome (breadcrumbs, share bars, metadata blocks)."""

from __future__ import annotations

import re

from nianbao.core.document import TableBlock
from nianbao.extraction.layout import headings
from nianbao.extraction.layout.fields import is_bare_field, title_field
from nianbao.extraction.layout.model import Line

# A title run into the first line. Not a sentence that cites the format (按照《政府信息公开工作年度报告格式》) or
# opens on its purpose ('为认真贯彻落实…做好2023年政府信息公开年度报告编制发布工作要求，…'), nor one whose
# subject is the report ('本年报是根据…要求，由某镇编制的2018年度…报告。'): a title is a name, no clause's comma in it.
_TITLE = re.compile(r"^(?!按照|根据|依据|依照|现公布|现将|现予|特向|本报告|本年度|本年报|为(?:认真|进一步|全面|深入|切实|贯彻|落实|做好|推进|加强))([^《》，,。；;]{2,60}?(?:政府信息公开|政务公开)(?:工作)?(?:年度)?(?:工作)?报告)")
_RUN_ON_BODY = 10  # characters after 报告 on a title line that are the body's start, not the title's end

# The first screen of a page: where a portal's title, chrome and metadata block sit above the report.
FIRST_SCREEN = 40
# A report title: agency and year (or either, or neither) and one of the names reports go by.
TITLE_WORDS = re.compile(
    r"(?:政府信息公开|政务公开|信息公开|政务信息公开)(?:工作)?(?:年度)?(?:工作)?(?:报告|年报)"
    r"|(?:政府信息公开|政务公开|信息公开)年报"
    # a title dropping 公开 from the report's name right after its year ('某高新区2014年信息年度报告'); an
    # enterprise's '2014年度信用信息年度报告' or any other year's report names no 信息 so
    r"|(?<=\d年)(?:政府)?信息(?:工作)?年度报告"
    # an old title's '某州人民政府关于2011年政府信息公开工作(情况)的(年度)报告': the work's report, by 的
    r"|(?<=\d年|年度)(?:政府|政务)信息公开工作(?:情况)?的(?:年度)?报告"
)
# The preamble's opening sentence, never a title however its lines wrap: the format's stock openings ('本年度报告根据《条例》…',
# '本年报是根据…' — a PDF's text layer cuts it into lines short enough to pass for a wrapped title's).
_NOT_TITLE = re.compile(r"^(?:按照|根据|依据|依照|现将|现公布|本报告|本年度|本年报|为)|[。；;]")
# What follows a report's name that is the subject of the preamble's first sentence ('…年度报告（以下简称年报）是根据…'),
# cut by a wrap as early as its bracket's first character: no title's tail.
_SUBJECT_TAIL = re.compile(r"^\s*(?:[（(]\s*以|是(?:根据|依据|按照))")
_TITLE_TAIL = re.compile(r"^[（(]?\s*(?:\d{4}\s*年度?|[〇○零一二三四五六七八九]{4}年度?)?\s*[）)]?$")


def is_chrome(text: str) -> bool:
    """A line of portal chrome: breadcrumb, share or accessibility bar, a metadata-block line, a
    date/source/visits line. Such a line is never a title or an agency (a metadata block's values are
    read from the document's blocks by nianbao.extraction.metadata)."""
    # A breadcrumb a converter set as an ordered list ('1. 当前位置:' / '2. 首页 > …' / '3. > 正文'), a share bar's
    # words set as a bulleted list ('• 字号:' / '• 打印').
    t = _LIST_NUMBER.sub("", text.strip().strip("|").strip())
    if not re.search(r"[\u4e00-\u9fffA-Za-z0-9]", t):
        return True  # what a cleaned share bar leaves: '：', '| |'
    if _MARKUP_LINE.fullmatch(t):
        return True  # a spam mirror's empty HTML tags left in the text ('<legend id="x"></legend>'), no words of the page

    return (bool(_CHROME_LINE.search(t)) and len(t) <= 120) or is_bare_field(t)


_LIST_NUMBER = re.compile(r"^(?:\d{1,2}\s*[.．]\s+|[•·●▪]\s*)")
_MARKUP_LINE = re.compile(r"(?:[•·\s]*</?[A-Za-z][A-Za-z0-9]*(?:\s+[A-Za-z-]+=\"[^\"<>]*\")*\s*/?>)+\s*")
_CHROME_LINE = re.compile(
    "|".join((
        r"^(?:当前位置|您当前所在位置|您的位置|您所在的位置|所在位置|当前所在位置)",
        r"首页\s*(?:>|＞|»|›|/|\\|-&gt;|→)",
        r"^[>＞»›]|(?:[>＞»›][^>＞»›]{1,20}){2,}$",  # a breadcrumb whose 当前位置：首页 the line cleaner took
        r"^(?:首页|网站首页)$",
        r"^(?:网站)?首页(?![>＞»›/\\-])[^，,。；;：:>＞]{0,60}$",  # a menu: '首页政务公开政务服务互动交流'

        r"分享到|扫一扫|^(?:微信|微博|QQ空间|QQ)(?:\s+(?:微信|微博|QQ空间|QQ|朋友圈))+$",
        r"无障碍|长者模式|关怀版|适老化|老年模式|读屏|简体版|繁体版|繁體|^English$",
        r"^(?:本站|本网站|网站)?(?:已)?(?:支持|支撑)\s*IPv6\s*$|^IPv6$",  # a portal's IPv6 badge
        # a widget's word alone or before another's, never a sentence opening on it ('打印机等设备…')
        r"^(?:【\s*)?(?:打印本页|关闭窗口|打印|关闭|收藏|字号|字体(?:大小)?)(?=$|[^\u4e00-\u9fff]|打印|关闭|收藏|字号|字体|分享)",
        r"^(?:索\s*引\s*号|发布机构|发文机关|发文单位|成文日期|发文日期|公开日期|发布日期|生成日期|主题分类|信息分类|公开方式|公开范围|"
        r"文\s*号|有效性|时\s*效|标\s*题|名\s*称|体裁分类|组配分类|信息来源|来\s*源|日\s*期|发布时间|更新时间|"
        r"访问量|浏览次数|阅读次数|点击数|归档时间)\s*[:：|｜]",
        r"(?:访问量|浏览次数|阅读次数|点击数|访问次数)\s*[:：]",
    ))
)


_TITLE_YEAR = re.compile(r"(?:19|20)\d{2}\s*年度?")
# A school's year, the academic year its title names in place of a calendar year ('某大学2012-2013学年度…报告').
_ACADEMIC_YEAR = re.compile(r"(?:19|20)\d{2}\s*年?\s*[-—–－~～至]\s*(?:19|20)?\d{2}\s*学?年度?")


def _complete_title(text: str) -> bool:
    """A line that is a title on its own: the report's name, a year (or a school's academic year) and an agency."""
    m = TITLE_WORDS.search(text)
    if not m or not (_TITLE_YEAR.search(text) or _ACADEMIC_YEAR.search(text)):
        return False
    rest = _TITLE_YEAR.sub("", _ACADEMIC_YEAR.sub("", text[: m.start()] + text[m.end():]))
    return len(re.findall(r"[\u4e00-\u9fff]", rest)) >= 2


# How the first line of a wrapped title ends: the agency's name (a body or a place), or a year.
_HEAD_END = re.compile(r"(?:局|委|会|厅|部|办|处|府|室|院|署|中心|站|所|馆|队|镇|乡|街道|区|县|市|州|盟|旗|省)$")


def _opens_title(text: str) -> bool:
    text = text.strip()
    return bool(_HEAD_END.search(text) or _TITLE_YEAR.search(text) or re.search(r"公开|政务|报告|年度", text))


# How the body's first sentence opens: never a wrapped title's later line.
_SENTENCE_OPEN = re.compile(r"^(?:按照|根据|依据|依照|现将|现公布|本报告|本年度报告|本年报)")
# A line this wide opening a sentence or holding a clause's punctuation is the body's (a title has neither).
_PROSE_LINE = 20
_CLAUSE = re.compile(r"[，,。；;]")  # (a width-normalised text's comma is ASCII)


def _title_at(lines: list[Line], k: int) -> tuple[str, int, str] | None:
    """A report title starting at line ``k`` (one line, or wrapped over two or three), its last line,
    and the body text run on after it in that line (a title wrapped inside 报告: "…年度报" / "告根据…")."""
    joined = ""
    for j in range(k, min(k + 3, len(lines))):
        text = lines[j].text.strip()
        if (j == k and len(text) > 60) or (j > k and (is_chrome(text) or headings.section_of_heading(text))):
            return None
        if j > k and _complete_title(text):
            return None  # a site's name above the page's own title: the title starts on the next line
        if j > k and _SENTENCE_OPEN.match(text):
            return None  # the body's first sentence ('根据《条例》…公布…年报'), not a title's second line
        if j == k + 1 and not _opens_title(joined):
            return None  # a menu word ('办事服务') is no title's first line
        if j == k + 2 and _HEAD_END.search(lines[k + 1].text.strip()) and not _TITLE_YEAR.search(joined):
            return None  # a site's name, then the agency line of a title wrapped after it
        joined += text
        m = TITLE_WORDS.search(joined)
        if m and not _NOT_TITLE.search(joined[: m.end()]):
            tail = joined[m.end():]
            if _SUBJECT_TAIL.match(tail):
                return None
            if not tail or _TITLE_TAIL.match(tail) or (len(tail) < _RUN_ON_BODY and not re.search(r"[，,：:]", tail)):
                return joined, j, ""  # a short tail ("格式模板", "（2023年度）") still belongs to the title
            if j > k and len(tail) >= _RUN_ON_BODY and len(joined) - len(tail) > len(joined) - len(text):
                return joined[: m.end()], j, tail.strip()
            return None
        if len(text) > 60:
            return None
    return None


def _site_header(title: str, screen: list[Line], last: int) -> bool:
    """Whether a title found without a year ('某区人民政府' / '政府信息公开年报': a portal's owner and its column) is
    a site's header: a complete title with its year stands in the next lines (on one, or wrapped over two), before the
    body begins."""
    if _TITLE_YEAR.search(title) or _ACADEMIC_YEAR.search(title):
        return False
    for j in range(last + 1, min(last + 4, len(screen))):
        text = screen[j].text.strip()
        if headings.section_of_heading(text) or len(text) > 60:
            return False
        # (the dated title may be wrapped over two lines, its 年 perhaps left out: '某区某办公室2020' / '政府信息公开工作
        # 年度报告')
        year_end = re.search(r"(?:19|20)\d{2}\s*年?度?$", text)
        joined = re.sub(r"(\d)$", r"\1年", text) + screen[j + 1].text.strip() if year_end and j + 1 < len(screen) else ""
        if not is_chrome(text) and (_complete_title(text) or (joined and _complete_title(joined))):
            return True
    return False


def take_title(items: list[Line | TableBlock]) -> str | None:
    """Remove the title lines (agency + year + 年度报告, possibly over several lines) and return them.

    The title is looked for in the first screen of lines, past portal chrome (breadcrumbs, share and
    accessibility bars, metadata-block lines), which is dropped from the first screen too; a title
    repeated there (a metadata block's 标题 line, then the page heading) is dropped with it.
    """
    screen = [i for i in items[:FIRST_SCREEN] if isinstance(i, Line)]
    chrome: list[Line] = []
    title: str | None = None
    for k, line in enumerate(screen):
        text = line.text.strip()
        if headings.section_of_heading(text):
            break
        if is_chrome(text):
            chrome.append(line)
            continue
        found = _title_at(screen, k)
        if found and _site_header(found[0], screen, found[1]):
            chrome.extend(screen[k:found[1] + 1])  # the site owner's name and its column's, above the dated title
            continue
        if found:
            title, last, rest = found
            title = title_field(title) or title  # a metadata block's title field: its value
            if rest:
                idx = items.index(screen[last])
                items[idx] = screen[last] = Line(rest, screen[last].origin)
                last -= 1
            taken = set(map(id, screen[k : last + 1]))
            for later in screen[last + 1 :]:
                text = later.text.strip()
                if headings.section_of_heading(text, True):
                    break
                # The title repeated, or the report's own title under the notice that publishes it.
                if re.sub(r"\s+", "", title_field(text) or text) == re.sub(r"\s+", "", title) or (
                        title.endswith("通知") and len(text) <= 60 and not re.search(r"[，,。；;：:]", text)
                        and _complete_title(text)):
                    taken.add(id(later))
            items[:] = [i for i in items if id(i) not in taken]
            break
        if title is None and k == 0:
            m = _TITLE.match(text)
            # "…年度报告（以下简称“年报”）根据…编制": the report's name is the subject of a sentence.
            if m and not _SUBJECT_TAIL.match(text[m.end():]):
                rest = text[m.end():].strip()
                if len(rest) >= _RUN_ON_BODY:
                    idx = items.index(line)
                    items[idx : idx + 1] = [Line(rest, line.origin)]
                    title = m.group(1)
                    break
        if len(text) > 60 or (len(text) >= _PROSE_LINE and (_SENTENCE_OPEN.match(text) or _CLAUSE.search(text))):
            # Body text has begun: a title further down would be a sentence's, not the page's. A page's text layer
            # wrapped at its width keeps its lines short, so a sentence's line tells it as a long one does.
            break
    _drop(items, chrome)
    return title


def take_frame(items: list[Line | TableBlock]) -> str:
    """Remove the page's frame left between the title and the report's first heading or sentence — a metadata
    block or a share bar a portal sets under the title ('发布日期：…', '索  引  号 …', '【字体：') — and return its
    text."""
    frame: list[Line] = []
    for item in items[:FIRST_SCREEN]:
        if not isinstance(item, Line):
            break  # a table: the report has begun
        text = item.text.strip()
        if headings.section_of_heading(text) or "。" in text:
            break  # the report's first heading or sentence: the frame is above it
        if is_chrome(text):
            frame.append(item)
    _drop(items, frame)
    return "\n".join(line.text for line in frame)


def _drop(items: list[Line | TableBlock], lines: list[Line]) -> None:
    """Take ``lines`` out of ``items``; no sentence runs across a line taken from between two others."""
    gone = set(map(id, lines))
    if not gone:
        return
    for k, item in enumerate(items[1:], start=1):
        before = items[k - 1]
        if id(item) in gone and isinstance(before, Line) and id(before) not in gone and before.wraps is None:
            before.wraps = False
    items[:] = [i for i in items if id(i) not in gone]
