"""Forms of the editorial back office (the admin): a page in both languages, its PDF
leaflets and its quiz questions. The database constraints are the guard; these forms
say what is wrong in words before the database has to."""

import os
import re

from django import forms
from django.conf import settings
from django.contrib.admin.widgets import AdminFileWidget
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from ..models import (
    COUNTRY_SECTIONS,
    GENERAL_TOPICS,
    Attachment,
    Page,
    QuizChoice,
    QuizQuestion,
)

MARKDOWN_HELP = _(
    "Write in Markdown: “## Heading” for a heading, “- ” at the start of a line for a "
    "list, “1. ” for a numbered list, **bold**, and [words](https://example.org) for a "
    "link. HTML is not allowed."
)

# A tag such as <b>, </p> or <img src=x onerror=...> (what Markdown itself passes on
# as raw HTML); Markdown's own <https://...> and <name@example.org> links, and a
# comparison such as "a < b", are not tags.
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(\s[^<>]*)?/?>")
_HTML_COMMENT = re.compile(r"<!--")

PDF_SIGNATURE = b"%PDF-"
PDF_CONTENT_TYPE = "application/pdf"
BYTES_PER_MB = 1024 * 1024


def _language_attrs(language: str) -> dict:
    # The admin's own direction follows the interface language; each text box follows
    # the language typed into it.
    return {"lang": language, "dir": "rtl" if language == "ur" else "ltr"}


def reject_html(text: str) -> None:
    """Refuse raw HTML in an editor's Markdown: the sanitiser would drop it from the
    page, and the editor should know that before publishing rather than after."""
    if _HTML_TAG.search(text or "") or _HTML_COMMENT.search(text or ""):
        raise ValidationError(
            _(
                "Remove the HTML (text between < and >): write Markdown instead. "
                "HTML never reaches the page."
            ),
            code="html",
        )


