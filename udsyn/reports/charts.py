"""Charts for the generated documents: drawn once as a scene of simple shapes, written as SVG (HTML, and vector
graphics in the PDF) or as a high-resolution PNG (DOCX, which cannot hold SVG).

A chart only draws numbers it is given (the report's data layer computed them); its numbers also stand in a table
beside it, so the chart is never the only way to read them.
"""

from __future__ import annotations

import datetime as dt
import io
import math
from dataclasses import dataclass, field
from decimal import Decimal
from html import escape

from . import formatting
from .fonts import FONT_NAME, pil_font, text_width

# Colour-blind safe series colours (Okabe-Ito), after the municipality's accent colour.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#999999"]
INK, MUTED, GRID = "#1a1a1a", "#555555", "#d9dee3"
WIDTH = 480.0  # points: the text width of an A4 page with 20 mm margins is about 482
FONT = 7.5
LABEL_MAX = 150.0  # widest category label in a horizontal bar chart, in points


# Charts ------------------------------------------------------------------------------------------------------------

@dataclass
class Series:
    name: str
    values: list[Decimal | int | None]
    colour: str = ""


@dataclass
class BarChart:
    title: str
    categories: list[str]
    series: list[Series]
    money: bool = False  # the values are amounts in DKK
    stacked: bool = False
    horizontal: bool = False

    @property
    def is_empty(self) -> bool:
        return not any(v for s in self.series for v in s.values)


@dataclass
class LineChart:
    """An indicator's measurements against the straight line from its starting point to its target."""

    title: str
    unit: str
    points: list[tuple[dt.date, Decimal]]
    start: tuple[dt.date, Decimal] | None
    target: tuple[dt.date, Decimal]
    labels: dict[str, str] = field(default_factory=dict)  # measurements, expected, target

    @property
    def is_empty(self) -> bool:
        return not self.points


# Scene -------------------------------------------------------------------------------------------------------------

@dataclass
class Rect:
    x: float
    y: float
    w: float
    h: float
    fill: str


@dataclass
class Line:
    points: list[tuple[float, float]]
    stroke: str
    width: float = 1.0
    dash: bool = False


@dataclass
class Dot:
    x: float
    y: float
    r: float
    fill: str
    diamond: bool = False


@dataclass
class Label:
    x: float
    y: float  # baseline
    text: str
    size: float = FONT
    anchor: str = "start"  # start, middle, end
    fill: str = INK
    bold: bool = False


@dataclass
class Scene:
    width: float
    height: float
    title: str
    items: list = field(default_factory=list)


def colours(chart: BarChart, accent: str) -> list[str]:
    palette = [accent] + [c for c in PALETTE if c.lower() != accent.lower()]
    return [s.colour or palette[i % len(palette)] for i, s in enumerate(chart.series)]


def nice_ticks(low: float, high: float, count: int = 5, whole: bool = False) -> list[float]:
    """Round tick values covering low..high (0, 2.000.000, 4.000.000 ...); `whole`: counts, no fractions."""
    if high <= low:
        high = low + 1
    raw = (high - low) / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    if whole:
        step = max(1, math.ceil(step))
    first = math.floor(low / step) * step
    ticks = [first]
    while ticks[-1] < high - 1e-9:
        ticks.append(ticks[-1] + step)
    return ticks


def _value_text(chart: BarChart, value: float) -> str:
    from udsyn.core.money import Money

    if chart.money:
        return formatting.money_short(Money(Decimal(str(round(value))), "DKK"))
    return formatting.number(Decimal(str(value)).normalize() if value != int(value) else int(value))


def _legend(scene: Scene, names: list[str], fills: list[str], x: float, y: float, width: float) -> float:
    """Coloured squares with names, wrapped to `width`; returns the y below the legend."""
    cursor = x
    for name, fill in zip(names, fills, strict=True):
        needed = 12 + text_width(name, FONT) + 12
        if cursor + needed > x + width and cursor > x:
            cursor, y = x, y + 12
        scene.items.append(Rect(cursor, y - 7, 8, 8, fill))
        scene.items.append(Label(cursor + 11, y, name))
        cursor += needed
    return y + 10


