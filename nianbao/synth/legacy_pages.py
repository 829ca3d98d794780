"""How pre-2019 reports vary from agency to agency and how their web pages damage them: the old outline's
headings in other wordings (信息 without 政府, 基本情况, 情况概述, a run-in 情况-less heading before a
colon, a remark in brackets after a heading), extra old parts (组织领导和制度建设, 咨询, 保密审查及监督检查, 人员和收支, 建议和提案办理结果), problems and improvements
as two parts, headings ending in a full stop, an intro that closes on "现结合…总结如下：" in place of a 概述
part, and page damage: pinyin a mirror site writes after characters, a portal menu instead of a title, a
notice that publishes the report above it, lines broken at 《, indented lines, a page cut off in its last
numbered item, an intro that says 本年报 and lists the old parts, a content system's cut-off fields and
credit line; headings typed with spaces ('一 概 述'), problems and measures as inline lists after a colon
('…不足有：1.…；2.…。'), an intro whose subject is the report ('本年报是根据…编制的2016年度…年度报告。'). Written in our
own words.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

# Other wordings of each old part's heading (the first is the outline's own, in nianbao.synth.legacy).
WORDINGS: dict[str, tuple[str, ...]] = {
    "overview": ("基本情况", "情况概述", "主要工作概述", "本年度政府信息公开工作的基本情况", "基本工作情况",
                 "概述（本年度工作开展情况）", "开展政府信息公开工作的基本情况", "政府信息公开工作开展情况"),
    "proactive": ("政府信息公开情况", "政府信息主动公开情况", "主动公开信息的情况"),
    "requests": ("依申请公开信息的情况和不予公开信息的情况", "依申请公开政府信息和不予公开政府信息情况",
                 "政府信息依申请公开办理情况", "行政机关依申请公开政府信息和不予公开政府信息的情况"),
    "review_litigation": ("复议、诉讼和申诉情况", "因信息公开申请行政复议、提起行政诉讼的情况", "政府信息公开行政复议"),
    "problems": ("存在的主要问题及下步工作安排", "信息公开工作存在的主要问题及改进情况", "存在的问题及改进意见"),
    "other_matters": ("依申请信息公开收费情况", "政府信息公开的经费使用和收费情况", "信息公开的收费及减免情况"),
}
# A heading that ends in a colon with its text on the same line ("三、依申请公开政府信息：本年度…").
RUN_IN = {"requests": "依申请公开政府信息", "other_matters": "政府信息公开收费情况"}
# Problems and improvements as two parts of their own.
SPLIT_PROBLEMS = (("存在的困难和问题", "改进措施"), ("存在的主要问题", "下一步工作打算"))
# Extra old parts: (the part it follows, its section, heading, paragraph label).
EXTRAS = (
    ("overview", "overview", "组织领导和制度建设情况", "supervision"),
    ("requests", "requests", "咨询情况", "disclosure_on_request"),
    ("review_litigation", "overview", "政府信息公开保密审查及监督检查情况", "supervision"),
    ("review_litigation", "other_matters", "人员和收支情况", "processing_fees"),
    ("review_litigation", "other_matters", "建议和提案办理结果情况", "proposals"),
)
DAMAGES = ("none", "pinyin", "menu", "notice", "cut", "indent", "bracket", "bare", "cms")
# Characters a mirror site annotates, with the pinyin it writes after them.
PINYIN = {"报": "bào", "开": "kāi", "镇": "zhèn", "复": "fù", "费": "fèi", "进": "jìn", "据": "jù", "点": "diǎn",
          "务": "wù", "关": "guān", "过": "guò", "问": "wèn"}
MENU = ("- 首页", "- 政务动态", "- 政策解读", "- 办事服务", "- 互动交流")
# A content system's fields and bars around the article, cut off as text conversions leave them (an empty
# 来源 before the next field's label, a font-size bar ending at its colon), and its credit line below.
CMS_HEAD = ("来源:   发布时间: {date} 09:30     访问次数: 【字号:", "分享:")
CMS_FOOT = "Produced By 某某网络 内容发布系统"


@dataclass
class PageStyle:
    """One pre-2019 page's wording and damage (``none`` for the outline as nianbao.synth.legacy writes it)."""

    wording: dict[str, str] = field(default_factory=dict)  # section id → heading title used instead
    run_in: str | None = None  # the section whose heading runs into its text after a colon
    split_problems: tuple[str, str] | None = None
    extras: list[tuple[str, str, str, str]] = field(default_factory=list)
    damage: str = "none"
    full_stop: bool = False  # headings end in "。" ("一、基本情况。")
    summary_intro: bool = False  # no 概述 part: an intro that closes on "现结合…总结如下：" leads into 一、主动公开…
    spaced_headings: bool = False  # headings typed with a space for the enumeration comma, short ones spread ("一 概 述")
    inline_lists: bool = False  # problems and improvements as inline lists after a colon ("…不足有：1.…；2.…。")
    subject_intro: bool = False  # the intro's subject is the report ("本年报是根据…由某镇编制的2016年度…年度报告。")


