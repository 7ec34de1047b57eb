"""Held-out binaries of round 8 (never to be read or tuned on): specs for round 6's PDF and XLSX builders.

Imported by ../build.py, which calls specs(round6) and builds each document next to its gold file.
"""

from __future__ import annotations

# Sønderlund Municipality: international annual report 2025 (English, two pages).
SONDERLUND = {
    "name": "heldout/en-sonderlund-international-report-2025.pdf",
    "title": "International Work 2025",
    "author": "Sønderlund Municipality",
    "header": "Sønderlund Municipality · International Work 2025",
    "header_right": "Mayor's Department, March 2026",
    "footer": "Sønderlund Municipality · Rådhusgade 1 · 6300 Sønderlund · +45 73 44 20 00",
    "pages": [
        [
            ("title", "International Work 2025 – Annual Report"),
            ("h", "1. Summary"),
            (
                "p",
                "Sønderlund Municipality (18,900 inhabitants) has four partner towns, one international network "
                "membership and two EU projects. In 2025 we received nine delegations and sent three, and 146 pupils "
                "took part in exchanges with schools abroad.",
            ),
            ("h", "2. Partner towns"),
            (
                "p",
                "Our twin towns are Bandon in County Cork, Ireland (since 1982), Kamaishi in Iwate, Japan (since "
                "2012), and Petoskey, Michigan, USA (since 1999). In October a choir of 28 singers from Petoskey "
                "visited Sønderlund; they flew via Chicago and Copenhagen. The Kamaishi Friendship Association in "
                "Sønderlund arranged a Japanese garden day with 600 visitors.",
            ),
            (
                "p",
                "Since 2023 Sønderlund has had a development partnership with Bagamoyo District Council in "
                "Tanzania on waste collection and recycling. It is funded by CISU – Civil Society in Development "
                "with DKK 1.45 million for 2024-2026, and the municipality adds DKK 150,000 a year in staff time.",
            ),
            ("h", "3. Networks"),
            (
                "p",
                "Sønderlund joined Eurochild in 2022 through its Children and Youth Department. The membership fee "
                "is EUR 1,200 a year. In November the City Council discussed joining EARLALL but postponed the "
                "decision; the fee would be EUR 3,000 a year. National cooperation takes place in KL and in the "
                "Danish network of child-friendly municipalities.",
            ),
        ],
        [
            ("h", "4. EU projects"),
            ("small", "Table 2. EU projects 2025: total budget for all partners (EUR) and Sønderlund's share (DKK)"),
            (
                "table",
                {
                    "x": [2.0, 5.6, 8.9, 16.6, 19.2],
                    "align": ["l", "l", "l", "r", "r"],
                    "bold": (0, 3),
                    "rows": [
                        ["Project", "Programme", "Partners abroad", "Budget EUR", "Share DKK"],
                        [
                            "TIDEWALK",
                            "Interreg North Sea",
                            "Concarneau (FR); Stonehaven (UK)",
                            "3,150,000",
                            "1,240,000",
                        ],
                        ["SCHOOLYARDS FOR ALL", "Erasmus+", "Ronda (ES); Sesimbra (PT)", "250,000", "310,000"],
                        ["Total", "", "", "3,400,000", "1,550,000"],
                    ],
                },
            ),
            (
                "p",
                "TIDEWALK develops coastal walking routes with tide warnings on the phone; the 2025 partner meeting "
                "was held in Aberdeen. SCHOOLYARDS FOR ALL ends in July 2026; so far 42 teachers have taken part in "
                "job shadowing in Ronda and Sesimbra. About 65% of Sønderlund's share is refunded by the programmes.",
            ),
            ("h", "5. Key figures 2025"),
            ("small", "Table 3. Key figures"),
            (
                "table",
                {
                    "x": [2.0, 12.0],
                    "align": ["l", "r"],
                    "bold": (0,),
                    "rows": [
                        ["Indicator", "2025"],
                        ["EU funding received (DKK)", "2,130,000"],
                        ["Twin-town grants paid (DKK)", "95,000"],
                        ["Delegations received", "9"],
                        ["Pupils on exchange", "146"],
                    ],
                },
            ),
            ("h", "6. Contact"),
            ("p", "Head of International Affairs Rune Lykke, rly@sonderlund.dk, tel. +45 73 44 21 90."),
        ],
    ],
}


# Lyngbæk Kommune: list of international projects and twin towns 2026 (Danish workbook).
LYNGBAEK = {
    "name": "heldout/da-lyngbaek-internationalt-2026.xlsx",
    "title": "Internationale projekter og venskabsbyer 2026",
    "author": "Lyngbæk Kommune, Udvikling og Erhverv",
    "sheets": [
        (
            "Projekter",
            [
                [
                    "Projekt",
                    "Program / bevillingsgiver",
                    "Udenlandske partnere",
                    "Samlet budget (EUR)",
                    "Lyngbæks andel (kr.)",
                    "Periode",
                    "Status",
                ],
                [
                    "AMBER TRAIL",
                    "Interreg South Baltic",
                    "Sassnitz (DE); Saulkrasti (LV)",
                    2400000,
                    1150000,
                    "2025–2028",
                    "I gang",
                ],
                ["SOLAR SCHOOLS", "CISU", "Ouidah (BJ)", None, "480.000 kr.", "2026–2027", "Bevilget"],
                ["SURF & SCIENCE", "Erasmus+", "Ericeira (PT)", "60.000 EUR", 45000, "2026", "Ansøgt 2026-03-01"],
                ["I alt", None, None, 2460000, 1675000, None, None],
                [],
                [
                    "Beløb i kroner, hvor intet andet er angivet. "
                    "Kontakt: EU-koordinator Pernille Dam, tlf. 98 34 11 62."
                ],
            ],
        ),
        (
            "Venskabsbyer",
            [
                ["Venskabsby", "Land", "Indbyggere", "Siden", "Aktiviteter 2026"],
                ["Tsuwano", "Japan", 7000, 1994, "Besøg af 6 embedsmænd i april"],
                ["Jinja", "Uganda", 76000, 2008, "Sundhedssamarbejde, 2 sygeplejersker på udveksling"],
                [],
                ["Lyngbæk har to venskabsbyer. Venskabsbypulje 2026: 60.000 kr."],
            ],
        ),
    ],
}


def specs(round6) -> list:
    return [(round6.build_pdf, SONDERLUND), (round6.build_xlsx, LYNGBAEK)]
