"""Old-outline report texts whose paragraphs the format labels, first met on paras14's survey (2013–2017 reports of
towns, streets and county bureaus from several provinces): every sentence is nianbao's own. Each shape gives
(lines, the target paragraph, the label it must get, labels it must not get):

- ``parts_preamble``: the 报告说明 template as one paragraph wholly about the report (its basis, its parts listed
  by their old-outline names, its period, where to read it, whom to ask): the preamble only, though it names
  依申请公开 and the other parts;
- ``fees_item``: an old outline's own top-level item on fees ('四、政府信息公开的收费及减免情况'), placed in 六 by the
  2019 sections: its paragraph is about fees, not 'other matters';
- ``topic_top_level``: an old outline's second top-level item on organisation and rules
  ('二、政府信息公开的组织领导和制度建设情况'), placed in the overview section: no summary of 一;
- ``numbered_subitems``: sub-items of 一、概述 run into their headings ('（一）加强领导。…', '㈡…', '一是…'): each
  labelled by its topic, not as the summary (the summary before them stays an overview);
- ``part_channels`` (paras15's survey: a street's, a town's and a county bureau's 2012–2014 reports): under an old
  outline's own part on 主动公开 ('二、政府信息主动公开情况'), a paragraph naming the channels it published through
  (网站, 公开栏, 查阅点), with or without an unmarked sub-heading above it ('公开形式'): about proactive disclosure
  too, never the channels alone.
"""

from __future__ import annotations

import random

LABEL_KINDS = ("parts_preamble", "fees_item", "topic_top_level", "numbered_subitems", "part_channels")
Shape = tuple[list[str], str, str, tuple[str, ...]]

_BODIES = ("某县林业局", "某区卫生局", "某镇人民政府", "某街道办事处", "某县审计局", "某乡人民政府")
_PARTS = ("概述", "主动公开政府信息的情况", "依申请公开政府信息和不予公开政府信息的情况", "政府信息公开的收费及减免情况",
          "因政府信息公开申请行政复议、提起行政诉讼的情况", "政府信息公开工作存在的主要问题及改进措施", "其他需要报告的事项")
_FEES_HEADINGS = ("政府信息公开的收费及减免情况", "信息公开收费及减免情况", "政府信息公开收费情况", "政府信息公开行政收费及减免情况")
_FEES_TEXTS = ("本年度未向申请人收取任何费用，也无减免情况。", "全年信息公开工作未收费，未发生减免。",
               "我单位公开政府信息一律免费提供，没有收费和减免的情况。", "本单位本年度无收费及减免情况。", "全年无此类情况。")
_TOPIC_HEADINGS = ("政府信息公开的组织领导和制度建设情况", "信息公开工作机构和制度建设情况", "政府信息公开的监督考核情况")
_TOPIC_TEXTS = ("调整了信息公开工作领导小组，由分管副职任组长，办公室确定一名专职人员。",
                "制定了信息公开审核、考核和责任追究办法，并在年底开展自查。",
                "把信息公开纳入年度目标考核，每季度通报各股室的落实情况。")
_SUB_ITEMS = (("加强领导", "成立了由主要负责人任组长的领导小组，明确一名工作人员具体承办。", "supervision"),
              ("规范程序", "修订了依申请公开办理流程，明确受理、答复的时限和责任人。", "disclosure_on_request"),
              ("充实内容", "在门户网站及时公开工作动态、通知公告和财政资金信息。", "proactive_disclosure"))
_PROACTIVE_PARTS = ("政府信息主动公开情况", "主动公开政府信息情况", "主动公开政府信息的情况")
_CHANNEL_TEXTS = ("本单位在主动公开信息的形式上采用门户网站专栏、公开栏和资料索取点，方便公众随时查阅。",
                  "信息主要通过县政府门户网站发布，同时在办公楼一楼设立查阅点，摆放纸质文件供群众翻阅。",
                  "依托区政府网站信息公开专栏和镇便民服务中心电子屏，及时向辖区群众公开各类事项。",
                  "我们在各村（社区）公开栏张贴惠民政策，并同步上传到部门网站，做到线上线下一致。")
_CHANNEL_HEADINGS = ("", "公开形式", "公开的主要渠道", "（二）公开形式")
_MARKS = ("（{cn}）", "{circled}", "{cn}是")
_CN, _CIRCLED = "一二三", "㈠㈡㈢"


def _head(rng: random.Random, year: int, body: str) -> list[str]:
    return [f"{body}{year}年政府信息公开工作年度报告"]


