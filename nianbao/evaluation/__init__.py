"""Evaluation beyond the core scorer (``nianbao.evaluation.evaluate``): identity-break checks, the gold validator,
and the JSON / Markdown / HTML reports of ``nianbao evaluate``."""
