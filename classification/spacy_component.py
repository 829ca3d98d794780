"""A spaCy pipeline component that tags paragraphs with nianbao's labels, for any spaCy user:

    nlp = spacy.blank("zh")
    nlp.add_pipe("nianbao_tagger")                      # the shipped model
    nlp.add_pipe("nianbao_tagger", config={"model": "path/to/model"})   # any saved nianbao tagger
    doc = nlp(paragraph)
    doc.cats            # {label: score} for every label
    doc._.nianbao_labels

Set ``doc._.nianbao_section`` / ``doc._.nianbao_path`` before the component runs to tag with structure.
Registered through the ``spacy_factories`` entry point, so no import is needed.
"""

from __future__ import annotations

from typing import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from nianbao.classification.base import Tagger

from nianbao.classification.items import LABELS, Item, decide

FACTORY = "nianbao_tagger"
for _name, _default in (("nianbao_section", ""), ("nianbao_path", ()), ("nianbao_labels", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


class NianbaoTaggerComponent:
    """Writes ``doc.cats`` (a score per label) and ``doc._.nianbao_labels`` from a nianbao tagger."""

    def __init__(self, tagger: Tagger, threshold: float | None = None) -> None:
        self.tagger = tagger
        self.threshold = tagger.config.thresholds() if threshold is None else threshold

    def _items(self, docs: list[Doc]) -> list[Item]:
        return [Item(doc.text, doc._.nianbao_section or "", tuple(doc._.nianbao_path or ())) for doc in docs]

    def set_annotations(self, docs: list[Doc], scores) -> None:
        for doc, row, labels in zip(docs, scores, decide(scores, self.threshold)):
            doc.cats = {label: float(s) for label, s in zip(LABELS, row)}
            doc._.nianbao_labels = labels

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations([doc], self.tagger.predict_scores(self._items([doc])))
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 256) -> Iterator[Doc]:
        batch: list[Doc] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._run(batch)
                batch = []
        yield from self._run(batch)

    def _run(self, batch: list[Doc]) -> list[Doc]:
        if batch:
            self.set_annotations(batch, self.tagger.predict_scores(self._items(batch)))
        return batch


@Language.factory(FACTORY, default_config={"model": None, "threshold": None})
def make_tagger(nlp: Language, name: str, model: str | None, threshold: float | None) -> NianbaoTaggerComponent:
    """The component over the saved tagger in ``model`` (default: the shipped one)."""
    from nianbao.classification.default import shipped_model_dir
    from nianbao.classification.registry import load

    return NianbaoTaggerComponent(load(model or shipped_model_dir()), threshold)
