"""Lists, search, API and dashboard at a region's scale, over HTTP; the same as `udsyn bench --scale N`.

    .venv/bin/python benchmarks/bench_pages.py --scale 100000 [--postgres postgres://...] [--json FILE]

Loads N records of each type (COPY on PostgreSQL), starts `udsyn serve`, and times each page (median and p95 of
30 sequential requests after warm-up, with the server's query count) beside Django admin's changelist and search
and raw SQL of the same rows, in the same run. The code is udsyn/benchmark/; the figures are in RESULTS.md.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from udsyn.benchmark.run import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
