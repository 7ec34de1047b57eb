from udsyn.extraction.segment import segment

TEXT = """4. Medlemskaber af internationale netværk

4.1 Teknik- og Miljøforvaltningen
4.1.2 Energy Cities

Netværk af europæiske byer. Kommunen er medlem.

- Første punkt
- Andet punkt der fortsætter
  på næste linje

Kort overskrift

Almindeligt afsnit uden punktum til sidst men langt nok til ikke at være en overskrift her
"""


def test_numbered_headings_nest():
    segs = segment(TEXT, [0])
    heads = [(s.number, s.text, s.path) for s in segs if s.kind == "heading"]
    assert heads[0] == ("4", "Medlemskaber af internationale netværk", ())
    assert heads[2] == ("4.1.2", "Energy Cities",
                        ("Medlemskaber af internationale netværk", "Teknik- og Miljøforvaltningen"))


def test_items_paragraphs_and_offsets():
    segs = segment(TEXT, [0])
    items = [s for s in segs if s.kind == "item"]
    assert [i.text for i in items] == ["Første punkt", "Andet punkt der fortsætter på næste linje"]
    para = next(s for s in segs if s.kind == "paragraph")
    assert TEXT[para.start:para.end] == "Netværk af europæiske byer. Kommunen er medlem."
    assert para.path[-1] == "Energy Cities"
    assert any(s.kind == "heading" and s.text == "Kort overskrift" for s in segs)
    assert segs[-1].kind == "paragraph"
