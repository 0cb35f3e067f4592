"""``python -m bench [NAME...]``: run benchmarks and update docs/BENCHMARKS.md."""

from __future__ import annotations

import importlib
import sys

from bench.report import write

BENCHMARKS = ("startup", "steps", "dashboard", "narration")


def main(names: list[str]) -> int:
    chosen = [b for b in BENCHMARKS if not names or any(n in b for n in names)]
    for name in chosen:
        module = importlib.import_module(f"bench.{name}")
        section = module.run()
        write(section)
        print("\n".join(section.lines))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
