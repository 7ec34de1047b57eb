"""A membership carries the yearly fee, department and representative its sentence (or the next) states."""

from udsyn.extraction import extract_bytes

# Made up for the test.
DOC = """# Testby i verden

## Medlemskaber i Børne- og Ungdomsforvaltningen

Kommunen er medlem af netværket Energy Cities og betaler et årligt kontingent på 120.000 kr. for 2021. \
Kommunen er repræsenteret ved borgmester Jens Hansen.

Testby har siden 2010 været med i netværket Eurotowns. Kontingentet er 0,5 mio. kr.

Kultur- og Fritidsforvaltningen er medlem af Strong Cities Network, og borgmesteren deltager i netværkets \
årsmøde. Kommunen fik 2 mio. kr. i tilskud fra staten.

Testby er medlem af Eurocities og ICLEI og betaler 80.000 kr. om året.
"""


def _networks() -> dict:
    result = extract_bytes(DOC.encode(), "net.md")
    return {r.name: r for r in result.records if r.type == "network"}, result


def test_fee_in_the_same_sentence_with_its_year_and_the_representative():
    nets, result = _networks()
    energy = nets["Energy Cities"].fields
    assert energy["annual_fee"] == {"value": 120000, "currency": "DKK"}
    assert energy["fee_year"] == 2021
    assert energy["representative"] == "borgmester Jens Hansen"
    assert energy["department"] == "Børne- og Ungdomsforvaltningen"  # from the section heading
    assert 120000 in {r.value for r in result.records if r.type == "money"}  # the amount stays a money record


def test_fee_in_the_next_sentence_that_refers_back():
    nets, _ = _networks()
    eurotowns = nets["Eurotowns"].fields
    assert eurotowns["annual_fee"] == {"value": 500000, "currency": "DKK"}
    assert "fee_year" not in eurotowns  # "siden 2010" is when the membership began
    assert eurotowns["period_start"] == "2010"


def test_department_named_in_the_sentence_and_a_grant_is_no_fee():
    nets, _ = _networks()
    strong = nets["Strong Cities Network"].fields
    assert strong["department"] == "Kultur- og Fritidsforvaltningen"
    assert strong["representative"] == "borgmesteren"
    assert "annual_fee" not in strong  # the 2 mio. kr. grant is in another sentence and no fee


def test_a_fee_after_a_list_of_networks_is_not_given_to_one_of_them():
    nets, _ = _networks()
    assert "ICLEI" in nets and "Eurocities" in nets
    assert "annual_fee" not in nets["ICLEI"].fields and "annual_fee" not in nets["Eurocities"].fields


def test_a_listed_membership_with_fee_and_representative():
    doc = ("# Testby\n\n## Medlemskaber\n\n"
           "- Eurotowns – årligt kontingent 200.000 kr., repræsenteret ved rådmand Ole Jensen\n")
    (net,) = [r for r in extract_bytes(doc.encode(), "list.md").records if r.type == "network"]
    assert net.fields["annual_fee"] == {"value": 200000, "currency": "DKK"}
    assert net.fields["representative"] == "rådmand Ole Jensen"
    assert net.quote.startswith("Eurotowns –")  # the sentence, without the list's bullet


def test_each_network_gets_the_department_that_is_its_subject():
    doc = ("Kultur- og Fritidsforvaltningen er medlem af netværket Eurotowns, mens Teknik- og Miljøforvaltningen "
           "er medlem af netværket Energy Cities.\n")
    nets = {r.name: r.fields for r in extract_bytes(doc.encode(), "depts.txt").records if r.type == "network"}
    assert nets["Eurotowns"]["department"] == "Kultur- og Fritidsforvaltningen"
    assert nets["Energy Cities"]["department"] == "Teknik- og Miljøforvaltningen"


def test_a_yearly_grant_in_the_sentence_is_no_fee():
    doc = "Kommunen er medlem af netværket Eurotowns og modtager årligt 2 mio. kr. i tilskud fra staten.\n"
    (net,) = [r for r in extract_bytes(doc.encode(), "grant.txt").records if r.type == "network"]
    assert "annual_fee" not in net.fields
