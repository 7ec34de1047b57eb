# Users belong to a municipality (their department's) and regional readers to a region; longer role names.

import django.db.models.deletion
from django.db import migrations, models


def users_to_municipalities(apps, schema_editor):
    User = apps.get_model("accounts", "User")
    for user in User.objects.filter(department__isnull=False).select_related("department"):
        User.objects.filter(pk=user.pk).update(municipality_id=user.department.municipality_id)


class Migration(migrations.Migration):

    dependencies = [
        ('accounts', '0002_initial'),
        ('organisations', '0008_regions_open_data_people_municipality'),
    ]

    operations = [
        migrations.AddField(
            model_name='user',
            name='municipality',
            field=models.ForeignKey(blank=True, help_text='The municipality whose records the user sees.', null=True, on_delete=django.db.models.deletion.PROTECT, related_name='users', to='organisations.municipality', verbose_name='municipality'),
        ),
        migrations.AddField(
            model_name='user',
            name='region',
            field=models.ForeignKey(blank=True, help_text='For regional readers: the region whose municipalities they read.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='users', to='organisations.region', verbose_name='region'),
        ),
        migrations.AlterField(
            model_name='user',
            name='role',
            field=models.CharField(choices=[('installation_admin', 'Installation administrator'), ('administrator', 'Municipality administrator'), ('coordinator', 'Coordinator'), ('editor', 'Department editor'), ('reader', 'Reader'), ('regional_reader', 'Regional reader')], default='reader', max_length=32, verbose_name='role'),
        ),
        migrations.RunPython(users_to_municipalities, migrations.RunPython.noop),
    ]
