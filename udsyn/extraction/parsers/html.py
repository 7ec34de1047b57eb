"""HTML: the main content via trafilatura (menus, footers dropped); plain tag stripping as fallback."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from ..model import ParsedDocument
from ..sniff import HTML
from .htmltables import tables_to_lines
from .sheet import rows_to_lines
from .text import decode_text


class HtmlParser:
    def parse(self, data: bytes, name: str) -> ParsedDocument:
        markup = tables_to_lines(decode_text(data))
        text = _main_content(markup)
        if not text or len(text.strip()) < 40:
            text = strip_tags(markup)
        elif _HEADING_TAG.search(markup) and not _HEADING_LINE.search(text):
            # trafilatura's fallback for a short page keeps the words but not the headings and list items that tell
            # what a section lists (Beneficiaries, Key facts): the page's own blocks, without its menus and footer.
            text = strip_tags(markup, content_only=True)
        else:
            own = strip_tags(markup, content_only=True)
            if _lost_headings(text, own):
                # Cards ("<article><h2>Town</h2><p>Country · since 1993</p>"): trafilatura keeps one card's heading
                # and drops the others and their short lines, which tell what each card is.
                text = own
        return ParsedDocument(name=name, mime=HTML, pages=[pipe_tables_to_rows(text)])


_HEADING_TAG = re.compile(r"<h[1-6][\s>]", re.I)
_HEADING_LINE = re.compile(r"^#{1,6} ", re.M)
def _lost_headings(text: str, own: str) -> bool:
    """trafilatura's text keeps under half the headings of the page's own blocks (at least three)."""
    kept, there = len(_HEADING_LINE.findall(text)), len(_HEADING_LINE.findall(own))
    return there >= 3 and kept * 2 < there


_PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_RULE_ROW = re.compile(r"^\s*\|(?:\s*:?-{2,}:?\s*\|)+\s*$")


def pipe_tables_to_rows(text: str) -> str:
    """Markdown tables ("| a | b |" under a header and a "|---|" rule) as "Header: value; ..." lines, the
    way the DOCX and sheet parsers write table rows, so one reader (tables.py) maps every table by its header."""
    lines, out, i = text.split("\n"), [], 0
    while i < len(lines):
        if _PIPE_ROW.match(lines[i]) and i + 1 < len(lines) and _RULE_ROW.match(lines[i + 1]):
            rows = [_cells(lines[i])]
            i += 2
            while i < len(lines) and _PIPE_ROW.match(lines[i]):
                rows.append(_cells(lines[i]))
                i += 1
            out.extend(rows_to_lines(rows))
            continue
        out.append(lines[i])
        i += 1
    return "\n".join(out)


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def _main_content(markup: str) -> str | None:
    import trafilatura

    try:
        text = trafilatura.extract(markup, include_tables=True, include_comments=False,
                                   output_format="markdown", favor_recall=True)
    except Exception:  # noqa: BLE001 - trafilatura/lxml can fail on broken markup; we have a fallback
        return None
    if text and "\n\n" not in text:
        # On a short page trafilatura falls back to one block per line without blank lines between; a line is
        # a block all the same (a paragraph, a heading, a table row), as in its usual output.
        text = text.replace("\n", "\n\n")
    return text


class _Stripper(HTMLParser):
    _BLOCK = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "table"}
    _SKIP = {"script", "style", "noscript", "template"}

    _FURNITURE = {"nav", "header", "footer", "aside", "form", "button", "title", "head", "select"}

    def __init__(self, content_only: bool = False) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0
        self._skipped = self._SKIP | self._FURNITURE if content_only else self._SKIP

    def handle_starttag(self, tag, attrs):
        if tag in self._skipped:
            self._skip += 1
        elif tag in self._BLOCK:
            self.parts.append("\n")
            if tag == "li":
                self.parts.append("- ")
            elif tag[0] == "h" and tag[1:].isdigit():
                self.parts.append("#" * int(tag[1:]) + " ")

    def handle_endtag(self, tag):
        if tag in self._skipped and self._skip:
            self._skip -= 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def strip_tags(markup: str, content_only: bool = False) -> str:
    """Visible text of markup with block elements on their own lines (content_only: without the page's menus,
    header, footer and title)."""
    stripper = _Stripper(content_only)
    stripper.feed(markup)
    stripper.close()
    text = "".join(stripper.parts)
    text = re.sub(r"[ \t]+", " ", text)
    return re.sub(r"\n\s*\n+", "\n\n", text).strip()
