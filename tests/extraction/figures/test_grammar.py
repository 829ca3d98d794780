from __future__ import annotations

from nianbao.extraction.figures.grammar import paragraph_figures
from tests.extraction.figures.conftest import figures, record


def _said(text: str) -> list[tuple[str, int | float, str | None]]:
    return [(f.id, f.value, f.qualifier) for f in paragraph_figures(text, 0)]


def test_counted_lists_are_counted_and_keep_their_session() -> None:
    # 000: "…人大三次会议 24号、38号、61号、95号、101号共计5项建议，…政协…10项提案"
    (npc,) = figures("000_163e1b7d224b13dc.txt", "proposals.npc_suggestions")
    (cppcc,) = figures("000_163e1b7d224b13dc.txt", "proposals.cppcc_proposals")
    assert (npc.value, npc.listed, npc.session) == (5, 5, "区十九届人大三次会议")
    assert (cppcc.value, cppcc.listed, cppcc.session) == (10, 10, "区政协十一届三次会议")
    # 003 lists its proposals as bare numbers: 4、9、22、…、94共计12项提案
    (listed,) = figures("003_fd629941e7a907e0.txt", "proposals.cppcc_proposals")
    assert (listed.value, listed.listed) == (12, 12)


def test_a_list_that_disagrees_with_its_count_says_so() -> None:
    (fig,) = paragraph_figures("共收到区人大3号、8号、12号共计4项建议。", 0)
    assert (fig.value, fig.listed) == (4, 3) and "lists 3" in (fig.note or "")


def test_lead_splits_give_a_whole_and_its_parts() -> None:
    # 002: 代表建议3件（主办3件）、…委员提案8件（主办4件）
    npc = figures("002_ae1eda295b428d02.txt", "proposals.npc_suggestions")
    cppcc = figures("002_ae1eda295b428d02.txt", "proposals.cppcc_proposals")
    assert [(f.value, f.qualifier) for f in npc] == [(3, None), (3, "主办")]
    assert [(f.value, f.qualifier) for f in cppcc] == [(8, None), (4, "主办")]
    assert _said("承办代表建议5件（主办3件，协办2件）。") == [
        ("proposals.npc_suggestions", 5, None), ("proposals.npc_suggestions", 3, "主办"),
        ("proposals.npc_suggestions", 2, "协办")]


def test_a_rate_shared_by_two_words_gives_two_figures() -> None:
    # 002: 答复率、满意率均为100%; 001: 建议1件…提案8件，办复率均为100% (one rate for both)
    assert [f.value for f in figures("002_ae1eda295b428d02.txt", "proposals.completion_rate")] == [100]
    assert [f.value for f in figures("002_ae1eda295b428d02.txt", "proposals.satisfaction_rate")] == [100]
    assert [f.value for f in figures("001_b395b0c0cfd9da48.txt", "proposals.completion_rate")] == [100]


def test_rates_of_other_things_are_no_proposal_rates() -> None:
    # 001: the hotline's 回复及时率、办理满意率均达到100%; pingtan 2022: the applications' 办结率100%
    assert figures("001_b395b0c0cfd9da48.txt", "proposals.satisfaction_rate") == []
    assert figures("pingtan__pingtan-2022.html", "proposals.completion_rate") == []
    (hotline,) = figures("001_b395b0c0cfd9da48.txt", "hotline.cases")
    assert (hotline.value, hotline.approx, hotline.unit) == (460, True, "件")


def test_statements_of_none_are_zero() -> None:
    for doc_id in ("000_163e1b7d224b13dc.txt", "pingtan__pingtan-2021.txt", "kirogov__shanghai-kewei-2024.md"):
        (fee,) = figures(doc_id, "fees.processing_fee_amount")
        assert (fee.value, fee.unit) == (0, "元"), doc_id
    (received,) = figures("002_ae1eda295b428d02.txt", "requests.received")
    assert (received.value, received.scope, received.unit) == (0, "收到", None)
    # one sentence saying 未收取… and 收费金额为0元 is one statement
    assert _said("本年度未收取政府信息公开信息处理费，收费金额为0元。") == [("fees.processing_fee_amount", 0, None)]


