"""Names from the managed lists, printed in the report's language.

Programme and funding-source names are kept in the register as entered (the demo's list is in English); the names
of udsyn's managed list are translated, so a Danish report reads "Kommunens eget budget", not "Own budget". The
table lives with the list (udsyn.projects.models.GENERIC_NAMES), so the web pages and the reports say the same.
Proper names (Interreg North Sea, Horizon 2020, Erasmus+) are the same in every language and are not listed.
"""

from __future__ import annotations

from udsyn.projects.models import GENERIC_NAMES as PROGRAMMES  # noqa: F401 - the one table, kept with the list
from udsyn.projects.models import programme_label as programme  # noqa: F401 - the report's name for it
