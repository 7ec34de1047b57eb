"""The results summary's themes: the global, EU, Nordic and Arctic perspectives and the twin cities (the five themes
of Aalborg's international strategy 2014-2017), and the rule that puts each record under one of them.

The register does not tag records with a theme, so the theme follows from what it does record, in this order:
1. twin cities: a twin or sister city agreement, and the activities with it;
2. Arctic: a counterpart in Greenland or Svalbard, or Arctic/Greenland in a name;
3. Nordic: a Nordic programme or name (Nordic, Nordisk, Norden, Øresund, Kattegat, Skagerrak), or counterparts
   all in Norway, Sweden, Finland, Iceland, the Faroe Islands or Åland;
4. EU: an EU programme or body, or counterparts all in other EU countries;
5. global: everything else.
A counterpart is a partner city, a project's lead and partners, a network's country (a network based in Denmark
says nothing about its reach and counts by its name only), a visit's city.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.utils.translation import gettext_lazy as _

THEMES = [
    ("global", _("The global perspective")),
    ("eu", _("The EU perspective")),
    ("nordic", _("The Nordic perspective")),
    ("arctic", _("The Arctic perspective")),
    ("twin_cities", _("Twin cities")),
]
HOME = "DK"
ARCTIC = {"GL", "SJ"}
NORDIC = {"NO", "SE", "FI", "IS", "FO", "AX"}
EU = {"AT", "BE", "BG", "HR", "CY", "CZ", "DE", "EE", "ES", "FI", "FR", "GR", "HU", "IE", "IT", "LV", "LT", "LU",
      "MT", "NL", "PL", "PT", "RO", "SK", "SI", "SE"}
ARCTIC_WORDS = ("arctic", "arktis", "arktisk", "greenland", "grønland", "nuuk", "sermersooq")
NORDIC_WORDS = ("nordic", "nordisk", "norden", "øresund", "kattegat", "skagerrak")


def _mentions(texts: Iterable[str], words: tuple[str, ...]) -> bool:
    return any(word in (text or "").casefold() for text in texts for word in words)


def theme_of(*, countries: Iterable[str] = (), names: Iterable[str] = (), eu: bool = False,
             twinning: bool = False) -> str:
    """The theme of a record from its counterparts' countries, its names (and its programme's) and flags."""
    if twinning:
        return "twin_cities"
    abroad = {c.upper() for c in countries if c and c.upper() != HOME}
    names = list(names)
    if abroad & ARCTIC or _mentions(names, ARCTIC_WORDS):
        return "arctic"
    if _mentions(names, NORDIC_WORDS) or (abroad and abroad <= NORDIC):
        return "nordic"
    if eu or (abroad and abroad <= EU):
        return "eu"
    return "global"
