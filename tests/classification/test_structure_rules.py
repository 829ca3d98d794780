"""Labels the format decides after the model's scores: a paragraph wholly about the report is the preamble,
an old outline's top-level item on another topic is no summary of 一, and an old outline's own fees item is
about fees. Fixtures are our own words."""

from __future__ import annotations

from pathlib import Path

from nianbao.classification.items import Item
from nianbao.classification.structure_rules import about_report, apply_structure_rules, fees_item, summary_of_overview
from nianbao.core.config import ExtractConfig
from nianbao.pipeline import extract


def test_a_paragraph_wholly_about_the_report_is_told_from_one_about_the_work() -> None:
    assert about_report("全文包括概述、主动公开政府信息的情况、依申请公开政府信息的情况和存在的主要问题等五个部分。")
    assert about_report("本报告由某镇人民政府办公室编制。报告后附统计表一张。")
    assert about_report("本报告所列数据的统计期限为2016年1月1日至12月31日。如对本报告有疑问，请与镇党政办联系。")
    assert about_report("本报告电子版可在县政府门户网站下载。")
    # a sentence about the year's work makes the paragraph more than the preamble
    assert not about_report("全文包括概述等四个部分。2016年，本镇主动公开信息86条。")
    assert not about_report("2016年，本镇共收到依申请公开申请2件，均按时答复。")
    assert not about_report("")


def test_only_a_parts_list_is_made_the_preamble_alone() -> None:
    """A paragraph about the report that lists its parts is the preamble (keeping a summary's overview), and so is
    one of the preamble about its period alone (corpus/gold/README: the period is the report's, not a topic of
    the year's work), keeping an overview the model chose (gold often labels such an opening overview too)."""
    parts = Item("全文包括概述、主动公开政府信息的情况、依申请公开政府信息的情况等五个部分。", "preamble", ())
    period = Item("本报告所列数据的统计期限为2016年1月1日至12月31日。", "preamble", ())
    labels = [["disclosure_on_request", "overview"], ["preamble", "proactive_disclosure", "overview"]]
    apply_structure_rules([parts, period], labels)
    assert labels == [["preamble", "overview"], ["preamble", "overview"]]


def test_a_top_level_heading_naming_another_topic_heads_no_summary() -> None:
    assert summary_of_overview(Item("本年共主动公开信息120条。", "overview", ("一、概述",)))
    assert summary_of_overview(Item("本年工作有序推进。", "overview", ("一、基本工作情况",)))
    # an old outline's second top-level item, placed in the overview section, is its own topic
    assert not summary_of_overview(Item("成立了信息公开领导小组，明确专人负责。", "overview",
                                        ("二、信息公开的组织领导和制度建设情况",)))


def test_an_old_outlines_fees_item_is_about_fees_not_other_matters() -> None:
    assert fees_item(Item("本年度未收取任何费用。", "other_matters", ("四、政府信息公开的收费及减免情况",)))
    assert not fees_item(Item("本年度未收取任何费用。", "other_matters", ("六、其他需要报告的事项",)))
    # an item of its own under a heading that also names fees ('政府支出与收费' → 工作人员)
    assert not fees_item(Item("1、工作人员情况：配备兼职人员2名。", "other_matters", ("六、政府支出与收费",)))
    labels = [["other"]]
    apply_structure_rules([Item("本年度未收取任何费用。", "other_matters", ("四、政府信息公开的收费及减免情况",))], labels)
    assert labels == [["processing_fees"]]


