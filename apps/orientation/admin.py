"""The editorial back office for orientation content: pages in English and Urdu, their
PDF leaflets and their self-check quizzes.

Only orientation editors and superusers see it (the app's permissions belong to the
orientation_editor role alone). The content is national: no centre scoping. A page
moves draft → in review → published → archived only through apps/orientation/services,
from the change form's buttons or the list's actions, never by editing its status.
Who may edit a page depends on where it is in that workflow (editing_refusal).

Sessions, enrolments, certificates and quiz results have their own staff pages (scoped
to the centre, with the services' checks); here they are read-only, for superusers only.
"""

import os
from collections.abc import Callable
from dataclasses import dataclass

from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError
from django.db.models import Count, Q
from django.http import FileResponse, Http404, HttpResponseRedirect
from django.template.defaultfilters import filesizeformat
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone, translation
from django.utils.html import format_html
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from apps.candidates.services import violated_constraint_message

from . import services
from .forms.editorial import (
    MAX_ANSWERS,
    AttachmentForm,
    PageForm,
    QuizChoiceForm,
    QuizChoiceFormSet,
    QuizQuestionForm,
)
from .models import (
    Attachment,
    Certificate,
    Enrolment,
    OrientationSession,
    Page,
    QuizChoice,
    QuizQuestion,
    QuizResult,
)
from .rendering import render_markdown

REVIEW_PERMISSION = "orientation.review_page"
CHANGE_PERMISSION = "orientation.change_page"
# The name of the change form's workflow buttons; the value is the step.
STEP_FIELD = "_workflow_step"


# --- Who may edit a page now --------------------------------------------------------


def editing_refusal(page: Page | None, user) -> str | None:
    """Why `user` may not edit `page` in its present status (None: they may).

    Any editor edits a draft; in review, only a reviewer who is not the author (to fix
    small things); a published page goes back to draft first; an archived one is kept
    as it was."""
    if page is None or page.status == Page.Status.DRAFT:
        return None
    if page.status == Page.Status.IN_REVIEW:
        if user.has_perm(REVIEW_PERMISSION) and page.author_id != user.pk:
            return None
        return str(
            _(
                "This page is in review: only another editor, as its reviewer, may change "
                "it now. To change it yourself, send it back to draft."
            )
        )
    if page.status == Page.Status.PUBLISHED:
        return str(
            _(
                "This page is published, so it cannot be changed here. To change it, send "
                "it back to draft first: it then leaves the public site until it is "
                "published again."
            )
        )
    return str(_("This page is archived: it is kept as it was and cannot be changed."))


def pages_editable_by(user):
    """The pages `user` may edit now (the same rule as editing_refusal, as a query)."""
    editable = Q(status=Page.Status.DRAFT)
    if user.has_perm(REVIEW_PERMISSION):
        editable |= Q(status=Page.Status.IN_REVIEW) & ~Q(author=user)
    return Page.objects.filter(editable)


# --- Workflow steps -------------------------------------------------------------------


@dataclass(frozen=True)
class WorkflowStep:
    name: str
    label: str
    done: str  # the success message; %(page)s is the page's title
    service: Callable
    permission: str
    from_statuses: tuple[str, ...]
    # The page's fields the step sets, named in the page's history.
    changes: tuple[str, ...]
    # Publishing and re-reviewing are a second editor's: the author never sees them.
    by_another_editor: bool = False
    danger: bool = False


