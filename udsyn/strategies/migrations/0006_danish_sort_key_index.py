"""On SQLite, lists order names by the Danish sort key udsyn_da(name) (udsyn.core.collation: one Python call per row
instead of one per comparison): the name index becomes an index on that key, so page 1 of a long list is still read
from an index. PostgreSQL keeps its ICU collation index."""

from django.db import migrations

INDEXES = {'strategies_strategy_name_da': 'strategies_strategy'}


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "sqlite":
        return
    for index, table in INDEXES.items():
        schema_editor.execute(f"DROP INDEX IF EXISTS {index}")
        schema_editor.execute(f"CREATE INDEX {index} ON {table} (udsyn_da(name), id)")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "sqlite":
        return
    for index, table in INDEXES.items():
        schema_editor.execute(f"DROP INDEX IF EXISTS {index}")
        schema_editor.execute(f"CREATE INDEX {index} ON {table} (name COLLATE udsyn_da, id)")


class Migration(migrations.Migration):
    dependencies = [("strategies", "0005_internal")]

    operations = [migrations.RunPython(create, drop)]