class PageForm(forms.ModelForm):
    """A page's place (country and topic), address and text in English and Urdu."""

    class Meta:
        model = Page
        fields = (
            "country",
            "topic",
            "slug",
            "title_en",
            "summary_en",
            "body_en",
            "title_ur",
            "summary_ur",
            "body_ur",
        )
        help_texts = {
            "country": _("Leave empty for a general topic."),
            "topic": _(
                "A country's guide takes a guide section (entry and work permit … how to "
                "complain); a general topic (safe migration, fraud, recruitment, return) "
                "has no country."
            ),
            "slug": _(
                "The page's web address, for example saudi-arabia-wages: small letters, "
                "digits and hyphens."
            ),
            "summary_en": _("One or two sentences shown in lists and search results."),
            "summary_ur": _("One or two sentences shown in lists and search results."),
            "body_en": MARKDOWN_HELP,
            "body_ur": MARKDOWN_HELP,
            "title_ur": _("Without an Urdu text, Urdu readers see the English one, with a note."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "country" in self.fields:
            choices = list(self.fields["country"].choices)
            self.fields["country"].choices = [("", _("None: a general topic")), *choices[1:]]
        if "topic" in self.fields:
            labels = dict(self.fields["topic"].choices)
            self.fields["topic"].choices = [
                ("", "---------"),
                (_("Sections of a country guide"), [(t, labels[t]) for t in COUNTRY_SECTIONS]),
                (_("General topics (no country)"), [(t, labels[t]) for t in GENERAL_TOPICS]),
            ]
        for name, field in self.fields.items():
            if name.endswith(("_en", "_ur")):
                field.widget.attrs.update(_language_attrs(name[-2:]))
        for name in ("body_en", "body_ur"):
            if name in self.fields:
                self.fields[name].widget.attrs.update({"rows": 16})

    def clean_summary_en(self):
        reject_html(self.cleaned_data["summary_en"])
        return self.cleaned_data["summary_en"]

    def clean_summary_ur(self):
        reject_html(self.cleaned_data["summary_ur"])
        return self.cleaned_data["summary_ur"]

    def clean_body_en(self):
        reject_html(self.cleaned_data["body_en"])
        return self.cleaned_data["body_en"]

    def clean_body_ur(self):
        reject_html(self.cleaned_data["body_ur"])
        return self.cleaned_data["body_ur"]


def validate_leaflet(upload: UploadedFile) -> None:
    """Refuse anything but a PDF within the size limit: the name must end in .pdf, the
    browser must send it as a PDF, and its first bytes must be a PDF's signature (a
    renamed program or web page fails here whatever its name says)."""
    name = os.path.basename(upload.name or "")
    limit = settings.ORIENTATION_LEAFLET_MAX_BYTES
    if os.path.splitext(name)[1].lower() != ".pdf":
        raise ValidationError(
            _("“%(name)s” is not a PDF file: a leaflet must be a .pdf file."),
            code="extension",
            params={"name": name},
        )
    if upload.size > limit:
        raise ValidationError(
            _(
                "“%(name)s” is %(size)s MB; a leaflet may be at most %(limit)s MB. Make the "
                "PDF smaller (for example, export it for the screen) and upload it again."
            ),
            code="too_big",
            params={
                "name": name,
                "size": f"{upload.size / BYTES_PER_MB:.1f}",
                "limit": f"{limit / BYTES_PER_MB:g}",
            },
        )
    upload.seek(0)
    signature = upload.read(len(PDF_SIGNATURE))
    upload.seek(0)
    if signature != PDF_SIGNATURE:
        raise ValidationError(
            _(
                "“%(name)s” is not a real PDF file, whatever its name says. Save the "
                "leaflet as PDF and upload it again."
            ),
            code="signature",
            params={"name": name},
        )
    content_type = (upload.content_type or "").split(";")[0].strip().lower()
    if content_type != PDF_CONTENT_TYPE:
        raise ValidationError(
            _("“%(name)s” was not sent as a PDF (its type is %(type)s)."),
            code="content_type",
            params={"name": name, "type": content_type or "?"},
        )


class StoredLeaflet:
    """What the file widget shows of a stored leaflet: its name, and a link through the
    admin (MEDIA_ROOT is never served publicly)."""

    def __init__(self, name: str, url: str):
        self.name = name
        self.url = url

    def __str__(self):
        return self.name


class LeafletFileInput(AdminFileWidget):
    download_url = ""

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        if context["widget"]["is_initial"]:
            context["widget"]["value"] = StoredLeaflet(
                os.path.basename(str(value)), self.download_url
            )
        return context


class AttachmentForm(forms.ModelForm):
    """One PDF leaflet of a page; a new file is checked and its size recorded."""

    class Meta:
        model = Attachment
        fields = ("title_en", "title_ur", "language", "file")
        widgets = {
            "title_en": forms.TextInput(attrs={**_language_attrs("en"), "class": "vTextField"}),
            "title_ur": forms.TextInput(attrs={**_language_attrs("ur"), "class": "vTextField"}),
            "file": LeafletFileInput(attrs={"accept": ".pdf,application/pdf"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and "file" in self.fields:
            self.fields["file"].widget.download_url = reverse(
                "admin:orientation_page_leaflet",
                args=[self.instance.page_id, self.instance.pk],
            )

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        # Only a new upload is checked: a stored file was checked when it came in.
        if isinstance(upload, UploadedFile):
            validate_leaflet(upload)
        return upload

    def save(self, commit=True):
        upload = self.cleaned_data.get("file")
        if isinstance(upload, UploadedFile):
            self.instance.size = upload.size
        return super().save(commit=commit)


class QuizQuestionForm(forms.ModelForm):
    class Meta:
        model = QuizQuestion
        fields = ("page", "order", "text_en", "text_ur")
        widgets = {
            "text_en": forms.TextInput(attrs={**_language_attrs("en"), "class": "vLargeTextField"}),
            "text_ur": forms.TextInput(attrs={**_language_attrs("ur"), "class": "vLargeTextField"}),
        }


class QuizChoiceForm(forms.ModelForm):
    class Meta:
        model = QuizChoice
        fields = ("order", "text_en", "text_ur", "is_correct")
        widgets = {
            "order": forms.NumberInput(attrs={"class": "order-input", "min": 0}),
            "text_en": forms.TextInput(attrs={**_language_attrs("en"), "size": 30}),
            "text_ur": forms.TextInput(attrs={**_language_attrs("ur"), "size": 30}),
        }


MIN_ANSWERS = 2
MAX_ANSWERS = 6


class QuizChoiceFormSet(forms.BaseInlineFormSet):
    """A question's answers: 2 to 6, exactly one of them right."""

    def clean(self):
        super().clean()
        if any(self.errors):
            return
        kept = [
            form
            for form in self.forms
            if form.cleaned_data
            and not form.cleaned_data.get("DELETE")
            and (form.instance.pk or form.has_changed())
        ]
        if not MIN_ANSWERS <= len(kept) <= MAX_ANSWERS:
            raise ValidationError(
                ngettext(
                    "A question needs %(min)d to %(max)d answers; this one has %(count)d.",
                    "A question needs %(min)d to %(max)d answers; this one has %(count)d.",
                    len(kept),
                )
                % {"min": MIN_ANSWERS, "max": MAX_ANSWERS, "count": len(kept)},
                code="answer_count",
            )
        right = sum(1 for form in kept if form.cleaned_data.get("is_correct"))
        if right != 1:
            raise ValidationError(
                ngettext(
                    "Mark exactly one answer as the right one (%(count)d is marked).",
                    "Mark exactly one answer as the right one (%(count)d are marked).",
                    right,
                )
                % {"count": right},
                code="right_answers",
            )
