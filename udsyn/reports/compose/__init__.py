"""Turn a report's data into its document (udsyn.reports.document): the sections, texts, tables and charts every
format prints. Composing arranges and labels; every figure comes from the data layer as it is.
"""

from __future__ import annotations

from ..document import Document
from .mapping import compose_mapping
from .results import compose_results
from .strategy import compose_strategy

COMPOSERS = {"mapping": compose_mapping, "results": compose_results, "strategy": compose_strategy}


def compose(report) -> Document:
    """The document of `report`, in the active language (call inside translation.override)."""
    return COMPOSERS[report.kind](report)


__all__ = ["compose"]
