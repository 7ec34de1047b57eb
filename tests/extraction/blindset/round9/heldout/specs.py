"""Held-out text of round 9's binary document. NOT TO BE READ while tuning (see ../README.md).

`../build.py` imports DOCUMENTS to build the file with round 6's deterministic builders.
"""

# Havsund kommune (Norway): excerpt of the annual report 2025, in English, two pages with a funding table.
HAVSUND = {
    "name": "heldout/en-havsund-annual-report-2025-excerpt.pdf",
    "title": "Annual Report 2025 (excerpt): International cooperation",
    "author": "Havsund kommune",
    "header": "Havsund Municipality · Annual Report 2025 · English summary",
    "header_right": "Chapter 4",
    "footer": "Havsund kommune · Rådhusgata 2 · 9475 Havsund · Org. no. 940 331 612",
    "pages": [
        [
            ("title", "4. International cooperation"),
            (
                "p",
                "Havsund (8,900 inhabitants) is a coastal municipality in Troms. International work is led from the "
                "Chief Executive's office by an adviser in a 60 % position. In 2025 the work cost the municipality "
                "MNOK 4.3, against MNOK 3.9 in 2024; more than half was covered by external funding.",
            ),
            ("h", "4.1 Twin towns"),
            (
                "p",
                "Havsund has two twin towns: Sysmä in Finland, since 1956, and Skála on the Faroe Islands, since "
                "1989. In June three delegations with 41 visitors in all came to the Coast Festival, and 17 pupils "
                "from Havsund secondary school spent a week in Skála, travelling via Bergen and Vágar. Contact with "
                "the fishing village of Kalvåg in Vestland, which some residents call our 'sister village', is "
                "private and not part of the municipal work.",
            ),
            ("h", "4.2 Networks"),
            (
                "p",
                "Havsund has been a member of the European Association of Historic Towns and Regions since 2022 "
                "because of the wooden town centre. The annual fee is EUR 1,150. The science centre board has looked "
                "at membership of Ecsite, but decided in November not to apply. National cooperation runs through "
                "KS and the Troms county council.",
            ),
            ("h", "4.3 Projects"),
            (
                "p",
                "BIRCHWAYS (Interreg Aurora, 2024-2027) develops winter trails and small lodges with Muonio and "
                "Ylitornio in Finnish Lapland; the kick-off was held in Rovaniemi. Timber Town Skills, funded by the "
                "Norway Grants culture programme, trains carpenters to repair old wooden houses together with the "
                "town of Sighișoara in Romania. Eleven apprentices took part in 2025. The funding table is on the next "
                "page.",
            ),
        ],
        [
            ("h", "4.4 Funding of international work 2025"),
            ("small", "Table 4.1. Budgets for all partners in EUR; Havsund's share and external funding in NOK."),
            (
                "table",
                {
                    "x": [2.0, 5.6, 9.0, 12.8, 15.8, 19.0],
                    "align": ["l", "l", "l", "r", "r", "r"],
                    "bold": (0, 4),
                    "rows": [
                        ["Project", "Programme", "Period", "Total (EUR)", "Havsund (NOK)", "External (NOK)"],
                        ["BIRCHWAYS", "Interreg Aurora", "2024-2027", "2.4 mn", "3,150,000", "2,047,500"],
                        ["Timber Town Skills", "Norway Grants", "2025-2026", "310,000", "980,000", "833,000"],
                        ["Twin-town fund", "Municipal budget", "2025", "-", "145,000", "-"],
                        ["Total", "", "", "", "4,275,000", "2,880,500"],
                    ],
                },
            ),
            (
                "p",
                "Amounts in EUR were converted at NOK 11.70 per euro. External funding covers 67 % of the total. "
                "For 2026 the council has set aside NOK 160,000 for the twin-town fund.",
            ),
            ("h", "4.5 Outlook"),
            (
                "p",
                "In 2026 Havsund will host the annual meeting of the Historic Towns association's northern group, "
                "which has 14 member towns. The next English summary will be published with the annual report "
                "in April 2027.",
            ),
        ],
    ],
}

DOCUMENTS = [("pdf", HAVSUND)]
