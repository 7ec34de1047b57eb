"""Lists after an announcing line, table rows read by their headers, and the document's home country."""

from udsyn.extraction import extract_bytes


def _names(text: str, type_: str, name: str = "a.txt") -> list[str]:
    return sorted(r.name for r in extract_bytes(text.encode(), name).records if r.type == type_)


def test_twin_towns_listed_one_a_line_after_an_announcing_sentence():
    text = ("Vores venskabsbyer\n\nKommunen har venskabsbyaftaler med disse byer:\n\n"
            "Mariestad, Sverige (siden 1958)\n\nLevanger i Norge – siden 1961\n\n"
            "Stykkishólmur, Island\n\nKlaksvík, Færøerne\n\nHvert andet år holder byerne et stævne.")
    assert _names(text, "partner") == ["Klaksvík", "Levanger", "Mariestad", "Stykkishólmur"]


def test_table_rows_are_read_by_their_headers():
    text = ("Tabel 1. Kommunens medlemskaber\n\n"
            "Netværk: Energy Cities; Forvaltning: Teknik og Miljø; Årligt kontingent: 42.500 kr.; "
            "Kontaktperson: Mette Holm\n"
            "Netværk: Nordic Safe Cities; Forvaltning: Social og Sundhed; Årligt kontingent: 15000; "
            "Kontaktperson: Jens Kragh\n")
    result = extract_bytes(text.encode(), "a.txt")
    networks = {r.name: r for r in result.records if r.type == "network"}
    assert sorted(networks) == ["Energy Cities", "Nordic Safe Cities"]  # no caption, no contact person
    assert networks["Nordic Safe Cities"].fields["annual_fee"] == {"value": 15000, "currency": "DKK"}
    assert networks["Energy Cities"].fields["evidence"].startswith("table row")
    assert sorted(r.value for r in result.records if r.type == "money") == [15000, 42500]


def test_html_table_of_partners_keeps_those_abroad():
    html = ("<html><body><main><h1>Partnere</h1><p>Projektet har disse partnere i flere lande, og de arbejder "
            "sammen om havne.</p><table><thead><tr><th>Partner</th><th>Land</th><th>Organisationstype</th></tr>"
            "</thead><tbody><tr><td>Gemeente Harlingen</td><td>Holland</td><td>Kommune</td></tr>"
            "<tr><td>Vestby Kommune</td><td>Danmark</td><td>Kommune</td></tr></tbody></table>"
            "<p>Mere om projektet kan læses i rapporten fra sidste år.</p></main></body></html>")
    # A municipality in a partner column is its town, as in list lines ("Lemvig Kommune (Danmark)" is Lemvig).
    assert _names(html, "partner", "a.html") == ["Harlingen"]


def test_a_danish_town_is_abroad_for_a_swedish_municipality():
    text = ("Norrvik kommun har två vänorter: Ringkøbing i Danmark och Levanger i Norge. Kommunen samarbetar "
            "också med Umeå kommun och är medlem i nätverket.")
    assert _names(text, "partner") == ["Levanger", "Ringkøbing"]


def test_project_partners_abroad_named_with_their_country():
    text = ("Lead partner: Municipality of Kalmar, Sweden. Partners: Klaipėda University (Lithuania), "
            "Gemeente Texel (Netherlands). The total budget is 2 345 678,00 EUR.")
    result = extract_bytes(text.encode(), "a.txt")
    # A municipality abroad is its town; an institution is itself.
    assert sorted(r.name for r in result.records if r.type == "partner") == ["Kalmar", "Klaipėda University", "Texel"]
    assert [(r.value, r.currency) for r in result.records if r.type == "money"] == [(2345678, "EUR")]


def test_a_sheet_title_row_is_not_the_header():
    import io

    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (["Oversigt over venskabsbyer 2024"], [], ["Venskabsby", "Land", "Siden"], ["Ystad", "Sverige", 1960],
                ["Plön", "Tyskland", 1990]):
        ws.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    result = extract_bytes(buf.getvalue(), "v.xlsx")
    assert sorted(r.name for r in result.records if r.type == "partner") == ["Plön", "Ystad"]


def test_twin_municipalities_in_every_language_and_a_town_the_index_lacks():
    from udsyn.extraction import extract_bytes

    text = ("Vennskapskommuner\n\nKommunen har tre vennskapskommuner i Norden:\n\n- Ljungby, Sverige (siden 1961)\n"
            "- Vejen, Danmark (siden 1961)\n- Kauhava, Finland (siden 1970)\n")
    names = sorted(r.name for r in extract_bytes(text.encode(), "a.txt").records if r.type == "partner")
    assert names == ["Kauhava", "Ljungby", "Vejen"]
    text = "Lundby har tre venskabsbyer: Hjo i Sverige, Porvoo i Finland og Fjærland i Norge."
    names = sorted(r.name for r in extract_bytes(text.encode(), "a.txt").records if r.type == "partner")
    assert names == ["Fjærland", "Hjo", "Porvoo"]


