from udsyn.extraction.parsers import parse_bytes
from udsyn.extraction.parsers.html import strip_tags

PAGE = """<!doctype html><html><head><title>t</title><script>var x = 1;</script></head><body>
<nav><ul><li>Forside</li><li>Om kommunen</li><li>Kontakt</li></ul></nav>
<article><h1>Internationalt samarbejde</h1>
<p>Kommunen har siden 1984 haft et venskabsbysamarbejde med Harbin i Kina. Samarbejdet omfatter
erhverv, uddannelse og kultur, og der er gennemført mange delegationsbesøg i begge retninger.</p>
<p>I 2019 modtog kommunen 35 delegationer fra hele verden, og arbejdet fortsætter de kommende år
med nye projekter inden for klima og byudvikling i samarbejde med partnere i Europa.</p>
</article><footer>Cookiepolitik · Tilgængelighedserklæring</footer></body></html>"""


def test_html_main_content_without_boilerplate():
    doc = parse_bytes(PAGE.encode(), "page.bin")
    assert doc.mime == "text/html"
    assert "venskabsbysamarbejde med Harbin" in doc.pages[0]
    assert "var x" not in doc.pages[0]
    assert "Cookiepolitik" not in doc.pages[0]


def test_tag_stripping_fallback_keeps_blocks_apart():
    text = strip_tags("<p>Et</p><p>To<br>Tre</p><script>x()</script><ul><li>Fire</li></ul>")
    assert text.split("\n")[0] == "Et"
    assert "x()" not in text
    assert "- Fire" in text


def test_tables_are_read_by_their_headers_and_fact_boxes_by_their_labels():
    from udsyn.extraction import extract_bytes
    from udsyn.extraction.parsers.htmltables import tables_to_lines

    markup = ("<table><thead><tr><th>Partner</th><th>Land</th></tr></thead><tbody><tr><td>Stadt Kiel</td>"
              "<td>Tyskland</td></tr><tr><td>Gemeente Urk</td><td>Holland</td></tr></tbody></table>")
    assert "<p>Partner: Stadt Kiel; Land: Tyskland</p>" in tables_to_lines(markup)
    page = ("<html><body><h1>Projektet</h1><p>Projektet samler havnebyer.</p><table><tr><th>Budget</th>"
            "<td>2,1 mio. EUR</td></tr><tr><th>Partnere</th><td>9</td></tr><tr><th>Periode</th><td>2024-2027</td>"
            "</tr></table></body></html>")
    records = extract_bytes(page.encode(), "a.html").records
    assert [(r.type, r.value) for r in records if r.type in ("money", "count")] == [("money", 2100000), ("count", 9)]
