from django.http import HttpResponse

from apps.core.permissions import require_permission


@require_permission("audit.view_auditentry")
def trail(request):
    return HttpResponse("audit: to be built")
