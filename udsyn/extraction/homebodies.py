"""Bodies at home that carry a network word: the municipality's own council and local associations, bodies of the
home country (Dansk ..., Sveriges ..., KS), a municipality, an association of the country's local authorities.
They are no international memberships (networks.py, tables.py)."""

from __future__ import annotations

import re

from . import lexicon as lx
from .institutions import municipal_town, national_body
from .language import current

# The municipality's own council and local associations (a twinning association, Foreningen Norden's local
# branch) carry a network word but are bodies at home, not international memberships.
LOCAL_BODY = re.compile(r"^(?:the\s+)?(?:(?:town|city|county|district|borough|parish|municipal|metropolitan|community|"
                        r"local)\s+(?:council|committee|association|forum)|f[oö]reningen\s+norden)$|"
                        r"(?:twinning|twin\s+towns?|friendship)\s+(?:association|committee|society|club)$|"
                        r"venskabsforening\w*$|vänortsförening\w*$|vennskapsforening\w*$", re.I)


HOME_BODY = {"DK": lx.DANISH_INSTITUTION,
             "SE": re.compile(r"\bSveriges?\b|\bSvensk\w*\b|\bSwedish\b|\bSweden\b|\bSKR\b", re.I),
             "NO": re.compile(r"\bNorges?\b|\bNorsk\w*\b|\bNorwegian\b|\bNorway\b|\bKS\b")}


def home_body(name: str, home: re.Pattern | None = None) -> bool:
    """A body at home carrying a network word: of the home country (Dansk ..., Sveriges ..., KS), the council's own
    bodies and local associations, a municipality, an association of the country's local authorities."""
    home = home or HOME_BODY.get(current().home, lx.DANISH_INSTITUTION)
    if _EU_OFFICE.search(name):
        return False  # a region's office in Brussels ("Central Denmark EU Office") works abroad
    return bool(home.search(name) or LOCAL_BODY.search(name) or municipal_town(name) or national_body(name)
                or _NATIONAL_NAME.search(name))


# A national programme named by its country's code and a year ("DK2020", "SE2030"), an association named as the
# municipalities themselves ("Klimatkommunerna", "Sundhedskommunerne", "Klimakommunene").
_NATIONAL_NAME = re.compile(r"^(?:DK|SE|NO|FI|IS)[ -]?20\d\d$|\w(?:kommunerna|kommunerne|kommunene)$", re.I)


_EU_OFFICE = re.compile(r"\bEU[- ]?(?:office|kontor\w*)|\b(?:Brussels|Bruxelles|Bryssel)\b", re.I)
