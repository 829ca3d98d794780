"""Imported once by the batch fork server: the pipeline's readers, extractors and aligners and the shipped
tagger are loaded there, and every worker forks with them already in memory (shared copy-on-write)
instead of spending seconds of its own loading them."""

from nianbao import pipeline
from nianbao.classification.default import load_tagger

pipeline.preload()
load_tagger()
