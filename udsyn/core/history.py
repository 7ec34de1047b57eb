"""Change reasons in no one's language: a history line is stored as its English message (marked for translation
with gettext_noop) and its values, and shown in the reader's language. A Danish reader of a change made from the
command line, or by a colleague who uses English, reads Danish; the field names of the code never show.

    record._change_reason = reason(gettext_noop("Imported from %(file)s, row %(row)s"), file=name, row=7)
    reason_text(entry.history_change_reason, Membership)       # "Importeret fra liste.xlsx, række 7"

A reason may also name the fields a person changed (`fields`, shown by their verbose names: "rettet: navn,
temaer") and the related records a change set (`related`, e.g. representatives). Text stored before, or typed by a
person (a rejection's why), is shown as it is.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop


def reason(message: str, /, *, fields: list[str] | None = None, **values: Any) -> str:
    """A change reason to store: `message` an English text marked with gettext_noop, `values` its %(name)s values,
    `fields` the names of the fields a person changed."""
    data: dict[str, Any] = {"msg": message}
    if values:
        data["values"] = {k: v if isinstance(v, int | float) else _stored(v) for k, v in values.items()}
        # A date is written in the reader's language when shown (7.12.2026 or 7 Dec 2026), so it is kept as a date.
        dates = sorted(k for k, v in values.items() if isinstance(v, dt.date))
        if dates:
            data["dates"] = dates
    if fields:
        data["fields"] = sorted(fields)
    return json.dumps(data, ensure_ascii=False)


def _stored(value: Any) -> str:
    return value.isoformat()[:10] if isinstance(value, dt.date) else str(value)


def with_related(stored: str, related: dict[str, list[str]]) -> str:
    """`stored` with the related records a change set (many-to-many values), by field name."""
    data = _decode(stored) or {"text": stored}
    data["related"] = {name: names for name, names in related.items()}
    return json.dumps(data, ensure_ascii=False)


def _decode(stored: str | None) -> dict[str, Any] | None:
    if not stored or not stored.startswith("{"):
        return None
    try:
        data = json.loads(stored)
    except ValueError:
        return None
    return data if isinstance(data, dict) and ("msg" in data or "text" in data) else None


def _label(model: type[models.Model] | None, name: str) -> str:
    """A field's name as the reader knows it: its verbose name, else the words of its name translated."""
    if model is not None:
        try:
            return str(model._meta.get_field(name).verbose_name)
        except FieldDoesNotExist:
            pass
    return _(name.replace("_", " "))


def reason_text(stored: str | None, model: type[models.Model] | None = None) -> str:
    """The stored reason in the active language."""
    data = _decode(stored)
    if data is None:
        return stored or ""
    text = data.get("text") or ""
    if "msg" in data:
        text = _(data["msg"])
        if data.get("values"):
            values = {**data["values"], **{k: _shown_date(data["values"].get(k)) for k in data.get("dates", ())}}
            try:
                text = text % values
            except (KeyError, TypeError, ValueError):  # a translation that lost a placeholder: the English one
                text = data["msg"] % values
    if data.get("fields"):
        text += " " + _("(edited: %(fields)s)") % {"fields": ", ".join(_label(model, f) for f in data["fields"])}
    if data.get("related"):
        listed = "; ".join(f"{_label(model, name)}: {', '.join(names)}" for name, names in data["related"].items())
        text = f"{text} ({listed})" if text else listed
    return text


def _shown_date(stored: Any) -> str:
    try:
        return date_format(dt.date.fromisoformat(stored), "SHORT_DATE_FORMAT")
    except (TypeError, ValueError):
        return str(stored)


def is_only(stored: str | None, message: str) -> bool:
    """Does the reason say nothing but `message` (e.g. "Created")? Then a history line need not repeat it."""
    data = _decode(stored)
    if data is None:
        return stored == _(message)
    return data.get("msg") == message and not data.get("related") and not data.get("fields")


# Messages stored by core itself.
CREATED = gettext_noop("Created")
CHANGED = gettext_noop("Changed")
