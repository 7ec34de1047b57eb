"""The reports' font (DejaVu Sans from Debian's fonts-dejavu-core) and the width of a text set in it.

Column widths and chart labels are measured with it, so a table column is never narrower than its longest word.
Without the font installed, widths are estimated generously (a wide average character).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

FONT_NAME = "DejaVu Sans"
FONT_FILES = {False: "DejaVuSans.ttf", True: "DejaVuSans-Bold.ttf"}
FONT_DIRS = [Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"),
             Path("/usr/local/share/fonts")]
AVERAGE_CHARACTER = 0.62  # of the font size, a little wider than DejaVu Sans's letters, when the font is missing


@lru_cache(maxsize=2)
def font_path(bold: bool = False) -> Path | None:
    for directory in FONT_DIRS:
        path = directory / FONT_FILES[bold]
        if path.exists():
            return path
    return None


@lru_cache(maxsize=8)
def _font(bold: bool, size: int = 100):
    path = font_path(bold)
    if path is None:
        return None
    from PIL import ImageFont

    return ImageFont.truetype(str(path), size)


@lru_cache(maxsize=20_000)
def text_width(text: str, size: float, bold: bool = False) -> float:
    """Width in points of `text` set at `size` points."""
    font = _font(bold)
    if font is None:
        return len(text) * size * AVERAGE_CHARACTER
    return font.getlength(text) * size / 100


def pil_font(size_px: int, bold: bool = False):
    """A Pillow font for drawing at `size_px` pixels (charts as PNG); Pillow's own font when DejaVu is missing."""
    from PIL import ImageFont

    path = font_path(bold)
    if path is None:
        return ImageFont.load_default(size=size_px)
    return ImageFont.truetype(str(path), size_px)
