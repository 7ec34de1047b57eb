"""The municipality's texts for the mapping and its look (logo, accent colour), and each department's texts:
kept in the register with history, edited by the municipality's coordinators (departments also by their editors)."""

import io

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from udsyn.organisations import services
from udsyn.organisations.models import Municipality


def png_bytes(colour=(11, 61, 92)) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (40, 20), colour).save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.mark.django_db
def test_coordinator_writes_the_municipality_texts_with_history(coordinator, municipality):
    services.municipality_update(municipality=municipality, acting_user=coordinator, data={
        "work_organisation": "Det internationale arbejde er samlet i direktionens sekretariat.",
        "accent_colour": "#7A1F3D"})
    municipality.refresh_from_db()
    assert municipality.accent_colour == "#7A1F3D"
    latest = municipality.history.latest()
    assert latest.history_user == coordinator
    assert latest.work_organisation.startswith("Det internationale arbejde")


@pytest.mark.django_db
def test_editor_and_other_municipality_coordinator_may_not_change_the_municipality(owner, municipality):
    from udsyn.organisations.models import Department

    other = Municipality.objects.create(name="Andeby Kommune")
    with pytest.raises(PermissionDenied):
        services.municipality_update(municipality=municipality, data={"policies": "x"}, acting_user=owner)
    owner.role = "coordinator"
    owner.department = Department.objects.create(municipality=other, name="Borgmesterens Forvaltning")
    owner.save()
    with pytest.raises(PermissionDenied):
        services.municipality_update(municipality=municipality, data={"policies": "x"}, acting_user=owner)
    municipality.refresh_from_db()
    assert municipality.policies == ""


@pytest.mark.django_db
def test_a_bad_colour_is_refused_and_nothing_is_saved(coordinator, municipality):
    with pytest.raises(ValidationError) as error:
        services.municipality_update(municipality=municipality, acting_user=coordinator,
                                     data={"accent_colour": "red", "policies": "Kommunens internationale strategi"})
    assert "accent_colour" in error.value.message_dict
    municipality.refresh_from_db()
    assert municipality.policies == "" and municipality.history.count() == 1


@pytest.mark.django_db
def test_department_editor_writes_own_department_texts_but_not_another(owner, department, other_department):
    services.department_update(department=department, acting_user=owner, data={
        "committee": "Teknik- og Miljøudvalget", "political_handling": "Udvalget godkender bevillinger til projekter."})
    department.refresh_from_db()
    assert department.committee == "Teknik- og Miljøudvalget"
    assert department.history.latest().history_user == owner
    with pytest.raises(PermissionDenied):
        services.department_update(department=other_department, data={"policies": "x"}, acting_user=owner)


@pytest.mark.django_db
def test_coordinator_uploads_a_logo_in_the_web_app(client, coordinator, municipality):
    client.force_login(coordinator)
    form = client.get(f"/organisations/municipalities/{municipality.pk}/edit/").content.decode()
    assert 'enctype="multipart/form-data"' in form
    response = client.post(f"/organisations/municipalities/{municipality.pk}/edit/", {
        "logo": SimpleUploadedFile("logo.png", png_bytes(), content_type="image/png"),
        "accent_colour": "#0B3D5C", "work_organisation": "", "policies": "", "political_handling": ""})
    assert response.status_code == 302
    municipality.refresh_from_db()
    assert municipality.logo.name.startswith("logos/")
    page = client.get(f"/organisations/municipalities/{municipality.pk}/").content.decode()
    assert f"/organisations/municipalities/{municipality.pk}/logo/" in page
    logo = client.get(f"/organisations/municipalities/{municipality.pk}/logo/")
    assert b"".join(logo.streaming_content) == png_bytes()


@pytest.mark.django_db
def test_a_file_that_is_no_image_is_refused_with_the_input_kept(client, coordinator, municipality):
    client.force_login(coordinator)
    response = client.post(f"/organisations/municipalities/{municipality.pk}/edit/", {
        "logo": SimpleUploadedFile("logo.png", b"not an image", content_type="image/png"),
        "policies": "Handlingsplan for verdensmålene"})
    assert response.status_code == 400
    assert "Handlingsplan for verdensmålene" in response.content.decode()
    municipality.refresh_from_db()
    assert not municipality.logo and municipality.policies == ""


@pytest.mark.django_db
def test_reader_sees_the_department_texts_but_cannot_edit(client, reader, department):
    department.political_handling = "Udvalget drøfter sjældent internationale sager."
    department.save()
    client.force_login(reader)
    page = client.get(f"/organisations/departments/{department.pk}/").content.decode()
    assert "Udvalget drøfter sjældent internationale sager." in page
    assert f"/organisations/departments/{department.pk}/edit/" not in page
    assert client.post(f"/organisations/departments/{department.pk}/edit/", {"policies": "x"}).status_code == 403
