"""The paragraph tagger: multi-label paragraph labels (``nianbao.core.codebook.PARAGRAPH_LABELS``) with a
score each, behind one interface and three backends.

    from nianbao.classification.registry import create, load
    tagger = load("models/tagger")   # any saved model: the backend is named in its config.json
    labels, scores = tagger.tag([Item(text, section, path)])

Modules: ``base`` (the Tagger interface, Item, label order), ``registry`` (backends by name),
``backends/`` (sklearn, spacy, transformers), ``features`` (scikit-learn transformers), ``weak`` (labels
from headings), ``synthetic`` (phrase-bank paragraphs), ``data`` (examples from reports and gold),
``metrics`` and ``cv`` (scores, leave-one-report-out), ``training`` and ``card`` (a trained model and
its card), ``default`` (the shipped model in the pipeline), ``commands`` (``nianbao tag`` / ``train``),
``spacy_component`` (``nlp.add_pipe("nianbao_tagger")``).
"""
