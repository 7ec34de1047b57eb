"""Lists are sorted in Danish order (udsyn.core.collation): an index on the name in that order, so page 1 of a long list
is read from the index instead of sorting every row (PostgreSQL: ICU's da-x-icu; SQLite: udsyn's udsyn_da)."""

from django.db import migrations

INDEXES = {'organisations_organisation_name_da': ('organisations_organisation', 'name'), 'organisations_city_name_da': ('organisations_city', 'name')}


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
    dependencies = [("organisations", "0006_require_municipality_slug")]

    operations = [migrations.RunPython(create, drop)]
