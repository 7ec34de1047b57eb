import pytest


@pytest.fixture(autouse=True)
def uploads_in_a_temporary_folder(settings, tmp_path):
    """The walks import a document: its file goes to a folder of the test's own."""
    settings.MEDIA_ROOT = tmp_path / "media"
