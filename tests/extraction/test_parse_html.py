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
