"""On SQLite, the full-text index also indexes each entry's kind ("projects.project"), so a search of one record type
asks FTS5 for the word and the kind together (`{title_terms terms} : (...) AND kind : "projects project"`) and FTS5
intersects the two lists itself. Before, every match of every type was looked up in the entries' table to keep one
type's: a common word's 170,000 matches took 0.1 s at 100,000 records of each type, now 0.02 s for the 51,000 of one
type. The index is built again from the entries (external content: nothing is copied). PostgreSQL is unchanged.

A migration that makes Django rebuild core_searchentry on SQLite must create these triggers again (SQLITE below)."""

from django.db import migrations

OLD_COLUMNS = ("title_terms", "terms")
NEW_COLUMNS = ("title_terms", "terms", "kind")


def statements(columns: tuple[str, ...]) -> list[str]:
    names = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    return [
        "DROP TRIGGER IF EXISTS core_searchentry_fts_insert",
        "DROP TRIGGER IF EXISTS core_searchentry_fts_delete",
        "DROP TRIGGER IF EXISTS core_searchentry_fts_update",
        "DROP TABLE IF EXISTS core_searchentry_fts",
        f"CREATE VIRTUAL TABLE core_searchentry_fts USING fts5({names}, content='core_searchentry', "
        "content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='2 3')",
        "CREATE TRIGGER core_searchentry_fts_insert AFTER INSERT ON core_searchentry BEGIN "
        f"INSERT INTO core_searchentry_fts(rowid, {names}) VALUES (new.id, {new}); END",
        "CREATE TRIGGER core_searchentry_fts_delete AFTER DELETE ON core_searchentry BEGIN "
        f"INSERT INTO core_searchentry_fts(core_searchentry_fts, rowid, {names}) VALUES ('delete', old.id, {old}); END",
        "CREATE TRIGGER core_searchentry_fts_update AFTER UPDATE ON core_searchentry BEGIN "
        f"INSERT INTO core_searchentry_fts(core_searchentry_fts, rowid, {names}) VALUES ('delete', old.id, {old}); "
        f"INSERT INTO core_searchentry_fts(rowid, {names}) VALUES (new.id, {new}); END",
        "INSERT INTO core_searchentry_fts(core_searchentry_fts) VALUES ('rebuild')",
    ]


SQLITE = statements(NEW_COLUMNS)


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        for statement in SQLITE:
            schema_editor.execute(statement)


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        for statement in statements(OLD_COLUMNS):
            schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("core", "0004_sqlite_search_entry_cover")]

    operations = [migrations.RunPython(forwards, backwards)]
