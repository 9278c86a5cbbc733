"""Recorded readings of the kiosk's screens, for people who read little."""

from django.conf import settings
from django.core.validators import FileExtensionValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# The kiosk's screens, by the name of their URL (with a registration step's slug): the
# Listen button of a screen plays the recording made for it, in the page's language.
SCREENS = [
    ("kiosk:start", _("Welcome: choose a language")),
    ("kiosk:menu", _("What would you like to do?")),
    ("kiosk:register:identity", _("Registration: about you")),
    ("kiosk:register:contact", _("Registration: phone and address")),
    ("kiosk:register:education", _("Registration: education and languages")),
    ("kiosk:register:work", _("Registration: work and skills")),
    ("kiosk:register:destinations", _("Registration: where to work")),
    ("kiosk:register:consent", _("Registration: your agreement")),
    ("kiosk:review", _("Registration: check your answers")),
    ("kiosk:slip", _("Registration: your slip")),
    ("counselling:kiosk_identify", _("Legal advice: who are you?")),
    ("counselling:kiosk_time", _("Legal advice: choose a time")),
    ("counselling:kiosk_booked", _("Legal advice: booked")),
    ("complaints:kiosk_report:what", _("Report an agent: what happened")),
    ("complaints:kiosk_report:who", _("Report an agent: who")),
    ("complaints:kiosk_report:promise", _("Report an agent: what was promised")),
    ("complaints:kiosk_report:money", _("Report an agent: money given")),
    ("complaints:kiosk_report:you", _("Report an agent: your name, or no name")),
    ("complaints:kiosk_report:details", _("Report an agent: about you")),
    ("complaints:kiosk_review", _("Report an agent: check your report")),
    ("complaints:kiosk_slip", _("Report an agent: your slip")),
    ("complaints:status", _("Check my complaint")),
    ("listings:list", _("Jobs abroad")),
    ("listings:detail", _("A job")),
    ("listings:interest", _("A job: I am interested")),
    ("orientation:upcoming", _("Orientation sessions")),
    ("orientation:reserve", _("Orientation: reserve a place")),
    ("orientation:reserved", _("Orientation: your place")),
]
RECORDING_TYPES = ["mp3", "m4a", "ogg", "oga", "opus", "wav", "webm"]
RECORDING_MAX_BYTES = 2 * 1024 * 1024


def recording_not_too_large(recording):
    from django.core.exceptions import ValidationError

    if recording.size > RECORDING_MAX_BYTES:
        raise ValidationError(_("A recording may be at most 2 MB (about two minutes)."))


class SpokenPrompt(models.Model):
    """One screen read aloud in one language by a person: played by the screen's Listen
    button instead of the device's synthetic voice."""

    screen = models.CharField(_("screen"), max_length=60, choices=SCREENS)
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES)
    recording = models.FileField(
        _("recording"),
        upload_to="kiosk/prompts/",
        validators=[FileExtensionValidator(RECORDING_TYPES), recording_not_too_large],
        help_text=_("MP3, M4A, OGG or WAV, at most 2 MB: the question and its choices, read."),
    )
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        editable=False,
        related_name="+",
        verbose_name=_("uploaded by"),
    )
    uploaded_at = models.DateTimeField(_("uploaded at"), default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("recorded prompt")
        verbose_name_plural = _("recorded prompts")
        ordering = ["screen", "language"]
        constraints = [
            models.UniqueConstraint(
                fields=["screen", "language"],
                name="spoken_prompt_one_per_screen_and_language",
                violation_error_message=_("This screen has a recording in this language."),
            ),
        ]

    def __str__(self):
        return f"{self.get_screen_display()} ({self.get_language_display()})"
