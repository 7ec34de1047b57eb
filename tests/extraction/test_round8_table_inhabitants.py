"""Round 8: a table column of inhabitants ("Indbyggere", "Invånare", "Population") describes the towns, it counts no
international work, as inhabitants in prose do not; a column of participants still counts. Texts of our own."""

from udsyn.extraction import extract_bytes


def test_inhabitants_in_a_table_are_no_count():
    page = ("<html><body><h1>Venskabsbyer</h1><table><tr><th>Venskabsby</th><th>Land</th><th>Indbyggere</th>"
            "<th>Deltagere</th></tr><tr><td>Utena</td><td>Litauen</td><td>26.000</td><td>14</td></tr>"
            "<tr><td>Bauska</td><td>Letland</td><td>9.100</td><td>12</td></tr></table></body></html>")
    counts = sorted(r.value for r in extract_bytes(page.encode(), "a.html").records if r.type == "count")
    assert counts == [12, 14]
