from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

admin.site.site_header = _("MRC Portal back office")
admin.site.site_title = _("MRC Portal")
admin.site.index_title = _("Back office")

urlpatterns = [
    path("", include("apps.core.urls")),
    path("accounts/", include("apps.accounts.urls")),
    path("centres/", include("apps.centres.urls")),
    path("candidates/", include("apps.candidates.urls")),
    path("kiosk/", include("apps.kiosk.urls")),
    path("jobs/", include("apps.listings.urls")),
    path("occupations/", include("apps.occupations.urls")),
    path("counselling/", include("apps.counselling.urls")),
    path("orientation/", include("apps.orientation.urls")),
    path("complaints/", include("apps.complaints.urls")),
    path("reports/", include("apps.reports.urls")),
    path("audit/", include("apps.audit.urls")),
    path("privacy/", include("apps.privacy.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    # The back office's own pages that belong to no model, before its catch-all.
    path(settings.ADMIN_URL + "network/", include("apps.network.urls")),
    path(settings.ADMIN_URL, admin.site.urls),
]
