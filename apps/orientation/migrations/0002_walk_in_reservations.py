import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("candidates", "0009_preferred_language"),
        ("orientation", "0001_initial"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name="enrolment",
            name="channel",
            field=models.CharField(
                choices=[("desk", "At the desk"), ("kiosk", "At the kiosk"), ("online", "Online")],
                db_default="desk",
                max_length=10,
                verbose_name="taken",
            ),
        ),
        migrations.AlterField(
            model_name="enrolment",
            name="enrolled_by",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
            ),
        ),
        migrations.AddConstraint(
            model_name="enrolment",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("channel", "online"), ("enrolled_by__isnull", False), _connector="OR"
                ),
                name="enrolment_says_who_took_it",
            ),
        ),
    ]
