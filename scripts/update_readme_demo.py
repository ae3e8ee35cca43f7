#!/usr/bin/env python3
"""Replaces the Markdown block under "What `make demo` prints" in README.md with the
briefing the built binary prints for examples/biden-putin/ (real output, never edited by
hand). Usage: scripts/update_readme_demo.py [path/to/dossier]"""
import subprocess
import sys

binary = sys.argv[1] if len(sys.argv) > 1 else "build/release/tools/dossier/dossier"
brief = subprocess.run([binary, "brief", "examples/biden-putin/"], check=True,
                       capture_output=True, text=True).stdout
lines = open("README.md", encoding="utf-8").read().split("\n")
start = next(i for i, l in enumerate(lines) if l.startswith("## What `make demo` prints"))
open_fence = next(i for i in range(start, len(lines)) if lines[i] == "```markdown")
close_fence = next(i for i in range(open_fence + 1, len(lines)) if lines[i] == "```")
lines[open_fence + 1:close_fence] = brief.rstrip("\n").split("\n")
open("README.md", "w", encoding="utf-8").write("\n".join(lines))
