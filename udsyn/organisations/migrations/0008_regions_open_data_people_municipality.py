# Regions, the open-data setting of a municipality, and the municipality each person belongs to.

import django.db.models.deletion
import simple_history.models
from django.conf import settings
from django.db import migrations, models


def people_to_municipalities(apps, schema_editor):
    """A person belongs to their department's municipality; one without a department to the only municipality, when
    the installation has just one (else only installation administrators see them until someone assigns one)."""
    Person = apps.get_model("organisations", "Person")
    Municipality = apps.get_model("organisations", "Municipality")
    for person in Person.objects.filter(department__isnull=False).select_related("department"):
        Person.objects.filter(pk=person.pk).update(municipality_id=person.department.municipality_id)
    only = list(Municipality.objects.values_list("pk", flat=True)[:2])
    if len(only) == 1:
        Person.objects.filter(municipality__isnull=True).update(municipality_id=only[0])


class Migration(migrations.Migration):

    dependencies = [
        ('organisations', '0007_danish_name_index'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='Region',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('name', models.CharField(max_length=120, unique=True, verbose_name='name')),
            ],
            options={
                'verbose_name': 'region',
                'verbose_name_plural': 'regions',
                'ordering': ['name'],
            },
        ),
        migrations.AddField(
            model_name='historicalmunicipality',
            name='published_types',
            field=models.JSONField(blank=True, default=list, verbose_name='published as open data'),
        ),
        migrations.AddField(
            model_name='historicalperson',
            name='municipality',
            field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='organisations.municipality', verbose_name='municipality'),
        ),
        migrations.AddField(
            model_name='municipality',
            name='published_types',
            field=models.JSONField(blank=True, default=list, verbose_name='published as open data'),
        ),
        migrations.AddField(
            model_name='person',
            name='municipality',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='people', to='organisations.municipality', verbose_name='municipality'),
        ),
        migrations.CreateModel(
            name='HistoricalRegion',
            fields=[
                ('id', models.BigIntegerField(auto_created=True, blank=True, db_index=True, verbose_name='ID')),
                ('name', models.CharField(db_index=True, max_length=120, verbose_name='name')),
                ('history_id', models.AutoField(primary_key=True, serialize=False)),
                ('history_date', models.DateTimeField(db_index=True)),
                ('history_change_reason', models.TextField(null=True)),
                ('history_type', models.CharField(choices=[('+', 'Created'), ('~', 'Changed'), ('-', 'Deleted')], max_length=1)),
                ('history_user', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
            ],
            options={
                'verbose_name': 'historical region',
                'verbose_name_plural': 'historical regions',
                'ordering': ('-history_date', '-history_id'),
                'get_latest_by': ('history_date', 'history_id'),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.AddField(
            model_name='historicalmunicipality',
            name='region',
            field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='organisations.region', verbose_name='region'),
        ),
        migrations.AddField(
            model_name='municipality',
            name='region',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='municipalities', to='organisations.region', verbose_name='region'),
        ),
        migrations.RunPython(people_to_municipalities, migrations.RunPython.noop),
    ]
