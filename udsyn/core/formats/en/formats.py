"""English as written in Denmark and the rest of Europe: day before month (`7 December 2026`; in tables `7 Dec 2026`),
a 24-hour clock, weeks from Monday. Django's own `en` is American (`Dec. 7, 2026`, `12/07/2026`), which a Danish
reader of the English pages takes for 12 July.

A table's date names its month, as the reports' tables do (babel's en_GB medium date, udsyn.reports.formatting): no
reader can take it for month-first, and with no-break spaces it stays on one line (`07-12-2026` broke after its
hyphens in a narrow column). The spreadsheets write `dd-mm-yyyy`.
"""

DATE_FORMAT = "j F Y"
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "j F Y, H:i"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j F"
SHORT_DATE_FORMAT = "j\u00a0M\u00a0Y"
SHORT_DATETIME_FORMAT = "j\u00a0M\u00a0Y H:i"
FIRST_DAY_OF_WEEK = 1

# What a date typed in English may look like: day first, with numbers or the month's name (every form with the
# month's name that Django's `en` took stays); ISO (2026-12-07, what the pages' date pickers send) is added by Django
# to every language's list. Only the American month-first numbers are left out: 07/12/2026 means 7 December here.
# The first is how a text field writes a date back.
DATE_INPUT_FORMATS = [
    "%d-%m-%Y",  # '07-12-2026'
    "%d/%m/%Y",  # '07/12/2026'
    "%d.%m.%Y",  # '07.12.2026'
    "%d/%m/%y",  # '07/12/26'
    "%d %b %Y",  # '7 Dec 2026'
    "%d\u00a0%b\u00a0%Y",  # '7 Dec 2026' copied from a table
    "%d %b, %Y",  # '7 Dec, 2026'
    "%d %B %Y",  # '7 December 2026'
    "%d %B, %Y",  # '7 December, 2026'
    "%b %d %Y",  # 'Dec 7 2026'
    "%b %d, %Y",  # 'Dec 7, 2026'
    "%B %d %Y",  # 'December 7 2026'
    "%B %d, %Y",  # 'December 7, 2026'
]
DATETIME_INPUT_FORMATS = [
    "%d-%m-%Y %H:%M:%S",
    "%d-%m-%Y %H:%M",
    "%d/%m/%Y %H:%M:%S",
    "%d/%m/%Y %H:%M",
    "%d.%m.%Y %H:%M:%S",
    "%d.%m.%Y %H:%M",
]
DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = ","
NUMBER_GROUPING = 3
