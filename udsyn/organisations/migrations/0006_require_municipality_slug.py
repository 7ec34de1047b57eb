from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("organisations", "0005_fill_municipality_slug")]

    operations = [
        migrations.AlterField(
            model_name="municipality", name="slug",
            field=models.SlugField(
                help_text="The municipality's name in public web addresses, e.g. koebenhavns-kommune.",
                max_length=80, unique=True, verbose_name="address name"),
        ),
        migrations.AlterField(
            model_name="historicalmunicipality", name="slug",
            field=models.SlugField(
                help_text="The municipality's name in public web addresses, e.g. koebenhavns-kommune.",
                max_length=80, verbose_name="address name", db_index=True),
        ),
    ]