def test_the_scope_word_of_requests_is_kept() -> None:
    scopes = [(f.value, f.scope) for f in figures("sample-2022-city-government.html", "requests.received")]
    assert scopes == [(254, "新收"), (266, "共需办理")]
    assert [(f.value, f.scope) for f in figures("pingtan__pingtan-2023.txt", "requests.received")] == [(81, "接收")]
    assert [f.value for f in figures("pingtan__pingtan-2025.txt", "requests.completed")] == [148]


def test_channels_and_the_total_of_proactive_disclosure() -> None:
    doc = "002_ae1eda295b428d02.txt"  # 主动公开信息67条，其中…门户网站公开53条，…云报等形式公开6条，其他渠道公开8条
    got = {f.id.rsplit(".", 1)[1]: f.value for f in record(doc).figures if f.id.startswith("proactive.")}
    assert got == {"items_total": 67, "website": 53, "news_media": 6, "other": 8}
    # pingtan 2019 lists fourteen departments' counts after its total: only the total is a total
    assert [f.value for f in figures("pingtan__pingtan-2019.txt", "proactive.items_total")] == [2599]
    # 000 counts only one category (工作动态信息): no total
    assert figures("000_163e1b7d224b13dc.txt", "proactive.items_total") == []


def test_a_sentence_in_a_table_section_is_read() -> None:
    # sample 2022: the lead sentence of 四 states 复议9件、诉讼6件; it is kept as a paragraph of 四
    # (no narrative left behind) and its figures are read once, from that paragraph
    (review,) = figures("sample-2022-city-government.html", "review.cases")
    rec = record("sample-2022-city-government.html")
    assert (review.value, review.section) == (9, "review_litigation")
    assert rec.paragraphs[review.paragraph].section == "review_litigation"


def test_training_counts_and_chinese_numerals() -> None:
    assert [(f.id, f.value) for f in record("sample-2020-district-office.txt").figures if f.id.startswith("training")] == [
        ("training.sessions", 2), ("training.participants", 150)]
    assert _said("全年举办政务公开培训两期，培训十二人次。") == [("training.sessions", 2, None),
                                                  ("training.participants", 12, None)]


def test_common_phrasings_beyond_the_corpus() -> None:
    # a count of suggestions and proposals together is neither
    assert _said("共办理人大代表建议和政协委员提案32件，其中人大代表建议20件、政协委员提案12件。") == [
        ("proposals.npc_suggestions", 20, None), ("proposals.cppcc_proposals", 12, None)]
    # 含上年结转 after the count makes it 一 + 二
    (received, carried, completed) = paragraph_figures("共受理政府信息公开申请12件（含上年结转2件），办结12件，办结率100%。", 0)
    assert (received.value, received.scope) == (12, "含上年结转")
    assert (carried.id, completed.id) == ("requests.carried_over", "requests.completed")
    assert _said("召开新闻发布会3场次，发布政策解读信息20条，12345政务服务便民热线转办工单1200件。") == [
        ("press.conferences", 3, None), ("interpretation.items", 20, None), ("hotline.cases", 1200, None)]


# --- Constructions seen on other agencies' reports (corpus/dev-pages), in sentences of our own -------

def _read(text: str) -> list[tuple]:
    return [(f.id, f.value, f.qualifier, f.subject) for f in paragraph_figures(text, 0)]


def test_applications_handled_are_applications() -> None:
    (fig,) = paragraph_figures("本年度，青禾县人民政府办公室共处理政府信息公开申请23件，均按期答复。", 0)
    assert (fig.id, fig.value, fig.scope) == ("requests.received", 23, "处理")
    (fig,) = paragraph_figures("全年办理政府信息公开申请7件。", 0)
    assert (fig.id, fig.value, fig.scope) == ("requests.received", 7, "办理")


