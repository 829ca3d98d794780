"""Statements with planted themes: a known answer for ``nianbao.analysis.themes``.

Each planted theme has its own vocabulary (objects and complaints an agency writes about it); a statement
is one of a few sentence frames filled with two or three words of its theme, the generic verbs and
hedges every report uses, and — one statement in four — a word borrowed from another theme, so the
themes overlap as real ones do. Deterministic for a seed.
"""

from __future__ import annotations

import random

PLANTED: dict[str, tuple[str, ...]] = {
    "policy_interpretation": ("政策解读", "图解", "解读材料", "音视频", "政策问答", "新闻发布会", "专家解读", "政策吹风会",
                              "解读形式", "通俗易懂"),
    "requests": ("依申请公开", "申请答复", "答复文书", "办理时限", "申请人", "补正告知", "复议纠错", "答复规范性",
                 "登记台账", "法律顾问"),
    "website": ("政府网站", "栏目设置", "集约化平台", "检索功能", "链接失效", "页面改版", "无障碍浏览", "网站普查",
                "信息更新", "站群"),
    "grassroots": ("基层政务公开", "标准目录", "村务公开", "乡镇街道", "公开栏", "便民服务中心", "村级", "事项清单",
                   "标准化规范化", "社区"),
    "training": ("业务培训", "工作人员", "队伍建设", "专题培训", "业务能力", "人员变动", "培训课程", "岗位责任",
                 "考核评议", "经验交流"),
    "media": ("政务新媒体", "微信公众号", "微博", "短视频", "抖音号", "推送频次", "僵尸账号", "互动留言", "账号管理",
              "粉丝"),
}
_FRAMES = (
    "{a}{b}有待{c}", "进一步加强{a}，推动{b}与{c}衔接", "{a}方面{b}不够，{c}仍需改进", "围绕{a}持续完善{b}和{c}",
    "部分单位{a}工作中{b}不到位，{c}相对薄弱", "建立健全{a}机制，做好{b}，提升{c}水平",
)
_FILL = ("质量", "水平", "力度", "规范", "及时", "全面", "深度", "效果")


def planted_statements(n: int, seed: int = 0, themes: tuple[str, ...] = tuple(PLANTED),
                       borrow: float = 0.25) -> tuple[list[str], list[int]]:
    """``n`` statements and the planted theme of each (an index into ``themes``)."""
    rng = random.Random(f"planted-themes:{seed}")
    texts, labels = [], []
    for i in range(n):
        t = i % len(themes)
        vocab = PLANTED[themes[t]]
        a, b = rng.sample(vocab, 2)
        c = rng.choice(vocab) if rng.random() < 0.6 else rng.choice(_FILL)
        if rng.random() < borrow:
            other = PLANTED[themes[rng.choice([j for j in range(len(themes)) if j != t])]]
            c = rng.choice(other)
        texts.append(rng.choice(_FRAMES).format(a=a, b=b, c=c))
        labels.append(t)
    order = list(range(n))
    rng.shuffle(order)
    return [texts[i] for i in order], [labels[i] for i in order]
