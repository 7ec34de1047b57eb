from udsyn.extraction.parsers import parse_bytes


def test_utf8_text_with_form_feeds_is_paged():
    doc = parse_bytes("Første side om Århus.\fAnden side.\f".encode(), "a.txt")
    assert doc.mime == "text/plain"
    assert doc.pages == ["Første side om Århus.", "Anden side."]


def test_cp1252_text_is_decoded():
    doc = parse_bytes("Kommunen støtter “projektet” – 5 € om året".encode("cp1252"), "b.txt")
    assert doc.pages[0] == "Kommunen støtter “projektet” – 5 € om året"


def test_latin1_text_is_decoded():
    assert parse_bytes("Grønland og Færøerne".encode("latin-1"), "c").pages[0] == "Grønland og Færøerne"
