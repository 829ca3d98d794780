"""What runs in a worker process: native threads pinned to one, a memory watchdog, one document at a time.

On two cores, two processes each running OpenBLAS/OpenMP/onnxruntime/OpenCV thread pools as wide as
the machine were slower than one process (../shared/guide/anchors.md): every native pool is pinned
to one thread, and parallelism comes from processes only.
"""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

from nianbao.core.config import ExtractConfig

# Read by OpenBLAS, MKL, OpenMP, numexpr and onnxruntime when they start: set in the parent before any
# worker process exists, so every worker imports numpy with them in place.
THREAD_VARIABLES = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS",
                    "VECLIB_MAXIMUM_THREADS", "BLIS_NUM_THREADS", "RAYON_NUM_THREADS")
# The exit status of a worker that its watchdog stopped for using too much memory (any unused code would do).
MEMORY_EXIT = 86
WATCH_SECONDS = 0.05
# Imported once in the fork server, so each worker forks with the pipeline and the tagger loaded.
PRELOAD = ["nianbao.batch.preload"]


def pin_thread_environment() -> None:
    """Ask every native thread pool for one thread, in this process and the processes it starts."""
    for name in THREAD_VARIABLES:
        os.environ[name] = "1"


def init_worker(max_memory_mb: float | None) -> None:
    """Pool initializer: pin threads (also pools already loaded) and start the memory watchdog."""
    pin_thread_environment()
    from threadpoolctl import threadpool_limits

    threadpool_limits(1)
    try:
        import cv2  # OpenCV keeps its own pool (OCR); only set it when it is there

        cv2.setNumThreads(1)
    except ImportError:
        pass
    if max_memory_mb:
        threading.Thread(target=_watch_memory, args=(int(max_memory_mb * 2**20),), daemon=True,
                         name="nianbao-memory-watchdog").start()


def _watch_memory(limit: int) -> None:
    """Stop this worker when its resident memory passes ``limit`` bytes.

    A watchdog rather than RLIMIT_AS: the address space of a worker that loaded onnxruntime or torch is
    gigabytes of reservations it never touches, so an address-space cap refuses good documents; the
    resident set is what a machine runs out of. The parent sees the exit status and records the
    document it gave this worker as ``memory_limit``; the pool starts a fresh worker.
    """
    import psutil

    process = psutil.Process()
    while True:
        if process.memory_info().rss > limit:
            os._exit(MEMORY_EXIT)
        time.sleep(WATCH_SECONDS)


def extract_line(path: str, sha256: str | None, config: ExtractConfig) -> str:
    """Extract one document and return its record as a JSON line (small to send back, ready to append)."""
    from nianbao.pipeline import extract
    from nianbao.core.serialize import dumps

    line = dumps(extract(Path(path), config, sha256=sha256))
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate some reader let through: the journal must stay UTF-8
        line = line.encode("utf-8", "replace").decode("utf-8")
    return line
