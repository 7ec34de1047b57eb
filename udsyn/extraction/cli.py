"""`udsyn extract PATH... [--json]`: print what the pipeline finds, without Django."""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter

from .errors import ExtractionError
from .pipeline import extract_file, to_contract


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="udsyn extract", description="Extract candidate records from documents.")
    p.add_argument("paths", nargs="+", metavar="PATH", help="PDF, DOCX, HTML, text, XLSX or CSV files")
    p.add_argument("--json", action="store_true", help="print the extraction JSON contract to stdout")
    return p


def _summary(result) -> str:
    kinds = Counter(r.type for r in result.records)
    parts = ", ".join(f"{n} {t}" for t, n in sorted(kinds.items())) or "no records"
    share = result.stats.get("ocr_changed_share", 0.0)
    return f"{result.source}: {result.pages} page(s), {parts}; OCR repairs {share:.1%} of words"


def main(argv: list[str] | None = None) -> int:
    """Run the command; returns the exit status (1 when any file failed)."""
    args = _parser().parse_args(sys.argv[1:] if argv is None else argv)
    results, failed = [], False
    for path in args.paths:
        try:
            result = extract_file(path)
        except ExtractionError as exc:
            print(f"udsyn extract: {path}: {exc.user_message}", file=sys.stderr)
            failed = True
            continue
        except OSError as exc:
            print(f"udsyn extract: {path}: cannot read the file ({exc.strerror or exc})", file=sys.stderr)
            failed = True
            continue
        results.append(result)
        if not args.json:
            print(_summary(result))
    if args.json:
        json.dump(to_contract(results), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
