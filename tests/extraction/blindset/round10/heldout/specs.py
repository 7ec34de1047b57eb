"""Text of the round-10 held-out binary documents (built by ../build.py). Held-out: not to be read while tuning."""

from __future__ import annotations

# Kløvermark Kommune: committee note on the culture area's international memberships (Danish document).
KLOVERMARK = {
    "name": "heldout/da-klovermark-udvalgsnote-kulturnetvaerk.docx",
    "title": "Kulturområdets internationale medlemskaber",
    "author": "Kløvermark Kommune, Kultur og Fritid",
    "blocks": [
        ("p", "Kløvermark Kommune · Kultur og Fritid · Kultur- og Fritidsudvalget, møde 4. februar 2026 · Punkt 7"),
        ("h", "Kulturområdets internationale medlemskaber"),
        ("h", "Resumé"),
        (
            "p",
            "Udvalget orienteres om de internationale netværk, som kulturinstitutionerne er medlem af, og om "
            "ændringerne: Musikskolen har meldt sig ud af European Music School Union, og Kulturhuset Siloen overvejer "
            "at søge optagelse i European Festivals Association før festivalen i 2027.",
        ),
        (
            "table",
            (
                ["Organisation", "Institution", "Årskontingent", "Bemærkning"],
                [
                    ["Culture Action Europe", "Kultur og Fritid (fælles)", "1.250 EUR", "Medlem siden 2020"],
                    [
                        "European Network of Cultural Centres (ENCC)",
                        "Kulturhuset Siloen",
                        "EUR 400 (ca. 3.000 kr.)",
                        "Medlem siden 2023",
                    ],
                    [
                        "Network of European Museum Organisations (NEMO)",
                        "Kløvermark Museum",
                        "600 EUR",
                        "Deltager i arbejdsgruppen Learning Museum",
                    ],
                    ["European Festivals Association", "Kulturhuset Siloen", "ca. 2.000 EUR", "Overvejes"],
                    ["European Music School Union", "Kløvermark Musikskole", "6.500 kr. (2025)", "Udmeldt 1.1.2026"],
                    ["Danske Kulturhuse", "Kulturhuset Siloen", "tkr. 12", "Landsforening"],
                    ["I alt internationale medlemskaber", "", "2.250 EUR (ca. 16.800 kr.)", ""],
                ],
            ),
        ),
        (
            "p",
            "Kommunen er således medlem af tre internationale kulturnetværk. Danske Kulturhuse er en dansk "
            "landsforening og står kun i tabellen for overblikkets skyld. Euro er omregnet med kurs 7,46.",
        ),
        ("h", "Indstilling"),
        (
            "p",
            "Forvaltningen indstiller, at orienteringen tages til efterretning, og at en eventuel ansøgning om "
            "medlemskab af European Festivals Association forelægges udvalget. Sagsbehandler: Helle Brix Sørensen.",
        ),
    ],
}

# Lunderød Municipality: international annual report 2025, two pages (English).
LUNDEROD = {
    "name": "heldout/en-lunderod-international-annual-report-2025.pdf",
    "title": "International Annual Report 2025",
    "author": "Lunderød Municipality, City Manager's Office",
    "header": "Lunderød Municipality · International Annual Report 2025",
    "header_right": "Adopted by the Finance Committee, 18 March 2026",
    "footer": "Lunderød Municipality · City Manager's Office · Torvet 1 · 5690 Lunderød",
    "pages": [
        [
            ("title", "International Annual Report 2025"),
            ("h", "Twin towns"),
            (
                "p",
                "Lunderød has three twin towns: Miastko in Pomerania, Poland (since 1999), Tofino on Vancouver "
                "Island, Canada (since 2012) and Kaikoura in New Zealand (since 2019). The link with Kaikoura began "
                "when a whale-watching guide from Kaikoura worked a summer at Lunderød's harbour. In October a "
                "delegation of nine from Kaikoura, among them two councillors, spent a week in Lunderød.",
            ),
            ("h", "Memberships"),
            (
                "p",
                "The health department is a member of EuroHealthNet; the 2025 fee was EUR 3,200. Lunderød also pays "
                "a fee to Danish Regions' health forum, a Danish body not covered here. Membership of the Baltic Sea "
                "Commission was discussed in the Finance Committee in May but not pursued.",
            ),
        ],
        [
            ("h", "Projects with external funding"),
            ("p", "Euro amounts are converted at EUR 1 = DKK 7.46. Figures are for the whole project period."),
            (
                "table",
                {
                    "x": [2, 6.4, 10.2, 15.6, 19],
                    "align": ["l", "l", "l", "r", "r"],
                    "rows": [
                        ["Project", "Programme", "Partners abroad", "Funding", "Own share"],
                        ["ECHOES OF THE BALTIC", "Interreg South Baltic", "Kępice (PL)", "EUR 312,000", "DKK 0.6m"],
                        ["Moorland Voices", "Creative Europe", "–", "EUR 45.000", "DKK 80,000"],
                        ["YOUTH RIVER WATCH", "Nordplus Junior", "–", "DKK 250,000", "–"],
                        ["Total", "", "", "DKK 2.91m", "DKK 0.68m"],
                    ],
                    "bold": (0, 4),
                },
            ),
            (
                "p",
                "ECHOES OF THE BALTIC collects songs and sound recordings from coastal villages with the cultural "
                "centre in Kępice; its final concert will be held in Gdańsk. 41 pupils from Lunderød took part in "
                "YOUTH RIVER WATCH, measuring water quality in five streams.",
            ),
            ("small", "Contact: Morten Aagaard Lind, international coordinator, tel. +45 62 27 11 80."),
        ],
    ],
}

# Mølleskov Kommune: international projects 2026 (Danish workbook).
MOLLESKOV = {
    "name": "heldout/da-molleskov-internationale-projekter-2026.xlsx",
    "title": "Internationale projekter 2026",
    "author": "Mølleskov Kommune, Borgerservice og Udvikling",
    "sheets": [
        (
            "Oversigt",
            [
                ["Projekt", "Finansiering", "Partner i udlandet", "Samlet budget kr.", "Tilskud kr.", "Status"],
                ["Reading the Shore", "Erasmus+", "Gisborne (New Zealand), associeret", 860000, 640000, "Aktiv"],
                [
                    "Silent Forests",
                    "Interreg Öresund-Kattegat-Skagerrak",
                    "Bengtsfors (Sverige)",
                    3150000,
                    1575000,
                    "Aktiv",
                ],
                ["Småbyliv", "Nordisk Kulturfond", "Hósvík (Færøerne)", 410000, 300000, "Afsluttet 2025"],
                ["Grøn Skolevej", "Trafikstyrelsen", "", 1200000, 600000, "Aktiv (dansk)"],
                [],
                ["I alt", None, None, 5620000, 3115000, None],
            ],
        ),
        (
            "Forklaring",
            [
                ["Forklaring"],
                ["Mølleskov har to igangværende internationale projekter; Småbyliv blev afsluttet i 2025."],
                ["Grøn Skolevej er et dansk projekt og er med for at vise det samlede tilskud."],
                ["Opdateret 5. januar 2026, Borgerservice og Udvikling, tlf. 64 18 20 00."],
            ],
        ),
    ],
}

DOCUMENTS = [("docx", KLOVERMARK), ("pdf", LUNDEROD), ("xlsx", MOLLESKOV)]
