import pytest

from .world import build_world


@pytest.fixture
def world(db, settings, tmp_path):
    """Municipality A with a marked row of every kind, municipality B with a user of every role."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_FILES_ROOT = tmp_path / "private"
    settings.IMPORT_INLINE = False  # nothing is read in the background while the battery runs
    settings.IMPORT_INLINE_THREAD = False
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    return build_world(tmp_path)
