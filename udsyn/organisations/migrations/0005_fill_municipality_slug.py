from django.db import migrations
from django.utils.text import slugify


def fill(apps, schema_editor):
    """Each municipality's slug from its name ('Københavns Kommune' → 'koebenhavns-kommune'); a number is added
    when two names fold to the same slug. The rule is copied here: a migration must not import the live model."""
    Municipality = apps.get_model("organisations", "Municipality")
    History = apps.get_model("organisations", "HistoricalMunicipality")
    taken = set()
    for municipality in Municipality.objects.order_by("pk"):
        base = slugify(municipality.name.casefold().replace("æ", "ae").replace("ø", "oe").replace("å", "aa"))
        base = base or f"kommune-{municipality.pk}"
        slug, number = base, 2
        while slug in taken:
            slug, number = f"{base}-{number}", number + 1
        taken.add(slug)
        Municipality.objects.filter(pk=municipality.pk).update(slug=slug)
        History.objects.filter(id=municipality.pk, slug__isnull=True).update(slug=slug)
    # History rows (of municipalities since deleted too) must have one before 0006 makes it required.
    for history_id, pk in History.objects.filter(slug__isnull=True).values_list("history_id", "id"):
        History.objects.filter(history_id=history_id).update(slug=f"kommune-{pk}")


class Migration(migrations.Migration):
    dependencies = [("organisations", "0004_municipality_slug")]

    operations = [migrations.RunPython(fill, migrations.RunPython.noop)]