WORKFLOW_STEPS = (
    WorkflowStep(
        name="submit",
        label=_("Send for review"),
        done=_("“%(page)s” was sent for review."),
        service=services.submit_for_review,
        permission=CHANGE_PERMISSION,
        from_statuses=(Page.Status.DRAFT,),
        changes=("status", "submitted_at"),
    ),
    WorkflowStep(
        name="publish",
        label=_("Publish"),
        done=_("“%(page)s” is published: the public and the kiosks see it now."),
        service=services.publish_page,
        permission=REVIEW_PERMISSION,
        from_statuses=(Page.Status.IN_REVIEW,),
        changes=("status", "reviewer", "published_at", "last_reviewed_at"),
        by_another_editor=True,
    ),
    WorkflowStep(
        name="mark_reviewed",
        label=_("Mark as reviewed (still correct)"),
        done=_("“%(page)s” is marked as reviewed today."),
        service=services.mark_reviewed,
        permission=REVIEW_PERMISSION,
        from_statuses=(Page.Status.PUBLISHED,),
        changes=("reviewer", "last_reviewed_at"),
        by_another_editor=True,
    ),
    WorkflowStep(
        name="send_back",
        label=_("Send back to draft"),
        done=_("“%(page)s” is a draft again."),
        service=services.send_back_to_draft,
        permission=CHANGE_PERMISSION,
        from_statuses=(Page.Status.IN_REVIEW, Page.Status.PUBLISHED),
        changes=("status",),
    ),
    WorkflowStep(
        name="archive",
        label=_("Archive"),
        done=_("“%(page)s” is archived."),
        service=services.archive_page,
        permission=CHANGE_PERMISSION,
        from_statuses=(Page.Status.DRAFT, Page.Status.IN_REVIEW, Page.Status.PUBLISHED),
        changes=("status", "archived_at"),
        danger=True,
    ),
)
STEPS_BY_NAME = {step.name: step for step in WORKFLOW_STEPS}


def available_steps(page: Page, user) -> list[WorkflowStep]:
    """The steps to offer `user` on `page` (the services still check each one)."""
    return [
        step
        for step in WORKFLOW_STEPS
        if page.status in step.from_statuses
        and user.has_perm(step.permission)
        and not (step.by_another_editor and page.author_id == user.pk)
    ]


def run_step(request, page: Page, step_name: str, *, announce_success: bool = True) -> bool:
    """Take one workflow step through the services; say in a message what happened."""
    step = STEPS_BY_NAME.get(step_name)
    if step is None:
        messages.error(request, _("Unknown step: nothing was done."))
        return False
    title = page.title_en
    if not request.user.has_perm(step.permission):
        messages.error(
            request,
            _("“%(page)s”: not done. Your role does not include this step.") % {"page": title},
        )
        return False
    try:
        step.service(page=page, by=request.user)
    except services.StepNotAllowed as refusal:
        messages.error(
            request, _("“%(page)s”: not done. %(why)s") % {"page": title, "why": refusal}
        )
        return False
    except IntegrityError as error:
        # The database is the last guard (another editor changed the page meanwhile).
        why = violated_constraint_message(Page, error)
        if why is None:
            raise
        messages.error(request, _("“%(page)s”: not done. %(why)s") % {"page": title, "why": why})
        return False
    if announce_success:
        messages.success(request, step.done % {"page": title})
    return True


# --- Shared behaviour of the page and quiz admins ----------------------------------


class PageEditingRulesMixin:
    """Editing follows the page's workflow status, and a database constraint the form
    could not foresee comes back as a message on the re-rendered form, never a 500."""

    def page_of(self, obj) -> Page | None:
        raise NotImplementedError

    def has_change_permission(self, request, obj=None):
        allowed = super().has_change_permission(request, obj)
        if not allowed or obj is None:
            return allowed
        return editing_refusal(self.page_of(obj), request.user) is None

    def has_delete_permission(self, request, obj=None):
        allowed = super().has_delete_permission(request, obj)
        if not allowed or obj is None:
            return allowed
        return editing_refusal(self.page_of(obj), request.user) is None

    def get_actions(self, request):
        # Deleting many at once would skip the per-page rule above: one at a time.
        actions = super().get_actions(request)
        actions.pop("delete_selected", None)
        return actions

    def readonly_post(self, request, obj):
        """A POST to an object the user may see but not edit now (it changed status
        meanwhile): refuse in words instead of a bare 403."""
        why = editing_refusal(self.page_of(obj), request.user)
        messages.error(request, why or _("You may not change this."))
        return HttpResponseRedirect(request.path)

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        if request.method == "POST" and object_id is not None:
            obj = self.get_object(request, unquote(object_id))
            if (
                obj is not None
                and self.has_view_permission(request, obj)
                and super().has_change_permission(request)
                and not self.has_change_permission(request, obj)
            ):
                return self.readonly_post(request, obj)
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except IntegrityError as error:
            # The save was rolled back with the admin's transaction. Show the same form
            # again, with what was typed and the constraint's message.
            refusal = self.constraint_message(error)
            if refusal is None:
                raise
            request.orientation_constraint_refusal = refusal
            return super().changeform_view(request, object_id, form_url, extra_context)

    def constraint_message(self, error: IntegrityError) -> str | None:
        for model in (self.model, *(inline.model for inline in self.inlines)):
            message = violated_constraint_message(model, error)
            if message:
                return message
        return None

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        refusal = getattr(request, "orientation_constraint_refusal", None)
        if refusal is None:
            return form

        class RefusedByTheDatabase(form):
            def clean(self):
                cleaned_data = super().clean()
                self.add_error(None, ValidationError(refusal, code="constraint"))
                return cleaned_data

        return RefusedByTheDatabase


