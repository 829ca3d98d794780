"""The run's records file as a journal: one record per line, appended as each document finishes.

Every line goes to the file in one ``write`` call the moment its document is done, so killing the
run (even with kill -9) loses no finished document: the bytes are in the kernel's page cache and reach
the disk whether or not the process lives. ``fsync`` runs every few seconds and at the end, which
guards against a power cut as well, without paying for a disk flush per document. A line cut short
by a kill mid-write is dropped when the run resumes.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any, Iterable

from nianbao.core.serialize import record_head

FSYNC_SECONDS = 5.0


def atomic_write_text(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file and a rename: readers see old or new, never half."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


class RecordJournal:
    """Append-only JSONL of records with recovery: which contents are done, and their status."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None
        self._synced = time.monotonic()

    def recover(self) -> dict[str, str]:
        """Content hash → record status of every complete line; a torn last line is cut off first."""
        done: dict[str, str] = {}
        if not self.path.exists():
            return done
        good = 0
        with open(self.path, "rb") as fh:
            for line in fh:
                if not line.endswith(b"\n"):
                    break  # the line a kill interrupted: its document runs again
                try:
                    _, source, status = record_head(line)
                except ValueError:
                    break
                if source.get("sha256"):
                    done[source["sha256"]] = str(status)
                good += len(line)
        if good < self.path.stat().st_size:
            os.truncate(self.path, good)
        return done

    def drop(self, hashes: set[str]) -> int:
        """Rewrite the journal without the records of these contents (atomically); returns how many went."""
        if not hashes or not self.path.exists():
            return 0
        dropped = 0
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        with open(self.path, "rb") as src, open(tmp, "wb") as dst:
            for line in src:
                if record_head(line)[1].get("sha256") in hashes:
                    dropped += 1
                else:
                    dst.write(line)
            dst.flush()
            os.fsync(dst.fileno())
        os.replace(tmp, self.path)
        return dropped

    def append(self, line: str) -> None:
        """Add one record's JSON line (written whole, in one system call)."""
        if self._fd is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        data = (line.rstrip("\n") + "\n").encode("utf-8")
        view = memoryview(data)
        while view:
            view = view[os.write(self._fd, view):]
        if time.monotonic() - self._synced > FSYNC_SECONDS:
            self.sync()

    def sync(self) -> None:
        if self._fd is not None:
            os.fsync(self._fd)
            self._synced = time.monotonic()

    def close(self) -> None:
        if self._fd is not None:
            self.sync()
            os.close(self._fd)
            self._fd = None


def write_jsonl_lines(path: Path, rows: Iterable[dict[str, Any]]) -> None:
    """Small per-run listings (e.g. the skipped inputs), written atomically."""
    atomic_write_text(path, "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
