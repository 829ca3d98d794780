from __future__ import annotations

from nianbao.core.gold import Figure as GoldFigure, load_gold
from nianbao.evaluation.evaluate import evaluate
from nianbao.core.keys import paragraph_key
from nianbao.evaluation.figures import FigureEvaluation, score_document
from nianbao.core.record import Figure, Paragraph, Record, SourceFile, Status
from tests.conftest import GOLD, gold_documents
from tests.extraction.figures.conftest import record


def test_figures_score_at_least_095_f1_on_gold() -> None:
    golds = load_gold(GOLD)
    # The pre-2019 reports' gold has paragraph labels but no figures yet (figures_note says so).
    records = [record(doc_id) for doc_id, source in gold_documents()
               if not source.endswith(".pdf") and golds[doc_id].figures]
    figures = evaluate(golds, records).figures
    assert figures.documents == len(records)
    assert figures.overall.tp >= 130  # the gold of the seeds and dev corpus holds ~140 figures
    assert figures.overall.f1 is not None and figures.overall.f1 >= 0.95
    assert "requests.carried_over" not in figures.to_dict()["by_id"]  # nianbao's extra ids are not scored


def _record(*figures: Figure) -> Record:
    paragraphs = [Paragraph(0, "第一段", "overview", []), Paragraph(1, "第 二 段", "other_matters", [])]
    return Record("d", SourceFile("d"), Status.OK, paragraphs=paragraphs, figures=list(figures))


def test_matching_is_by_id_value_and_qualifier_once_each() -> None:
    gold = [GoldFigure(id="fees.processing_fee_amount", value=0, paragraph_key=paragraph_key("第一段")),
            GoldFigure(id="fees.processing_fee_amount", value=0, paragraph_key=paragraph_key("第二段")),
            GoldFigure(id="proposals.npc_suggestions", value=3, qualifier="主办")]
    result = FigureEvaluation()
    score_document(gold, _record(Figure("fees.processing_fee_amount", 0, paragraph=1),
                                 Figure("proposals.npc_suggestions", 3),
                                 Figure("requests.carried_over", 2)), result)
    fee, npc = result.scores["fees.processing_fee_amount"], result.scores["proposals.npc_suggestions"]
    assert (fee.tp, fee.fp, fee.fn) == (1, 0, 1)  # stated twice, found once
    assert (npc.tp, npc.fp, npc.fn) == (0, 1, 1)  # the whole is no match for the 主办 part
    assert (result.overall.tp, result.overall.fp, result.overall.fn) == (1, 1, 2)
    assert result.to_dict()["not_in_gold"] == {"requests.carried_over": 1}
    assert round(result.overall.f1, 3) == 0.4
    assert [m.kind for m in result.scored_misses] == ["missed", "missed", "spurious"]
