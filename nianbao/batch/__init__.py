"""Batch runs over a corpus: inputs found and hashed, documents run in a pool of guarded worker
processes (or on Dask), every finished record appended to the run as it comes, resume by content hash.

``run_batch`` is the one entry point; ``nianbao extract`` calls it.
"""

from nianbao.batch.runner import BatchOptions, RunSummary, run_batch

__all__ = ["BatchOptions", "RunSummary", "run_batch"]
