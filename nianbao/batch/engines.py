"""Engines run documents and yield their outcomes: ``local`` (a pool of processes on this machine) and
``dask`` (a Dask cluster: a LocalCluster, or any scheduler's address). Both run the same
``worker.extract_line`` in a guarded process, so their records are identical.

Every document runs under the same limits: a pebble pool stops a worker that passes the timeout and
starts a new one, and the worker's watchdog exits when it passes the memory ceiling.
"""

from __future__ import annotations

import multiprocessing
from concurrent.futures import FIRST_COMPLETED, Future, wait
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator, Protocol

from nianbao.core.problems import ProblemCode
from nianbao.core.config import ExtractConfig
from nianbao.batch.worker import MEMORY_EXIT, PRELOAD, extract_line, init_worker, pin_thread_environment

IN_FLIGHT_PER_WORKER = 4  # queued ahead so no worker waits, few enough that a huge run holds no backlog


@dataclass(frozen=True)
class Task:
    """One document to run: its path and the content hash the parent computed."""

    path: str
    sha256: str | None
    size: int | None


@dataclass(frozen=True)
class Failure:
    """A document the guard stopped, or whose worker died: becomes an error record with this code."""

    code: str  # timeout, memory_limit, worker_crashed, internal_error
    message: str


Outcome = tuple[Task, "str | Failure"]  # the record's JSON line, or why there is none


@dataclass(frozen=True)
class Limits:
    timeout: float | None  # seconds per document
    max_memory_mb: float | None  # resident memory of a worker


class Engine(Protocol):
    name: str

    def run(self, tasks: Iterable[Task]) -> Iterator[Outcome]: ...


def _context() -> Any:
    # forkserver: workers fork from a clean server process that preloaded the pipeline, not from a parent
    # that may run threads (rich's progress, Dask's loop): fork with threads can deadlock; spawn re-imports.
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(PRELOAD)
    return context


def guarded_pool(workers: int, limits: Limits) -> Any:
    """A pebble process pool whose workers are pinned to one thread each and watch their memory."""
    from pebble import ProcessPool

    pin_thread_environment()  # before the fork server starts: it and every worker inherit it
    return ProcessPool(max_workers=workers, initializer=init_worker, initargs=(limits.max_memory_mb,),
                       context=_context())


def outcome(future: Future, limits: Limits) -> "str | Failure":
    """The record line a guarded future holds, or the failure that stopped it."""
    from pebble import ProcessExpired

    try:
        return future.result()
    except FutureTimeout:
        return Failure(ProblemCode.TIMEOUT, f"the document took longer than the {limits.timeout:g} s limit; its worker was stopped")
    except ProcessExpired as exc:
        if exc.exitcode == MEMORY_EXIT:
            return Failure(ProblemCode.MEMORY_LIMIT, f"the worker passed the {limits.max_memory_mb:g} MB memory limit; it was stopped")
        return Failure(ProblemCode.WORKER_CRASHED, f"the worker process died while reading the document (exit status {exc.exitcode})")
    except Exception as exc:  # noqa: BLE001 — whatever broke, the document gets a record saying so
        return Failure(ProblemCode.INTERNAL_ERROR, f"{type(exc).__name__}: {exc}")


@dataclass
class LocalEngine:
    """Documents on a pool of ``workers`` processes of this machine."""

    workers: int
    limits: Limits
    config: ExtractConfig = field(default_factory=ExtractConfig)
    name: str = "local"

    def run(self, tasks: Iterable[Task]) -> Iterator[Outcome]:
        with guarded_pool(self.workers, self.limits) as pool:
            pending: dict[Future, Task] = {}
            for task in tasks:
                while len(pending) >= self.workers * IN_FLIGHT_PER_WORKER:
                    yield from self._finished(pending)
                future = pool.schedule(extract_line, args=(task.path, task.sha256, self.config),
                                       timeout=self.limits.timeout)
                pending[future] = task
            while pending:
                yield from self._finished(pending)

    def _finished(self, pending: dict[Future, Task]) -> Iterator[Outcome]:
        done, _ = wait(pending, return_when=FIRST_COMPLETED)
        for future in done:
            yield pending.pop(future), outcome(future, self.limits)


# One guarded pool per Dask worker process, made on its first document.
_DASK_WORKER_POOL: Any = None


def guarded_extract(task: Task, limits: Limits, config: ExtractConfig) -> "str | Failure":
    """A Dask task: one document in this Dask worker's own guarded process, under the run's limits.

    A daemonic Dask worker (Dask's default outside nianbao's LocalCluster) may not start processes:
    there the document runs in the worker itself, without the timeout and memory limits.
    """
    global _DASK_WORKER_POOL
    if multiprocessing.current_process().daemon:
        return extract_line(task.path, task.sha256, config)
    if _DASK_WORKER_POOL is None:
        _DASK_WORKER_POOL = guarded_pool(1, limits)
    future = _DASK_WORKER_POOL.schedule(extract_line, args=(task.path, task.sha256, config),
                                        timeout=limits.timeout)
    return outcome(future, limits)


@dataclass
class DaskEngine:
    """Documents on a Dask cluster: a LocalCluster of ``workers`` processes, or ``scheduler``'s cluster."""

    workers: int
    limits: Limits
    config: ExtractConfig = field(default_factory=ExtractConfig)
    scheduler: str | None = None
    name: str = "dask"

    def run(self, tasks: Iterable[Task]) -> Iterator[Outcome]:
        import dask
        from dask.distributed import Client, LocalCluster, as_completed

        pin_thread_environment()
        # Non-daemonic workers may start the guarded process each document runs in (for the limits).
        with dask.config.set({"distributed.worker.daemon": False, "distributed.scheduler.allowed-failures": 0}):
            if self.scheduler:
                cluster, client = None, Client(self.scheduler)
            else:
                cluster = LocalCluster(n_workers=self.workers, threads_per_worker=1, processes=True,
                                       dashboard_address=None, memory_limit=0)
                client = Client(cluster)
        try:
            slots = max(1, sum(w.get("nthreads", 1) for w in client.scheduler_info()["workers"].values()))
            stream = iter(tasks)
            futures = as_completed()
            owner: dict[Any, Task] = {}

            def submit(count: int) -> None:
                for task in stream:
                    future = client.submit(guarded_extract, task, self.limits, self.config, pure=False)
                    owner[future] = task
                    futures.add(future)
                    count -= 1
                    if count <= 0:
                        return

            submit(slots * IN_FLIGHT_PER_WORKER)
            for future in futures:
                task = owner.pop(future)
                try:
                    result: "str | Failure" = future.result()
                except Exception as exc:  # noqa: BLE001 — a worker lost with the task (KilledWorker …)
                    result = Failure(ProblemCode.WORKER_CRASHED, f"the Dask worker running the document was lost: {type(exc).__name__}: {exc}")
                future.release()
                yield task, result
                submit(1)
        finally:
            client.close()
            if cluster is not None:
                cluster.close()
