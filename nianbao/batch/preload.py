"""Imported once by the batch fork server: the pipeline and the shipped tagger are loaded there, and
every worker forks with them already in memory (shared copy-on-write) instead of spending seconds of
its own loading them."""

from nianbao import pipeline  # noqa: F401 — imported for its side: every reader and extractor loaded
from nianbao.classification.default import load_tagger

load_tagger()
