"""The default backend: jieba words + character n-grams (TF-IDF) and structure features, then one
calibrated linear SVM per label.

Saved as plain data: the vocabularies as JSON, every array (idf, SVM weights, sigmoid calibrations) in
one ``.npz`` read with ``allow_pickle=False``, so a swapped-in file cannot run code. Loading needs
neither pickle nor skops (whose import pulls in every scikit-learn estimator, and torch where it is
installed: seconds and ~250 MB in every process that tags)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np
import scipy.sparse as sp
from sklearn.calibration import CalibratedClassifierCV
from sklearn.svm import LinearSVC

from nianbao.classification.base import Tagger, TaggerConfig

from nianbao.classification.items import LABELS, Item
from nianbao.classification.features import PATH_SEPARATOR, ChineseTextVectorizer, StructureEncoder, terms

STATE_FILE = "model.npz"
VOCABULARY_FILE = "vocabulary.json"


@dataclass
class SklearnConfig(TaggerConfig):
    # Calibrated probabilities of a second label rarely pass 0.5 on so little data; 0.3 chosen in LORO.
    threshold: float = 0.3
    segmenter: str = "rjieba"  # rjieba, jieba, or none (character n-grams only)
    user_dict: bool = True
    word_ngram_range: tuple[int, int] = (1, 2)
    char_ngram_range: tuple[int, int] = (1, 2)  # trigrams: slower and no better in LORO
    min_df: int = 1
    normalize_digits: bool = True
    max_features: int | None = 20000  # per vectorizer (characters, words): keeps the shipped model small
    C: float = 0.1  # strong regularisation: ~150 real paragraphs against ~100k n-gram features
    class_weight: str | None = "balanced"
    calibration_folds: int = 5
    structure_weight: float = 1.0  # scales the structure features against the text's


TEXT_COLUMNS, STRUCTURE_COLUMNS = 1, 3


def item_rows(items: Sequence[Item]) -> tuple[np.ndarray, np.ndarray]:
    """The two 2-D string arrays the transformers read: the texts, and (section, heading path, text)."""
    text = np.empty((len(items), TEXT_COLUMNS), dtype=object)
    structure = np.empty((len(items), STRUCTURE_COLUMNS), dtype=object)
    for i, item in enumerate(items):
        text[i, 0] = item.text
        structure[i] = (item.section, PATH_SEPARATOR.join(item.path), item.text)
    return text, structure


class SklearnTagger(Tagger):
    """TF-IDF features and a calibrated linear model per label (scikit-learn)."""

    name = "sklearn"
    config_class = SklearnConfig

    def _text_vectorizer(self) -> ChineseTextVectorizer:
        c = self.config
        return ChineseTextVectorizer(c.segmenter, c.user_dict, c.word_ngram_range, c.char_ngram_range, c.min_df,
                                     max_features=c.max_features, normalize_digits=c.normalize_digits)

    def _features(self, items: Sequence[Item], fit: bool = False) -> sp.csr_matrix:
        text, structure = item_rows(self.view(items))
        if fit:
            self.text_ = self._text_vectorizer()
            self.structure_ = StructureEncoder()
            parts = [self.text_.fit_transform(text), self.structure_.fit_transform(structure)]
        else:
            parts = [self.text_.transform(text), self.structure_.transform(structure)]
        parts[1] = parts[1] * self.config.structure_weight
        return sp.hstack(parts, format="csr")

    def fit(self, items: Sequence[Item], y: np.ndarray, sample_weight: np.ndarray | None = None) -> SklearnTagger:
        items, y, sample_weight = self.training_set(items, y, sample_weight)
        X = self._features(items, fit=True)
        self.classifiers_: list[CalibratedClassifierCV | None] = []
        self.untrained_: list[str] = []
        for j, label in enumerate(LABELS):
            positives, negatives = int(y[:, j].sum()), int(len(y) - y[:, j].sum())
            folds = min(self.config.calibration_folds, positives, negatives)
            if folds < 2:
                # Too few examples of one side to calibrate: the label scores 0 (or 1) everywhere.
                self.classifiers_.append(None)
                self.untrained_.append(label)
                continue
            svm = LinearSVC(C=self.config.C, class_weight=self.config.class_weight, random_state=self.config.seed)
            # ensemble=False: one SVM refit on all data, calibrated on cross-validated margins (a third the size).
            model = CalibratedClassifierCV(svm, method="sigmoid", cv=folds, ensemble=False)
            model.fit(X, y[:, j], sample_weight=sample_weight)
            self.classifiers_.append(model)
        self.constant_ = (y.mean(axis=0) > 0.5).astype(np.float64)
        self._stack(X.shape[1])
        self.info["untrained_labels"] = self.untrained_
        return self

    def _stack(self, n_features: int) -> None:
        """The trained labels' SVM weights and sigmoid calibrations as arrays: all a prediction needs."""
        trained, columns = [], []
        for j, model in enumerate(self.classifiers_):
            if model is not None:
                (calibrated,) = model.calibrated_classifiers_  # ensemble=False: one SVM, one sigmoid
                svm, (sigmoid,) = calibrated.estimator, calibrated.calibrators
                trained.append(j)
                columns.append((svm.coef_.ravel(), svm.intercept_[0], sigmoid.a_, sigmoid.b_))
        self.trained_ = np.array(trained, dtype=np.int64)
        self.coef_ = np.column_stack([c[0] for c in columns]) if columns else np.zeros((n_features, 0))
        self.intercept_, self.sigmoid_a_, self.sigmoid_b_ = (np.array([c[k] for c in columns], dtype=np.float64)
                                                             for k in (1, 2, 3))

    def predict_scores(self, items: Sequence[Item]) -> np.ndarray:
        if not items:
            return np.zeros((0, len(LABELS)))
        X = self._features(items)
        scores = np.tile(self.constant_, (X.shape[0], 1))
        # What CalibratedClassifierCV.predict_proba computes per label (a sigmoid of the SVM margin), for
        # all labels in one sparse product: sklearn's per-call input validation cost more than the maths.
        margins = X @ self.coef_ + self.intercept_
        scores[:, self.trained_] = 1.0 / (1.0 + np.exp(self.sigmoid_a_ * margins + self.sigmoid_b_))
        return scores

    def _save_state(self, directory: Path) -> None:
        text = self.text_
        vocabulary = {"char": terms(text.char_vocabulary_), "structure": terms(self.structure_.vocabulary_),
                      "word": terms(text.word_vocabulary_) if text.word_vocabulary_ is not None else None}
        (directory / VOCABULARY_FILE).write_text(json.dumps(vocabulary, ensure_ascii=False), encoding="utf-8")
        word_idf = text.word_idf_ if text.word_idf_ is not None else np.zeros(0)
        np.savez_compressed(directory / STATE_FILE, char_idf=text.char_idf_, word_idf=word_idf, coef=self.coef_,
                            intercept=self.intercept_, sigmoid_a=self.sigmoid_a_, sigmoid_b=self.sigmoid_b_,
                            trained=self.trained_, constant=self.constant_)

    def _load_state(self, directory: Path) -> None:
        vocabulary = json.loads((directory / VOCABULARY_FILE).read_text(encoding="utf-8"))
        try:
            with np.load(directory / STATE_FILE, allow_pickle=False) as state:
                arrays = {name: state[name] for name in state.files}
        except ValueError as exc:  # an object array: what a swapped-in file would use to run code
            raise ValueError(f"{directory / STATE_FILE} holds more than plain arrays, refusing to load it: {exc}") from exc
        self.text_ = self._text_vectorizer().restore(vocabulary["char"], arrays["char_idf"], vocabulary["word"], arrays["word_idf"], TEXT_COLUMNS)
        self.structure_ = StructureEncoder().restore(vocabulary["structure"], STRUCTURE_COLUMNS)
        self.coef_, self.intercept_ = arrays["coef"], arrays["intercept"]
        self.sigmoid_a_, self.sigmoid_b_ = arrays["sigmoid_a"], arrays["sigmoid_b"]
        self.trained_, self.constant_ = arrays["trained"], arrays["constant"]
        trained = set(self.trained_.tolist())
        self.untrained_ = [label for j, label in enumerate(LABELS) if j not in trained]
