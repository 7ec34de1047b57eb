"""Syntax seen on real public pages that the first rules missed (issue 8, round 3): words broken with an en dash in
news columns, running lines of a short excerpt, a membership cue with a time between it and the name, an
English adjective that opens a name, coordinated 'A and B networks', memberships only considered or declined."""

import pytest

from udsyn.extraction import extract_bytes
from udsyn.extraction.normalise import dehyphenate, drop_running_lines


def _names(text: str, type_: str, name: str = "a.txt") -> list[str]:
    return sorted(r.name for r in extract_bytes(text.encode(), name).records if r.type == type_)


@pytest.mark.parametrize(("text", "joined"), [
    ("de to venskabs–\nbyer", "de to venskabsbyer"),
    ("alle tre venskabs– byer", "alle tre venskabsbyer"),
    ("gæster fra Hel–\nsingør og EU–\nprojektet", "gæster fra Helsingør og EU-projektet"),
    ("sam– ar–\nbetet", "samarbetet"),
])
def test_words_broken_with_an_en_dash_are_joined(text, joined):
    assert dehyphenate(text) == joined


@pytest.mark.parametrize("text", ["Teknik– og Miljøforvaltningen", "kommunen – og borgerne", "2023–2027",
                                  "Interreg Sverige– Norge"])
def test_dashes_between_words_stay(text):
    assert dehyphenate(text) == text


def test_a_running_line_with_the_printed_page_number_leaves_a_two_page_excerpt():
    pages = ["Årsrapport 2024 · side 17\nVenskabsbyer\nTekst om byerne.", "Årsrapport 2024 · side 18\nProjekter\nMere."]
    assert drop_running_lines(pages) == ["Venskabsbyer\nTekst om byerne.", "Projekter\nMere."]


@pytest.mark.parametrize(("text", "networks"), [
    ("Kommunen er medlem af Nordic Safe Cities.", ["Nordic Safe Cities"]),
    ("Byen tilsluttede sig i 2022 Strong Cities Network.", ["Strong Cities Network"]),
    ("The council is a member of the Energy Cities and Cittaslow networks.", ["Cittaslow", "Energy Cities"]),
    ("Kommunen er desuden med i den internationale Cittaslow-bevægelse.", ["Cittaslow"]),
])
def test_membership_cues_before_names(text, networks):
    assert _names(text, "network") == networks


@pytest.mark.parametrize("text", [
    "The committee considered an invitation to join Mayors for Peace and resolved not to join at this time.",
    "Bystyret har vurdert medlemskap i Eurocities, men har ikke søkt.",
    "Kommunstyrelsen har utrett ett medlemskap i Eurocities men beslutat att avvakta.",
    "A councillor asked whether the town should join the Covenant of Mayors.",
    "Byrådet skal i foråret tage stilling til et medlemskab af Eurocities.",
])
def test_memberships_only_considered_are_none(text):
    assert _names(text, "network") == []


@pytest.mark.parametrize(("text", "projects"), [
    ("Projekter i 2024:\n\n- NORDIC TRAILS (Interreg Aurora), budget 1,2 mio. euro\n"
     "- Unga i Norden (Nordplus Junior)\n",
     ["NORDIC TRAILS", "Unga i Norden"]),
    ("Sammen med to andre kommuner deltar vi i KYST OG KLIMA, som finansieres av Interreg Sverige-Norge.",
     ["KYST OG KLIMA"]),
    ("Skolen deltar i prosjektet «Lesing i Norden» med partnerskoler i Finland.", ["Lesing i Norden"]),
    ("The school's Bridges Over Water exchange has been awarded £12,000 by the Turing Scheme.", ["Bridges Over Water"]),
])
def test_projects_named_without_the_word_project_beside_them(text, projects):
    assert _names(text, "project") == projects


@pytest.mark.parametrize("text", [
    "Partnere:\n\n- Region Blekinge (Interreg)\n- Kalmar kommun (Interreg)\n",
    "The plan builds on COASTLINK (Interreg North Sea Region 2014-2020) and on local studies.",
])
def test_bodies_and_prose_before_a_programme_in_brackets_are_no_projects(text):
    assert _names(text, "project") == []


def test_a_programme_is_no_partner():
    assert "Erasmus+" not in _names("Eleverne deltager i Erasmus+ med partnerskoler i Tartu.", "partner")


@pytest.mark.parametrize(("text", "values"), [
    ("The six partners from five countries met in May for the Interreg project.", [6, 5]),
    ("Eleverne besøgte de to venskabsbyer.", [2]),
    ("The choir from the twin town sang in the two harbour museums.", []),
    ("Stævnet går på skift mellem de fem byer.", []),
    ("The meeting had 4 members of the public and 3 councillors from the twin town.", [3]),
])
def test_counts_after_an_article_and_members_of_the_public(text, values):
    assert sorted(r.value for r in extract_bytes(text.encode(), "a.txt").records if r.type == "count") == \
        sorted(values)


def test_a_decimal_comma_followed_by_a_space_before_a_scale_word():
    text = "Projektet har en budget på 2, 6 miljoner euro."
    assert [(r.value, r.currency) for r in extract_bytes(text.encode(), "a.txt").records if r.type == "money"] == \
        [(2600000, "EUR")]


@pytest.mark.parametrize(("text", "value"), [
    ("Forty-two young musicians arrive on Friday.", 42), ("Der kom toogfyrre gæster fra venskabsbyen.", 42),
    ("Det kom fyrtiotvå deltagare.", 42), ("Vi fikk besøk av tjueen elever.", 21),
])
def test_two_part_number_words(text, value):
    from udsyn.extraction.counts import parse_count

    assert parse_count(text) == value


