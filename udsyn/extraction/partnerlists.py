"""A sentence that lists a project's partners, each with its country in brackets: "The project partners are Kõpu
Village Society (Estonia), Hel Marine Station (Poland) and ...", "Projektpartnere: Rewal (Polen), Käsmu (Estland)".

Each item with a country abroad is a partner, a town the index does not know or a body whose name has no
institution word included: the label says what the list is, the bracket where the partner is. Proposed below the
bulk-accept line (0.7).
"""

from __future__ import annotations

import re

from .context import Context, Sentence, make_record
from .gazetteer import resolve_country
from .institutions import municipal_town
from .language import current
from .model import Record

# "Partners:", "Projektpartnere:", "The (project) partners are", "Partnerne i projektet er", "Våre partnere er",
# "Projektets partner är", "Partners include".
LIST_LABEL = re.compile(
    r"^\W*(?:(?:the|our|vores|våre|våra|projektets|prosjektets)\s+)?(?:project\s+|projekt|prosjekt|samarbejds|"
    r"samarbeids|samarbets)?partner(?:s|e|ne|na|erne|ar)?(?:\s+(?:in|i)\s+(?:the\s+)?(?:project|projekt\w*|"
    r"prosjekt\w*))?\s*(?::|\b(?:are|include|er|är)\b)", re.I)
_ITEM = re.compile(r"(?P<name>[A-ZÆØÅÄÖÜ\u0100-\u024f][^,;()\n]{1,70}?)\s*\((?P<country>[A-ZÆØÅÄÖ][^()\n]{1,30})\)")
_LEAD = re.compile(r"^(?:og|and|och|samt|as\s+well\s+as|the|der|die|das)\s+", re.I)


def listed_partners(ctx: Context, sent: Sentence, kind: str) -> list[Record]:
    """Partners of a labelled list, each named with its country in brackets."""
    label = LIST_LABEL.match(sent.text)
    if not label:
        return []
    out = []
    for m in _ITEM.finditer(sent.text, label.end()):
        country = resolve_country(m.group("country"))
        name = _LEAD.sub("", m.group("name").strip())
        if not country or country == current().home or not name or current().own.in_name(name):
            continue
        town = municipal_town(name)  # "Mönsterås kommun (Sverige)": the municipality is its town
        at = sent.start + m.start("name") + m.group("name").find(town or name)
        shown = town if town and town in name else name
        out.append(make_record(ctx, "partner", shown, at, at + len(shown), (sent.start, sent.end), 0.7,
                               sent.segment, kind=kind, country=country, institution=town is None,
                               evidence="partner list with countries"))
    return out
