"""Writing figures into docs/BENCHMARKS.md, one section per benchmark, kept between runs."""

from __future__ import annotations

import platform
import re
import statistics
import subprocess
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

REPORT = Path(__file__).resolve().parent.parent / "docs" / "BENCHMARKS.md"
HEADER = """# Benchmarks

Measured by `./bench/run.sh` (it installs what it needs, starts a virtual screen and a
silent sound server, runs every benchmark and rewrites the sections below). Each figure is
compared with a baseline measured in the same run on the same machine. Figures are medians;
the machine is noted in each section.
"""


@dataclass
class Section:
    name: str
    title: str
    lines: list[str] = field(default_factory=list)

    def table(self, header: list[str], rows: list[list[str]]) -> None:
        self.lines.append("| " + " | ".join(header) + " |")
        self.lines.append("|" + "|".join("---" for _ in header) + "|")
        self.lines.extend("| " + " | ".join(row) + " |" for row in rows)
        self.lines.append("")

    def text(self, *paragraphs: str) -> None:
        for paragraph in paragraphs:
            self.lines.extend([paragraph, ""])


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        model = next(
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        )
        cpu = model
    except (OSError, StopIteration):
        pass
    cores = subprocess.run(["nproc"], capture_output=True, text=True).stdout.strip() or "?"
    return (
        f"{datetime.now():%Y-%m-%d}, {platform.system()} {platform.release()}, "
        f"{cpu}, {cores} cores, Python {platform.python_version()}"
    )


def median_ms(values: list[float]) -> str:
    return f"{statistics.median(values):.0f} ms" if values else "n/a"


def write(section: Section) -> None:
    body = "\n".join([f"## {section.title}", "", f"*{machine()}*", "", *section.lines]).rstrip()
    block = f"<!-- bench:{section.name} -->\n{body}\n<!-- /bench:{section.name} -->"
    current = REPORT.read_text(encoding="utf-8") if REPORT.exists() else HEADER
    pattern = re.compile(
        rf"<!-- bench:{section.name} -->.*?<!-- /bench:{section.name} -->", re.DOTALL
    )
    if pattern.search(current):
        current = pattern.sub(lambda _m: block, current)
    else:
        current = current.rstrip() + "\n\n" + block + "\n"
    REPORT.write_text(current if current.endswith("\n") else current + "\n", encoding="utf-8")
