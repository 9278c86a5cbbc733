from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("candidates", "0008_name_search_both_scripts"),
        ("centres", "0002_urdu_collation"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name="candidate",
            name="preferred_language",
            field=models.CharField(
                choices=[("en", "English"), ("ur", "Urdu")],
                db_default="ur",
                max_length=5,
                verbose_name="preferred language",
            ),
        ),
        # Until now messages went out in the language of the consent text: keep that.
        migrations.RunSQL(
            """
            UPDATE candidates_candidate AS person SET preferred_language = consent.language
            FROM candidates_consenttext AS consent
            WHERE consent.id = person.consent_text_id
              AND person.preferred_language <> consent.language
            """,
            reverse_sql=migrations.RunSQL.noop,
        ),
        migrations.AddConstraint(
            model_name="candidate",
            constraint=models.CheckConstraint(
                condition=models.Q(("preferred_language__in", ["en", "ur"])),
                name="candidate_preferred_language_known",
            ),
        ),
    ]
