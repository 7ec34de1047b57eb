# Records can be marked internal: never published as open data.

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('strategies', '0004_danish_name_index'),
    ]

    operations = [
        migrations.AddField(
            model_name='goal',
            name='internal',
            field=models.BooleanField(default=False, help_text='Never published as open data, even when the municipality publishes records of this kind.', verbose_name='internal'),
        ),
        migrations.AddField(
            model_name='historicalgoal',
            name='internal',
            field=models.BooleanField(default=False, help_text='Never published as open data, even when the municipality publishes records of this kind.', verbose_name='internal'),
        ),
        migrations.AddField(
            model_name='historicalindicator',
            name='internal',
            field=models.BooleanField(default=False, help_text='Never published as open data, even when the municipality publishes records of this kind.', verbose_name='internal'),
        ),
        migrations.AddField(
            model_name='historicalmeasurement',
            name='internal',
            field=models.BooleanField(default=False, help_text='Never published as open data, even when the municipality publishes records of this kind.', verbose_name='internal'),
        ),
        migrations.AddField(
            model_name='historicalstrategy',
            name='internal',
            field=models.BooleanField(default=False, help_text='Never published as open data, even when the municipality publishes records of this kind.', verbose_name='internal'),
        ),
        migrations.AddField(
            model_name='historicaltheme',
            name='internal',
            field=models.BooleanField(default=False, help_text='Never published as open data, even when the municipality publishes records of this kind.', verbose_name='internal'),
        ),
        migrations.AddField(
            model_name='indicator',
            name='internal',
            field=models.BooleanField(default=False, help_text='Never published as open data, even when the municipality publishes records of this kind.', verbose_name='internal'),
        ),
        migrations.AddField(
            model_name='measurement',
            name='internal',
            field=models.BooleanField(default=False, help_text='Never published as open data, even when the municipality publishes records of this kind.', verbose_name='internal'),
        ),
        migrations.AddField(
            model_name='strategy',
            name='internal',
            field=models.BooleanField(default=False, help_text='Never published as open data, even when the municipality publishes records of this kind.', verbose_name='internal'),
        ),
        migrations.AddField(
            model_name='theme',
            name='internal',
            field=models.BooleanField(default=False, help_text='Never published as open data, even when the municipality publishes records of this kind.', verbose_name='internal'),
        ),
    ]
