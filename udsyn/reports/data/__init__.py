"""The report-data layer: plain dataclasses computed once from the register; renderers only format them."""

from .mapping import MappingReport, mapping_data
from .results import ResultsReport, results_data
from .scope import ReportScope, ScopeError, resolve_scope
from .strategy import StrategyReport, strategy_data

__all__ = [
    "MappingReport", "ReportScope", "ResultsReport", "ScopeError", "StrategyReport",
    "mapping_data", "resolve_scope", "results_data", "strategy_data",
]
