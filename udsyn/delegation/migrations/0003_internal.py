# Records can be marked internal: never published as open data.

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('delegation', '0002_staff_entry_and_cancelling'),
    ]

    operations = [
        migrations.AddField(
            model_name='delegationrequest',
            name='internal',
            field=models.BooleanField(default=False, help_text='Never published as open data, even when the municipality publishes records of this kind.', verbose_name='internal'),
        ),
        migrations.AddField(
            model_name='desk',
            name='internal',
            field=models.BooleanField(default=False, help_text='Never published as open data, even when the municipality publishes records of this kind.', verbose_name='internal'),
        ),
        migrations.AddField(
            model_name='historicaldelegationrequest',
            name='internal',
            field=models.BooleanField(default=False, help_text='Never published as open data, even when the municipality publishes records of this kind.', verbose_name='internal'),
        ),
        migrations.AddField(
            model_name='historicaldesk',
            name='internal',
            field=models.BooleanField(default=False, help_text='Never published as open data, even when the municipality publishes records of this kind.', verbose_name='internal'),
        ),
    ]
