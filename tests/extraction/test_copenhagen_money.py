"""Every amount of money in the OCR-damaged Copenhagen mapping, normalised to value and currency."""

from collections import Counter
from decimal import Decimal

from udsyn.extraction import extract_file

from .conftest import corpus_file

# Read by hand from the document: (value, currency) -> times stated.
EXPECTED = Counter({
    (Decimal("100000000"), "DKK"): 1,   # more than 100 mio. kr. of external funding since 2013
    (Decimal("84000000"), "DKK"): 1,    # EU support since 2013
    (Decimal("20000000"), "DKK"): 2,    # Strategic Sector Cooperation ("20 mio." twice)
    (Decimal("1300000"), "DKK"): 1,     # yearly fee, written "1,3 mio." without currency
    (Decimal("1130000"), "DKK"): 1,     # yearly co-funding of an office
    (Decimal("500000"), "DKK"): 1,      # yearly fee "0,5 mio. kr."
    (Decimal("4971000"), "DKK"): 1,     # EU contribution to a project ...
    (Decimal("665462.5"), "EUR"): 1,    # ... and the same in euro
    (Decimal("6500000"), "DKK"): 1,     # funding of a 2023 title year
    (Decimal("3200000"), "DKK"): 1,
    (Decimal("350000"), "DKK"): 1,
    (Decimal("70000000"), "DKK"): 1,
    (Decimal("725000"), "DKK"): 1,      # "0,725 mio.kr"
})


def test_every_amount_in_the_copenhagen_mapping():
    result = extract_file(corpus_file("copenhagen-mapping-of-international-work-2020.txt"))
    found = Counter((Decimal(str(r.value)), r.currency) for r in result.records if r.type == "money")
    assert found == EXPECTED


def test_yearly_fees_are_flagged():
    result = extract_file(corpus_file("copenhagen-mapping-of-international-work-2020.txt"))
    yearly = {r.value for r in result.records if r.type == "money" and r.fields.get("per_year")}
    assert {Decimal("1300000"), Decimal("1130000"), Decimal("500000")} <= {Decimal(str(v)) for v in yearly}
