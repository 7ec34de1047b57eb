from django.db import migrations, models


class Migration(migrations.Migration):
    """Municipalities get an address name (slug) for public pages; added empty, filled by 0003, required by 0004."""

    dependencies = [("organisations", "0003_list_indexes")]

    operations = [
        migrations.AddField(
            model_name="municipality", name="slug",
            field=models.SlugField(max_length=80, null=True, blank=True, verbose_name="address name"),
        ),
        migrations.AddField(
            model_name="historicalmunicipality", name="slug",
            field=models.SlugField(max_length=80, null=True, blank=True, verbose_name="address name"),
        ),
    ]