def test_unusual_wordings_of_applications_received() -> None:
    assert [(f.id, f.value, f.scope) for f in paragraph_figures("2024年，收到依申请信息公开14件，已全部办结。", 0)] == [
        ("requests.received", 14, "收到")]
    assert [(f.value, f.unit) for f in paragraph_figures("全年共收到政府信息依申请公开36件次。", 0)] == [(36, "件次")]
    assert [f.value for f in paragraph_figures("2024年度有2件依申请公开信息。", 0)] == [2]
    said = _read("依申请公开4次，行政复议0次，行政诉讼0次。")
    assert said == [("requests.received", 4, None, "self"), ("review.cases", 0, None, "self"),
                    ("litigation.cases", 0, None, "self")]


def test_applications_none_in_other_words() -> None:
    for text in ("本年度，柏林街道办事处未接收到政府信息公开申请。", "全年未接到提出公开政府信息的申请。",
                 "本年度我镇未收到任何形式的依申请公开政府信息。", "本年度，未接到群众要求公开的信息。",
                 "管委会未收到任何单位和个人提出的政府信息公开申请。"):
        assert [(f.id, f.value) for f in paragraph_figures(text, 0)] == [("requests.received", 0)], text
    # a licence application is no disclosure application
    assert paragraph_figures("全年未收到行政许可申请。", 0) == []


def test_answered_applications_are_completed() -> None:
    said = [(f.id, f.value, f.scope) for f in paragraph_figures(
        "全年共收到政府信息公开申请40件，已经答复38件，2件结转下年度办理。", 0)]
    assert said == [("requests.received", 40, "收到"), ("requests.completed", 38, "答复"),
                    ("requests.carried_forward", 2, None)]


def test_review_and_litigation_sharing_one_number() -> None:
    assert _read("本年度涉及政府信息公开的行政复议、行政诉讼案件为0件。") == [
        ("review.cases", 0, None, "self"), ("litigation.cases", 0, None, "self")]
    assert [f.id for f in paragraph_figures("无涉及政府信息公开行政复议、诉讼案件。", 0)] == [
        "review.cases", "litigation.cases"]


def test_whose_count_it_is() -> None:
    # the case: a count the agency urged its departments to publish is theirs, not its total
    assert _read("我局督促县直各部门发布信息320条，本局门户网站发布信息45条。") == [
        ("proactive.items_total", 320, None, "县直各部门"), ("proactive.items_by_channel.website", 45, None, "self")]
    # a fee for all the county's bodies together
    assert _read("全县行政机关共收取信息处理费共计600元。") == [("fees.processing_fee_amount", 600, None, "全县行政机关")]
    # a body that opens the sentence holds for the sentence; the agency naming itself takes it back
    assert _read("各级行政机关通过门户网站主动公开政府信息5200条，其中本级公开1800条。")[0][3] == "各级行政机关"
    assert _read("县区公开政府信息900条。") == [("proactive.items_total", 900, None, "县区")]
    # a bare 全区 is the jurisdiction a government reports for: its own total (as 平潭's gold has it)
    assert _read("2024年全区共主动公开政府信息8000条。") == [("proactive.items_total", 8000, None, "self")]
    # 法人和其他组织向…提出的申请: the applicants are no body the count belongs to
    assert _read("受理公民、法人和其他组织提出的政府信息公开申请6件。")[0][3] == "self"


def test_only_the_agencys_own_total_is_the_total() -> None:
    from nianbao.core.record import Paragraph
    from nianbao.extraction.figures import extract_figures

    paragraphs = [Paragraph(0, "督促各乡镇发布信息900条。", "overview", []),
                  Paragraph(1, "全年主动公开政府信息130条。", "proactive", [])]
    totals = [(f.value, f.subject) for f in extract_figures(paragraphs) if f.id == "proactive.items_total"]
    assert totals == [(900, "各乡镇"), (130, "self")]


