# Records can be marked internal: never published as open data.

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('projects', '0004_danish_name_index'),
    ]

    operations = [
        migrations.AddField(
            model_name='historicalproject',
            name='internal',
            field=models.BooleanField(default=False, help_text='Never published as open data, even when the municipality publishes records of this kind.', verbose_name='internal'),
        ),
        migrations.AddField(
            model_name='project',
            name='internal',
            field=models.BooleanField(default=False, help_text='Never published as open data, even when the municipality publishes records of this kind.', verbose_name='internal'),
        ),
    ]
