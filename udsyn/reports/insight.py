"""Data for the insight pages: who is connected to which network, project and partner city (a graph laid out in
layers on the server), external funding per programme per year and membership fees per department (charts).

Every figure uses the counting rules of udsyn.reports.data.rules and the currency handling of udsyn.reports.totals,
so the pages and the generated reports agree.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.utils.translation import gettext as _

from udsyn.memberships.models import Membership
from udsyn.partners.models import Partner
from udsyn.projects.models import Project

from .data import rules
from .data.scope import ReportScope
from .totals import Converter, MoneyTotal, RateUsed, money_or_none

# Kinds of relation on the map, each with its colour (colour-blind safe, from the Okabe-Ito palette).
KIND_COLOURS = {"twin_city": "#0072B2", "sister_city": "#009E73", "cooperation_agreement": "#E69F00",
                "memorandum": "#CC79A7", "project_partner": "#D55E00"}
PROGRAMME_COLOURS = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#999999"]
MAX_PER_LAYER = 40  # a readable graph: the best-connected nodes of each layer, the rest counted


# Graph -------------------------------------------------------------------------------------------------------------

@dataclass
class Node:
    id: str
    label: str
    layer: int
    kind: str
    degree: int = 0
    x: float = 0
    y: float = 0


@dataclass
class Edge:
    source: str
    target: str
    kind: str
    path: str = ""  # SVG path, set by the layout


@dataclass
class Graph:
    nodes: list[Node]
    edges: list[Edge]
    layers: list[str]
    hidden: dict[int, int]  # layer -> nodes left out
    width: int = 0
    height: int = 0
    connections: list[dict] = field(default_factory=list)  # the table beside the graph

    def node(self, node_id: str) -> Node:
        return next(n for n in self.nodes if n.id == node_id)


def network_graph(scope: ReportScope) -> Graph:
    """Layers: networks | departments (under the municipality) | projects | partner cities."""
    nodes: dict[str, Node] = {"m": Node("m", scope.municipality.name, 1, "municipality")}
    edges: list[Edge] = []
    table: dict[int, dict] = {}
    for d in scope.departments:
        nodes[f"d{d.pk}"] = Node(f"d{d.pk}", d.short_name or d.name, 1, "department")
        edges.append(Edge("m", f"d{d.pk}", "part"))
        table[d.pk] = {"department": d.name, "networks": 0, "projects": 0, "partners": 0}

    memberships = rules.active_memberships(scope.records(Membership), scope.until)
    for department_id, org_id, org_name, acronym in memberships.values_list(
            "department_id", "organisation_id", "organisation__name", "organisation__acronym"):
        nodes.setdefault(f"o{org_id}", Node(f"o{org_id}", acronym or org_name, 0, "network"))
        edges.append(Edge(f"d{department_id}", f"o{org_id}", "membership"))
        table[department_id]["networks"] += 1
    for pk, department_id, name, acronym in rules.ongoing_projects(scope.records(Project), scope.until) \
            .values_list("pk", "department_id", "name", "acronym"):
        nodes[f"p{pk}"] = Node(f"p{pk}", acronym or name, 2, "project")
        edges.append(Edge(f"d{department_id}", f"p{pk}", "project"))
        table[department_id]["projects"] += 1
    partners = rules.active_partners(Partner.objects.filter(department__municipality=scope.municipality),
                                     scope.until).select_related("city").prefetch_related("departments_involved")
    wanted = set(scope.department_ids)
    for p in partners:
        under = ({p.department_id} | {d.pk for d in p.departments_involved.all()}) & wanted
        if under:
            nodes.setdefault(f"c{p.city_id}", Node(f"c{p.city_id}", p.city.name, 3, "city"))
        for department_id in sorted(under):
            edges.append(Edge(f"d{department_id}", f"c{p.city_id}", "partner"))
            table[department_id]["partners"] += 1

    for edge in edges:
        nodes[edge.source].degree += 1
        nodes[edge.target].degree += 1
    graph = Graph(list(nodes.values()), edges, [_("Networks"), _("Departments"), _("Projects"), _("Partner cities")],
                  {}, connections=list(table.values()))
    _layout(graph)
    return graph


def _layout(graph: Graph, column: int = 260, row: int = 26, margin: int = 24) -> None:
    """Columns per layer; inside a column, nodes sorted by the mean position of their departments (fewer crossings)."""
    by_layer: dict[int, list[Node]] = defaultdict(list)
    for node in graph.nodes:
        by_layer[node.layer].append(node)
    for layer, members in by_layer.items():
        if len(members) > MAX_PER_LAYER and layer != 1:
            members.sort(key=lambda n: (-n.degree, n.label))
            graph.hidden[layer] = len(members) - MAX_PER_LAYER
            by_layer[layer] = members[:MAX_PER_LAYER]
    kept = {n.id for members in by_layer.values() for n in members}
    graph.nodes = [n for n in graph.nodes if n.id in kept]
    graph.edges = [e for e in graph.edges if e.source in kept and e.target in kept]
    departments = by_layer[1]
    departments.sort(key=lambda n: (n.kind != "municipality", n.label))
    for i, node in enumerate(departments):
        node.y = margin + 20 + i * row
    position = {n.id: n.y for n in departments}
    neighbours: dict[str, list[float]] = defaultdict(list)
    for edge in graph.edges:
        if edge.source in position and edge.target not in position:
            neighbours[edge.target].append(position[edge.source])
    for layer in (0, 2, 3):
        members = by_layer.get(layer, [])
        members.sort(key=lambda n: (sum(neighbours[n.id]) / max(len(neighbours[n.id]), 1), n.label))
        for i, node in enumerate(members):
            node.y = margin + 20 + i * row
    for layer, members in by_layer.items():
        for node in members:
            node.x = margin + layer * column
    nodes = {n.id: n for n in graph.nodes}
    for edge in graph.edges:
        a, b = sorted((nodes[edge.source], nodes[edge.target]), key=lambda n: (n.x, n.y))
        if a.x == b.x:  # municipality to department: a bow to the left of the column
            edge.path = f"M{a.x:.0f},{a.y:.0f} C{a.x - 60:.0f},{a.y:.0f} {b.x - 60:.0f},{b.y:.0f} {b.x:.0f},{b.y:.0f}"
        else:
            middle = (a.x + b.x) / 2
            edge.path = f"M{a.x:.0f},{a.y:.0f} C{middle:.0f},{a.y:.0f} {middle:.0f},{b.y:.0f} {b.x:.0f},{b.y:.0f}"
    tallest = max((len(m) for m in by_layer.values()), default=1)
    graph.width = margin * 2 + 3 * column + 180
    graph.height = margin * 2 + 20 + tallest * row


# Charts ------------------------------------------------------------------------------------------------------------

@dataclass
class Bar:
    label: str
    value: Decimal  # DKK
    detail: MoneyTotal
    share: float = 0  # of the largest bar, 0..1


@dataclass
class FundingSeries:
    programme: str
    colour: str
    by_year: dict[int, MoneyTotal]
    total: MoneyTotal


@dataclass
class FundingChart:
    years: list[str]  # the years of the period, with "before 2022" / "no start date" columns when needed
    series: list[FundingSeries]
    year_totals: dict[int, MoneyTotal]
    total: MoneyTotal
    rates: list[RateUsed]
    missing_rates: list[str]

    @property
    def largest_year(self) -> Decimal:
        return max((t.dkk.amount for t in self.year_totals.values() if t.dkk is not None), default=Decimal(0))


def funding_chart(scope: ReportScope) -> FundingChart:
    """External funding brought home in the period by programme and start year: the mapping report's figures
    (udsyn.reports.data.mapping.funding_by_year), with a column for projects without a start date when such
    projects exist."""
    from .data.mapping import funding_by_year

    converter = Converter(scope.until)
    f = funding_by_year(scope, converter)
    series = [FundingSeries(p, PROGRAMME_COLOURS[i % len(PROGRAMME_COLOURS)], f.cells[p], f.programme_totals[p])
              for i, p in enumerate(f.programmes)]
    return FundingChart(f.columns, series, f.column_totals, f.total, converter.rates_used, converter.missing_rates)


def fee_bars(scope: ReportScope) -> tuple[list[Bar], MoneyTotal, list[RateUsed], list[str]]:
    """Annual fees of active memberships per department, in DKK where rates allow."""
    converter = Converter(scope.until)
    fees: dict[int, list] = defaultdict(list)
    for department_id, fee, currency in rules.active_memberships(scope.records(Membership), scope.until) \
            .values_list("department_id", "annual_fee", "fee_currency"):
        fees[department_id].append(money_or_none(fee, currency))
    bars = []
    for d in scope.departments:
        detail = converter.total(fees.get(d.pk, []))
        bars.append(Bar(d.name, detail.dkk.amount if detail.dkk else detail.amount_in("DKK"), detail))
    largest = max((b.value for b in bars), default=Decimal(0))
    for bar in bars:
        bar.share = float(bar.value / largest) if largest else 0
    bars.sort(key=lambda b: (-b.value, b.label))
    total = converter.total(a for values in fees.values() for a in values)
    return bars, total, converter.rates_used, converter.missing_rates


@dataclass
class Segment:
    x: float
    y: float
    width: float
    height: float
    colour: str
    title: str


def funding_segments(chart: FundingChart, plot_height: int = 220, bar: int = 34, gap: int = 18,
                     left: int = 70, top: int = 10) -> tuple[list[Segment], list[dict], int]:
    """Stacked bars per year (DKK), their year labels, and the drawing's width. Amounts without a rate are left
    out of the bars (the table beside shows them)."""
    from . import formatting

    largest = chart.largest_year or Decimal(1)
    segments, labels = [], []
    for i, year in enumerate(chart.years):
        x = left + gap + i * (bar + gap)
        y = top + plot_height
        for series in chart.series:
            total = series.by_year[year]
            if total.dkk is None or not total.dkk.amount:
                continue
            height = float(total.dkk.amount / largest) * plot_height
            y -= height
            segments.append(Segment(x, y, bar, height, series.colour,
                                    f"{series.programme} {year}: {formatting.money(total.dkk)}"))
        # A year, or a label of words ("uden startdato") on two lines: wider than its bar, it ran into the next.
        labels.append({"x": x + bar / 2, "year": year, "lines": two_lines(str(year))})
    return segments, labels, left + gap + len(chart.years) * (bar + gap)


def two_lines(label: str) -> list[str]:
    """A bar's label on at most two lines, broken where the longer line is shortest ("no start" / "date"): the chart
    has room for two under its axis, and a third ("no / start / date") was cut off."""
    words = label.split()
    if len(words) <= 2:
        return words
    splits = [(" ".join(words[:i]), " ".join(words[i:])) for i in range(1, len(words))]
    return list(min(splits, key=lambda pair: max(len(pair[0]), len(pair[1]))))
