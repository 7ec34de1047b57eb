"""The record rules on a small made-up document (structure and context, no corpus needed)."""

from udsyn.extraction import extract_bytes, extract_file, to_contract

DOC = """# Internationalt arbejde i Testby Kommune

## Medlemskaber

### Energy Cities

Kultur- og Fritidsforvaltningen deltager. Kommunen betaler årligt 0,2 mio. kr. for medlemskab.

## Venskabsbyer

Testby har 12 venskabsbyer. Dem vi arbejder mest med er:

- Tartu
- Wismar

## Projekter

Testby deltager i Interreg-projektet BLUE HARBOUR, der forløber november 2019 til oktober 2022.

Kommunen har indgået en samarbejdsaftale med Trondheim om klima. Konferencen blev holdt i Odense.
"""


def _records():
    return extract_bytes(DOC.encode(), "testby.txt").records


def test_network_from_membership_section_with_fee_and_department():
    (net,) = [r for r in _records() if r.type == "network"]
    assert net.name == "Energy Cities"
    assert net.fields["department"] == "Kultur- og Fritidsforvaltningen"
    assert net.fields["annual_fee"] == {"value": 200000, "currency": "DKK"}


def test_partner_cities_with_kind_and_country():
    partners = {r.name: r.fields for r in _records() if r.type == "partner"}
    assert set(partners) == {"Tartu", "Wismar", "Trondheim"}
    assert partners["Tartu"]["kind"] == "twin city" and partners["Tartu"]["country"] == "EE"
    assert partners["Trondheim"]["kind"] == "cooperation agreement"
    assert "latitude" in partners["Wismar"]


def test_project_with_programme_and_period():
    (proj,) = [r for r in _records() if r.type == "project"]
    assert proj.name == "BLUE HARBOUR"
    assert proj.fields["programme"] == "Interreg"
    assert (proj.fields["period_start"], proj.fields["period_end"]) == ("2019-11", "2022-10")


def test_evidence_points_into_the_text():
    result = extract_bytes(DOC.encode(), "testby.txt")
    for rec in result.records:
        assert result.text[rec.start:rec.end] in rec.quote or rec.type in ("money", "count")
        assert 0 < rec.confidence <= 1 and rec.page == 1
    contract = to_contract([result])
    assert contract["documents"][0]["source"] == "testby.txt"
    assert contract["documents"][0]["pages"] == 1


def test_every_candidate_says_why_it_was_found():
    from pathlib import Path

    docs = Path(__file__).parent / "devset" / "docs"
    for path in sorted(docs.iterdir()):
        for rec in extract_file(path).records:
            assert rec.fields.get("evidence"), (path.name, rec.type, rec.name or rec.value)
