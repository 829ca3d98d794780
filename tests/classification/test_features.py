"""The feature transformers: scikit-learn's estimator contract, and what they make of real paragraphs."""

from __future__ import annotations

import numpy as np
from sklearn.utils.estimator_checks import parametrize_with_checks

from nianbao.classification.features import ChineseTextVectorizer, StructureEncoder, segmenter


@parametrize_with_checks([ChineseTextVectorizer(), ChineseTextVectorizer(segmenter="none"), StructureEncoder()])
def test_sklearn_estimator_contract(estimator, check) -> None:
    check(estimator)


def test_government_terms_stay_whole_and_both_segmenters_agree() -> None:
    text = "本年度人大代表建议和政协委员提案的办复率为100%，依申请公开工作规范有序。"
    fast, slow = segmenter("rjieba", True)(text), segmenter("jieba", True)(text)
    assert "人大代表建议" in fast and "政协委员提案" in fast and "依申请公开" in fast
    assert fast == slow


def test_words_and_characters_both_become_features() -> None:
    X = np.array([["（三）人大代表建议和政协委员提案办理情况"], ["（一）主动公开方面，全年公开信息120条。"]], dtype=object)
    vectorizer = ChineseTextVectorizer().fit(X)
    names = set(vectorizer.get_feature_names_out())
    assert "word:人大代表建议" in names and "char:提案" in names
    row = vectorizer.transform(X[:1]).toarray()[0]
    index = list(vectorizer.get_feature_names_out()).index("word:主动公开")
    assert row[index] == 0  # the first paragraph says nothing of 主动公开


def test_structure_gives_the_section_and_heading_cues_and_nothing_without_structure() -> None:
    X = np.array([["problems", "五、存在的主要问题及改进情况 / （二）改进措施"], ["", ""]], dtype=object)
    encoder = StructureEncoder().fit(X)
    out = dict(zip(encoder.get_feature_names_out(), encoder.transform(X[:1]).toarray()[0]))
    assert out["section=problems"] == 1 and out["cue=improvements"] == 1 and out.get("cue=problems", 0) == 0
    assert encoder.transform(X[1:]).nnz == 0


def test_a_heading_run_into_the_text_gives_the_cue_a_heading_above_would() -> None:
    text = "（三）政务公开工作创新情况。本年度推出新的公开方式。"
    X = np.array([["other_matters", "六、其他需要报告的事项 / （三）政务公开工作创新情况", text], ["", "", text],
                  ["", "", "本年度推出新的公开方式。"]], dtype=object)
    encoder = StructureEncoder().fit(X)
    rows = encoder.transform(X).toarray()
    names = list(encoder.get_feature_names_out())
    cue = names.index("cue=innovation")
    assert rows[0, cue] == rows[1, cue] == 1 and rows[2, cue] == 0
    assert rows[1].sum() == 1  # content only: the cue and nothing else


def test_the_transform_is_scikit_learns_tfidf() -> None:
    from pathlib import Path

    import scipy.sparse as sp
    from sklearn.feature_extraction.text import TfidfVectorizer

    from nianbao.batch.inputs import discover
    from tests.conftest import shared

    files = discover([shared("seeds")])
    texts = [line for f in files for line in Path(f).read_text(encoding="utf-8").splitlines() if line.strip()]
    X = np.array([[t] for t in texts], dtype=object)
    vectorizer = ChineseTextVectorizer(max_features=3000).fit(X[::2])
    ours = vectorizer.transform(X[1::2])
    common = dict(max_features=3000, sublinear_tf=True, lowercase=False)
    even, odd = vectorizer._texts(X[::2]), vectorizer._texts(X[1::2])
    char = TfidfVectorizer(analyzer="char", ngram_range=(1, 3), **common).fit(even)
    word = TfidfVectorizer(token_pattern=r"\S+", ngram_range=(1, 2), **common).fit(vectorizer._words(even))
    reference = sp.hstack([char.transform(odd), word.transform(vectorizer._words(odd))], format="csr")
    assert list(vectorizer.get_feature_names_out()) == ([f"char:{t}" for t in char.get_feature_names_out()]
                                                          + [f"word:{t}" for t in word.get_feature_names_out()])
    assert abs(ours - reference).max() < 1e-12


def test_a_cue_is_also_read_with_the_section_it_stands_in() -> None:
    X = np.array([["overview", "一、总体情况 / 3.创新公开形式", ""], ["other_matters", "六、其他需要报告的事项 / （三）创新情况", ""],
                  ["", "", "（三）创新情况。本年度……"]], dtype=object)
    encoder = StructureEncoder().fit(X)
    names = list(encoder.get_feature_names_out())
    rows = [{n for n, v in zip(names, row) if v} for row in encoder.transform(X).toarray()]
    assert {"cue=innovation", "at=overview:innovation"} <= rows[0] and "at=other_matters:innovation" not in rows[0]
    assert {"cue=innovation", "at=other_matters:innovation"} <= rows[1]
    assert "cue=innovation" in rows[2] and not any(n.startswith("at=") for n in rows[2])  # no section, no pair
