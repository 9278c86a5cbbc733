"""The admin follows the same rules as the staff pages: scoped, masked, read-only identifiers."""

import pytest
from django.conf import settings

from apps.candidates.admin import CandidateAdmin
from apps.candidates.models import Candidate
from tests.factories import CentreFactory, make_candidate

pytestmark = pytest.mark.django_db

ADMIN = "/" + settings.ADMIN_URL


def test_the_admin_shows_identifiers_masked_and_never_editable(client_for, centre):
    candidate = make_candidate(centre=centre, cnic="35202-7654321-1")
    client = client_for("superuser")
    changelist = client.get(f"{ADMIN}candidates/candidate/").text
    assert "35202-*****-1" in changelist and "35202-7654321-1" not in changelist
    change = client.get(f"{ADMIN}candidates/candidate/{candidate.pk}/change/").text
    assert "3520276543211" not in change and "35202-7654321-1" not in change
    assert 'name="cnic_encrypted"' not in change and 'name="cnic_hash"' not in change


def test_the_admin_queryset_is_scoped_to_the_users_centre(rf, make_user, centre):
    mine = make_candidate(centre=centre)
    make_candidate(centre=CentreFactory())
    request = rf.get("/")
    request.user = make_user("registration_officer")
    from django.contrib import admin

    queryset = CandidateAdmin(Candidate, admin.site).get_queryset(request)
    assert list(queryset) == [mine]


def test_back_office_users_without_candidate_permissions_see_no_candidates(client_for, centre):
    make_candidate(centre=centre)
    client = client_for("district_labour_officer")
    assert client.get(f"{ADMIN}candidates/candidate/").status_code == 403
