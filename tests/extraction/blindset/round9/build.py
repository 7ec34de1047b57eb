"""Build the round-9 binary documents of the blind set from the text in this file and in heldout/specs.py.

Tuning half (text below):
- tuning/da-tjornehave-medlemskaber-kontingenter-2026.xlsx: a Danish membership and fee list with numeric cells,
  a fee in EUR, a shared membership, a paused one, one ended, one considered and a national association
- tuning/da-kloverdal-status-international-strategi.docx: a Danish status note on an international strategy with an
  indicator table (status figures, targets and percentages)

Held-out half: the text is in heldout/specs.py, which is not to be read while tuning (../README.md); this file only
imports it to build the held-out PDF.

Run from the repository root:  .venv/bin/python tests/extraction/blindset/round9/build.py

Written by hand, with their gold files, before any extraction run on them (round9/README.md). Fictional
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

# Tjørnehave Kommune: memberships and fees 2026 (Danish workbook).
TJORNEHAVE = {
    "name": "tuning/da-tjornehave-medlemskaber-kontingenter-2026.xlsx",
    "title": "Medlemskaber og kontingenter 2026",
    "author": "Tjørnehave Kommune, Økonomi og Styring",
    "sheets": [
        (
            "Medlemskaber",
            [
                ["Organisation", "Forvaltning", "Kontingent 2026", "Valuta", "Status", "Bemærkning"],
                ["Aqua Publica Europea", "Teknik og Forsyning", 4500, "EUR", "Aktiv", "Medlem siden 2019"],
                [
                    "European Network for Accessible Tourism (ENAT)",
                    "Kultur og Fritid / Erhverv",
                    1200,
                    "EUR",
                    "Aktiv",
                    "Delt medlemskab: 600 EUR betales af hver forvaltning",
                ],
                [
                    "Zero Waste Cities",
                    "Teknik og Forsyning",
                    None,
                    "",
                    "Sat i bero",
                    "Medlemskabet hviler fra 1.1.2026; genoptages tidligst i 2027",
                ],
                ["Creative Tourism Network", "Kultur og Fritid", 9800, "DKK", "Udmeldt", "Udmeldt pr. 31.12.2025"],
                ["Transition Network", "Borgmesterkontoret", None, "", "Overvejes", "Pris ca. 250 GBP; afgøres i maj"],
                ["DANVA", "Teknik og Forsyning", 38500, "DKK", "Aktiv", "Dansk brancheforening, ikke international"],
                [],
                ["I alt, aktive internationale medlemskaber (omregnet)", None, 42522, "DKK", None, "Kurs 7,46"],
            ],
        ),
        (
            "Noter",
            [
                ["Noter til oversigten"],
                ["Tjørnehave Kommune er i 2026 aktivt medlem af to internationale netværk."],
                ["Beløb i euro er omregnet til kroner med Nationalbankens kurs 7,46 pr. 2. januar 2026."],
                ["Opdateret 15.01.2026 af Økonomi og Styring, tlf. 72 36 40 00, 4690 Tjørnehave."],
            ],
        ),
    ],
}

# Kløverdal Kommune: status note on the international strategy 2024-2027 (Danish document).
KLOVERDAL = {
    "name": "tuning/da-kloverdal-status-international-strategi.docx",
    "title": "Status på international strategi 2024-2027",
    "author": "Kløverdal Kommune, Strategi og Udvikling",
    "blocks": [
        ("p", "Kløverdal Kommune · Strategi og Udvikling · Notat til Økonomiudvalget · 9. december 2026"),
        ("h", "Status på international strategi 2024-2027"),
        (
            "p",
            "Byrådet vedtog i 2024 en international strategi med tre indsatsområder: unge og uddannelse, grøn "
            "omstilling og velkomst af nye borgere. Notatet giver en status halvvejs i perioden. Tallene er opgjort "
            "pr. 30. november 2026.",
        ),
        ("h", "1. Unge og uddannelse"),
        (
            "p",
            "Kløverdal har to venskabsbyer, Douarnenez i Bretagne og Ullapool i Skotland. Samarbejdet med Ullapool "
            "foregår mest mellem skolerne: Kløverdal Gymnasium og Ullapool High School driver sammen projektet "
            "FJORDLAB under Erasmus+, hvor elever måler vandkvalitet i hver sin fjord. Projektet har et tilskud på "
            "58.000 EUR. I oktober var en gruppe fra Douarnenez på besøg i forbindelse med havnefestivalen.",
        ),
        ("h", "2. Grøn omstilling og nye borgere"),
        (
            "p",
            "Kommunen tilsluttede sig i marts 2025 Welcoming International, et netværk af byer, der arbejder med at "
            "tage godt imod tilflyttere fra udlandet. Medlemskabet koster 1.500 USD om året. Et medlemskab af "
            "ECOLISE har været drøftet, men administrationen anbefaler ikke at gå videre med det.",
        ),
        ("h", "3. Indikatorer"),
        (
            "table",
            (
                ["Indikator", "Status 2026", "Mål 2027"],
                [
                    ["Elever på udveksling i udlandet", "46", "80"],
                    ["Andel af skoler med en international partnerskole", "38 %", "60 %"],
                    ["EU-projekter med kommunal deltagelse", "3", "5"],
                    ["Hjemtaget EU-finansiering i perioden", "2,4 mio. kr.", "4 mio. kr."],
                    ["Andel tilflyttere, der er tilfredse med modtagelsen", "71 %", "80 %"],
                ],
            ),
        ),
        (
            "p",
            "Målene for 2027 er fastsat i strategien og er ikke ændret. Andelen af skoler med en partnerskole er "
            "steget med 12 procentpoint siden 2024. Det bliver svært at nå målet for udveksling, fordi rejserne er "
            "blevet dyrere; en elevrejse til Skotland koster i dag ca. 6.200 kr. pr. elev.",
        ),
        ("h", "Indstilling"),
        (
            "p",
            "Strategi og Udvikling indstiller, at Økonomiudvalget tager status til efterretning. Kontakt: "
            "Lise Brink, tlf. 96 17 22 40.",
        ),
    ],
}


def heldout_specs():
    """Load heldout/specs.py (held-out text; not to be read while tuning) only to build its documents."""
    path = HERE / "heldout" / "specs.py"
    if not path.is_file():
        return []
    spec = importlib.util.spec_from_file_location("round9_heldout_specs", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    builders = {"pdf": build_pdf, "docx": build_docx, "xlsx": build_xlsx}
    return [(builders[kind], doc) for kind, doc in module.DOCUMENTS]


TUNING = [(build_xlsx, TJORNEHAVE), (build_docx, KLOVERDAL)]


def main() -> None:
    for build, spec in TUNING + heldout_specs():
        build(HERE / spec["name"], spec)
        print("built", spec["name"])


if __name__ == "__main__":
    main()
