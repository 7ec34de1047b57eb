# Import batches and documents belong to a municipality; the same file may be a document of several municipalities.

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def imports_to_municipalities(apps, schema_editor):
    """A batch belongs to its department's municipality, else its importer's, else (one municipality) the only one; a
    document to the municipality of the batch it was first imported in."""
    ImportBatch = apps.get_model("imports", "ImportBatch")
    Document = apps.get_model("imports", "Document")
    Job = apps.get_model("imports", "Job")
    Municipality = apps.get_model("organisations", "Municipality")
    only = list(Municipality.objects.values_list("pk", flat=True)[:2])
    for batch in ImportBatch.objects.select_related("department", "created_by__department"):
        municipality = (batch.department.municipality_id if batch.department_id else
                        batch.created_by.department.municipality_id
                        if batch.created_by_id and batch.created_by.department_id else
                        only[0] if len(only) == 1 else None)
        ImportBatch.objects.filter(pk=batch.pk).update(municipality_id=municipality)
    for document in Document.objects.all():
        first = Job.objects.filter(document_id=document.pk).select_related("batch").order_by("pk").first()
        municipality = first.batch.municipality_id if first else (only[0] if len(only) == 1 else None)
        Document.objects.filter(pk=document.pk).update(municipality_id=municipality)


class Migration(migrations.Migration):

    dependencies = [
        ('imports', '0003_bulk_approval_job_progress'),
        ('organisations', '0008_regions_open_data_people_municipality'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name='document',
            name='municipality',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='+', to='organisations.municipality', verbose_name='municipality'),
        ),
        migrations.AddField(
            model_name='importbatch',
            name='municipality',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='+', to='organisations.municipality', verbose_name='municipality'),
        ),
        migrations.AlterField(
            model_name='document',
            name='sha256',
            field=models.CharField(max_length=64),
        ),
        migrations.RunPython(imports_to_municipalities, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name='document',
            constraint=models.UniqueConstraint(fields=('municipality', 'sha256'), name='document_unique_per_municipality'),
        ),
    ]
