"""Lists are sorted in Danish order (udsyn.core.collation): an index on the name in that order, so page 1 of a long list
is read from the index instead of sorting every row (PostgreSQL: ICU's da-x-icu; SQLite: udsyn's udsyn_da)."""

from django.db import migrations

INDEXES = {'strategies_strategy_name_da': ('strategies_strategy', 'name')}


def collation(vendor: str) -> str | None:
    return {"postgresql": '"da-x-icu"', "sqlite": "udsyn_da"}.get(vendor)


def create(apps, schema_editor):
    name = collation(schema_editor.connection.vendor)
    if name is None:
        return
    for index, (table, column) in INDEXES.items():
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {index} ON {table} ({column} COLLATE {name}, id)")


def drop(apps, schema_editor):
    for index in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {index}")


class Migration(migrations.Migration):
    dependencies = [("strategies", "0003_list_indexes")]

    operations = [migrations.RunPython(create, drop)]