def test_an_old_outline_page_gets_its_preamble_and_fees_labels(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text("\n".join([
        "某县林业局2015年政府信息公开工作年度报告",
        "本报告依据《中华人民共和国政府信息公开条例》编制。",
        "全文包括概述，主动公开政府信息的情况，依申请公开政府信息的情况，政府信息公开的收费及减免情况，"
        "因政府信息公开申请行政复议、提起行政诉讼的情况，存在的主要问题及改进措施。",
        "一、概述",
        "2015年，本局按照县政府的部署，有序推进信息公开工作。",
        "二、主动公开政府信息的情况",
        "全年在县政府网站公开信息64条，其中工作动态40条。",
        "三、依申请公开政府信息的情况",
        "本年度未收到公开申请。",
        "四、政府信息公开的收费及减免情况",
        "本局公开政府信息未收取任何费用，也无减免情况。",
        "五、存在的主要问题及改进措施",
        "信息更新不够及时，下一步将明确专人及时更新。",
    ]), encoding="utf-8")
    record = extract(path, ExtractConfig())
    parts = next(p for p in record.paragraphs if p.text.startswith("全文包括"))
    assert parts.labels == ["preamble"], (parts.labels, parts.section)
    fees = next(p for p in record.paragraphs if p.text.startswith("本局公开政府信息未收取"))
    assert "processing_fees" in fees.labels and "other" not in fees.labels, (fees.labels, fees.section, fees.path)


def test_only_the_first_paragraph_under_the_overview_heading_is_made_the_summary() -> None:
    items = [Item("本年度各项公开工作有序推进。", "overview", ("一、总体情况",)),
             Item("全年未收到政府信息公开申请。", "overview", ("一、总体情况",)),
             Item("全年主动公开信息86条。", "overview", ("一、总体情况", "（一）主动公开"))]
    labels = [["proactive_disclosure"], ["disclosure_on_request"], ["proactive_disclosure"]]
    apply_structure_rules(items, labels)
    assert labels == [["proactive_disclosure", "overview"], ["disclosure_on_request"], ["proactive_disclosure"]]


def test_a_part_headed_by_proactive_or_request_disclosure_alone_carries_that_topic() -> None:
    """Under '二、政府信息主动公开情况' a paragraph about the channels is about the part's work too (the model reads
    '网站' and gives 平台建设 alone); a sub-heading naming a topic of its own, a sub-item the layout took as the
    part's heading, and the preamble keep what they have."""
    from nianbao.classification.structure_rules import part_topic

    channels = Item("本街道通过区门户网站和社区公开栏发布信息，方便群众查阅。", "proactive", ("二、政府信息主动公开情况",))
    requests = Item("全年未收到公开申请。", "requests", ("三、依申请公开政府信息情况",))
    problems = Item("栏目更新不够及时。", "proactive", ("二、主动公开政府信息情况", "（三）存在的问题"))
    sub_item = Item("街道拓宽公开渠道，开通了微信公众号。", "requests", ("（二）依申请公开情况", "（三）渠道建设情况"))
    own_item = Item("（二）公开形式。主要通过门户网站发布。", "proactive", ("二、主动公开政府信息情况",))
    assert part_topic(channels) == "proactive_disclosure"
    assert part_topic(requests) == "disclosure_on_request"
    assert part_topic(problems) is None and part_topic(sub_item) is None
    assert part_topic(own_item) is None  # an item of its own is labelled by its topic
    labels = [["platform_building"], [], ["problems"], ["platform_building"]]
    apply_structure_rules([channels, requests, problems, sub_item], labels)
    assert labels == [["proactive_disclosure", "platform_building"], ["disclosure_on_request"], ["problems"],
                      ["platform_building"]]


def test_an_improvement_is_out_of_place_in_the_work_sections_unless_a_heading_names_measures() -> None:
    """Measures (改进措施, 下一步打算) are 五's item; in 一–四 '进一步加强…' wording about the year's work is no
    measure, and the best label of another kind replaces it. A heading naming problems or measures above it (a
    五 whose heading the layout missed), the problems section and the other matters keep it."""
    import numpy as np

    from nianbao.classification.items import LABEL_INDEX, LABELS
    from nianbao.classification.structure_rules import measure_out_of_place

    work = Item("（二）进一步健全工作机制。明确分管领导，制定信息发布工作制度。", "overview", ("一、概述",))
    lost_five = Item("下一步，我局将加大培训力度。", "overview", ("一、总体情况", "（五）存在问题和改进措施"))
    opens_with_plan = Item("下一步，将继续完善公开目录。", "proactive", ("二、主动公开政府信息情况",))
    five = Item("进一步加强栏目维护，确保信息及时更新。", "problems", ("五、存在的主要问题及改进情况",))
    assert measure_out_of_place(work)
    assert not measure_out_of_place(lost_five) and not measure_out_of_place(opens_with_plan)
    assert not measure_out_of_place(five)
    scores = np.zeros((3, len(LABELS)))
    scores[0, LABEL_INDEX["improvements"]], scores[0, LABEL_INDEX["supervision"]] = 0.6, 0.2
    labels = [["improvements"], ["proactive_disclosure", "improvements"], ["improvements"]]
    apply_structure_rules([work, work, five], labels, scores)
    assert labels == [["supervision"], ["proactive_disclosure"], ["improvements"]]


def test_a_preamble_paragraph_about_the_report_alone_and_the_preambles_heading_are_the_preamble() -> None:
    """In the preamble, a contact line or the report's period is about the report (corpus/gold/README: preamble),
    whatever topic word it holds; '引 言' names the preamble. In 一 a sentence on where items were published can
    read like one about the report, and keeps the model's labels there."""
    contact = Item("联系地址：某县某局办公室（县政府大楼三楼）。", "preamble", ("报告说明",))
    heading = Item("引 言", "preamble", ("报告说明",))
    in_overview = Item("本年度报告在县政府网站公布。", "overview", ("一、总体情况", "（一）主动公开"))
    labels = [["proactive_disclosure"], ["platform_building"], ["proactive_disclosure"]]
    apply_structure_rules([contact, heading, in_overview], labels)
    assert labels == [["preamble"], ["preamble"], ["proactive_disclosure"]]


def test_work_on_the_channels_inside_a_sub_item_adds_platform_building() -> None:
    """corpus/gold/README, Counts: opening or changing a channel, or its audience figures, under 主动公开 adds
    平台建设. Not the summary under 一 (it names channels in passing), a column set up for a key area's items
    (where they are published), an item on 政务服务, nor a channel named only as where items were published."""
    from nianbao.classification.structure_rules import states_channel_work

    board = Item("在各村新设置信息公开栏12块，方便群众就近查看。", "overview", ("一、总体情况", "（一）主动公开"))
    visits = Item("网站全年访问量约三万人次。", "proactive", ("二、主动公开政府信息情况",))
    summary = Item("本年度开通了政务微信公众号，各项工作有序推进。", "overview", ("一、总体情况",))
    column = Item("设立“财政预决算”专栏，集中公开部门预算。", "overview", ("一、总体情况", "（一）主动公开"))
    service = Item("大厅新设置电子显示屏和自助终端。", "overview", ("一、总体情况", "（五）提升政务服务水平"))
    where_only = Item("全年在门户网站发布信息120条。", "overview", ("一、总体情况", "（一）主动公开"))
    assert states_channel_work(board) and states_channel_work(visits)
    assert not any(states_channel_work(i) for i in (summary, column, service, where_only))
    labels = [["proactive_disclosure"], ["proactive_disclosure"], ["proactive_disclosure"]]
    apply_structure_rules([board, visits, where_only], labels)
    assert labels == [["proactive_disclosure", "platform_building"], ["proactive_disclosure", "platform_building"],
                      ["proactive_disclosure"]]
