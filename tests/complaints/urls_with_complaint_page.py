"""Test-only URLconf: the portal's own URLs, with a stand-in for a complaint's page (the
register's complaints:detail) that shows what the escalations part adds to it, so its
forms and links can be driven here (tests/complaints/test_escalations.py and the browser
test)."""

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.template import engines
from django.urls import include, path

from apps.complaints import urls as complaints_urls
from apps.complaints.models import Complaint
from mrc_portal.urls import urlpatterns as portal_urlpatterns

PAGE = engines["django"].from_string(
    """{% extends "base.html" %}{% block content %}
    <h1 class="h3" dir="ltr">{{ complaint.reference }}</h1>
    {% include "complaints/_escalations.html" %}
    {% endblock %}"""
)


@login_required
def complaint_page(request, reference):
    complaint = get_object_or_404(Complaint.objects.visible_to(request.user), reference=reference)
    return HttpResponse(PAGE.render({"complaint": complaint}, request))


complaints = (
    [
        *complaints_urls.urlpatterns,
        path("<str:reference>/", complaint_page, name="detail"),
    ],
    "complaints",
)

urlpatterns = [
    path("complaints/", include(complaints)),
    *(p for p in portal_urlpatterns if getattr(p.pattern, "_route", "") != "complaints/"),
]