def _fit(text: str, width: float, size: float = FONT) -> str:
    if text_width(text, size) <= width:
        return text
    while text and text_width(text + "…", size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def draw_bars(chart: BarChart, accent: str) -> Scene:
    fills = colours(chart, accent)
    scene = Scene(WIDTH, 0, chart.title)
    y = 4.0
    if len(chart.series) > 1:
        y = _legend(scene, [s.name for s in chart.series], fills, 0, y + 8, WIDTH) + 4
    values = [[float(v or 0) for v in s.values] for s in chart.series]
    if chart.stacked:
        largest = max((sum(col) for col in zip(*values, strict=True)), default=0)
    else:
        largest = max((v for row in values for v in row), default=0)
    whole = not chart.money and all(isinstance(v, int) for s in chart.series for v in s.values if v is not None)
    ticks = nice_ticks(0, largest or 1, whole=whole)
    top = ticks[-1]
    if chart.horizontal:
        return _horizontal(chart, scene, values, fills, ticks, top, y)
    return _vertical(chart, scene, values, fills, ticks, top, y)


def _horizontal(chart, scene, values, fills, ticks, top, y) -> Scene:
    label_width = min(LABEL_MAX, max((text_width(c, FONT) for c in chart.categories), default=0)) + 6
    ends = [sum(column) for column in zip(*values, strict=True)] if chart.stacked else \
        [v for row in values for v in row]
    value_width = max([text_width(_value_text(chart, t), FONT) for t in ticks]
                      + [text_width(_value_text(chart, v), FONT) + 6 for v in ends]) + 4
    left, right = label_width, WIDTH - value_width
    band = 11.0 if chart.stacked else 9.0 * len(chart.series)
    row = band + 7
    plot_top = y + 4
    plot_bottom = plot_top + row * len(chart.categories)
    for tick in ticks:
        x = left + (right - left) * tick / top
        scene.items.append(Line([(x, plot_top), (x, plot_bottom)], GRID, 0.6))
        scene.items.append(Label(x, plot_bottom + 10, _value_text(chart, tick), anchor="middle", fill=MUTED))
    for i, category in enumerate(chart.categories):
        y0 = plot_top + i * row + 3.5
        scene.items.append(Label(left - 6, y0 + band / 2 + 2.7, _fit(category, LABEL_MAX), anchor="end"))
        x = left
        for j, series in enumerate(values):
            value = series[i]
            length = (right - left) * value / top
            if chart.stacked:
                if length > 0:
                    scene.items.append(Rect(x, y0, length, band, fills[j]))
                x += length
            else:
                bar = band / len(values)
                if length > 0:
                    scene.items.append(Rect(left, y0 + j * bar, length, bar - 1, fills[j]))
                total = value
                scene.items.append(Label(left + length + 3, y0 + j * bar + bar / 2 + 2.5,
                                         _value_text(chart, total) if total else "", fill=MUTED))
        if chart.stacked:
            total = sum(s[i] for s in values)
            scene.items.append(Label(x + 3, y0 + band / 2 + 2.7, _value_text(chart, total) if total else "",
                                     fill=MUTED))
    scene.items.append(Line([(left, plot_top), (left, plot_bottom)], INK, 0.8))
    scene.height = plot_bottom + 16
    return scene


def _vertical(chart, scene, values, fills, ticks, top, y) -> Scene:
    axis_width = max(text_width(_value_text(chart, t), FONT) for t in ticks) + 6
    left, right = axis_width, WIDTH - 4
    plot_top, plot_bottom = y + 8, y + 8 + 170
    slot = (right - left) / max(len(chart.categories), 1)
    bar = min(36.0, slot * 0.62)
    for tick in ticks:
        yy = plot_bottom - (plot_bottom - plot_top) * tick / top
        scene.items.append(Line([(left, yy), (right, yy)], GRID, 0.6))
        scene.items.append(Label(left - 4, yy + 2.5, _value_text(chart, tick), anchor="end", fill=MUTED))
    for i, category in enumerate(chart.categories):
        x = left + slot * i + (slot - bar) / 2
        bottom = plot_bottom
        for j, series in enumerate(values):
            height = (plot_bottom - plot_top) * series[i] / top
            if chart.stacked:
                if height > 0:
                    scene.items.append(Rect(x, bottom - height, bar, height, fills[j]))
                bottom -= height
            elif height > 0:
                width = bar / len(values)
                scene.items.append(Rect(x + j * width, plot_bottom - height, width - 1, height, fills[j]))
        for n, line in enumerate(_lines(category, slot - 2)):
            scene.items.append(Label(x + bar / 2, plot_bottom + 10 + n * 9, line, anchor="middle"))
    scene.items.append(Line([(left, plot_bottom), (right, plot_bottom)], INK, 0.8))
    two_lines = any(len(_lines(c, slot - 2)) > 1 for c in chart.categories)
    scene.height = plot_bottom + (25 if two_lines else 16)
    return scene


def _lines(text: str, width: float) -> list[str]:
    """A category label on one line, or on two split at a space, each cut to `width`."""
    if text_width(text, FONT) <= width or " " not in text:
        return [_fit(text, width)]
    first, _space, rest = text.partition(" ")
    return [_fit(first, width), _fit(rest, width)]


def draw_line(chart: LineChart, accent: str) -> Scene:
    scene = Scene(WIDTH, 0, chart.title)
    labels = chart.labels
    y = _legend(scene, [labels.get("measurements", ""), labels.get("expected", ""), labels.get("target", "")],
                [accent, MUTED, "#b3261e"], 0, 12, WIDTH) + 4
    dates = [p[0] for p in chart.points] + [chart.target[0]] + ([chart.start[0]] if chart.start else [])
    first, last = min(dates), max(dates)
    first, last = dt.date(first.year, 1, 1), dt.date(last.year + 1, 1, 1)
    numbers = [float(p[1]) for p in chart.points] + [float(chart.target[1])] + (
        [float(chart.start[1])] if chart.start else [])
    ticks = nice_ticks(min(0.0, min(numbers)), max(numbers))
    axis_width = max(text_width(formatting.number(Decimal(str(t)).normalize()), FONT) for t in ticks) + 6
    left, right = axis_width, WIDTH - 14  # room for the last year's label
    plot_top, plot_bottom = y + 6, y + 6 + 130
    span = (last - first).days or 1

    def at(day: dt.date, value: float) -> tuple[float, float]:
        return (left + (right - left) * (day - first).days / span,
                plot_bottom - (plot_bottom - plot_top) * (value - ticks[0]) / (ticks[-1] - ticks[0]))

    for tick in ticks:
        _x, yy = at(first, tick)
        scene.items.append(Line([(left, yy), (right, yy)], GRID, 0.6))
        scene.items.append(Label(left - 4, yy + 2.5, formatting.number(Decimal(str(tick)).normalize()),
                                 anchor="end", fill=MUTED))
    years = list(range(first.year, last.year + 1))
    step = max(1, math.ceil(len(years) / 10))
    for year in years[::step]:
        x, _y = at(dt.date(year, 1, 1), ticks[0])
        scene.items.append(Line([(x, plot_bottom), (x, plot_bottom + 3)], INK, 0.6))
        scene.items.append(Label(x, plot_bottom + 11, str(year), anchor="middle", fill=MUTED))
    if chart.start:
        scene.items.append(Line([at(chart.start[0], float(chart.start[1])),
                                 at(chart.target[0], float(chart.target[1]))], MUTED, 1.0, dash=True))
    tx, ty = at(chart.target[0], float(chart.target[1]))
    scene.items.append(Dot(tx, ty, 4, "#b3261e", diamond=True))
    points = [at(d, float(v)) for d, v in chart.points]
    if len(points) > 1:
        scene.items.append(Line(points, accent, 1.6))
    for x, yy in points:
        scene.items.append(Dot(x, yy, 2.6, accent))
    scene.items.append(Line([(left, plot_bottom), (right, plot_bottom)], INK, 0.8))
    scene.height = plot_bottom + 16
    return scene


def draw(chart: BarChart | LineChart, accent: str) -> Scene:
    return draw_line(chart, accent) if isinstance(chart, LineChart) else draw_bars(chart, accent)


# Writers -----------------------------------------------------------------------------------------------------------

ANCHORS_SVG = {"start": "start", "middle": "middle", "end": "end"}


def to_svg(scene: Scene) -> str:
    """Inline SVG that scales to its column (viewBox in points)."""
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {scene.width:.1f} {scene.height:.1f}" '
             f'width="{scene.width:.1f}pt" height="{scene.height:.1f}pt" role="img" aria-label="{escape(scene.title)}"'
             f' font-family="{FONT_NAME}, sans-serif">', f"<title>{escape(scene.title)}</title>"]
    for item in scene.items:
        if isinstance(item, Rect):
            parts.append(f'<rect x="{item.x:.2f}" y="{item.y:.2f}" width="{item.w:.2f}" height="{item.h:.2f}" '
                         f'fill="{item.fill}"/>')
        elif isinstance(item, Line):
            points = " ".join(f"{x:.2f},{y:.2f}" for x, y in item.points)
            dash = ' stroke-dasharray="4 3"' if item.dash else ""
            parts.append(f'<polyline points="{points}" fill="none" stroke="{item.stroke}" '
                         f'stroke-width="{item.width}"{dash}/>')
        elif isinstance(item, Dot):
            if item.diamond:
                r = item.r
                parts.append(f'<polygon points="{item.x:.2f},{item.y - r:.2f} {item.x + r:.2f},{item.y:.2f} '
                             f'{item.x:.2f},{item.y + r:.2f} {item.x - r:.2f},{item.y:.2f}" fill="{item.fill}"/>')
            else:
                parts.append(f'<circle cx="{item.x:.2f}" cy="{item.y:.2f}" r="{item.r}" fill="{item.fill}"/>')
        elif isinstance(item, Label) and item.text:
            weight = ' font-weight="bold"' if item.bold else ""
            parts.append(f'<text x="{item.x:.2f}" y="{item.y:.2f}" font-size="{item.size}" '
                         f'text-anchor="{ANCHORS_SVG[item.anchor]}" fill="{item.fill}"{weight}>{escape(item.text)}'
                         f"</text>")
    parts.append("</svg>")
    return "".join(parts)


