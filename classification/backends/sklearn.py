"""The default backend: jieba words + character n-grams (TF-IDF) and structure features, then one
calibrated linear SVM per label. Saved with skops, loaded trusting only the types listed here."""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np
import scipy.sparse as sp
from sklearn.calibration import CalibratedClassifierCV
from sklearn.svm import LinearSVC

from classification.base import LABELS, Item, Tagger, TaggerConfig
from classification.features import PATH_SEPARATOR, ChineseTextVectorizer, StructureEncoder

STATE_FILE = "model.skops"
# Every type the saved state may hold. Loading refuses anything else, so a swapped-in file cannot run code.
TRUSTED_TYPES = [
    "classification.features.ChineseTextVectorizer",
    "classification.features.StructureEncoder",
    "sklearn.feature_extraction.text.TfidfVectorizer",
    "sklearn.feature_extraction.text.TfidfTransformer",
    "sklearn.calibration.CalibratedClassifierCV",
    "sklearn.calibration._CalibratedClassifier",
    "sklearn.calibration._SigmoidCalibration",
    "sklearn.svm._classes.LinearSVC",
    "sklearn.frozen._frozen.FrozenEstimator",
    "numpy.float64",
    "numpy.int64",
    "numpy.dtype",
    "builtins.tuple",
    "builtins.slice",
]


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


def item_rows(items: Sequence[Item]) -> tuple[np.ndarray, np.ndarray]:
    """The two 2-D string arrays the transformers read: the texts, and (section, heading path)."""
    text = np.empty((len(items), 1), dtype=object)
    structure = np.empty((len(items), 3), dtype=object)
    for i, item in enumerate(items):
        text[i, 0] = item.text
        structure[i] = (item.section, PATH_SEPARATOR.join(item.path), item.text)
    return text, structure


class SklearnTagger(Tagger):
    """TF-IDF features and a calibrated linear model per label (scikit-learn)."""

    name = "sklearn"
    config_class = SklearnConfig

    def _features(self, items: Sequence[Item], fit: bool = False) -> sp.csr_matrix:
        text, structure = item_rows(self.view(items))
        if fit:
            c = self.config
            self.text_ = ChineseTextVectorizer(c.segmenter, c.user_dict, c.word_ngram_range, c.char_ngram_range, c.min_df,
                                               max_features=c.max_features, normalize_digits=c.normalize_digits)
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
        self._stacked_cache = None
        self.info["untrained_labels"] = self.untrained_
        return self

    def predict_scores(self, items: Sequence[Item]) -> np.ndarray:
        if not items:
            return np.zeros((0, len(LABELS)))
        X = self._features(items)
        scores = np.tile(self.constant_, (X.shape[0], 1))
        labels, weights, intercepts, slopes, offsets = self._stacked()
        # What CalibratedClassifierCV.predict_proba computes per label (a sigmoid of the SVM margin), for
        # all labels in one sparse product: sklearn's per-call input validation cost more than the maths.
        margins = X @ weights + intercepts
        scores[:, labels] = 1.0 / (1.0 + np.exp(slopes * margins + offsets))
        return scores

    def _stacked(self) -> tuple[list[int], np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """The trained labels' SVM weights and sigmoid calibrations as arrays (built once per model)."""
        if getattr(self, "_stacked_cache", None) is None:
            labels, columns = [], []
            for j, model in enumerate(self.classifiers_):
                if model is None:
                    continue
                (calibrated,) = model.calibrated_classifiers_  # ensemble=False: one SVM, one sigmoid
                svm, (sigmoid,) = calibrated.estimator, calibrated.calibrators
                labels.append(j)
                columns.append((svm.coef_.ravel(), svm.intercept_[0], sigmoid.a_, sigmoid.b_))
            weights = np.column_stack([c[0] for c in columns]) if columns else np.zeros((0, 0))
            self._stacked_cache = (labels, weights, *(np.array([c[k] for c in columns]) for k in (1, 2, 3)))
        return self._stacked_cache

    def _save_state(self, directory: Path) -> None:
        import skops.io as sio

        state = {"text": self.text_, "structure": self.structure_, "classifiers": self.classifiers_,
                 "constant": self.constant_, "untrained": self.untrained_}
        sio.dump(state, directory / STATE_FILE, compression=zipfile.ZIP_DEFLATED, compresslevel=9)

    def _load_state(self, directory: Path) -> None:
        import skops.io as sio

        path = directory / STATE_FILE
        unknown = [t for t in sio.get_untrusted_types(file=path) if t not in TRUSTED_TYPES]
        if unknown:
            raise ValueError(f"{path} holds types this backend never saves, refusing to load it: {', '.join(unknown)}")
        state = sio.load(path, trusted=TRUSTED_TYPES)
        self.text_, self.structure_ = state["text"], state["structure"]
        self.classifiers_, self.constant_, self.untrained_ = state["classifiers"], state["constant"], state["untrained"]
        self._stacked_cache = None