def test_municipalities_and_institutions_abroad_in_a_partner_list_and_in_prose():
    from udsyn.extraction import extract_bytes

    page = ("<html><body><main><h1>HARBOURLINK – Small ports in transition</h1><p>An Interreg project of eight "
            "partners.</p><h2>Partners</h2><ul><li>Town of Ustka, Poland</li><li>Tallinn University of Technology, "
            "Estonia</li><li>Marine Institute in Szczecin, Poland</li><li>Hansestadt Wismar, Germany</li>"
            "<li>Kuressaare City Government, Estonia</li></ul></main></body></html>")
    records = extract_bytes(page.encode(), "a.html").records
    assert sorted(r.name for r in records if r.type == "partner") == [
        "Kuressaare", "Marine Institute in Szczecin", "Tallinn University of Technology", "Ustka", "Wismar"]
    assert [r.name for r in records if r.type == "project"] == ["HARBOURLINK"]
    text = ("I projektet samarbetar kommunen med Pärnu stad och Haapsalu stad i Estland, Vilnius universitet i "
            "Litauen och Rigas kommun i Lettland.")
    names = sorted(r.name for r in extract_bytes(text.encode(), "a.txt").records if r.type == "partner")
    assert names == ["Haapsalu", "Pärnu", "Riga", "Vilnius universitet"]


def test_every_money_column_with_its_header_currency_and_scale_and_a_column_of_partners():
    import io

    import openpyxl

    from udsyn.extraction import extract_bytes

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Projekt", "Program", "Budget (EUR)", "Kommunens andel (kr.)", "EU-tilskud (1.000 kr.)",
               "Udenlandske partnere"])
    ws.append(["BlueRoute", "Interreg", 1200000, 450000, 310.5, "Ystad (SE); Gmina Darłowo (PL); Hochschule Kiel, "
               "Tyskland"])
    buf = io.BytesIO()
    wb.save(buf)
    records = extract_bytes(buf.getvalue(), "a.xlsx").records
    assert sorted((r.value, r.currency) for r in records if r.type == "money") == [
        (310500, "DKK"), (450000, "DKK"), (1200000, "EUR")]
    assert sorted(r.name for r in records if r.type == "partner") == ["Darłowo", "Hochschule Kiel", "Ystad"]


def test_a_pdf_table_is_read_by_its_columns():
    import io

    from reportlab.pdfgen import canvas

    from udsyn.extraction import extract_bytes

    # Each cell drawn at its column's x position, as a report's table is: pdfium writes one space between cells.
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    y = 780
    for row in (("Network", "Annual fee", "Since"), ("Energy Cities", "EUR 3,200", "2016"),
                ("Nordic Safe Cities", "DKK 25,000", "2019")):
        for x, cell in zip((50, 250, 400), row, strict=True):
            c.drawString(x, y, cell)
        y -= 16
    c.showPage()
    c.save()
    records = extract_bytes(buf.getvalue(), "a.pdf").records
    assert sorted(r.name for r in records if r.type == "network") == ["Energy Cities", "Nordic Safe Cities"]
    assert sorted((r.value, r.currency) for r in records if r.type == "money") == [(3200, "EUR"), (25000, "DKK")]


def test_twin_town_headings_with_their_country_and_list_items_that_say_they_are_projects():
    from udsyn.extraction import extract_bytes

    page = ("<html><body><main><h1>Venskabsbyer</h1><p>Kommunen har tre venskabsbyer.</p><h2>Valga, Estland</h2>"
            "<p>Samarbejde om sundhed.</p><h2>Husavik (Island)</h2><p>Skoleudveksling.</p><h2>Parnu</h2>"
            "<p>Kultur.</p></main></body></html>")
    names = sorted(r.name for r in extract_bytes(page.encode(), "a.html").records if r.type == "partner")
    assert names == ["Husavik", "Parnu", "Valga"]
    page = ("<html><body><main><h1>EU-projekt</h1><ul><li>Unga i jobb – ett ESF-projekt med Arbetsförmedlingen."
            "</li><li>SkolNet Nord, ett Erasmus+-projekt med skolor i Finland.</li></ul></main></body></html>")
    names = sorted(r.name for r in extract_bytes(page.encode(), "a.html").records if r.type == "project")
    assert names == ["SkolNet Nord", "Unga i jobb"]
