"""Each search entry's owner: the id of the municipality its object belongs to (None for shared data), on SQLite also
a column of the full-text index. A list's search then asks FTS5 for the word, the kind and the user's municipalities
together (`... AND kind : "projects project" AND owner : "3"`), so it reads a fifth of a common word's matches when
five municipalities share the register. What the user sees is still decided by udsyn.core.registry.visible_to.

On SQLite the existing entries get their owner from their objects (one UPDATE per indexed type, with the index's
triggers dropped), and the full-text index is then built again from the entries. PostgreSQL keeps the column empty
(its search does not read it), as it keeps the term columns.

A migration that makes Django rebuild core_searchentry on SQLite must create these triggers again (SQLITE below)."""

import importlib

from django.db import migrations, models
from django.db.models import OuterRef, Subquery

statements = importlib.import_module("udsyn.core.migrations.0005_sqlite_search_kind_column").statements

COLUMNS = ("title_terms", "terms", "kind", "owner")
SQLITE = statements(COLUMNS)
DROP = [s for s in SQLITE if s.startswith("DROP")]


def fill_owners(using: str) -> None:
    """Every entry's owner from its object, by the scope each indexed type has now (udsyn.core.search)."""
    from udsyn.core import search
    from udsyn.core.models import SearchEntry

    entries = SearchEntry.objects.using(using)
    for spec in search.specs():
        path = spec.owner_path
        if path is None or not entries.filter(kind=spec.kind).exists():
            continue
        owner = spec.model._default_manager.using(using).filter(pk=OuterRef("object_id")).values(path)[:1]
        entries.filter(kind=spec.kind).update(owner=Subquery(owner))


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor != "sqlite":
        return
    for statement in DROP:  # no trigger re-indexes each updated entry: the index is built once, at the end
        schema_editor.execute(statement)
    fill_owners(schema_editor.connection.alias)
    for statement in SQLITE:
        schema_editor.execute(statement)


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        for statement in statements(("title_terms", "terms", "kind")):
            schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("core", "0005_sqlite_search_kind_column")]

    operations = [
        migrations.AddField(model_name="searchentry", name="owner", field=models.BigIntegerField(blank=True, null=True)),
        migrations.RunPython(forwards, backwards),
    ]
