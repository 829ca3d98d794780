"""A saved report page's frame as pymupdf4llm writes it from a PDF of the page: the portal's metadata block
(索引号 · 发文机关 · 成文日期 · 发布日期 · 主题分类) run into one line, its values' digits set off (or in code
spans where the PDF set them in a monospace font), and sometimes a crawler's rule ('==== 正文 ====') run on
after it — the pattern seen on real converters' output (benchmarks/real_converters.py), the words the
synthetic report's own. The report's title and text follow as pymupdf4llm writes them; a reader splits the
line back into its fields (extraction/readers/joined_fields.py), so no field runs into the preamble.

Also the captions of screenshots below a paragraph ('图 1. 门户网站首页截图'), which pymupdf4llm runs on
after the paragraph's last sentence: a reader cuts them off, and they are no paragraph's text.
"""

from __future__ import annotations

import random
import re

from nianbao.synth.model import Report

_DIGITS = re.compile(r"[0-9][0-9/\-:]*")
# The block's field names (those real portals print; the agency's field has two spellings).
_AGENCY_FIELDS = ("发布机构", "发文机关")
_TOPICS = ("政务公开年报", "政府信息公开工作年度报告", "综合政务")


def joined_frame(rng: random.Random, rep: Report, code: bool) -> str:
    """The page's metadata block as one line pymupdf4llm joined (``code``: digits in code spans), a rule
    run on after it or not; ends in a space, as pymupdf4llm's joined lines do."""
    pairs = [("索引号", f"{rng.randint(10**7, 10**8 - 1)}/{rep.year + 1}-{rng.randint(1, 99999):05d}"),
             (rng.choice(_AGENCY_FIELDS), rep.agency.name), ("成文日期", rep.published), ("发布日期", rep.published)]
    if rng.random() < 0.5:
        pairs.append(("主题分类", rng.choice(_TOPICS)))
    colon = rng.choice(("：", ":"))
    fields = [f"{key}{colon}{_DIGITS.sub(lambda m: f' `{m.group(0)}` ' if code else m.group(0), value)}"
              for key, value in pairs]
    line = " ".join(re.sub(r" +", " ", f).strip() for f in fields)
    if rng.random() < 0.5:
        line += " " + ("`====================` 正文 `====================`" if code else "==================== 正文 ====================")
    return line + " "


# What a report shows screenshots of (invented wording).
_SHOWN = ("门户网站首页", "政务公开专栏", "政策解读栏目", "依申请公开页面", "公开目录页面", "政务新媒体账号")


def run_on_captions(rng: random.Random, code: bool) -> str:
    """Two to four screenshot captions as pymupdf4llm runs them on after a paragraph ('图 `1.` …截图'),
    a space before each (``code``: the numbers in code spans); ends in a space."""
    shown = rng.sample(_SHOWN, rng.randint(2, 4))
    number = (lambda k: f" `{k}.` ") if code else (lambda k: f" {k}. ")
    return "".join(f" 图{number(k)}{what}截图" for k, what in enumerate(shown, 1)) + " "
