"""A report page whose portal frame a crawler ran into the title: the page's lines flattened to one line
(the reshapings ``one_line`` / ``one_line_spaced``) after a frame whose last word stands right before the title — a
metadata field whose value is empty or stock ('文号', '时效', '有效性' + '有效'), a chrome word ('无障碍',
'正文'), a breadcrumb's column ('公告公示', '县级部门', '公开年报') — so the title's body comes out with that
word glued to its front ('有效性有效某县某局'). The frame's words are the portal's closed set
(``extraction/frame_words.py``); the wording of each frame here is invented."""

from __future__ import annotations

import random

from nianbao.synth.reshape import reshape

# Frames, each a list of the lines before the title; the last line's word is the one run into the title.
_FRAMES = (
    ("索引号", "{code}", "发布机构", "{agency}", "发文日期", "{date}", "文号", "时效"),
    ("索引号：{code}", "发文字号"),
    ("主题分类 综合政务", "有效性", "有效"),
    ("时效性", "有效"),
    ("无障碍", "首页 > 政务公开 > 年度报告", "正文"),
    ("登录注册", "无障碍"),
    ("网站首页", "通知公告", "公告公示"),
    ("当前位置：首页 > 信息公开", "县级部门"),
    ("首页 > 政府信息公开", "政府信息公开年报"),
    ("名称",),
    ("分享到", "微信", "微博"),
    ("扫一扫", "用手机打开当前页"),
)


def frame_lines(rng: random.Random, agency: str, year: int) -> list[str]:
    """One frame's lines, filled in (an index code, a date, the publisher)."""
    code = f"{rng.randint(10**7, 10**8 - 1)}/{year + 1}-{rng.randint(1, 99999):05d}"
    date = f"{year + 1}-0{rng.randint(1, 3)}-{rng.randint(10, 28)}"
    return [line.format(code=code, agency=agency, date=date) for line in rng.choice(_FRAMES)]


def framed_one_line(text: str, agency: str, year: int, seed: str, spaced: bool = False) -> str | None:
    """``text`` (a page of the body ``agency``) with a frame set right above its title (the first short line
    naming a report, or the name over it) and the whole flattened to one line (``spaced``: a space where each
    break was); ``None`` when the page's first lines hold no title."""
    rng = random.Random(f"{seed}:one_line_frame")
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    at = next((i for i, line in enumerate(lines[:12]) if len(line) <= 60 and ("报告" in line or "年报" in line)), None)
    if at is None:
        return None
    if at and lines[at - 1] == agency:
        at -= 1  # a title set on two lines, the body's name over the rest
    framed = "\n".join([*frame_lines(rng, agency, year), *lines[at:]]) + "\n"
    return reshape("one_line_spaced" if spaced else "one_line", framed, seed) or framed


# A school's or a public enterprise's report page (``framed_publisher_page``): the publishers a body's grammar does
# not read (a school named by no place of the gazetteer's, a 集团), whose frame the reader must cut by its words.
_CITIES = ("洛阳", "绵阳", "赣州", "常德", "湛江", "泉州", "宜昌", "保定", "柳州", "遵义", "九江", "南充")
_SCHOOLS = ("{city}职业技术学院", "{city}师范学院", "{city}工业职业学院", "{city}医学高等专科学校", "{city}市第三中学",
            "{city}理工学院", "{city}幼儿师范高等专科学校", "{city}市实验小学")
_ENTERPRISES = ("{city}市水务集团有限公司", "{city}市公共交通集团有限责任公司", "{city}城市建设投资集团",
                "{city}市燃气集团有限公司", "{city}市供水有限公司")
# The frame's last word, glued to the name on one line: a column for the reports, a chrome word, a page label.
_PUBLISHER_FRAMES = (
    ("首页", "信息公开", "信息公开年报"),
    ("您的位置：首页 > 基本信息 > 信息公开年报 > 详细内容", "信息公开年报"),
    ("首页 > 通知公告 > 正文",),
    ("点击收听", "语音朗读"),
    ("无障碍", "关怀版"),
    ("当前位置：首页 > 校务公开", "年度报告"),
    ("网站首页", "通知公告", "公告公示"),
    ("分享到：", "微信"),
)
_SCHOOL_TITLES = ("{name}{y0}-{y1}学年信息公开工作年度报告", "{name}关于{y0}~{y1}学年信息公开工作的报告",
                  "{name}{y0}—{y1}学年度信息公开工作报告", "{name}{y1}年度信息公开工作年度报告")
_ENTERPRISE_TITLES = ("{name}{y1}年政府信息公开工作年度报告", "{name}{y1}年度政府信息公开工作年度报告")


def framed_publisher_page(seed: str, index: int, spaced: bool = False) -> tuple[str, str, int]:
    """A school's or a public enterprise's report page with a portal's frame above its title, flattened to one line
    (``spaced``: a space where each break was); with the publisher's name and the report's year."""
    rng = random.Random(f"{seed}:{index}:publisher_frame")
    city, year = rng.choice(_CITIES), rng.randint(2015, 2024)
    school = rng.random() < 0.6
    name = rng.choice(_SCHOOLS if school else _ENTERPRISES).format(city=city)
    title = rng.choice(_SCHOOL_TITLES if school else _ENTERPRISE_TITLES).format(name=name, y0=year - 1, y1=year)
    self_word = "我校" if school else "本公司"
    heading = [title]
    if school and rng.random() < 0.25:  # a title naming no body, the school's name and the date under it
        heading = [f"{year}年度信息公开工作年度报告", name, f"（{year}年{rng.randint(10, 12)}月{rng.randint(10, 28)}日）"]
    lines = [*rng.choice(_PUBLISHER_FRAMES), *heading,
             f"发布时间：{year if school else year + 1}-{rng.randint(10, 12) if school else rng.randint(1, 3)}-{rng.randint(10, 28)} 浏览次数：{rng.randint(20, 3000)}",
             f"根据《中华人民共和国政府信息公开条例》和上级有关要求，{self_word}编制了本年度信息公开工作报告。"
             f"报告所列数据的统计期限为{year - 1 if school else year}年{9 if school else 1}月1日至{year}年"
             f"{8 if school else 12}月31日。",
             "一、总体情况", f"本年度{self_word}把信息公开作为规范管理的重要内容，及时更新公开目录，回应公众关切。",
             "二、主动公开信息情况", f"全年主动公开各类信息{rng.randint(40, 400)}条，其中通知公告{rng.randint(5, 39)}条。",
             "三、收到和处理政府信息公开申请情况", f"全年收到信息公开申请{rng.randint(0, 9)}件，均已按期答复。"]
    text = "\n".join(lines) + "\n"
    return (reshape("one_line_spaced" if spaced else "one_line", text, f"{seed}:{index}") or text), name, year