class InlineOfEditablePage:
    """An inline may be changed when its page may be edited (same rules as the page)."""

    def _page_is_editable(self, request, obj) -> bool:
        page = obj if isinstance(obj, Page) else getattr(obj, "page", None)
        return editing_refusal(page, request.user) is None

    def has_add_permission(self, request, obj=None):
        return super().has_add_permission(request, obj) and self._page_is_editable(request, obj)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and self._page_is_editable(request, obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and self._page_is_editable(request, obj)


# --- Pages ------------------------------------------------------------------------------


class DueForReviewFilter(admin.SimpleListFilter):
    title = _("due for review")
    parameter_name = "due"

    def lookups(self, request, model_admin):
        return (("yes", _("Due for review")), ("no", _("Not due")))

    def queryset(self, request, queryset):
        due = Page.objects.due_for_review().values("pk")
        if self.value() == "yes":
            return queryset.filter(pk__in=due)
        if self.value() == "no":
            return queryset.exclude(pk__in=due)
        return queryset


class PageCountryFilter(admin.SimpleListFilter):
    """The countries that have pages (not all 249), and the general topics."""

    title = _("destination country")
    parameter_name = "country"
    GENERAL = "none"

    def lookups(self, request, model_admin):
        from django_countries import countries

        codes = set(Page.objects.guides().values_list("country", flat=True).distinct())
        listed = sorted(((code, countries.name(code)) for code in codes), key=lambda c: str(c[1]))
        return [*listed, (self.GENERAL, _("None: general topics"))]

    def queryset(self, request, queryset):
        if self.value() == self.GENERAL:
            return queryset.general()
        if self.value():
            return queryset.filter(country=self.value())
        return queryset


def status_badge(page: Page) -> str:
    """The status as a coloured badge (colours in static/css/admin-portal.css: the
    Content-Security-Policy allows no style attributes)."""
    return format_html(
        '<span class="page-status page-status-{}">{}</span>',
        page.status,
        page.get_status_display(),
    )


def person_name(user) -> str:
    if user is None:
        return "-"
    return user.get_full_name() or user.username


class AttachmentInline(InlineOfEditablePage, admin.TabularInline):
    model = Attachment
    form = AttachmentForm
    extra = 0
    fields = ("title_en", "title_ur", "language", "file", "size_in_mb", "uploaded")
    readonly_fields = ("leaflet_link", "size_in_mb", "uploaded")

    def get_fields(self, request, obj=None):
        if self._page_is_editable(request, obj):
            return self.fields
        # Read-only, the file is a link through the admin: Django's own would point
        # into MEDIA_ROOT, which is never served.
        return tuple("leaflet_link" if name == "file" else name for name in self.fields)

    @admin.display(description=_("PDF file"))
    def leaflet_link(self, obj):
        if not obj or not obj.pk or not obj.file:
            return "-"
        return format_html(
            '<a href="{}">{}</a>',
            reverse("admin:orientation_page_leaflet", args=[obj.page_id, obj.pk]),
            os.path.basename(obj.file.name),
        )

    @admin.display(description=_("size"))
    def size_in_mb(self, obj):
        if not obj or not obj.size:
            return "-"
        return format_html('<span dir="ltr">{}</span>', filesizeformat(obj.size))

    @admin.display(description=_("uploaded"))
    def uploaded(self, obj):
        if not obj or not obj.pk:
            return "-"
        return format_html(
            '{}<br><span dir="ltr">{}</span>',
            person_name(obj.uploaded_by),
            timezone.localtime(obj.uploaded_at).strftime("%Y-%m-%d %H:%M"),
        )


WORKFLOW_FIELDS = (
    "status_badge",
    "author_name",
    "reviewer_name",
    "submitted_at",
    "published_at",
    "last_reviewed_at",
    "archived_at",
    "created_at",
    "updated_at",
)


@admin.register(Page)
class PageAdmin(PageEditingRulesMixin, admin.ModelAdmin):
    form = PageForm
    change_form_template = "admin/orientation/page/change_form.html"
    change_list_template = "admin/orientation/page/change_list.html"
    list_display = (
        "title_en",
        "country_name",
        "topic",
        "status_and_review_flag",
        "author_and_reviewer",
        "last_reviewed_on",
    )
    list_filter = ("status", DueForReviewFilter, PageCountryFilter, "topic")
    list_select_related = ("author", "reviewer")
    search_fields = ("title_en", "title_ur", "slug")
    prepopulated_fields = {"slug": ("title_en",)}
    readonly_fields = WORKFLOW_FIELDS
    inlines = (AttachmentInline,)
    actions = (
        "send_for_review_selected",
        "publish_selected",
        "mark_reviewed_selected",
        "send_back_selected",
        "archive_selected",
    )
    list_per_page = 50

    fieldsets_for_content = (
        (_("Where the page belongs"), {"fields": ("country", "topic", "slug")}),
        (_("English"), {"fields": ("title_en", "summary_en", "body_en")}),
        (_("Urdu"), {"fields": ("title_ur", "summary_ur", "body_ur")}),
    )

    def get_fieldsets(self, request, obj=None):
        if obj is None:
            return self.fieldsets_for_content
        workflow = (
            _("Editorial workflow"),
            {
                "fields": (
                    "status_badge",
                    ("author_name", "reviewer_name"),
                    ("submitted_at", "published_at"),
                    ("last_reviewed_at", "archived_at"),
                    ("created_at", "updated_at"),
                ),
                "description": _(
                    "The status changes only through the steps below the form; each "
                    "step records who took it and when."
                ),
            },
        )
        return (*self.fieldsets_for_content, workflow)

    def page_of(self, obj):
        return obj

    def view_on_site(self, obj):
        # The public site shows published pages only; the preview shows the others.
        return obj.get_absolute_url() if obj.status == Page.Status.PUBLISHED else None

    def get_prepopulated_fields(self, request, obj=None):
        # The web address is set once; after that it may be in print and links.
        return self.prepopulated_fields if obj is None else {}

    def save_model(self, request, obj, form, change):
        if not change:
            obj.author = request.user
        super().save_model(request, obj, form, change)

    def save_formset(self, request, form, formset, change):
        if formset.model is Attachment:
            for leaflet_form in formset.forms:
                if "file" in leaflet_form.changed_data:
                    leaflet_form.instance.uploaded_by = request.user
                    leaflet_form.instance.uploaded_at = timezone.now()
        super().save_formset(request, form, formset, change)

    # --- The change form: workflow buttons, notices, preview and quiz links ----------

    def change_view(self, request, object_id, form_url="", extra_context=None):
        page = self.get_object(request, unquote(object_id))
        if page is not None and self.has_view_permission(request, page):
            extra_context = {**(extra_context or {}), **self.workflow_context(request, page)}
        return super().change_view(request, object_id, form_url, extra_context)

    def workflow_context(self, request, page: Page) -> dict:
        user = request.user
        questions = reverse("admin:orientation_quizquestion_changelist")
        add_question = reverse("admin:orientation_quizquestion_add")
        refusal = editing_refusal(page, user)
        return {
            "workflow_steps": available_steps(page, user),
            "step_field": STEP_FIELD,
            "editing_refusal": refusal if user.has_perm(CHANGE_PERMISSION) else None,
            "author_waits_for_review": page.author_id == user.pk
            and page.status in (Page.Status.IN_REVIEW, Page.Status.PUBLISHED),
            "preview_url": reverse("admin:orientation_page_preview", args=[page.pk]),
            "question_count": page.questions.count(),
            "questions_url": f"{questions}?{urlencode({'page__id__exact': page.pk})}",
            "add_question_url": f"{add_question}?{urlencode({'page': page.pk})}"
            if refusal is None and user.has_perm("orientation.add_quizquestion")
            else None,
            "is_due_for_review": page.is_due_for_review(),
        }

    def take_step(self, request, page: Page, step_name: str, **kwargs) -> bool:
        """run_step, and a line in the page's history when the step was taken."""
        done = run_step(request, page, step_name, **kwargs)
        if done:
            # Stored untranslated, as the admin's own change messages are; shown in the
            # reader's language.
            with translation.override(None):
                fields = [
                    str(Page._meta.get_field(name).verbose_name)
                    for name in STEPS_BY_NAME[step_name].changes
                ]
            self.log_change(request, page, [{"changed": {"fields": fields}}])
        return done

    def readonly_post(self, request, page):
        # The page cannot be edited in its status, but a workflow step may still apply
        # (send a published page back to draft, archive it, mark it reviewed).
        step = request.POST.get(STEP_FIELD)
        if step:
            self.take_step(request, page, step)
            return HttpResponseRedirect(request.path)
        return super().readonly_post(request, page)

    def response_change(self, request, obj):
        # Changes were saved; a workflow button then takes its step.
        step = request.POST.get(STEP_FIELD)
        if step:
            messages.success(request, _("Your changes were saved."))
            self.take_step(request, obj, step)
            return HttpResponseRedirect(request.path)
        return super().response_change(request, obj)

    # --- Preview and leaflets -----------------------------------------------------------

    def get_urls(self):
        return [
            path(
                "<path:object_id>/preview/",
                self.admin_site.admin_view(self.preview_view),
                name="orientation_page_preview",
            ),
            path(
                "<path:object_id>/leaflets/<int:attachment_id>/",
                self.admin_site.admin_view(self.leaflet_view),
                name="orientation_page_leaflet",
            ),
            *super().get_urls(),
        ]

    def _page_to_view(self, request, object_id) -> Page:
        if not self.has_view_permission(request):
            raise PermissionDenied
        page = self.get_object(request, unquote(object_id))
        if page is None:
            raise Http404
        return page

    def preview_view(self, request, object_id):
        """The saved page as readers will see it, in English and Urdu, through the
        same Markdown rendering and sanitiser as the public pages."""
        page = self._page_to_view(request, object_id)
        versions = []
        for language, name in (("en", _("English")), ("ur", _("Urdu"))):
            title, summary, body, shown = page.in_language(language)
            versions.append(
                {
                    "language": shown,
                    "name": name,
                    "falls_back": shown != language,
                    "title": title,
                    "summary": summary,
                    "body": render_markdown(body),
                }
            )
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "original": page,
            "title": _("Preview"),
            "subtitle": page.title_en,
            "versions": versions,
            "status_badge": status_badge(page),
            "change_url": reverse("admin:orientation_page_change", args=[page.pk]),
        }
        return TemplateResponse(request, "admin/orientation/page/preview.html", context)

    def leaflet_view(self, request, object_id, attachment_id):
        """A page's leaflet, for its editors whatever the page's status."""
        page = self._page_to_view(request, object_id)
        leaflet = Attachment.objects.filter(page=page, pk=attachment_id).first()
        if leaflet is None or not leaflet.file:
            raise Http404
        try:
            handle = leaflet.file.open("rb")
        except FileNotFoundError:
            raise Http404 from None
        return FileResponse(handle, content_type="application/pdf", filename=leaflet.file.name)

    # --- List columns ---------------------------------------------------------------

    @admin.display(description=_("country"), ordering="country")
    def country_name(self, obj):
        return obj.country.name if obj.country else _("General topic")

    @admin.display(description=_("status"), ordering="status")
    def status_badge(self, obj):
        return status_badge(obj)

    @admin.display(description=_("author"), ordering="author__username")
    def author_name(self, obj):
        return person_name(obj.author)

    @admin.display(description=_("reviewer"), ordering="reviewer__username")
    def reviewer_name(self, obj):
        return person_name(obj.reviewer)

    @admin.display(description=_("status"), ordering="status")
    def status_and_review_flag(self, obj):
        if not obj.is_due_for_review():
            return status_badge(obj)
        # The flag sits under the status it qualifies; the list then fits beside the
        # admin's menu and filters at 1280 pixels.
        return format_html(
            '{}<br><span class="page-due">⚠ {}</span>',
            status_badge(obj),
            _("due for review"),
        )

    @admin.display(description=_("author, reviewer"), ordering="author__username")
    def author_and_reviewer(self, obj):
        if obj.reviewer is None:
            return person_name(obj.author)
        return format_html("{}<br>{}", person_name(obj.author), person_name(obj.reviewer))

    @admin.display(description=_("last reviewed"), ordering="last_reviewed_at")
    def last_reviewed_on(self, obj):
        if obj.last_reviewed_at is None:
            return "-"
        return format_html(
            '<span dir="ltr" class="nowrap">{}</span>',
            timezone.localtime(obj.last_reviewed_at).date(),
        )

    # --- Actions on the list -------------------------------------------------------------

    def has_review_permission(self, request):
        return request.user.has_perm(REVIEW_PERMISSION)

    def _step_on_each(self, request, queryset, step_name: str) -> None:
        done = sum(
            self.take_step(request, page, step_name, announce_success=False)
            for page in queryset.select_related("author")
        )
        if done:
            self.message_user(
                request,
                ngettext("%(count)d page: done.", "%(count)d pages: done.", done) % {"count": done},
                messages.SUCCESS,
            )

    @admin.action(description=_("Send the selected pages for review"), permissions=["change"])
    def send_for_review_selected(self, request, queryset):
        self._step_on_each(request, queryset, "submit")

    @admin.action(description=_("Publish the selected pages"), permissions=["review"])
    def publish_selected(self, request, queryset):
        self._step_on_each(request, queryset, "publish")

    @admin.action(
        description=_("Mark the selected pages as reviewed (still correct)"),
        permissions=["review"],
    )
    def mark_reviewed_selected(self, request, queryset):
        self._step_on_each(request, queryset, "mark_reviewed")

    @admin.action(description=_("Send the selected pages back to draft"), permissions=["change"])
    def send_back_selected(self, request, queryset):
        self._step_on_each(request, queryset, "send_back")

    @admin.action(description=_("Archive the selected pages"), permissions=["change"])
    def archive_selected(self, request, queryset):
        self._step_on_each(request, queryset, "archive")


