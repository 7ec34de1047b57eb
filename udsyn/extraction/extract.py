"""Rules that turn segmented text into candidate records (network, partner, project, money, count).

The rules rely on patterns, lexicons of programmes and organisation kinds, the document's own
structure (a heading under a "Medlemskaber" section is a membership) and context words, never on
names copied from particular documents. Each record type has its module; this one runs them in order.
"""

from __future__ import annotations

import re

from .attach import attach_details
from .context import Context
from .gazetteer import fold
from .goals import goal_records
from .language import current, document_language
from .learned import learned_records
from .merge import merge_records
from .model import Record
from .networks import network_records
from .partners import partner_records
from .projectcues import cue_projects
from .projects import programme_projects, project_records, title_year_records
from .segment import Segment
from .structure import structural_records
from .tables import not_yet_networks, table_counts, table_money, table_records
from .values import attach_fees, count_records, dedupe_values, money_records

MIN_CONFIDENCE = 0.5


def extract_records(text: str, starts: list[int], segments: list[Segment]) -> list[Record]:
    """All records found in normalised text, merged (one per distinct thing) and filtered.

    The document's language and home country (language.py) hold while its records are found.
    """
    with document_language(text):
        return _extract_records(text, starts, segments)


def _without_twin_funding(names: list[Record]) -> list[Record]:
    """A bilateral programme's 'project' with a city that is a twin or sister city of the document is how that
    partnership is funded, not a project of its own."""
    twins = {fold(r.fields.get("city") or r.name or "") for r in names
             if r.type == "partner" and r.fields.get("kind") in ("twin city", "sister city")}
    return [r for r in names if not (r.fields.get("evidence") == "programme partnership"
                                     and fold(r.fields.get("partner_city") or "") in twins)]


# Contact details are never the name of a network, partner or project (a contact box read as a list).
_CONTACT_DETAIL = re.compile(r"@|https?:|www\.|\b(?:tlf|tel|telefon|phone|fax|mobil|e-?mail|cvr)\b|"
                             r"\d{2}[ -]\d{2}[ -]\d{2}", re.I)


def _not_own(names: list[Record]) -> list[Record]:
    """The document's own town is no partner, and a body named after it (the Ashcombe Twinning Association,
    Tallbacka Vatten AB) is local, not an international network; a contact detail is no name at all."""
    own = current().own
    out = []
    for rec in names:
        name = rec.name or ""
        if _CONTACT_DETAIL.search(name):
            continue
        if rec.type == "partner" and (own.is_own(name) or own.is_own(rec.fields.get("city") or "")):
            continue
        if own.name and rec.type == "network" and rec.fields.get("evidence") != "known network" and own.is_own(
                " ".join(name.split()[:len(own.name.split())])):
            continue
        out.append(rec)
    return out


def _extract_records(text: str, starts: list[int], segments: list[Segment]) -> list[Record]:
    ctx = Context(text, starts, segments)
    rows = table_records(ctx)
    names = (structural_records(ctx) + network_records(ctx) + project_records(ctx) + partner_records(ctx)
             + programme_projects(ctx) + cue_projects(ctx) + rows)
    names = _not_own(_without_twin_funding(names))
    considered = not_yet_networks(ctx)  # a table row's status says only considered or applied for
    names = [r for r in names if not (r.type == "network" and fold(r.name or "") in considered)]
    projects = [fold(r.name or "") for r in names if r.type == "project"]
    # A title year already named as a project ("UNESCO.UIA World Capital of Architecture 2023") is no new one.
    names += [r for r in title_year_records(ctx) if not any(fold(r.name) in p for p in projects)]
    attach_details(ctx, names)  # before merging: each mention's own sentence decides
    values = money_records(ctx) + count_records(ctx) + table_counts(ctx) + table_money(ctx)
    records = merge_records(names) + dedupe_values(values) + goal_records(text, starts, segments)
    records += _not_own(learned_records(ctx, records))  # names the rules missed that the model is sure enough of
    records.sort(key=lambda r: r.start)
    attach_fees(records)
    return [r for r in records if r.confidence >= MIN_CONFIDENCE]