def sample_style(rng: random.Random, rendering: str) -> PageStyle:
    """A page style: half the pages keep the outline's own wording; damage drawn for every page."""
    style = PageStyle()
    if rng.random() < 0.5:
        for sid, options in WORDINGS.items():
            if rng.random() < 0.5:
                style.wording[sid] = rng.choice(options)
        if rng.random() < 0.3:
            style.run_in = rng.choice(sorted(RUN_IN))
        if rng.random() < 0.3:
            style.split_problems = rng.choice(SPLIT_PROBLEMS)
        style.extras = [e for e in EXTRAS if rng.random() < 0.3]
    damages = DAMAGES if rendering != "crawler" else ("none", "pinyin", "bracket")
    style.damage = rng.choice(damages)
    # Drawn last, so that the styles drawn before stay as they were.
    style.full_stop = rng.random() < 0.15
    style.summary_intro = rng.random() < 0.1
    style.spaced_headings = rendering == "lines" and rng.random() < 0.15  # a page that kept its lines
    style.inline_lists = rng.random() < 0.2
    style.subject_intro = rng.random() < 0.15
    return style


def spaced_heading(number: str, title: str) -> str:
    """A heading as a page typed it with spaces: the number set off by a space, a short title spread out."""
    return f"{number} {' '.join(title) if len(title) <= 4 else title}"


def inline_list(lead: str, sentences: list[str]) -> str:
    """Sentences as an inline list after a colon: '{lead}：1.…；2.…。' (one paragraph)."""
    items = [x.strip("。；;，, ") for x in sentences if x.strip("。；;，, ")]
    return f"{lead}：" + "；".join(f"{i}.{x}" for i, x in enumerate(items, start=1)) + "。"


def annotate(text: str) -> str:
    """The text as a mirror site writes it: pinyin in brackets after the characters it annotates."""
    return "".join(ch + (f"({PINYIN[ch]})" if ch in PINYIN else "") for ch in text)


def break_at_name(text: str) -> str:
    """The paragraph with a line break after its first 《 (a web page's link markup, lost)."""
    k = text.find("《")
    return text if k < 0 else text[: k + 1] + "\n" + text[k + 1:]


def cut_item(text: str, rng: random.Random) -> str:
    """The first few characters of a sentence: where a page that was cut off ends."""
    body = text.strip("。；")
    return body[: rng.randint(5, min(9, max(5, len(body))))].rstrip("，、（《“")


def notice_lines(office: str, title: str, year: int) -> list[str]:
    """A notice that publishes the report, above it: its title over two lines, addressees, text, date."""
    return [f"{office}关于公布", f"{title}的通知", "各乡镇人民政府，各有关部门：",
            "按照《", f"中华人民共和国政府信息公开条例》的要求，我办编制了{title}，现予公布。",
            f"{year + 1}年1月20日"]