# --- Quiz questions -------------------------------------------------------------------


class QuizChoiceInline(InlineOfEditablePage, admin.TabularInline):
    model = QuizChoice
    form = QuizChoiceForm
    formset = QuizChoiceFormSet
    fields = ("order", "text_en", "text_ur", "is_correct")
    max_num = MAX_ANSWERS
    verbose_name = _("answer")
    verbose_name_plural = _("answers (2 to 6, exactly one right)")

    def get_extra(self, request, obj=None, **kwargs):
        # A new question starts with four empty answers; "Add another" gives up to six.
        return 4 if obj is None else 0


@admin.register(QuizQuestion)
class QuizQuestionAdmin(PageEditingRulesMixin, admin.ModelAdmin):
    form = QuizQuestionForm
    change_form_template = "admin/orientation/quizquestion/change_form.html"
    change_list_template = "admin/orientation/quizquestion/change_list.html"
    list_display = ("text_en", "page_title", "order", "answer_count")
    list_filter = (("page", admin.RelatedOnlyFieldListFilter),)
    list_select_related = ("page",)
    search_fields = ("text_en", "text_ur", "page__title_en")
    inlines = (QuizChoiceInline,)
    fields = ("page", "order", "text_en", "text_ur")

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(number_of_answers=Count("choices"))

    def page_of(self, obj):
        return obj.page

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "page":
            # Questions are added and moved only on pages the editor may edit now.
            kwargs["queryset"] = pages_editable_by(request.user)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def save_formset(self, request, form, formset, change):
        if formset.model is not QuizChoice:
            return super().save_formset(request, form, formset, change)
        # One right answer per question is a unique index that cannot wait for the
        # end of the transaction: moving "right" from one answer to another must clear
        # the old one before the new one is saved.
        answers = formset.save(commit=False)
        for removed in formset.deleted_objects:
            removed.delete()
        for answer in sorted(answers, key=lambda answer: answer.is_correct):
            answer.save()
        formset.save_m2m()

    def changelist_view(self, request, extra_context=None):
        # Reached from a page's "Quiz questions of this page": name the page, link back,
        # and add new questions to it.
        page_id = request.GET.get("page__id__exact", "")
        page = Page.objects.filter(pk=page_id).first() if page_id.isdigit() else None
        if page is not None:
            add_url = reverse("admin:orientation_quizquestion_add")
            extra_context = {
                **(extra_context or {}),
                "quiz_page": page,
                "page_url": reverse("admin:orientation_page_change", args=[page.pk]),
                "add_to_page_url": f"{add_url}?{urlencode({'page': page.pk})}"
                if editing_refusal(page, request.user) is None and self.has_add_permission(request)
                else None,
            }
        return super().changelist_view(request, extra_context)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        question = self.get_object(request, unquote(object_id))
        if question is not None and self.has_view_permission(request, question):
            refusal = editing_refusal(question.page, request.user)
            extra_context = {
                **(extra_context or {}),
                "editing_refusal": refusal,
                "page_url": reverse("admin:orientation_page_change", args=[question.page_id]),
            }
        return super().change_view(request, object_id, form_url, extra_context)

    @admin.display(description=_("page"), ordering="page__title_en")
    def page_title(self, obj):
        return obj.page.title_en

    @admin.display(description=_("answers"), ordering="number_of_answers")
    def answer_count(self, obj):
        return obj.number_of_answers


