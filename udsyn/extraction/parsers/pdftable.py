"""Tables in a PDF page read by where their letters stand, not by the order they were drawn in.

A PDF writer draws a table cell by cell, so a cell that wraps ("Interreg Baltic Sea / Region") comes out of the
text layer before its neighbours, and a row's cells end up on different lines. Here the page's glyph boxes are
grouped into visual lines (by height on the page) and each line into pieces (by the gaps between letters); a run
of lines whose pieces fall into the columns of a header line of three or more pieces is a table. Rows are
separated by the horizontal rules drawn between them, or else start where three in five columns begin at once
(cells are top-aligned in most reports). The table's text is replaced by one "Header: value; ..." line per row, as the
other formats' tables are (sheet.rows_to_lines).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .sheet import rows_to_lines

MIN_COLUMNS = 3


@dataclass
class Piece:
    x0: float
    x1: float
    text: str
    indices: list[int]


@dataclass
class Line:
    top: float
    bottom: float
    height: float
    pieces: list[Piece] = field(default_factory=list)


def rebuild_tables(page, textpage, text: str) -> str | None:
    """text with every table found on the page replaced by its rows, or None when the page holds no table."""
    lines = _visual_lines(textpage, text)
    tables = _tables(lines)
    if not tables:
        return None
    rules = _horizontal_rules(page)
    out, pos = [], 0
    for table in tables:
        indices = [i for line in table for piece in line.pieces for i in piece.indices]
        lo, hi = min(indices), max(indices)
        if lo < pos:
            continue
        rows = _rows(table, rules)
        out.append(text[pos:lo].rstrip(" "))
        out.append("\n" + "\n".join(rows_to_lines(rows)) + "\n")
        pos = hi + 1
    out.append(text[pos:])
    return "".join(out)


def _visual_lines(textpage, text: str) -> list[Line]:
    boxes = []
    for i, ch in enumerate(text):
        if ch.isspace():
            continue
        left, bottom, right, top = textpage.get_charbox(i)
        if right > left:
            boxes.append((i, ch, left, bottom, right, top))
    boxes.sort(key=lambda b: (-b[3], b[2]))
    lines: list[Line] = []
    for box in boxes:
        height = max(box[5] - box[3], 1.0)
        middle = (box[3] + box[5]) / 2  # an apostrophe or a comma sits high or low, but within its line
        line = next((ln for ln in reversed(lines[-3:]) if abs(ln.bottom - box[3]) < 0.5 * max(height, ln.height)
                     or ln.bottom <= middle <= ln.top), None)
        if line is None:
            line = Line(top=box[5], bottom=box[3], height=height)
            lines.append(line)
        line.top, line.height = max(line.top, box[5]), max(line.height, height)
        line.pieces.append(Piece(box[2], box[4], box[1], [box[0]]))
    for line in lines:
        line.pieces = _merge(sorted(line.pieces, key=lambda p: p.x0), line.height, text)
    lines.sort(key=lambda ln: -ln.bottom)
    return lines


def _merge(chars: list[Piece], height: float, text: str) -> list[Piece]:
    """Letters into pieces: a gap wider than a letter's height parts two cells; a narrower one joins, with a space
    where the text layer has one between the two letters or the gap is a word space wide."""
    pieces: list[Piece] = []
    for ch in chars:
        last = pieces[-1] if pieces else None
        # a bracket one space after a word goes with it ("Budget (EUR)" in a monospaced font, a space as wide as a
        # letter is high)
        bracket = ch.text == "(" and last is not None and text[last.indices[-1] + 1:ch.indices[0]] == " "
        if last is not None and ch.x0 - last.x1 <= (1.8 if bracket else 1.0) * height:
            i, j = last.indices[-1], ch.indices[0]
            # the text layer's own space decides; a wide gap only between letters it did not write in a row (a
            # monospaced "420.000" has wide gaps around its narrow point, but no space in the text layer)
            spaced = (j > i + 1 and text[i + 1:j].isspace()) or (j != i + 1 and ch.x0 - last.x1 > 0.45 * height)
            last.text += (" " if spaced else "") + ch.text
            last.x1 = max(last.x1, ch.x1)
            last.indices += ch.indices
        else:
            pieces.append(Piece(ch.x0, ch.x1, ch.text, list(ch.indices)))
    return pieces


def _tables(lines: list[Line]) -> list[list[Line]]:
    """Runs of lines under a header of three or more pieces whose pieces all start in its columns."""
    tables, i = [], 0
    while i < len(lines):
        head = lines[i]
        if len(head.pieces) < MIN_COLUMNS:
            i += 1
            continue
        anchors = [p.x0 for p in head.pieces]
        j = i + 1
        while j < len(lines) and _fits(lines[j], anchors, lines[j - 1]):
            j += 1
        body = lines[i + 1:j]
        if sum(len(ln.pieces) >= MIN_COLUMNS - 1 for ln in body) >= 2:
            tables.append(lines[i:j])
            i = j
        else:
            i += 1
    return tables


def _fits(line: Line, anchors: list[float], above: Line) -> bool:
    """A line of the table: near the line above, and every piece starts at a column and ends before the next."""
    if above.bottom - line.top > 2.5 * line.height:
        return False  # a gap as wide as a paragraph break: the table has ended
    for piece in line.pieces:
        col = _column(piece.x0, anchors)
        if col is None:
            return False
        if col + 1 < len(anchors) and piece.x1 > anchors[col + 1] + 1:
            return False  # runs across the next column: running text, not a cell
    return True


def _column(x: float, anchors: list[float]) -> int | None:
    """The column a piece starting at x belongs to (cells are left-aligned, or start a little inside)."""
    col = None
    for k, a in enumerate(anchors):
        if x >= a - 4:
            col = k
    return col


def _horizontal_rules(page) -> list[float]:
    """Heights of the horizontal lines drawn on the page (a table's row borders)."""
    try:
        import pypdfium2.raw as pdfium_c

        objects = page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH])
        bounds = [obj.get_bounds() for obj in objects]
    except Exception:  # noqa: BLE001 - a damaged drawing only costs the rules; rows fall back to alignment
        return []
    return sorted({round((b[1] + b[3]) / 2, 1) for b in bounds if b[3] - b[1] < 2.5 and b[2] - b[0] > 40})


def _rows(table: list[Line], rules: list[float]) -> list[list[str]]:
    """The table's cells, row by row (the header first), each cell's wrapped lines joined."""
    anchors = [p.x0 for p in table[0].pieces]
    rows: list[list[list[str]]] = []
    for k, line in enumerate(table):
        if not rows or _new_row(line, table[k - 1], anchors, rules):
            rows.append([[] for _ in anchors])
        for piece in line.pieces:
            rows[-1][_column(piece.x0, anchors) or 0].append(piece.text)
    return [[_join(cell) for cell in row] for row in rows]


def _new_row(line: Line, above: Line, anchors: list[float], rules: list[float]) -> bool:
    between = [r for r in rules if line.top <= r <= above.bottom + 0.5]
    if rules and len(rules) >= 3:
        return bool(between)  # a drawn grid: a rule between two lines parts two rows
    filled = {_column(p.x0, anchors) for p in line.pieces}
    # Most cells begin at once on a row's first line; a wrapped row's next line continues two cells at most.
    return len(filled) >= max(2, -(-3 * len(anchors) // 5))


def _join(parts: list[str]) -> str:
    """A wrapped cell's lines as one text; a word broken at its hyphen is joined without a space."""
    out = ""
    for part in parts:
        if out.endswith("-") and part[:1].islower():
            out += part
        else:
            out = f"{out} {part}" if out else part
    return out
