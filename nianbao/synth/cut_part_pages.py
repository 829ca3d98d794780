"""Pages whose narrative a cut or an editor left in a shape no heading rule expects (invented text; the
shapes are those of crawled portal pages):

- ``title_tail_line``: a crawler's one-line text of an old (pre-2019) report that opens on the tail of the
  title ('…工作年度报告'), a space, then the old stock preamble, which names the report itself
  ('某局2016年政府信息公开工作年度报告（以下简称年报）是根据《条例》…'), and stops on a cut sub-heading ('（一）公');
- ``omitted_part_page``: a report a part a line where the editor left one sub-part's text out, its heading
  alone with a note ('（二）公开形式（略）'), the next sub-heading right after it;
- ``cut_table_prose_line``: a 2021-format report's text (one crawled line, or a line a part) cut inside part 二,
  whose table the agency wrote as a sentence naming the table's labels ('2022年，我局无规章本年制发件数、…，行政处罚8件，…')
  or whose part opens on prose; the cut may come right after the sentence's first clause.

Each returns the page text and the paragraphs (squashed) it must yield whole.
"""

from __future__ import annotations

import random

from nianbao.synth.model import Report

_BASIS = "《中华人民共和国政府信息公开条例》"
_OLD_PARTS = ("全文包括概述，主动公开政府信息情况，依申请公开政府信息情况，政府信息公开的收费及减免情况，"
              "因政府信息公开申请行政复议、提起行政诉讼的情况，存在的主要问题及改进措施等部分。")
_OLD_PERIOD = "本年报所列数据的统计期限自{y}年1月1日起至{y}年12月31日止。"
_OLD_ASK = ("如对本年报有疑问，请与{a}办公室联系。", "年报电子版在本级政府门户网站全文公开，欢迎查阅。")
_OLD_OVERVIEW = ("{y}年，我单位把政府信息公开列入年度工作要点，明确了分管领导和承办人员。",
                 "单位领导多次听取信息公开工作汇报，对公开审核流程作了细化，做到先审后发。",
                 "我们在办公场所设置了公开栏，把办事指南、收费依据和人员分工张贴上墙，方便群众查看。")
_CUT_HEADINGS = ("（一）公", "(一)公", "（一）主动公", "（一）公开的内", "(一)主动公开政府信")
_OMITTED = ("（二）公开形式（略）", "(二)公开形式(略)", "（二）公开渠道（略）。", "(二)公开方式（略）")
_PARTS_AFTER = ("（三）政策解读情况", "（三）公开的重点内容", "(三)解读回应情况")
_NEW_SUMMARY = ("（一）主动公开情况。{y}年，我{b}通过门户网站发布各类信息，重点围绕工作动态、规划计划和财政资金展开。",
                "（二）依申请公开情况。{y}年，我{b}收到政府信息公开申请{n}件，均在法定期限内答复。",
                "（三）政府信息管理情况。我{b}对照公开目录逐项梳理，及时更新过期内容，做到应公开尽公开。")
_TABLE_PROSE = ("{y}年，我{b}无规章本年制发件数、现行有效件数，行政规范性文件制发{n}件，行政处罚{m}件，"
                "无行政许可、行政强制、行政事业性收费事项需要公开",
                "{y}年，我{b}行政规范性文件本年制发件数为0，现行有效件数{n}件，本年处理行政处罚决定{m}件，"
                "行政许可和行政强制均无发生",
                "按照省、市两级政府信息公开目录，我{b}在服务大厅设置了专门的公开查阅区，配备了查阅设备和资料")


def _body(rep: Report) -> str:
    """How the agency calls itself in its prose ('我局', '我委' …): the last character of its name."""
    return rep.agency.name[-1] if rep.agency.name[-1] in "局委办厅院府所处" else "单位"


def title_tail_line(rng: random.Random, rep: Report) -> tuple[str, list[str]]:
    """An old report's one-line crawled text opening on its title's cut tail, ending on a cut sub-heading."""
    y = rng.randint(2010, 2018)
    title = f"{rep.agency.name}{y}年政府信息公开工作年度报告"
    tail = title[-rng.randint(4, len(title)):]
    preamble = (f"{title}（以下简称年报）是根据{_BASIS}的规定编制的。{_OLD_PARTS}{_OLD_PERIOD.format(y=y)}"
                + rng.choice(_OLD_ASK).format(a=rep.agency.name))
    # the year's sentence first, after the heading: a crawler keeps a space before a number after a stop
    overview = [_OLD_OVERVIEW[0].format(y=y), rng.choice(_OLD_OVERVIEW[1:])]
    cut = rng.choice(_CUT_HEADINGS)
    text = " ".join([tail, preamble, "一、概述", *overview, "二、主动公开政府信息情况", cut])
    return text, [preamble, *overview, cut]


def omitted_part_page(rng: random.Random, rep: Report) -> tuple[str, list[str]]:
    """A report a part a line with one sub-part's text left out by the editor ('（二）公开形式（略）')."""
    y = rng.randint(2010, 2018)
    omitted = rng.choice(_OMITTED)
    lines = [f"{rep.agency.name}{y}年政府信息公开工作年度报告",
             f"本年报根据{_BASIS}编制。{_OLD_PARTS}",
             "一、概述", _OLD_OVERVIEW[0].format(y=y),
             "二、主动公开政府信息情况", "（一）公开内容",
             f"{y}年，我{_body(rep)}主动公开政府信息{rng.randint(20, 900)}条，其中工作动态类信息{rng.randint(5, 19)}条。",
             omitted, rng.choice(_PARTS_AFTER),
             "对群众关心的政策，我们通过网站专栏和现场咨询作了解读，全年共解读文件若干件。",
             "三、依申请公开政府信息情况", f"{y}年，我{_body(rep)}未收到政府信息公开申请。"]
    return "\n".join(lines), [omitted]


def cut_table_prose_line(rng: random.Random, rep: Report) -> tuple[str, list[str]]:
    """A 2021-format report's text cut inside part 二's prose, on one crawled line or a line a part."""
    y, b = rng.randint(2021, 2024), _body(rep)
    n, m = rng.randint(1, 30), rng.randint(1, 60)
    preamble = f"根据{_BASIS}的要求，现将{rep.agency.name}{y}年度政府信息公开工作报告如下："
    summary = [s.format(y=y, b=b, n=n) for s in _NEW_SUMMARY]
    prose = rng.choice(_TABLE_PROSE).format(y=y, b=b, n=n, m=m)
    # the page stops mid-clause, with no stop after it, four characters past the first comma at the soonest
    # and past thirty characters: a shorter piece with digits reads as a table's text
    commas = [i for i, ch in enumerate(prose) if ch == "，"]
    prose = prose[: rng.randint(max(commas[0] + 4, 30), len(prose))]
    text = rng.choice((" ", "\n")).join([preamble, "一、总体情况", *summary, "二、主动公开政府信息情况", prose])
    return text, [prose]
