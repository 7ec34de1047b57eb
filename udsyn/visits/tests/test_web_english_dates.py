"""English pages write dates day before month, as their readers in Denmark do (`7 December 2026`, in a table
`7 Dec 2026` on one line), not Django's American `Dec. 7, 2026` and `12/07/2026`; a date typed in either language is
read day first, and ISO dates (what the date pickers send) are read in both."""

import datetime as dt

import pytest

from udsyn.visits.models import Visit

DAY = dt.date(2026, 12, 7)


def in_english(client) -> None:
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})


@pytest.mark.django_db
def test_english_list_and_detail_write_the_day_first(client, reader, make, harbin):
    visit = make(Visit, direction="incoming", start=DAY, end=DAY + dt.timedelta(days=2), city=harbin, theme="Vinterby")
    client.force_login(reader)
    danish_list = client.get("/visits/").content.decode()
    assert "07.12.2026" in danish_list
    in_english(client)
    english_list = client.get("/visits/").content.decode()
    assert "7\u00a0Dec\u00a02026" in english_list  # no-break spaces: a narrow column does not break the date
    assert "12/07/2026" not in english_list
    detail = client.get(f"/visits/{visit.pk}/").content.decode()
    assert "7 December 2026" in detail and "9 December 2026" in detail
    assert "Dec. 7, 2026" not in detail


@pytest.mark.django_db
@pytest.mark.parametrize(("language", "typed"), [
    ("en", "07-12-2026"), ("en", "07/12/2026"), ("en", "7 Dec 2026"), ("en", "December 7, 2026"),
    ("en", "7\u00a0Dec\u00a02026"), ("en", "2026-12-07"), ("da", "07.12.2026"), ("da", "2026-12-07"),
])
def test_a_typed_date_is_read_day_first(client, owner, department, harbin, language, typed):
    client.force_login(owner)
    if language == "en":
        in_english(client)
    response = client.post("/visits/add/", {"direction": "incoming", "status": "confirmed", "start": typed,
                                            "city": harbin.pk, "theme": "Vinterby", "department": department.pk})
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Visit.objects.get().start == DAY


@pytest.mark.django_db
def test_the_english_date_filter_reads_the_shown_form(client, reader, make, harbin):
    make(Visit, direction="incoming", start=DAY, city=harbin, theme="Vinterby")
    make(Visit, direction="incoming", start=dt.date(2026, 7, 20), city=harbin, theme="Sommerby")
    client.force_login(reader)
    in_english(client)
    page = client.get("/visits/", {"start_after": "07-12-2026"}).content.decode()
    assert "Vinterby" in page and "Sommerby" not in page


@pytest.mark.django_db
def test_the_date_filter_is_a_date_picker_that_keeps_the_chosen_day(client, reader):
    client.force_login(reader)
    page = client.get("/visits/", {"start_after": "2026-12-07"}).content.decode()
    assert '<input type="date" name="start_after" value="2026-12-07"' in page
