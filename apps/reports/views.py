from django.http import HttpResponse

from apps.core.permissions import require_permission


@require_permission("reports.view_reports")
def dashboard(request):
    return HttpResponse("reports: to be built")


@require_permission("reports.view_reports")
def export_csv(request):
    return HttpResponse("reports: to be built")


@require_permission("reports.view_reports")
def monthly(request, year, month):
    return HttpResponse("reports: to be built")
