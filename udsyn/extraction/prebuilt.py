"""Read-only SQLite files the pipeline builds once from packaged data (the city index, the Danish word list).

Each file carries a tag of what it was built from. Where it lives:

1. the path in its environment variable (UDSYN_PLACES_DB, UDSYN_WORDS_DB), when set: used, and built there if
   missing or outdated;
2. else the package's data folder (``udsyn/extraction/data``) when a fresh file is there: ``make venv`` builds it
   in a checkout (install.py), and a wheel may ship it;
3. else a cache folder: ``$UDSYN_DATA_DIR/extraction`` when UDSYN_DATA_DIR is set, else ``$XDG_CACHE_HOME/udsyn``
   (``~/.cache/udsyn``). A package installed into a read-only site-packages builds here on first use; a checkout
   whose data folder is writable builds in the data folder as before.

A build is atomic (a reader never sees half a file; two processes building at once both end with a whole file),
streams its source (the city index holds about 60 MB while it is built, not the 600 MB of loading GeoNames whole)
and fails loudly: PrebuiltUnavailable names the folder it could not write and the variable that moves it. A
lookup is an indexed query: no process loads the data itself into memory.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"


class PrebuiltUnavailable(RuntimeError):
    """A prebuilt file is missing and cannot be built where it may be written."""


def cache_dir() -> Path:
    """Where prebuilt files are built when the package's own folder is read-only."""
    data = os.environ.get("UDSYN_DATA_DIR")
    if data:
        return Path(data) / "extraction"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "udsyn"


class Prebuilt:
    def __init__(self, default: Path, env: str, tag: Callable[[], str],
                 fill: Callable[[sqlite3.Connection], None]) -> None:
        self.default, self.env, self.tag, self.fill = default, env, tag, fill
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None

    @property
    def path(self) -> Path:
        """The file lookups read: the configured one, a fresh one in the package, else the one to build."""
        explicit = os.environ.get(self.env)
        if explicit:
            return Path(explicit)
        cached = cache_dir() / self.default.name
        if self.fresh(self.default):
            return self.default
        if self.fresh(cached):
            return cached
        return self.default if _writable(self.default.parent) else cached

    def fresh(self, path: Path | None = None) -> bool:
        path = path or self.path
        if not path.exists():
            return False
        try:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            try:
                row = conn.execute("SELECT v FROM meta WHERE k='source'").fetchone()
            finally:
                conn.close()
        except sqlite3.Error:
            return False
        return row is not None and row[0] == self.tag()

    def build(self, path: Path | None = None) -> Path:
        path = path or self.path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=path.stem + "-", suffix=".tmp", dir=path.parent)
        except OSError as exc:
            raise PrebuiltUnavailable(
                f"cannot build {path.name} in {path.parent} ({exc.strerror or exc}); set {self.env} to a writable "
                "file, or UDSYN_DATA_DIR to a writable folder") from exc
        os.close(fd)
        try:
            conn = sqlite3.connect(tmp)
            conn.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; "
                               "CREATE TABLE meta(k TEXT PRIMARY KEY, v TEXT);")
            self.fill(conn)
            conn.execute("INSERT INTO meta VALUES ('source', ?)", (self.tag(),))
            conn.commit()
            conn.execute("VACUUM")
            conn.close()
            os.chmod(tmp, 0o644)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return path

    def connection(self) -> sqlite3.Connection:
        if self._conn is None:
            with self._lock:
                if self._conn is None:
                    path = self.path
                    if not self.fresh(path):
                        self.build(path)
                    self._conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        return self._conn

    def query(self, sql: str, args: tuple) -> list[tuple]:
        conn = self.connection()
        with self._lock:  # one connection shared by threads: sqlite3 objects are not safe to use concurrently
            return conn.execute(sql, args).fetchall()


def _writable(folder: Path) -> bool:
    return folder.is_dir() and os.access(folder, os.W_OK)
