"""What a search across the register shows: the best matches of each type, each with its page, grouped by type."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from django.db import models
from django.urls import NoReverseMatch, reverse

from udsyn.core import search
from udsyn.core.generic import record_url

PER_TYPE = 5
MAX_QUERY = 200


@dataclass
class Hit:
    record: models.Model
    url: str | None


@dataclass
class Group:
    kind: str
    label: str
    hits: list[Hit]
    more_url: str | None  # the type's list page searched for the same words, when there are more


def list_search_url(model: type[models.Model], text: str) -> str | None:
    """The model's list page filtered with `q`, when it has one that searches."""
    try:
        url = reverse(f"{model._meta.model_name}_list")
    except NoReverseMatch:
        return None
    return f"{url}?{urlencode({'q': text})}"


def search_register(text: str, user: Any, per_type: int = PER_TYPE) -> list[Group]:
    text = text.strip()[:MAX_QUERY]
    if not text:
        return []
    groups = []
    for found in search.search_everything(text, user=user, per_type=per_type):
        model = found.spec.model
        groups.append(Group(
            kind=found.spec.kind, label=str(found.label),
            hits=[Hit(record, record_url(record)) for record in found.records],
            more_url=list_search_url(model, text) if found.more else None))
    return groups
