"""The spaCy backend: ``spacy.blank("zh")`` with the jieba segmenter and a ``textcat_multilabel``
component trained from scratch. Saved in spaCy's own format (``nlp.to_disk``)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np
import spacy
from spacy.training import Example as SpacyExample
from spacy.util import fix_random_seed, minibatch

from nianbao.classification.base import Tagger, TaggerConfig

from nianbao.classification.items import LABELS, Item
from nianbao.classification.features import structure_words

PIPELINE_DIR = "spacy"


@dataclass
class SpacyConfig(TaggerConfig):
    architecture: str = "spacy.TextCatBOW.v3"  # or spacy.TextCatCNN.v2 / any textcat architecture name
    ngram_size: int = 2
    epochs: int = 15
    batch_size: int = 16
    dropout: float = 0.1


def spacy_text(item: Item) -> str:
    """The text the pipeline reads: structure as words (``sectionproblems cueimprovements``) then the paragraph.

    Underscores and '=' are dropped so jieba keeps each structure word whole.
    """
    words = [w.replace("=", "").replace("_", "") for w in structure_words(item.section, item.path)]
    return (" ".join(words) + "\n" + item.text) if words else item.text


class SpacyTagger(Tagger):
    """A spaCy ``textcat_multilabel`` trained from scratch on jieba tokens."""

    name = "spacy"
    config_class = SpacyConfig

    def _blank(self):
        nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
        model = {"@architectures": self.config.architecture, "exclusive_classes": False}
        if "BOW" in self.config.architecture:
            model |= {"ngram_size": self.config.ngram_size, "no_output_layer": False}
        textcat = nlp.add_pipe("textcat_multilabel", config={"model": model})
        for label in LABELS:
            textcat.add_label(label)
        return nlp

    def fit(self, items: Sequence[Item], y: np.ndarray, sample_weight: np.ndarray | None = None) -> SpacyTagger:
        items, y, weights = self.training_set(items, y, sample_weight)
        fix_random_seed(self.config.seed)
        rng = random.Random(self.config.seed)
        self.nlp_ = self._blank()
        examples = [SpacyExample.from_dict(self.nlp_.make_doc(spacy_text(item)),
                                           {"cats": {label: float(v) for label, v in zip(LABELS, row)}})
                    for item, row in zip(items, y)]
        optimizer = self.nlp_.initialize(lambda: examples)
        self.losses_: list[float] = []
        for _ in range(self.config.epochs):
            # spaCy takes no sample weights: an example of weight w is drawn w times an epoch on average.
            epoch = [e for e, w in zip(examples, weights) for _ in range(int(w) + (rng.random() < w % 1))]
            rng.shuffle(epoch)
            losses: dict[str, float] = {}
            for batch in minibatch(epoch, size=self.config.batch_size):
                self.nlp_.update(batch, sgd=optimizer, drop=self.config.dropout, losses=losses)
            self.losses_.append(float(losses.get("textcat_multilabel", 0.0)))
        self.info["losses"] = [round(v, 4) for v in self.losses_]
        return self

    def predict_scores(self, items: Sequence[Item]) -> np.ndarray:
        texts = [spacy_text(item) for item in self.view(items)]
        scores = np.zeros((len(texts), len(LABELS)))
        for i, doc in enumerate(self.nlp_.pipe(texts, batch_size=64)):
            scores[i] = [doc.cats[label] for label in LABELS]
        return scores

    def _save_state(self, directory: Path) -> None:
        self.nlp_.to_disk(directory / PIPELINE_DIR)

    def _load_state(self, directory: Path) -> None:
        self.nlp_ = spacy.load(directory / PIPELINE_DIR)