def test_channels_named_around_a_count() -> None:
    # the channel named once for the sentence
    assert _read("依托区政府门户网站，全年发布各类政务信息4100条。") == [
        ("proactive.items_by_channel.website", 4100, None, "self")]
    # several new-media accounts together are new_media; with the website the count is the total
    assert _read("通过微信公众号、视频号等平台，全年发布各类政务信息60余条。")[0][0] == "proactive.items_by_channel.new_media"
    assert _read("通过门户网站、微信公众号等平台，主动公开政府信息120条。")[0][0] == "proactive.items_total"
    # channel counts listed after a total, without a verb
    assert _read("全年主动公开政务信息210条，包括政府网站40条，“云溪镇”微信公众号150条。") == [
        ("proactive.items_total", 210, None, "self"), ("proactive.items_by_channel.website", 40, None, "self"),
        ("proactive.items_by_channel.wechat", 150, None, "self")]
    assert _read("“健康云溪”官方微博更新520条，抖音号发布作品61条。") == [
        ("proactive.items_by_channel.weibo", 520, None, "self"),
        ("proactive.items_by_channel.short_video", 61, None, "self")]
    # kinds listed with 等 count everything; one column's kind does not
    assert _read("通过门户网站主动公开政府文件、政府会议、财政预决算等信息930条。")[0][0] == \
        "proactive.items_by_channel.website"
    assert _read("规划计划类栏目发布信息37条，其他栏目发布信息50条。") == []
    assert _read("我镇信息主动公开88条。") == [("proactive.items_total", 88, None, "self")]
    assert _read("在主动公开的信息中，信息公开30条。") == []


def test_cumulative_and_the_years_totals() -> None:
    from nianbao.core.record import Paragraph
    from nianbao.extraction.figures import extract_figures

    text = "本区到年底累计主动公开政府信息6120条，其中，本年度新增主动公开政府信息1340条。"
    got = [(f.value, f.qualifier) for f in extract_figures([Paragraph(0, text, "proactive", [])])]
    assert got == [(6120, "累计"), (1340, None)]


def test_application_and_refusal_counts_are_no_publication() -> None:
    assert _read("共制作政府信息900条，其中主动公开信息300条，依申请公开信息20条，不予公开信息580条。") == [
        ("proactive.items_total", 300, None, "self")]


def test_numbers_with_ranges_and_approximations() -> None:
    (fig,) = paragraph_figures("全年举办政务公开培训3至5期。", 0)
    assert (fig.value, fig.approx) == (3, True) and "range" in (fig.note or "")
    (fig,) = paragraph_figures("门户网站发布政务信息8万余条。", 0)
    assert (fig.value, fig.approx) == (80000, True)
    (fig,) = paragraph_figures("全年主动公开政府信息上千条。", 0)
    assert (fig.value, fig.approx) == (1000, True)
    # a span of years is no range of counts
    assert paragraph_figures("2023-2025年规划公开。", 0) == []


def test_new_figure_ids() -> None:
    assert _read("编辑发行2024年度《云溪市人民政府公报》12期。") == [("gazette.issues", 12, None, "self")]
    (fig,) = paragraph_figures("本年度共处理群众留言45条。", 0)
    assert (fig.id, fig.value, fig.scope) == ("messages.count", 45, "处理")


