"""Round 9: national bodies of the home country are no international memberships: a section heading named after the
country ("Sveriges X", "Danske X", "Norsk X") or whose text calls it national ("Ett nationellt nätverk för ...",
"en landsdækkende forening"), and a table row whose remark says so ("Dansk brancheforening, ikke international").
Texts of our own."""

import pytest

from udsyn.extraction import extract_bytes

_SECTIONS = """<html><body><h1>{title}</h1>
<h2>{members}</h2>
<h3>Nordic Moss Forum</h3>
<p>{first}</p>
<h3>{name}</h3>
<p>{body}</p>
</body></html>"""


_FIRST = {"sv": "Forumet samlar städer i Norden som arbetar med våtmarker. Vi gick med 2020.",
          "da": "Forummet samler byer i Norden, der arbejder med vådområder. Vi blev medlem i 2020.",
          "no": "Forumet samler byer i Norden som arbeider med våtmarker. Vi ble med i 2020."}


@pytest.mark.parametrize("lang,title,members,name,body", [
    ("sv", "Internationellt arbete", "Nätverk", "Sveriges Mosskommuner", "Ett nätverk för kommuner med våtmarker."),
    ("sv", "Internationellt arbete", "Nätverk", "Mosskommunerna i Norden", "Ett nationellt nätverk för kommuner."),
    ("da", "Internationalt arbejde", "Netværk", "Danske Mosebyer", "En forening for kommuner med moser."),
    ("da", "Internationalt arbejde", "Netværk", "Mosebyerne", "En landsdækkende forening for kommuner med moser."),
    ("no", "Internasjonalt arbeid", "Nettverk", "Norsk Myrforum", "Et forum for kommuner med myrer."),
])
def test_national_body_under_a_network_heading(lang, title, members, name, body):
    html = _SECTIONS.format(title=title, members=members, name=name, body=body, first=_FIRST[lang])
    networks = [r.name for r in extract_bytes(html.encode(), "a.html").records if r.type == "network"]
    assert name not in networks
    assert "Nordic Moss Forum" in networks


def test_table_row_remark_says_national():
    csv = ("Organisation;Kontingent 2026;Valuta;Status;Bemærkning\n"
           "Nordic Moss Forum;1200;EUR;Aktiv;Medlem siden 2019\n"
           "MOSEFO;38500;DKK;Aktiv;Dansk brancheforening, ikke international\n"
           "BOGNET;9000;DKK;Aktiv;Landsdækkende netværk\n")
    networks = [r.name for r in extract_bytes(csv.encode(), "medlemskaber.csv").records if r.type == "network"]
    assert networks == ["Nordic Moss Forum"]