ANCHORS_PIL = {"start": "ls", "middle": "ms", "end": "rs"}


def to_png(scene: Scene, scale: float = 4.0) -> bytes:
    """The same scene as a PNG of `scale` pixels per point (4: about 290 dpi when printed at its size)."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (math.ceil(scene.width * scale), math.ceil(scene.height * scale)), "white")
    draw = ImageDraw.Draw(image)
    fonts: dict[tuple[int, bool], object] = {}

    def s(value: float) -> float:
        return value * scale

    for item in scene.items:
        if isinstance(item, Rect):
            x0, y0 = s(item.x), s(item.y)
            draw.rectangle([x0, y0, max(x0, s(item.x + item.w) - 1), max(y0, s(item.y + item.h) - 1)],
                           fill=item.fill)
        elif isinstance(item, Line):
            points = [(s(x), s(y)) for x, y in item.points]
            if item.dash:
                _dashed(draw, points, item.stroke, max(1, round(s(item.width))), s(4), s(3))
            else:
                draw.line(points, fill=item.stroke, width=max(1, round(s(item.width))), joint="curve")
        elif isinstance(item, Dot):
            r = s(item.r)
            if item.diamond:
                draw.polygon([(s(item.x), s(item.y) - r), (s(item.x) + r, s(item.y)), (s(item.x), s(item.y) + r),
                              (s(item.x) - r, s(item.y))], fill=item.fill)
            else:
                draw.ellipse([s(item.x) - r, s(item.y) - r, s(item.x) + r, s(item.y) + r], fill=item.fill)
        elif isinstance(item, Label) and item.text:
            key = (round(s(item.size)), item.bold)
            if key not in fonts:
                fonts[key] = pil_font(*key)
            draw.text((s(item.x), s(item.y)), item.text, fill=item.fill, font=fonts[key],
                      anchor=ANCHORS_PIL[item.anchor])
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def _dashed(draw, points: list[tuple[float, float]], fill: str, width: int, on: float, off: float) -> None:
    for (x1, y1), (x2, y2) in zip(points, points[1:], strict=False):
        length = math.hypot(x2 - x1, y2 - y1)
        position = 0.0
        while position < length:
            end = min(position + on, length)
            draw.line([(x1 + (x2 - x1) * position / length, y1 + (y2 - y1) * position / length),
                       (x1 + (x2 - x1) * end / length, y1 + (y2 - y1) * end / length)], fill=fill, width=width)
            position += on + off

