"""Build the round-8 binary documents of the blind set from the text in this file (and in heldout/specs.py).

Tuning half (this file):
- tuning/da-hessellund-byraadssag-netvaerk-2027.docx: a Danish committee case with a membership/fee table, a table
  of memberships ended or considered, and the twin towns in the text

Held-out half (heldout/specs.py, added in a later commit; never to be read or tuned on): a two-page English PDF
report and an XLSX list. This file only imports it, so reading this file shows no held-out text.

Run from the repository root:  .venv/bin/python tests/extraction/blindset/round8/build.py

Written by hand, with their gold files, before any extraction run on them (round8/README.md). Fictional
municipalities; real partner towns, networks and programmes with invented relations. The builders are round 6's
(round6/build.py: fixed metadata dates, reportlab's invariant mode, OOXML zip entries rewritten with a fixed
timestamp), so a rebuild gives the same bytes.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _load(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


round6 = _load(HERE.parent / "round6" / "build.py", "round6_build")

# Hessellund Kommune: committee case on international memberships for 2027 (Danish).
HESSELLUND = {
    "name": "tuning/da-hessellund-byraadssag-netvaerk-2027.docx",
    "title": "Internationale medlemskaber 2027",
    "author": "Hessellund Kommune, Borgmesterens Afdeling",
    "blocks": [
        (
            "p",
            "Hessellund Kommune · Økonomiudvalget · Mødedato 18. november 2026 · Punkt 14 · Sagsnr. 27.00.00-A00-12-26",
        ),
        ("h", "Internationale medlemskaber 2027"),
        ("h", "Resumé"),
        (
            "p",
            "Hessellund Kommune er medlem af tre internationale netværk. Forvaltningen foreslår, at de tre "
            "medlemskaber fortsætter i 2027, og at kommunen ikke melder sig ind i Réseau Art Nouveau Network. "
            "Kontingenterne stiger fra 45.970 kr. i 2026 til 48.335 kr. i 2027, primært fordi European Route of "
            "Ceramics hæver sit kontingent.",
        ),
        ("h", "Sagsfremstilling"),
        (
            "p",
            "Tabel 1 viser de nuværende medlemskaber. Kontingenter i euro er omregnet med kursen 7,46. "
            "Medlemskabet af FEDARENE varetages af Hessellund Energikontor, som er en del af Klima og Miljø.",
        ),
        (
            "table",
            (
                ["Netværk", "Forvaltning", "Kontingent 2026", "Kontingent 2027", "Bemærkning"],
                [
                    ["FEDARENE", "Klima og Miljø (Energikontoret)", "3.500 EUR", "3.500 EUR", "Medlem siden 2019"],
                    ["Eurosite", "Natur og Park", "12.400 kr.", "12.900 kr.", "Medlem siden 2021"],
                    [
                        "European Route of Ceramics",
                        "Kultur og Fritid",
                        "1.000 EUR",
                        "1.250 EUR",
                        "Medlem siden 2023, Keramikmuseet deltager",
                    ],
                    ["I alt (omregnet)", "", "45.970 kr.", "48.335 kr.", ""],
                ],
            ),
        ),
        ("p", "Tabel 2 viser et ophørt medlemskab og et medlemskab, som har været drøftet."),
        (
            "table",
            (
                ["Netværk", "Status", "Kontingent", "Bemærkning"],
                [
                    [
                        "European Cultural Route of Saint Martin",
                        "Udmeldt pr. 31.12.2025",
                        "600 EUR",
                        "Få aktiviteter i Danmark",
                    ],
                    [
                        "Réseau Art Nouveau Network",
                        "Drøftet, ikke anbefalet",
                        "2.000 EUR",
                        "Kommunen har kun få bygninger i stilen",
                    ],
                ],
            ),
        ),
        (
            "p",
            "FEDARENE holder sin årskonference i Valencia i juni 2027, hvor energikontoret deltager med to "
            "medarbejdere. Udgiften afholdes af energikontorets driftsbudget.",
        ),
        (
            "p",
            "Kontingentet til KL på 2.984.000 kr. indgår ikke i oversigten, da KL er en national forening. "
            "Samarbejdet i Trekantområdets klimanetværk er heller ikke medregnet.",
        ),
        ("h", "Venskabsbyer"),
        (
            "p",
            "Kommunen har to venskabsbyer, Lapua i Finland og Decorah i Iowa, USA. Udgifterne til "
            "venskabsbysamarbejdet var 28.000 kr. i 2026 og afholdes af Borgmesterens Afdeling.",
        ),
        ("h", "Indstilling"),
        (
            "p",
            "Borgmesterens Afdeling indstiller, at medlemskaberne af FEDARENE, Eurosite og European Route of "
            "Ceramics fortsætter i 2027, og at kontingenterne på i alt 48.335 kr. afholdes inden for "
            "Økonomiudvalgets ramme.",
        ),
        ("p", "Bilag: 1. Oversigt over netværkenes aktiviteter 2026 (side 1-4)."),
    ],
}

TUNING = [(round6.build_docx, HESSELLUND)]


def heldout() -> list:
    path = HERE / "heldout" / "specs.py"
    return _load(path, "round8_heldout_specs").specs(round6) if path.exists() else []


def main() -> None:
    for build, spec in TUNING + heldout():
        build(HERE / spec["name"], spec)
        print("built", spec["name"])


if __name__ == "__main__":
    main()
