"""Synthetic annual reports with their gold answers, and hostile files, for tests and the scale benchmark.

``nianbao synth N -o DIR`` (``nianbao.synth.corpus.generate``) writes N reports in txt, HTML, DOCX and
PDF under ``DIR/reports``, their gold under ``DIR/gold`` and ``DIR/manifest.jsonl``. Every report is
sampled from its own seed, so the same seed gives byte-identical files.
"""
