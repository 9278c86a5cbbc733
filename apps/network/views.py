"""The back office's page for opening centres: one on a form, or many from a CSV file."""

from django.contrib import admin
from django.contrib.admin.helpers import AdminForm
from django.contrib.admin.models import ADDITION, LogEntry
from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods

from .csv_rows import COLUMNS, CsvRefused, open_centres_from_csv
from .forms import CentreOpeningForm, CsvUploadForm
from .services import OpeningRefused, open_centre

FIELDSETS = [
    (_("The centre"), {"fields": ["code", "kind", "district", ("name_en", "name_ur")]}),
    (
        _("How the public reaches it"),
        {
            "fields": [
                ("address_en", "address_ur"),
                ("opening_hours_en", "opening_hours_ur"),
                "helpline",
                "email",
            ]
        },
    ),
    (
        _("Staff"),
        {
            "fields": [
                "officers",
                "counsellors",
                "kiosks",
                "counselling_days",
                ("counselling_from", "counselling_until"),
            ],
            "description": _(
                "A centre manager is always added, and a district labour officer where the "
                "district has none. Each new account gets a link to set its password once."
            ),
        },
    ),
]


@require_http_methods(["GET", "POST"])
def _open_centre_page(request):
    """Superusers only: opening a centre makes accounts of every role."""
    if not request.user.is_superuser:
        raise PermissionDenied
    form = CentreOpeningForm(prefix="centre")
    upload = CsvUploadForm(prefix="csv")
    results, mistakes = None, []
    if request.method == "POST" and "open-csv" in request.POST:
        upload = CsvUploadForm(request.POST, request.FILES, prefix="csv")
        if upload.is_valid():
            try:
                outcome = open_centres_from_csv(upload.cleaned_data["file"].read())
            except CsvRefused as refused:
                upload.add_error("file", refused.message)
            else:
                results, mistakes = (outcome.results or None), outcome.mistakes
    elif request.method == "POST":
        form = CentreOpeningForm(request.POST, prefix="centre")
        if form.is_valid():
            try:
                results = [open_centre(opening=form.opening())]
            except OpeningRefused as refused:
                form.add_error("code", refused.message)
    context = {
        **admin.site.each_context(request),
        "title": _("Open a centre"),
    }
    if results is not None:
        _log_openings(request, results)
        # Shown this once: the links are not stored anywhere, and opening the same
        # centres again makes no new ones.
        opened = [
            {
                "result": result,
                "accounts": [
                    {"account": account, "link": request.build_absolute_uri(account.link_path)}
                    for account in result.accounts
                ],
            }
            for result in results
        ]
        context.update(opened=opened)
        return TemplateResponse(request, "network/opened.html", context)
    context.update(
        adminform=AdminForm(form, FIELDSETS, prepopulated_fields={}),
        form=form,
        upload=upload,
        mistakes=mistakes,
        columns=COLUMNS,
    )
    return TemplateResponse(request, "network/open_centre.html", context)


def _log_openings(request, results):
    """Each centre opened now, in the back office's recent actions, under who opened it."""
    opened = [result.centre for result in results if result.centre_created]
    if opened:
        LogEntry.objects.log_actions(
            request.user.pk,
            opened,
            ADDITION,
            change_message=[{"added": {}}],
            single_object=len(opened) == 1,
        )


# The back office's login, its no-cache headers and CSRF protection, then our own check.
open_centre_page = admin.site.admin_view(_open_centre_page)
