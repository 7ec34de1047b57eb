"""Benchmark the extraction pipeline on the shared corpus and on a generated 300-page PDF.

Figures are printed next to a baseline measured in the same run (raw reads of the corpus files;
plain pypdfium2 text extraction of the same PDF), so they can be compared across machines.

    .venv/bin/python benchmarks/bench_extraction.py [CORPUS_DIR] [--build]

--build also times building the prebuilt files from scratch in a fresh process (about 10-30 s).
"""

from __future__ import annotations

import io
import os
import resource
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from udsyn.extraction import extract_bytes, warm_up  # noqa: E402


def corpus_dir(argv: list[str]) -> Path:
    if len(argv) > 1:
        return Path(argv[1])
    return Path(os.environ.get("UDSYN_CORPUS_DIR") or REPO / ".." / "shared" / "corpus").resolve()


def make_pdf(pages: int = 300) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    lines = [
        "Kommunen er medlem af Eurocities og betaler årligt 0,5 mio. kr. for medlemskab af netværket.",
        "Samarbejdet med Hamborg og Göteborg omfatter 12 projekter og over 400 deltagere om året.",
        "Projektet forløber fra november 2019 til oktober 2024 med støtte fra Horizon 2020.",
        "Teknik- og Miljøforvaltningen modtog 412 delegationshenvendelser i løbet af året.",
    ]
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    for page in range(1, pages + 1):
        c.drawString(50, 810, "Kortlægning af det internationale arbejde")
        y = 780
        for i in range(40):
            c.drawString(50, y, lines[(page + i) % len(lines)])
            y -= 18
        c.drawString(290, 30, str(page))
        c.showPage()
    c.save()
    return buf.getvalue()


def baseline_pdf(data: bytes) -> tuple[float, int]:
    import pypdfium2 as pdfium

    t = time.perf_counter()
    pdf = pdfium.PdfDocument(data)
    chars = sum(len(pdf[i].get_textpage().get_text_range()) for i in range(len(pdf)))
    pdf.close()
    return time.perf_counter() - t, chars


def run(label: str, docs: list[tuple[str, bytes]], baseline: float) -> None:
    t, cpu = time.perf_counter(), time.process_time()
    chars = records = 0
    for name, data in docs:
        result = extract_bytes(data, name)
        chars += len(result.text)
        records += len(result.records)
    elapsed, cpu = time.perf_counter() - t, time.process_time() - cpu
    mb = chars / 1e6
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    # CPU seconds next to wall seconds: on a shared machine the wall clock also counts other processes.
    print(f"{label}: {len(docs)} document(s), {records} records, {elapsed:.2f} s wall, {cpu:.2f} s CPU, "
          f"{mb / elapsed:.3f} MB text/s, peak RSS so far {rss:.0f} MiB, "
          f"{elapsed / baseline:.1f}x the baseline ({baseline:.3f} s)")


def cold_corpus(files: list[Path]) -> None:
    """The whole corpus in a fresh process, imports and warm-up included (what `udsyn extract` costs)."""
    code = ("import sys; sys.path.insert(0, sys.argv[1]); from udsyn.extraction import extract_file\n"
            "for p in sys.argv[2:]: extract_file(p)")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, str(REPO), *map(str, files)], check=True)
    elapsed = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    print(f"corpus in a fresh process (imports + warm-up + extraction): {elapsed:.2f} s wall, {cpu:.2f} s CPU, "
          f"peak RSS {after.ru_maxrss / 1024:.0f} MiB")


def _child(argv: list[str]) -> tuple[float, float, float]:
    """(wall s, CPU s, peak RSS MiB) of a fresh process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), after.ru_maxrss / 1024


def cold_short_page(tmp: Path) -> None:
    """One short page in a fresh `udsyn extract` (what a coordinator waits for), beside `python -c pass`."""
    page = tmp / "short-page.txt"
    page.write_text("Fjordby Kommune har seks venskabsbyer, blandt andre Mariestad i Sverige og Plön i Tyskland. "
                    "Kommunen er medlem af Eurocities og betaler 42.500 kr. om året.\n", "utf-8")
    base_wall, base_cpu, _ = _child([sys.executable, "-c", "pass"])
    cli = [sys.executable, "-c", "import sys; from udsyn.cli import main; sys.exit(main())", "extract", str(page),
           "--json"]
    wall, cpu, rss = min((_child(cli) for _ in range(3)), key=lambda r: r[0])
    print(f"one short page in a fresh `udsyn extract` (best of 3): {wall:.2f} s wall, {cpu:.2f} s CPU, "
          f"peak RSS {rss:.0f} MiB; `python -c pass`: {base_wall:.2f} s wall, {base_cpu:.2f} s CPU "
          f"({wall / base_wall:.1f}x)")


def first_use_build(tmp: Path) -> None:
    """Building the city index and the word list in a fresh process, as a machine without `make venv` does on
    its first extraction (the index streams GeoNames: it must stay well under 300 MB)."""
    env = dict(os.environ, UDSYN_PLACES_DB=str(tmp / "places.sqlite"), UDSYN_WORDS_DB=str(tmp / "words.sqlite"))
    code = "import sys; sys.path.insert(0, sys.argv[1]); from udsyn.extraction.install import build_all; build_all()"
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, str(REPO)], check=True, env=env, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    print(f"first-use build of the city index and word list in a fresh process: {wall:.2f} s wall, {cpu:.2f} s CPU, "
          f"peak RSS {after.ru_maxrss / 1024:.0f} MiB")


def heap_peak(docs: list[tuple[str, bytes]]) -> float:
    """Peak Python heap (MiB) of one extraction, measured apart because tracemalloc slows it down."""
    tracemalloc.start()
    for name, data in docs:
        extract_bytes(data, name)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 2**20


def main(argv: list[str]) -> int:
    # Warm the lazy resources once (word lists, city index) so each run measures the pipeline itself.
    t = time.perf_counter()
    warm_up()
    extract_bytes(b"Samarbejde med Hamborg om 3 projekter til 1 mio. kr.", "warm.txt")
    print(f"warm-up (word lists + city index, once per process): {time.perf_counter() - t:.2f} s")
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        cold_short_page(Path(tmp))
    if "--build" in argv:
        with tempfile.TemporaryDirectory() as tmp:
            first_use_build(Path(tmp))
    argv = [a for a in argv if a != "--build"]

    corpus = corpus_dir(argv)
    files = sorted(p for p in corpus.glob("*") if p.is_file()) if corpus.is_dir() else []
    if files:
        t = time.perf_counter()
        docs = [(str(p), p.read_bytes()) for p in files]
        raw = max(time.perf_counter() - t, 1e-6)
        print(f"baseline: raw read of the corpus files: {raw:.4f} s")
        run(f"corpus {corpus}", docs, raw)
        cold_corpus(files)
    else:
        print(f"corpus {corpus} absent: skipped")

    pdf = make_pdf(300)
    base, chars = baseline_pdf(pdf)
    print(f"baseline: plain pypdfium2 text of the 300-page PDF: {base:.2f} s, {chars / 1e6 / base:.2f} MB/s")
    run("300-page PDF", [("generated-300.pdf", pdf)], base)
    print(f"peak Python heap while extracting the 300-page PDF: {heap_peak([('g.pdf', pdf)]):.0f} MiB")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS of the whole run: {rss:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
