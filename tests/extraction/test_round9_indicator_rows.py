"""Round 9: an indicator table whose row labels are what is counted ("Elever på udveksling | Status 2026: 46 | Mål
2027: 80") states counts in its status column, not in its target column; a share in per cent is no count. Texts of
our own."""

from udsyn.extraction import extract_bytes


def test_status_column_counts_target_does_not():
    csv = ("Indikator;Status 2026;Mål 2027\n"
           "Elever på udveksling i udlandet;57;90\n"
           "EU-projekter med kommunal deltagelse;4;7\n"
           "Andel af skoler med en partnerskole;41 %;70 %\n")
    counts = sorted(int(r.value) for r in extract_bytes(csv.encode(), "status.csv").records if r.type == "count")
    assert counts == [4, 57]


def test_row_of_inhabitants_is_no_count():
    csv = ("Indikator;Status 2026;Mål 2027\n"
           "Indbyggere i kommunen;52000;53000\n")
    assert [r for r in extract_bytes(csv.encode(), "status.csv").records if r.type == "count"] == []
