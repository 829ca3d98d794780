"""How long a user waits before nianbao does anything: ``import nianbao`` and ``nianbao --help``.

    .venv/bin/python benchmarks/startup.py [--runs 7]

Each is a fresh process (the import cache of a warm disk, as a user re-running a command has it);
the median and the fastest of ``--runs`` are printed. ``-X importtime`` lists the slowest imports.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path


def _time(command: list[str], runs: int) -> tuple[float, float]:
    seconds = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        seconds.append(time.perf_counter() - start)
    return statistics.median(seconds), min(seconds)


def _slowest_imports(n: int = 8) -> list[tuple[float, str]]:
    err = subprocess.run([sys.executable, "-X", "importtime", "-c", "import nianbao"], capture_output=True,
                         text=True, check=True).stderr
    rows = []
    for line in err.splitlines()[1:]:
        _, cumulative, name = line.split("|")
        name = name.strip()
        # Whole packages (each is counted where it is first imported, its children included).
        if "." not in name and name != "nianbao":
            rows.append((int(cumulative) / 1e6, name))
    return sorted(rows, reverse=True)[:n]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    cli = str(Path(sys.executable).with_name("nianbao"))
    for name, command in (("python -c pass", [sys.executable, "-c", "pass"]),
                          ("import nianbao", [sys.executable, "-c", "import nianbao"]),
                          ("nianbao --help", [cli, "--help"])):
        median, best = _time(command, args.runs)
        print(f"{name:16} median {median:.2f} s, best {best:.2f} s ({args.runs} runs)")
    print("slowest imports under `import nianbao` (cumulative s):")
    for seconds, module in _slowest_imports():
        print(f"  {seconds:6.2f}  {module}")


if __name__ == "__main__":
    main()
