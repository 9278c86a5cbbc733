"""A listing is published only with its title in Urdu: many who look for work read
Urdu better than English."""

import pytest
from django.db import IntegrityError, transaction

from apps.listings import services
from apps.listings.models import JobListing
from tests.factories import make_listing

pytestmark = pytest.mark.django_db


def test_a_draft_without_an_urdu_title_cannot_be_published(client_for):
    draft = make_listing(status="draft", title_ur="")
    with pytest.raises(services.CannotPublish) as refused:
        services.publish_listing(listing=draft, by=draft.created_by)
    assert "title in Urdu" in " ".join(refused.value.problems)
    draft.refresh_from_db()
    assert draft.status == "draft"


def test_the_database_refuses_a_published_listing_without_an_urdu_title():
    listing = make_listing()
    with pytest.raises(IntegrityError), transaction.atomic():
        JobListing.objects.filter(pk=listing.pk).update(title_ur="")


def test_the_admin_says_why_a_listing_was_not_published(client_for):
    draft = make_listing(status="draft", title_ur="")
    client = client_for("superuser")
    response = client.post(
        "/admin/listings/joblisting/",
        {"action": "publish_selected", "_selected_action": [draft.pk]},
        follow=True,
    )
    assert response.status_code == 200
    assert "title in Urdu" in response.text
    draft.refresh_from_db()
    assert draft.status == "draft"
