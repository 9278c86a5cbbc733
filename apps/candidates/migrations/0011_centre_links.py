"""Consent texts by purpose, and the links that let a centre other than a person's home
centre serve them, with the first text of that purpose in both languages."""

import datetime

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models

LINK_VERSION = "2026-12"
LINK_PUBLISHED = datetime.datetime(2026, 12, 1, tzinfo=datetime.UTC)
LINK_TEXTS = {
    "en": (
        "I agree that the Migrant Resource Centre at this office sees and uses my record, "
        "made at another centre, to serve me here: my details, appointments, orientation, "
        "job applications and complaints. The centre where I registered keeps my record "
        "too.\n\n"
        "I can ask at either centre at any time to end this link, or to move my record to "
        "the centre nearest to me."
    ),
    "ur": (
        "میں اتفاق کرتا/کرتی ہوں کہ اس دفتر کا مائیگرنٹ ریسورس سینٹر میرا وہ ریکارڈ، جو کسی "
        "دوسرے سینٹر پر بنا تھا، یہاں میری خدمت کے لیے دیکھے اور استعمال کرے: میری معلومات، "
        "ملاقاتیں، آگاہی سیشن، نوکری کی درخواستیں اور شکایات۔ جس سینٹر پر میری رجسٹریشن ہوئی "
        "وہ بھی میرا ریکارڈ رکھے گا۔\n\n"
        "میں کسی بھی وقت کسی بھی سینٹر پر یہ تعلق ختم کرنے، یا اپنا ریکارڈ اپنے قریب ترین "
        "سینٹر پر منتقل کروانے کی درخواست کر سکتا/سکتی ہوں۔"
    ),
}


def publish_link_texts(apps, schema_editor):
    consent_text = apps.get_model("candidates", "ConsentText")
    for language, text in LINK_TEXTS.items():
        consent_text.objects.get_or_create(
            purpose="centre_link",
            version=LINK_VERSION,
            language=language,
            defaults={"text": text, "published_at": LINK_PUBLISHED},
        )


def unpublish_link_texts(apps, schema_editor):
    apps.get_model("candidates", "ConsentText").objects.filter(purpose="centre_link").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("candidates", "0010_messages_agreement"),
        ("centres", "0002_urdu_collation"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="CentreLink",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "linked_at",
                    models.DateTimeField(
                        default=django.utils.timezone.now, verbose_name="linked at"
                    ),
                ),
            ],
            options={
                "verbose_name": "link to a centre",
                "verbose_name_plural": "links to centres",
            },
        ),
        migrations.RemoveConstraint(
            model_name="consenttext",
            name="consent_text_one_per_version_language",
        ),
        migrations.AddField(
            model_name="consenttext",
            name="purpose",
            field=models.CharField(
                choices=[
                    ("registration", "Registration"),
                    ("centre_link", "Served at another centre"),
                ],
                db_default="registration",
                max_length=20,
                verbose_name="purpose",
            ),
        ),
        migrations.AddConstraint(
            model_name="consenttext",
            constraint=models.UniqueConstraint(
                fields=("purpose", "version", "language"),
                name="consent_text_one_per_purpose_version_language",
            ),
        ),
        migrations.AddField(
            model_name="centrelink",
            name="candidate",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="centre_links",
                to="candidates.candidate",
            ),
        ),
        migrations.AddField(
            model_name="centrelink",
            name="centre",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="centres.centre",
                verbose_name="centre",
            ),
        ),
        migrations.AddField(
            model_name="centrelink",
            name="consent_text",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="candidates.consenttext",
                verbose_name="consent text",
            ),
        ),
        migrations.AddField(
            model_name="centrelink",
            name="linked_by",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
                verbose_name="linked by",
            ),
        ),
        migrations.AddIndex(
            model_name="centrelink",
            index=models.Index(fields=["centre", "candidate"], name="centre_link_by_centre"),
        ),
        migrations.AddConstraint(
            model_name="centrelink",
            constraint=models.UniqueConstraint(
                fields=("candidate", "centre"),
                name="centre_link_once_per_centre",
                violation_error_message="This person is already linked to this centre.",
            ),
        ),
        migrations.RunPython(publish_link_texts, unpublish_link_texts),
    ]