# --- Read-only records, for superusers --------------------------------------------------


class SuperuserReadOnlyAdmin(admin.ModelAdmin):
    """Kept by the staff pages (which scope them to a centre and record each step):
    here only a superuser may look, and nobody may change anything."""

    def has_module_permission(self, request):
        return request.user.is_superuser

    def has_view_permission(self, request, obj=None):
        return request.user.is_superuser

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(OrientationSession)
class OrientationSessionAdmin(SuperuserReadOnlyAdmin):
    list_display = ("title", "centre", "country", "language", "starts_at", "capacity", "status")
    list_filter = ("status", "language")
    list_select_related = ("centre",)
    date_hierarchy = "starts_at"


@admin.register(Enrolment)
class EnrolmentAdmin(SuperuserReadOnlyAdmin):
    list_display = ("session", "candidate", "attended", "enrolled_at")
    list_filter = ("attended",)
    list_select_related = ("session", "candidate")


@admin.register(Certificate)
class CertificateAdmin(SuperuserReadOnlyAdmin):
    list_display = ("code", "person", "session", "issued_at", "revoked_at")
    list_select_related = ("enrolment__candidate", "enrolment__session")
    search_fields = ("code",)

    @admin.display(description=_("person"))
    def person(self, obj):
        return obj.enrolment.candidate

    @admin.display(description=_("session"))
    def session(self, obj):
        return obj.enrolment.session


@admin.register(QuizResult)
class QuizResultAdmin(SuperuserReadOnlyAdmin):
    list_display = ("candidate", "page", "correct", "total", "taken_at")
    list_select_related = ("candidate", "page")