def test_a_body_named_in_the_genitive_owns_the_network_and_the_next_name_is_coordinated():
    text = ("Lindby Town Council is a member of the Local Government Association's international network and of "
            "Sister Cities International. Our sister city is Kaga in Japan.")
    assert _names(text, "network") == ["Sister Cities International"]
    assert _names(text, "partner") == ["Kaga"]


def test_a_membership_not_renewed_is_none():
    assert _names("The City Council decided not to renew the membership of Energy Cities.", "network") == []


def test_list_items_whose_text_opens_with_their_programme_are_projects():
    page = ("<h2>EU-projekter</h2><ul><li><strong>Unge i Europa</strong> – Erasmus+ partnerskab med Tartu.</li>"
            "<li><strong>Grøn Havn</strong> – Interreg Deutschland-Danmark, 2024-2026.</li></ul>")
    assert _names(page, "project", "a.html") == ["Grøn Havn", "Unge i Europa"]


def test_a_project_page_titled_only_by_its_coined_name():
    page = ("<h1>SEAFLOW</h1><h2>Clean water for small harbours</h2><p>Funded by Interreg North Sea.</p>"
            "<dl><dt>EU funding (ERDF)</dt><dd>EUR 1,200,000</dd></dl>")
    assert _names(page, "project", "p.html") == ["SEAFLOW"]


def test_counts_of_a_document_about_something_else_are_counted_only_near_international_work():
    domestic = " ".join(f"Kommunen har {n} daginstitutioner og {n + 3} skoler i område {k}." for k, n in
                        enumerate(range(10, 40, 3)))
    text = domestic + " Vi har 4 venskabsbyer i Norden. " + domestic
    values = sorted(r.value for r in extract_bytes(text.encode(), "a.txt").records if r.type == "count")
    assert 4 in values and 19 not in values and 25 not in values  # far from the one international sentence


def test_a_list_of_people_and_their_roles_is_no_list_of_networks():
    page = ("<h2>Fra organisationerne</h2><ul><li>Kirsten Holm, formand for HK Nordjylland</li>"
            "<li>Jan Berg, repræsentant for Metal Aalborg</li></ul>")
    assert _names(page, "network", "a.html") == []


def test_a_membership_in_its_own_clause_before_a_hedge_stays():
    text = "Kommunen er også med i Euromontana, og vurderer medlemskap i ICLEI."
    assert _names(text, "network") == ["Euromontana"]
    assert _names("Byen er ikke medlem af Eurocities, og overvejer et medlemskab af POLIS.", "network") == []


def test_a_network_left_in_swedish_is_none():
    assert _names("Kommunen lämnade nätverket Energy Cities 2019.", "network") == []


def test_a_twin_town_heading_the_index_does_not_know_takes_the_country_line_of_its_section():
    page = ("<html><body><h1>Vänorter</h1><h2>Våra vänorter</h2><h3>Nordhavnsby</h3><p>Land: Norge<br>"
            "Vänort sedan: 1951</p></body></html>")
    assert _names(page, "partner", "v.html") == ["Nordhavnsby"]


def test_after_a_partners_label_any_body_with_its_country_is_a_partner():
    text = "Partners: Coastal Forum Germany (Germany); Municipality of Kuldīga (Latvia)."
    assert _names(text, "partner") == ["Coastal Forum Germany", "Kuldīga"]


def test_a_table_of_partner_cities_with_a_city_column():
    page = ("<h1>International partnerships</h1><table><tr><th>City</th><th>Country</th><th>Type of agreement</th>"
            "<th>Since</th></tr><tr><td>Halden</td><td>Norway</td><td>Twin town</td><td>1953</td></tr>"
            "<tr><td>Suzhou</td><td>China</td><td>Letter of intent</td><td>2019</td></tr></table>")
    assert _names(page, "partner", "p.html") == ["Halden", "Suzhou"]


def test_a_life_project_site_with_its_beneficiaries():
    page = ("<h1>LIFE REEF NORD</h1><p>Total eligible budget: €3,100,000. Funded by the LIFE Programme.</p>"
            "<h2>Beneficiaries</h2><p>Associated beneficiaries:</p><ul><li>Göteborgs universitet (Sweden)</li>"
            "<li>Norsk institutt for naturforskning (Norway)</li></ul>")
    assert _names(page, "project", "p.html") == ["LIFE REEF NORD"]
    assert _names(page, "partner", "p.html") == ["Göteborgs universitet", "Norsk institutt for naturforskning"]


def test_part_of_coordinated_networks_and_a_forum_reached_through_a_network():
    text = ("We are part of the Eurocities and Energy Cities networks. Through Eurocities the city takes part in "
            "the Culture Forum. Skovby is part of the Region Midtjylland.")
    assert _names(text, "network") == ["Energy Cities", "Eurocities"]


def test_a_coined_name_taken_part_in_under_a_programme_item():
    page = ("<h2>Punkt 4. Deltagelse i Interreg-projektet SEA KIDS</h2><p>Skolen er inviteret som partner, og "
            "forvaltningen indstiller, at kommunen deltager i SEA KIDS.</p>")
    assert _names(page, "project", "a.html") == ["SEA KIDS"]


def test_an_older_eu_programme_is_no_project():
    text = 'Gennem EU-programmet Sokrates deltager gymnasiet i projektet "Byer i Europa" sammen med skoler i Lohja.'
    assert _names(text, "project") == ["Byer i Europa"]


def test_who_takes_part_in_a_project_is_a_partner():
    text = "Med i projektet är Salo stad i Finland och Ogre i Lettland."
    assert _names(text, "partner", "a.txt") == ["Ogre", "Salo"]
