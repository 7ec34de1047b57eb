"""`udsyn bench` without --scale: the reports, exports and open data timed on a small register."""

from __future__ import annotations

from udsyn.benchmark import reports as bench


def test_benchmark_runs_on_a_small_register(db, capsys):
    results = bench.run(records=30, reports=["mapping", "strategy"], formats=["html", "xlsx"])
    names = [name for name, *_ in results]
    assert "mapping: render xlsx" in names and "strategy: data" in names and "open data: ics" in names
    assert "dashboard figures" in names
    assert all(seconds >= 0 for _name, seconds, *_ in results)
    assert "30 records of each type" in capsys.readouterr().out
