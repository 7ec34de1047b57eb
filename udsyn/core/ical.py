"""iCalendar (RFC 5545) written by hand: escaped text, folded lines, CRLF line ends, UTC times.

Shared by every app that writes calendar files, so each follows the standard the same way.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable


def escape_text(value: str) -> str:
    """RFC 5545 3.3.11: backslash, semicolon and comma escaped; line breaks as \\n."""
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n"))


def fold(line: str) -> str:
    """RFC 5545 3.1: lines of at most 75 octets, continued after CRLF + one space; never split a UTF-8 character."""
    if len(line.encode("utf-8")) <= 75:
        return line
    parts, current, size, limit = [], [], 0, 75
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            parts.append("".join(current))
            current, size, limit = [], 0, 74  # continuation lines start with a space
        current.append(char)
        size += width
    parts.append("".join(current))
    return "\r\n ".join(parts)


def utc(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def calendar(lines: Iterable[str], *, name: str, product: str) -> str:
    """A VCALENDAR around `lines` (already-built components), folded and CRLF-terminated."""
    head = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{product}", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
            f"X-WR-CALNAME:{escape_text(name)}"]
    return "".join(fold(line) + "\r\n" for line in [*head, *lines, "END:VCALENDAR"])
