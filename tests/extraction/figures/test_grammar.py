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
