"""Benchmark of reports, dashboard figures, exports and open data; the same as `udsyn bench`.

    .venv/bin/python benchmarks/bench_reports.py [--records 10000] [--formats html,pdf,docx,xlsx]

Builds a register of 10,000 records of each type in a temporary SQLite database (bulk_create, then migrate'd
schema), times each step and prints it with its ratio to two baselines measured in the same run: a plain
SELECT COUNT(*) of the same tables and a plain csv.writer dump of them. The code is udsyn/benchmark/reports.py.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from udsyn.benchmark.reports import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