def test_wordings_from_the_held_out_pages() -> None:
    # the channel as the thing published, and the noun first
    assert _read("2024年共发布微博88条。") == [("proactive.items_by_channel.weibo", 88, None, "self")]
    assert _read("“法治云溪”公众号关注量达900人，信息发布量共640条。") == [
        ("proactive.items_by_channel.wechat", 640, None, "self")]
    assert _read("截至年底，政务信息公开主动公开总数120条。") == [("proactive.items_total", 120, None, "self")]
    # a 微信视频号 or a 抖音公众号 is a short-video account; 稿件 and 视频 are items
    assert _read("在微信视频号“云溪微视”发布40条视频。")[0][0] == "proactive.items_by_channel.short_video"
    assert _read("“云溪教育”抖音公众号发布稿件70条。")[0][0] == "proactive.items_by_channel.short_video"
    # the website under another name, its columns named in 《》
    assert _read("通过区人民政府网区司法局小首页主动公开政府信息60条。")[0][0] == "proactive.items_by_channel.website"
    assert _read("通过政府网站《部门动态》《公示公告》栏目主动公开各类信息41条。")[0][0] == \
        "proactive.items_by_channel.website"
    # a channel named first in a list of kinds is no channel count
    assert _read("主动公开信息300条，其中网站发布新闻类90条。") == [("proactive.items_total", 300, None, "self")]
    assert _read("其中通过门户网站累计公开政府信息数500条。")[0][0] == "proactive.items_by_channel.website"
    assert _read("政策解读信息公开数4条。") == [("interpretation.items", 4, None, "self")]


def test_statements_of_applications_and_cases_from_the_held_out_pages() -> None:
    assert [(f.id, f.value) for f in paragraph_figures("2023年我乡收到依申请公开件2件。", 0)] == [("requests.received", 2)]
    assert [(f.id, f.value) for f in paragraph_figures("我乡受理依申请公开政府信息数量共计0条。", 0)] == [
        ("requests.received", 0)]
    assert [(f.id, f.value) for f in paragraph_figures("(二)依申请公开:今年无依申请公开事项。", 0)] == [
        ("requests.received", 0)]
    assert [(f.id, f.value, f.scope) for f in paragraph_figures("共受理依申请公开6件，6件申请均在法定期限内予以回复。", 0)] == [
        ("requests.received", 6, "受理"), ("requests.completed", 6, "回复")]
    for text in ("全乡主动公开信息共计70条,无政府信息公开申请行政复议、行政诉讼。",
                 "未出现被行政诉讼、行政复议情况。", "无就政府信息公开提出复议、诉讼和申诉的情况。"):
        assert sorted(f.id for f in paragraph_figures(text, 0) if f.id.endswith("cases")) == [
            "litigation.cases", "review.cases"], text
    # none lost is not none: "未发生…行政复议被纠错或行政诉讼败诉情况"
    assert paragraph_figures("未发生因政府信息公开申请引发的行政复议被纠错或行政诉讼败诉情况。", 0) == []


def test_wordings_from_the_second_held_out_batch() -> None:
    assert _read("2024年，我局共主动公开96份信息稿件。") == [("proactive.items_total", 96, None, "self")]
    assert _read("省林业局政府信息公开专栏共主动发布政府信息210条。")[0][0] == "proactive.items_by_channel.website"
    assert _read("发布公开各类信息126条，其中部门工作公开信息70条。") == [("proactive.items_total", 126, None, "self")]
    assert [(f.id, f.value) for f in paragraph_figures("通过线上、信函等渠道收到依申请公开信息9件。", 0)] == [
        ("requests.received", 9)]
    assert [(f.id, f.value) for f in paragraph_figures("全年共收到并按时办结11件政府信息公开申请。", 0)] == [
        ("requests.received", 11)]
    assert [(f.id, f.value) for f in paragraph_figures(
        "未收到任何单位、组织和个人要求有关公开政府信息的申请。", 0)] == [("requests.received", 0)]
    assert [(f.id, f.value) for f in paragraph_figures("发布各类政策解读件18篇，共发布政策解读稿件12次。", 0)] == [
        ("interpretation.items", 18), ("interpretation.items", 12)]
    assert [(f.id, f.value, f.scope) for f in paragraph_figures(
        "受理市长信箱来信5件，共受理群众网上来访信件9件，有效解答网民留言300条。", 0)] == [
        ("messages.count", 5, "受理"), ("messages.count", 9, "受理"), ("messages.count", 300, "解答")]
    # suggestions and proposals counted together are neither
    assert _read("集中办理答复并主动公开人大政协建议提案17件。") == []
