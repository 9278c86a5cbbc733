from django.http import HttpResponse

from apps.core.permissions import require_permission


@require_permission("candidates.export_personal_data")
def personal_data(request, registration_number):
    return HttpResponse("privacy: to be built")


@require_permission("candidates.export_personal_data")
def personal_data_json(request, registration_number):
    return HttpResponse("privacy: to be built")


@require_permission("candidates.anonymise_candidate")
def erase(request, registration_number):
    return HttpResponse("privacy: to be built")
