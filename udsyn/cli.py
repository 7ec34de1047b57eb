"""The `udsyn` command line: Django's management commands under domain names.

`udsyn extract` runs the document pipeline without Django or a database; every
other sub-command is a management command (hyphens become underscores, so
`udsyn import-sheet` runs `import_sheet`).
"""

from __future__ import annotations

import os
import sys

USAGE = """usage: udsyn COMMAND [options]

commands:
  serve          serve the web application (default http://127.0.0.1:8000)
  demo           load the demo municipality
  createuser     create a user with a role and department
  export         export every record type as CSV, JSON or XLSX
  import-sheet   import memberships or projects from an XLSX/CSV list
  extract        extract records from documents, print them (no database)
  import         import documents into the review queue
  worker         process background jobs (uploaded documents)
  report         generate a report (mapping, results, strategy)
  opendata       GeoJSON of partner cities, iCalendar of visits and events
  delegation-stats      statistics of the delegation desk (--municipality NAME [--year Y] --json)
  delegation-retention  delete delegation contacts' personal data older than the retention period
  bench          run the benchmarks
  migrate        create or upgrade the database

`udsyn COMMAND --help` tells more; any Django management command works too.
"""


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] in ("-h", "--help", "help"):
        print(USAGE)
        return 0
    command = argv[0].replace("-", "_")
    if command == "extract":
        from udsyn.extraction.cli import main as extract_main

        return extract_main(argv[1:])
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "udsyn.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["udsyn", command, *argv[1:]])
    return 0


if __name__ == "__main__":
    sys.exit(main())
