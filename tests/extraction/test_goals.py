"""Goals and indicators from document structure: goal and indicator sections, numbered goals with rows."""

from decimal import Decimal

import pytest

from udsyn.extraction import extract_bytes
from udsyn.extraction.goals import parse_target

from .conftest import corpus_file

STRATEGY = """# Erhvervsplan for Testby 2030

## 1. Grøn turisme

Flere gæster skal opleve byen uden for højsæsonen.

Specifikke mål

  1. Forlænge sæsonen gennem nye helårstilbud.
  2. Styrke samarbejdet mellem hoteller og kulturinstitutioner.

Indikatorer

  • 12 internationale kongresser i 2028.
  • Mindst 85% af gæsterne er tilfredse med deres ophold.
  • Tiltrækning af 3,5 mio. kr. årligt i fondsmidler.
  • 40-60 nye arrangementer pr. år frem mod 2027.
  • Etablering af et fælles bookingsystem.

## 2. Kompetencer

Specifikt mål

Alle unge skal have et relevant tilbud om praktik senest i 2029.

Eksempler på handlinger

  • Praktikmesse hvert forår.
"""

CONTRACT = "\n".join([
    "Resultatkontrakt for Testby Erhvervsråd",
    "",
    "Mål 2 – Hurtig hjælp til nye virksomheder",
    "",
    "Nye virksomheder skal have svar hurtigt.",
    "",
    "Mål\t<p>I 2025 skal mindst 70 pct. af de nye virksomheder få et første møde inden for fem dage.</p> "
    "<p>Rådet skal vejlede mindst 300 iværksættere årligt.</p>",
    "Metode\tOpgøres af sekretariatet på grundlag af registreringer.",
    "Afrapportering\tSekretariatet afrapporterer to gange årligt til udvalget.",
    "",
])


def _records(doc: str, name: str):
    return extract_bytes(doc.encode(), name).records


def test_goals_listed_under_a_goal_heading_with_their_theme():
    goals = [r for r in _records(STRATEGY, "plan.md") if r.type == "goal"]
    names = [g.name for g in goals]
    assert "Forlænge sæsonen gennem nye helårstilbud" in names
    assert "Alle unge skal have et relevant tilbud om praktik senest i 2029" in names
    first = next(g for g in goals if g.name.startswith("Forlænge"))
    assert first.fields["theme"] == "Grøn turisme" and first.fields["number"] == "1"
    last = next(g for g in goals if g.name.startswith("Alle unge"))
    assert last.fields["deadline"] == "2029"
    # Action lists are not goals.
    assert not any("Praktikmesse" in n for n in names)


def test_indicators_with_target_unit_and_deadline():
    indicators = {r.name: r.fields for r in _records(STRATEGY, "plan.md") if r.type == "indicator"}
    assert indicators["12 internationale kongresser i 2028"] == {
        **indicators["12 internationale kongresser i 2028"],
        "target_value": 12, "unit": "internationale kongresser", "deadline": "2028"}
    share = indicators["Mindst 85% af gæsterne er tilfredse med deres ophold"]
    assert (share["target_value"], share["unit"], share["comparator"]) == (85, "%", "at least")
    money = indicators["Tiltrækning af 3,5 mio. kr. årligt i fondsmidler"]
    assert (money["target_value"], money["unit"], money["per_year"]) == (Decimal("3500000"), "DKK", True)
    span = indicators["40-60 nye arrangementer pr. år frem mod 2027"]
    assert (span["target_min"], span["target_max"], span["deadline"]) == (40, 60, "2027")
    assert "target_value" not in indicators["Etablering af et fælles bookingsystem"]


def test_numbered_goal_with_method_reporting_and_stated_targets():
    records = _records(CONTRACT, "kontrakt.txt")
    (goal,) = [r for r in records if r.type == "goal"]
    assert goal.name == "Hurtig hjælp til nye virksomheder"
    assert goal.fields["number"] == "2"
    assert goal.fields["method"].startswith("Opgøres af sekretariatet")
    assert "to gange årligt" in goal.fields["reporting"]
    targets = {(r.fields["target_value"], r.fields["unit"]): r.fields for r in records if r.type == "indicator"}
    assert targets[(70, "%")]["deadline"] == "2025" and targets[(70, "%")]["goal"] == goal.name
    assert targets[(300, "iværksættere")]["per_year"] is True


@pytest.mark.parametrize(("text", "expected"), [
    ("15 afholdte konferencer frem til 2026", {"target_value": 15, "unit": "afholdte konferencer",
                                               "deadline": "2026"}),
    ("I 2030 skal 5000 elever opleve et samarbejde", {"target_value": 5000, "unit": "elever", "deadline": "2030"}),
    ("Top 10 placering inden 2030", {"target_value": 10, "unit": "placering", "deadline": "2030",
                                     "comparator": "at least"}),
    ("Et nyt besøgscenter", {}),
])
def test_parse_target(text, expected):
    assert parse_target(text) == expected


def test_business_strategy_goals_and_indicators():
    result = extract_bytes(corpus_file("aalborg-business-strategy-2030-webpage.txt").read_bytes(), "strategy.txt")
    goals = [r for r in result.records if r.type == "goal"]
    indicators = [r.fields for r in result.records if r.type == "indicator"]
    assert len(goals) >= 15  # seven priorities, each with one or more specific goals
    assert {"target_value": 15, "deadline": "2026"}.items() <= next(
        f for f in indicators if f.get("unit", "").endswith("konferencer")).items()
    assert any(f.get("target_value") == Decimal(50_000_000) and f.get("per_year") for f in indicators)


def test_result_contract_numbered_goals():
    result = extract_bytes(corpus_file("kkr-nordjylland-meeting-appendices-2021.txt").read_bytes(), "kkr.txt")
    numbered = {r.fields.get("number") for r in result.records if r.type == "goal" and "method" in r.fields}
    assert {str(n) for n in range(1, 13)} <= numbered
