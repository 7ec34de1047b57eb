"""Build the round-10 binary documents of the blind set from the text in this file and in heldout/specs.py.

Tuning half (text below):
- tuning/da-kirkeskov-udvalgsnote-medlemskaber.docx: a Danish committee note with a table of memberships and fees
  (EUR with a conversion, tkr., a considered network, one left, a national association, a working group, a total)
- tuning/en-ravnkaer-international-report-2025.pdf: two pages of an English report of a Danish municipality: twin
  towns, a membership, a funding table drawn at column positions, an exchange rate
- tuning/da-vibeskov-projektoversigt-2026.xlsx: a Danish project list with numeric cells, a partner column, an
  applied-for project and a funder

Held-out half: the text is in heldout/specs.py, which is not to be read while tuning (README.md); this file only
imports it to build the held-out binaries.

Run from the repository root:  .venv/bin/python tests/extraction/blindset/round10/build.py

Written by hand, with their gold files, before any extraction run on them (round10/README.md). Fictional
municipalities; real partner towns, networks and programmes with invented relations. Round 6's builders are
deterministic (fixed dates, invariant PDF, fixed zip timestamps), so a rebuild gives the same bytes.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "round6"))

from build import build_docx, build_pdf, build_xlsx  # noqa: E402  (round6/build.py)

# Kirkeskov Kommune: committee note on international memberships 2026 (Danish document).
KIRKESKOV = {
    "name": "tuning/da-kirkeskov-udvalgsnote-medlemskaber.docx",
    "title": "Internationale medlemskaber 2026",
    "author": "Kirkeskov Kommune, Borgmesterkontoret",
    "blocks": [
        ("p", "Kirkeskov Kommune · Borgmesterkontoret · Sag nr. 00.01.00-A00-14-25 · Økonomiudvalget 13. januar 2026"),
        ("h", "Internationale medlemskaber 2026"),
        ("h", "Sagsfremstilling"),
        (
            "p",
            "Økonomiudvalget gennemgår hvert år kommunens medlemskaber af netværk og organisationer. Kirkeskov er i "
            "2026 medlem af tre internationale netværk. Medlemskabet af Trans Europe Halles, som kulturhuset Remisen "
            "havde, blev opsagt pr. 31. december 2025, fordi Remisen lukker. Kultur og Fritid har undersøgt et "
            "medlemskab af IETM, men der er ikke taget stilling endnu.",
        ),
        (
            "table",
            (
                ["Netværk / organisation", "Forvaltning", "Kontingent 2026", "Status"],
                [
                    ["European Social Network", "Ældre og Sundhed", "2.950 EUR (ca. 22.000 kr.)", "Medlem siden 2021"],
                    [
                        "– ESN's referencegruppe for ældrepleje",
                        "Ældre og Sundhed",
                        "Indgår i kontingentet",
                        "Deltagelse efter behov",
                    ],
                    ["ACES Europe", "Kultur og Fritid", "tkr. 35", "Medlem siden 2024"],
                    ["Baltic Region Healthy Cities Association", "Ældre og Sundhed", "1.800 EUR", "Medlem siden 2017"],
                    ["IETM", "Kultur og Fritid", "ca. 600 EUR", "Overvejes"],
                    ["Trans Europe Halles", "Kultur og Fritid", "14.900 kr. (2025)", "Udmeldt 31.12.2025"],
                    ["Kommunernes Landsforening (KL)", "Borgmesterkontoret", "tkr. 1.950", "Dansk forening"],
                    ["I alt, internationale medlemskaber 2026", "", "70.430 kr.", ""],
                ],
            ),
        ),
        (
            "p",
            "Beløb i euro er omregnet med kursen 7,46. KL er en dansk interesseorganisation og er kun med for "
            "overblikkets skyld.",
        ),
        ("h", "Indstilling"),
        (
            "p",
            "Borgmesterkontoret indstiller, at de tre medlemskaber fortsætter i 2026, og at en beslutning om IETM "
            "udskydes til budgetforhandlingerne. Sagsbehandler: Jonas Kragh Ebbesen, tlf. 75 33 10 48.",
        ),
    ],
}

# Ravnkær Municipality: international report 2025, two pages (English).
RAVNKAER = {
    "name": "tuning/en-ravnkaer-international-report-2025.pdf",
    "title": "International Report 2025",
    "author": "Ravnkær Municipality, Mayor's Office",
    "header": "Ravnkær Municipality – International Report 2025",
    "header_right": "March 2026",
    "footer": "Ravnkær Municipality · Mayor's Office · international@ravnkaer.dk",
    "pages": [
        [
            ("title", "International Report 2025"),
            ("h", "1. Twin towns"),
            (
                "p",
                "Ravnkær has three twin towns: Friedrichstadt in Schleswig-Holstein (since 1984), Pasvalys in "
                "Lithuania (since 1997) and Sitka in Alaska, USA (since 2009). In June a delegation of seven from "
                "Sitka, led by the deputy mayor, visited Ravnkær for the town's harbour days. 64 pupils from Ravnkær "
                "and Pasvalys took part in a joint summer camp near Panevėžys.",
            ),
            ("h", "2. Memberships"),
            (
                "p",
                "Through its youth department the municipality is a member of the European Youth Card Association "
                "(EYCA), which gives young people discounts across Europe. The fee in 2025 was EUR 1,500. Ravnkær is "
                "also a member of Local Government Denmark (KL), the national association of municipalities; that "
                "membership is not part of this report.",
            ),
            ("h", "3. Visits and conferences"),
            (
                "p",
                "Staff attended the North Sea Commission's annual conference in Hamburg as guests. Ravnkær is not a "
                "member of the commission.",
            ),
        ],
        [
            ("h", "4. EU and Nordic funding"),
            (
                "p",
                "The table shows the projects with external funding that ran in 2025. Amounts in euro are converted at "
                "EUR 1 = DKK 7.46.",
            ),
            (
                "table",
                {
                    "x": [2, 5.2, 8.6, 15.6, 19],
                    "align": ["l", "l", "l", "r", "r"],
                    "rows": [
                        ["Project", "Programme", "Partners abroad", "External funding", "Own funding"],
                        [
                            "COASTCRAFT",
                            "Interreg North Sea",
                            "Westport (IE), Oldenburg i.H. (DE)",
                            "EUR 450.000",
                            "DKK 0.8m",
                        ],
                        ["Lanterns North", "Erasmus+", "Pasvalys (LT)", "EUR 60,000", "DKK 45,000"],
                        ["SEAWEED SCHOOLS", "Nordplus Junior", "–", "DKK 310,000", "–"],
                        ["Total", "", "", "DKK 4.11m", "DKK 0.85m"],
                    ],
                    "bold": (0, 4),
                },
            ),
            (
                "p",
                "COASTCRAFT trains young people in building and repairing wooden boats together with the boatyards of "
                "Westport in County Mayo and Oldenburg in Holstein; 18 apprentices took part in 2025. SEAWEED SCHOOLS "
                "is run by Ravnkær's own schools alone and has no partners abroad this year.",
            ),
            ("small", "Prepared by the Mayor's Office. Contact: Anna Munk Eskildsen, tel. +45 97 44 21 30."),
        ],
    ],
}

# Vibeskov Kommune: list of international projects 2026 (Danish workbook).
VIBESKOV = {
    "name": "tuning/da-vibeskov-projektoversigt-2026.xlsx",
    "title": "Internationale projekter 2026",
    "author": "Vibeskov Kommune, Udvikling og Erhverv",
    "sheets": [
        (
            "Projekter",
            [
                [
                    "Projekt",
                    "Program",
                    "Udenlandske partnere",
                    "Budget i alt (DKK)",
                    "Tilskud (EUR)",
                    "Periode",
                    "Status",
                ],
                [
                    "BLUE SCHOOLYARDS",
                    "Erasmus+ KA220",
                    "Molėtai (LT); Człuchów (PL)",
                    1245000,
                    167000,
                    "2024-2026",
                    "I gang",
                ],
                ["HEATHWAYS", "Interreg Deutschland-Danmark", "Bornhöved (DE)", 2400000, 240000, "2025-2028", "I gang"],
                ["Kulturkyst", "Creative Europe", "Sławno (PL)", 980000, None, "2026-2028", "Ansøgt okt. 2025"],
                ["Lokal klimaskole", "Nordea-fonden", "", 350000, None, "2025-2026", "I gang (national)"],
                [],
                ["I alt", None, None, 4975000, 407000, None, None],
            ],
        ),
        (
            "Noter",
            [
                ["Noter"],
                ["Vibeskov deltager i to internationale projekter; et tredje er søgt."],
                ["Lokal klimaskole er et dansk projekt med støtte fra en fond og er med for overblikkets skyld."],
                ["Tilskud i EUR er omregnet til kroner i budgettet med kurs 7,46."],
                ["Kontakt: Pernille Thygesen, tlf. 99 72 14 40, 7570 Vibeskov."],
            ],
        ),
    ],
}


def heldout_specs():
    """Load heldout/specs.py (held-out text; not to be read while tuning) only to build its documents."""
    path = HERE / "heldout" / "specs.py"
    if not path.is_file():
        return []
    spec = importlib.util.spec_from_file_location("round10_heldout_specs", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    builders = {"pdf": build_pdf, "docx": build_docx, "xlsx": build_xlsx}
    return [(builders[kind], doc) for kind, doc in module.DOCUMENTS]


TUNING = [(build_docx, KIRKESKOV), (build_pdf, RAVNKAER), (build_xlsx, VIBESKOV)]


def main() -> None:
    for build, spec in TUNING + heldout_specs():
        build(HERE / spec["name"], spec)
        print("built", spec["name"])


if __name__ == "__main__":
    main()