def _parts_preamble(rng: random.Random, year: int, body: str) -> Shape:
    parts = rng.sample(_PARTS[1:], rng.randint(3, 6))
    sentences = [f"本报告根据《中华人民共和国政府信息公开条例》要求，由{body}编制。",
                 rng.choice(("全文包括", "本报告包括", "报告内容包括")) + "概述、" + "、".join(parts) + f"等{len(parts) + 1}个部分。",
                 f"本报告中所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。",
                 f"本报告电子版可在{body[:2]}门户网站下载。", f"如对本报告有任何疑问，请与{body}办公室联系。",
                 "报告后附统计说明和指标图表。"]
    # the parts listed alone, or with up to three of the template's other sentences
    kept = [sentences[1]] + rng.sample([sentences[0]] + sentences[2:], rng.randint(0, 3))
    paragraph = "".join(kept)
    lines = _head(rng, year, body) + [paragraph, "一、概述", f"{year}年，本单位按照条例要求推进信息公开工作。",
                                       "二、主动公开政府信息的情况", f"全年主动公开信息{rng.randint(10, 300)}条。"]
    return lines, paragraph, "preamble", ("disclosure_on_request", "proactive_disclosure", "overview")


def _fees_item(rng: random.Random, year: int, body: str) -> Shape:
    text = rng.choice(_FEES_TEXTS)
    lines = _head(rng, year, body) + ["一、概述", f"{year}年，本单位信息公开工作运行正常。", "二、主动公开政府信息的情况",
                                       f"全年主动公开信息{rng.randint(10, 300)}条。", "三、依申请公开政府信息的情况",
                                       "本年度未收到公开申请。", f"四、{rng.choice(_FEES_HEADINGS)}", text,
                                       "五、因政府信息公开申请行政复议、提起行政诉讼的情况", "本年度未发生行政复议和行政诉讼。"]
    return lines, text, "processing_fees", ("other",)


def _topic_top_level(rng: random.Random, year: int, body: str) -> Shape:
    text = rng.choice(_TOPIC_TEXTS)
    lines = _head(rng, year, body) + ["一、概述", f"{year}年，本单位认真贯彻条例，信息公开工作有序开展。",
                                       f"二、{rng.choice(_TOPIC_HEADINGS)}", text, "三、主动公开政府信息的情况",
                                       f"全年主动公开信息{rng.randint(10, 300)}条。"]
    return lines, text, "supervision", ("overview",)


def _numbered_subitems(rng: random.Random, year: int, body: str) -> Shape:
    mark = rng.choice(_MARKS)
    order = rng.sample(range(len(_SUB_ITEMS)), len(_SUB_ITEMS))
    items = []
    for n, i in enumerate(order):
        title, text, _ = _SUB_ITEMS[i]
        items.append(mark.format(cn=_CN[n], circled=_CIRCLED[n]) + (title + "，" if mark.endswith("是") else title + "。") + text)
    target = rng.randrange(len(items))
    lines = _head(rng, year, body) + ["一、概述", f"{year}年，本单位信息公开工作稳步推进，主要做了以下工作：", *items,
                                       "二、主动公开政府信息的情况", f"全年主动公开信息{rng.randint(10, 300)}条。"]
    return lines, items[target], _SUB_ITEMS[order[target]][2], ("overview",)


def _part_channels(rng: random.Random, year: int, body: str) -> Shape:
    text = rng.choice(_CHANNEL_TEXTS)
    heading = rng.choice(_CHANNEL_HEADINGS)
    lines = _head(rng, year, body) + ["一、概述", f"{year}年，本单位信息公开工作运行正常。", f"二、{rng.choice(_PROACTIVE_PARTS)}",
                                       f"全年主动公开政府信息{rng.randint(10, 300)}条。", *([heading] if heading else []), text,
                                       "三、依申请公开政府信息情况", "本年度未收到公开申请。"]
    return lines, text, "proactive_disclosure", ("overview", "disclosure_on_request")


_DRAW = {"parts_preamble": _parts_preamble, "fees_item": _fees_item, "topic_top_level": _topic_top_level,
         "numbered_subitems": _numbered_subitems, "part_channels": _part_channels}


def label_shape(kind: str, seed: int) -> Shape:
    """One report text of shape ``kind`` (``LABEL_KINDS``): its lines, the target paragraph, the label the
    target must get and the labels it must not get. Deterministic in ``seed``."""
    rng = random.Random(f"{kind}:{seed}")
    return _DRAW[kind](rng, rng.randint(2009, 2018), rng.choice(_BODIES))
