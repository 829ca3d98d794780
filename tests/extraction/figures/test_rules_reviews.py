"""Administrative reviews and suits (rules_reviews.py): their counts and outcomes.

The sentences are our own, paraphrasing constructions real pages showed the grammar missing or misreading
(rounds heldout-4 to heldout-8); each class also has a sentence that must stay no figure (or another).
"""

from __future__ import annotations

from tests.extraction.figures.readings import figures_approx, figures_of, figures_q


def test_a_suit_called_an_an() -> None:
    assert figures_of("因信息公开引起的行政复议4件、行政诉讼案1件。") == [("review.cases", 4), ("litigation.cases", 1)]


def test_outcomes_of_reviews_without_qizhong() -> None:
    text = "政府信息公开行政复议4件，3件结果维持，1件结果纠正；1宗复议后诉讼结果维持。"
    assert figures_approx(text)[:4] == [("review.cases", 4, None, False), ("review.cases", 3, "维持", False),
                                        ("review.cases", 1, "纠正", False), ("litigation.cases", 1, None, False)]
    text = "全年受理政府信息公开行政复议3件，结果维持3件。"
    assert figures_approx(text) == [("review.cases", 3, None, False), ("review.cases", 3, "维持", False)]


def test_review_outcomes_pending_and_suits_without_review() -> None:
    text = "全年共收到行政复议2件，维持结果2件，尚未办结0件；未经复议直接诉讼0件。"
    said = figures_approx(text)
    assert ("review.cases", 2, "维持", False) in said and ("litigation.cases", 0, None, False) in said
    assert not any(fid == "requests.completed" for fid, *_ in said)


def test_review_and_litigation_worded_unusually() -> None:
    assert figures_q("因政府信息公开申请行政复议数量3件，提起行政诉讼数量1件。") == [
        ("review.cases", 3, None), ("litigation.cases", 1, None)]
    assert figures_q("被申请行政复议2件；未经复议直接起诉1件。") == [("review.cases", 2, None), ("litigation.cases", 1, None)]
    # The parts go to the whole that has room for them, and 其中 holds for the rest of the list.
    assert figures_q("被行政复议4宗、行政诉讼0宗，其中3宗维持原答复，1宗结果纠正。") == [
        ("review.cases", 4, None), ("litigation.cases", 0, None), ("review.cases", 3, "维持"), ("review.cases", 1, "纠正")]


def test_a_suit_denied_alone_after_a_count_of_reviews() -> None:
    assert figures_of("因政府信息公开引发行政复议2件，无行政诉讼案件。") == [("review.cases", 2), ("litigation.cases", 0)]


def test_reviews_and_suits_denied_after_a_long_matter() -> None:
    text = "本年度未发生针对本镇机关和各村委会有关政府信息公开事务的行政复议和行政诉讼。"
    assert figures_of(text) == [("review.cases", 0), ("litigation.cases", 0)]
    # The suit without 行政, after the review.
    assert figures_of("全年未引发行政复议、诉讼等争议。") == [("review.cases", 0), ("litigation.cases", 0)]
    # A suit lost is not none.
    assert figures_of("未发生行政复议被纠错或行政诉讼败诉的情况。") == []


# --- heldout-13 constructions (own paraphrases) ------------------------------------------------------------


def test_none_after_an_ascii_semicolon() -> None:
    text = "全年受理依申请公开0件;无政府信息公开行政复议和行政诉讼案件。"
    assert ("review.cases", 0) in figures_of(text)
    assert ("litigation.cases", 0) in figures_of(text)


def test_none_worded_as_not_existing() -> None:
    text = "本年度不存在因政府信息公开申请引起的行政复议和行政诉讼情况。"
    assert figures_of(text) == [("review.cases", 0), ("litigation.cases", 0)]


# --- heldout-14 constructions (own sentences) -------------------------------------------------------------------

def test_counts_with_you_and_qingkuang() -> None:
    assert figures_of("本年度因政府信息公开被申请行政复议有2件，行政诉讼有1件。") == [("review.cases", 2), ("litigation.cases", 1)]
    assert figures_of("发生因政府信息公开申请行政复议情况3件。") == [("review.cases", 3)]


def test_pending_ones_are_not_counted_again() -> None:
    text = "本年度因政府信息公开申请行政复议0件，尚未审结行政复议0件和提起行政诉讼0件，尚未审结行政诉讼0件。"
    assert figures_of(text) == [("review.cases", 0), ("litigation.cases", 0)]


def test_none_with_tiqi_or_yiji_between_review_and_suit() -> None:
    text = "本年度未收到申请，无因政府信息公开申请行政复议、提起行政诉讼的案件。"
    assert ("litigation.cases", 0) in figures_of(text)
    text = "全年无信息公开收费的事项，也无因信息公开导致行政复议以及行政诉讼的情况。"
    assert sorted(figures_of(text)) == [("fees.processing_fee_amount", 0), ("litigation.cases", 0), ("review.cases", 0)]


def test_none_corrected_is_no_count_of_cases() -> None:
    # 纠错 denied says none was lost, not that none was brought.
    assert figures_of("不存在因政府信息公开引发的行政复议或行政诉讼纠错情况。") == []
