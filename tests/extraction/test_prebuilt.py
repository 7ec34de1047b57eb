"""Where the prebuilt files (city index, word list) are read and built: the package's data folder when it holds a
fresh file or is writable (a checkout after `make venv`), else a cache folder (a package installed read-only);
a build that cannot be written fails with a message that says what to set."""

import sqlite3

import pytest

from udsyn.extraction import prebuilt as pb


def _fill(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE word(w TEXT)")
    conn.execute("INSERT INTO word VALUES ('venskabsby')")


def _prebuilt(folder) -> pb.Prebuilt:
    return pb.Prebuilt(folder / "test.sqlite", "UDSYN_TEST_PREBUILT_DB", lambda: "tag 1", _fill)


@pytest.fixture
def read_only_package(tmp_path, monkeypatch):
    """A package folder the process may not write (a site-packages of root's; the tests may run as root, who may
    write anywhere, so the check itself says no)."""
    package = tmp_path / "site-packages"
    package.mkdir()
    monkeypatch.setattr(pb, "_writable", lambda folder: folder != package)
    monkeypatch.setenv("UDSYN_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("UDSYN_TEST_PREBUILT_DB", raising=False)
    return package


def test_a_read_only_package_folder_builds_in_the_cache_folder(read_only_package, tmp_path):
    prebuilt = _prebuilt(read_only_package)
    assert prebuilt.query("SELECT w FROM word", ()) == [("venskabsby",)]
    assert prebuilt.path == pb.cache_dir() / "test.sqlite" == tmp_path / "data" / "extraction" / "test.sqlite"
    assert not (read_only_package / "test.sqlite").exists()


def test_a_fresh_file_in_the_package_is_read_where_it_is(read_only_package):
    _prebuilt(read_only_package).build(read_only_package / "test.sqlite")  # as a wheel would ship it
    prebuilt = _prebuilt(read_only_package)
    assert prebuilt.path == read_only_package / "test.sqlite"
    assert prebuilt.query("SELECT count(*) FROM word", ()) == [(1,)]


def test_an_outdated_file_in_the_package_is_rebuilt_in_the_cache(read_only_package, tmp_path):
    pb.Prebuilt(read_only_package / "test.sqlite", "UDSYN_TEST_PREBUILT_DB", lambda: "tag 0", _fill).build()
    prebuilt = _prebuilt(read_only_package)
    assert prebuilt.query("SELECT count(*) FROM word", ()) == [(1,)]
    assert prebuilt.fresh(tmp_path / "data" / "extraction" / "test.sqlite")


def test_an_unwritable_place_fails_loudly_and_names_what_to_set(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("UDSYN_TEST_PREBUILT_DB", str(blocker / "sub" / "test.sqlite"))
    with pytest.raises(pb.PrebuiltUnavailable, match="UDSYN_TEST_PREBUILT_DB"):
        _prebuilt(tmp_path).query("SELECT 1", ())
    assert not list(tmp_path.glob("**/*.tmp"))
