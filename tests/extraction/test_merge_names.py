"""One record per distinct thing: slips, restated names and given acronyms merge; distinct names do not."""

import hashlib

from udsyn.extraction.merge import merge_records
from udsyn.extraction.model import Record


def _rec(name: str, start: int, type_: str = "network", **fields) -> Record:
    return Record(type=type_, name=name, start=start, end=start + len(name), confidence=0.7, fields=dict(fields))


def test_variants_of_one_name_merge():
    merged = merge_records([
        _rec("WHO European Healthy Cities Network", 10), _rec("European Healthy Cities Network", 50),
        _rec("Al4Cities", 90, "project"), _rec("AI4CITIES", 120, "project"),
        _rec("Nature Insurance value", 150, "project", acronym="NAIAD"), _rec("NAIAD", 190, "project"),
        _rec("C40 Urban Cooling Network", 230), _rec("Urban Colling Network", 260),
    ])
    assert [(r.name, r.fields["mentions"]) for r in merged] == [
        ("WHO European Healthy Cities Network", 2), ("Al4Cities", 2), ("Nature Insurance value", 2),
        ("C40 Urban Cooling Network", 2)]


def test_numbers_are_not_slips():
    merged = merge_records([_rec("EURO2020", 0, "project"), _rec("EURO2021", 20, "project"),
                            _rec("Interreg 5A Fehmarnbelt", 40, "project"),
                            _rec("Interreg 6A Fehmarnbelt", 80, "project")])
    assert len(merged) == 4


def test_distinct_names_stay_apart_among_many():
    # Made-up, clearly different names (a large document lists hundreds of these).
    letters = str.maketrans("0123456789", "ghijklmnop")
    names = sorted({hashlib.sha1(str(i).encode()).hexdigest()[:14].translate(letters).title() + " Forum"
                    for i in range(3000)})
    records = [_rec(name, i * 40) for i, name in enumerate(names)]
    records += [_rec("Nordisk Hovedstadskonference", 10**7), _rec("Nordisk Hovedstadskonference om idræt", 10**7 + 50)]
    assert len(merge_records(records)) == len(names) + 2
