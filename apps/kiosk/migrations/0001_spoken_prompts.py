import django.core.validators
import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models

import apps.kiosk.models


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="SpokenPrompt",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "screen",
                    models.CharField(
                        choices=[
                            ("kiosk:start", "Welcome: choose a language"),
                            ("kiosk:menu", "What would you like to do?"),
                            ("kiosk:register:identity", "Registration: about you"),
                            ("kiosk:register:contact", "Registration: phone and address"),
                            ("kiosk:register:education", "Registration: education and languages"),
                            ("kiosk:register:work", "Registration: work and skills"),
                            ("kiosk:register:destinations", "Registration: where to work"),
                            ("kiosk:register:consent", "Registration: your agreement"),
                            ("kiosk:review", "Registration: check your answers"),
                            ("kiosk:slip", "Registration: your slip"),
                            ("counselling:kiosk_identify", "Legal advice: who are you?"),
                            ("counselling:kiosk_time", "Legal advice: choose a time"),
                            ("counselling:kiosk_booked", "Legal advice: booked"),
                            ("listings:list", "Jobs abroad"),
                            ("listings:detail", "A job"),
                            ("listings:interest", "A job: I am interested"),
                            ("orientation:upcoming", "Orientation sessions"),
                            ("orientation:reserve", "Orientation: reserve a place"),
                            ("orientation:reserved", "Orientation: your place"),
                        ],
                        max_length=60,
                        verbose_name="screen",
                    ),
                ),
                (
                    "language",
                    models.CharField(
                        choices=[("en", "English"), ("ur", "Urdu")],
                        max_length=5,
                        verbose_name="language",
                    ),
                ),
                (
                    "recording",
                    models.FileField(
                        help_text="MP3, M4A, OGG or WAV, at most 2 MB: the question and its choices, read.",
                        upload_to="kiosk/prompts/",
                        validators=[
                            django.core.validators.FileExtensionValidator(
                                ["mp3", "m4a", "ogg", "oga", "opus", "wav", "webm"]
                            ),
                            apps.kiosk.models.recording_not_too_large,
                        ],
                        verbose_name="recording",
                    ),
                ),
                (
                    "uploaded_at",
                    models.DateTimeField(
                        default=django.utils.timezone.now,
                        editable=False,
                        verbose_name="uploaded at",
                    ),
                ),
                (
                    "uploaded_by",
                    models.ForeignKey(
                        editable=False,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="uploaded by",
                    ),
                ),
            ],
            options={
                "verbose_name": "recorded prompt",
                "verbose_name_plural": "recorded prompts",
                "ordering": ["screen", "language"],
                "constraints": [
                    models.UniqueConstraint(
                        fields=("screen", "language"),
                        name="spoken_prompt_one_per_screen_and_language",
                        violation_error_message="This screen has a recording in this language.",
                    )
                ],
            },
        ),
    ]
