"""Test-only URLconf: the portal's own URLs and a view that fails while handling a POST
of personal data (tests/privacy/test_no_personal_data_in_errors.py)."""

from django.urls import path
from django.views.decorators.debug import sensitive_post_parameters

from mrc_portal.urls import urlpatterns as portal_urlpatterns


@sensitive_post_parameters()
def failing_view(request):
    request.POST.get("cnic")  # read, as a real form would, then fail
    raise RuntimeError("the form handler failed")


urlpatterns = [path("test-failing-view/", failing_view), *portal_urlpatterns]
