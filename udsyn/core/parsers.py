"""Parsing API request bodies (a module of its own: DRF's settings name the parser, and import it before any view)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.utils.translation import gettext as _
from rest_framework import exceptions, parsers
from rest_framework.utils import json

from udsyn.core.limits import JSON_DEPTH_MAX


def json_depth(value: Any, limit: int) -> int:
    """How deeply `value` nests lists and objects, counted up to `limit + 1` (no further: the answer is then 'too
    deep' whatever the rest holds)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict | list):
            deepest = max(deepest, depth)
            if deepest > limit:
                return deepest
            stack.extend((child, depth + 1) for child in (item.values() if isinstance(item, dict) else item))
    return deepest


class DecimalJSONParser(parsers.JSONParser):
    """JSON whose numbers with a fraction become Decimal, so an amount never passes through a float. A body nested
    deeper than JSON_DEPTH_MAX is a 400 (100,000 levels would exhaust the parser's recursion: a 500)."""

    def parse(self, stream, media_type=None, parser_context=None) -> Any:
        encoding = (parser_context or {}).get("encoding", "utf-8")
        too_deep = _("The JSON body nests deeper than %(n)s levels.") % {"n": JSON_DEPTH_MAX}
        try:
            data = json.loads(stream.read().decode(encoding), parse_float=Decimal)
        except RecursionError as exc:
            raise exceptions.ParseError(too_deep) from exc
        except ValueError as exc:
            raise exceptions.ParseError(_("JSON parse error: %(error)s") % {"error": exc}) from exc
        if json_depth(data, JSON_DEPTH_MAX) > JSON_DEPTH_MAX:
            raise exceptions.ParseError(too_deep)
        return data
