"""An agency's complaints beside its licence in the admin: open, upheld and not upheld at
every centre, numbers only; the licence-review flag at the viewer's centre's threshold;
and, where a centre of the district says so, no new listing for an agency up for review
(a listing already published stays).

Agency X: upheld at centres A, B and C (three), one not upheld, one open.
Agency Y: one upheld. Agency Z: none.
"""

from types import SimpleNamespace

import pytest
from django.conf import settings
from django.contrib.admin import helpers
from django.core.exceptions import ValidationError
from django.utils import timezone

from apps.complaints.models import Complaint, ComplaintPolicy
from apps.listings import services
from apps.listings.models import JobListing
from tests.complaint_factories import make_complaint_with_history
from tests.factories import (
    TEST_PASSWORD,
    AgencyFactory,
    CentreFactory,
    DistrictFactory,
    SuperuserFactory,
    UserFactory,
    make_listing,
)

pytestmark = pytest.mark.django_db
AGENCIES = "/" + settings.ADMIN_URL + "listings/recruitmentagency/"
LISTINGS = "/" + settings.ADMIN_URL + "listings/joblisting/"
UPHELD, NOT_UPHELD = Complaint.Outcome.SUBSTANTIATED, Complaint.Outcome.DISMISSED


@pytest.fixture
def record(db):
    district = DistrictFactory()
    office = CentreFactory(district=district, kind="dlo")
    centres = [CentreFactory() for _n in range(3)]
    x = AgencyFactory(name="Crescent Promoters", licence_number="1001/LHR")
    y = AgencyFactory(name="Falcon Manpower", licence_number="2002/ISB")
    z = AgencyFactory(name="Green Valley Overseas", licence_number="3003/KHI")
    now = timezone.now()
    for centre in centres:
        make_complaint_with_history(
            centre=centre,
            agency=x,
            closed_at=now,
            outcome=UPHELD,
            description="Took 450,000 for a visa that never came",
        )
    make_complaint_with_history(centre=centres[0], agency=x, closed_at=now, outcome=NOT_UPHELD)
    make_complaint_with_history(centre=office, agency=x)  # open
    make_complaint_with_history(centre=centres[1], agency=y, closed_at=now, outcome=UPHELD)
    officer = UserFactory(centre=office, role="district_labour_officer")
    return SimpleNamespace(
        district=district, office=office, centres=centres, x=x, y=y, z=z, officer=officer
    )


def logged_in(client, user):
    assert client.login(username=user.username, password=TEST_PASSWORD)
    return client


def row_of(html: str, name: str) -> str:
    """The list's row of the agency named (after its link)."""
    return html.split(f">{name}</a>")[1].split("</tr>")[0]


def cells(row: str) -> list[str]:
    return [part.split(">", 1)[1].split("<")[0] for part in row.split("<td")[1:]]


# --- The admin -----------------------------------------------------------------------


def test_the_officer_sees_each_agencys_complaints_beside_its_licence(client, record):
    html = logged_in(client, record.officer).get(AGENCIES).content.decode()
    assert "open complaints" in html.lower() and "licence review" in html.lower()
    x_row = row_of(html, "Crescent Promoters")
    # open, upheld, not upheld, the flag (the default threshold: 3).
    assert cells(x_row)[-4:-1] == ["1", "3", "1"]
    assert "Up for licence review" in x_row
    y_row = row_of(html, "Falcon Manpower")
    assert cells(y_row)[-4:-1] == ["0", "1", "0"]
    assert "Up for licence review" not in y_row
    assert cells(row_of(html, "Green Valley Overseas"))[-4:-1] == ["0", "0", "0"]


def test_the_threshold_is_the_officers_centres(client, record):
    ComplaintPolicy.objects.create(centre=record.office, review_threshold=4)
    html = logged_in(client, record.officer).get(AGENCIES).content.decode()
    assert "Up for licence review" not in html.split("<tbody")[1]
    ComplaintPolicy.objects.filter(centre=record.office).update(review_threshold=1)
    html = client.get(AGENCIES).content.decode()
    assert "Up for licence review" in row_of(html, "Crescent Promoters")
    assert "Up for licence review" in row_of(html, "Falcon Manpower")
    assert "Up for licence review" not in row_of(html, "Green Valley Overseas")


def test_a_superuser_sees_the_default_threshold(client, record):
    ComplaintPolicy.objects.create(centre=record.office, review_threshold=1)
    admin = SuperuserFactory(centre=record.office)
    html = logged_in(client, admin).get(AGENCIES).content.decode()
    assert "Up for licence review" in row_of(html, "Crescent Promoters")
    assert "Up for licence review" not in row_of(html, "Falcon Manpower")


def test_the_filter_lists_the_agencies_up_for_review(client, record):
    logged_in(client, record.officer)
    flagged = client.get(AGENCIES, {"review": "yes"}).content.decode()
    assert "Crescent Promoters" in flagged
    assert "Falcon Manpower" not in flagged and "Green Valley Overseas" not in flagged
    others = client.get(AGENCIES, {"review": "no"}).content.decode()
    assert "Crescent Promoters" not in others.split("<tbody")[1]
    assert "Falcon Manpower" in others and "Green Valley Overseas" in others
    assert "up for licence review" in flagged  # the filter's title


def test_the_agencys_page_shows_the_numbers_and_no_complaint(client, record):
    html = (
        logged_in(client, record.officer).get(f"{AGENCIES}{record.x.pk}/change/").content.decode()
    )
    panel = html.split("Complaints at every centre")[1]
    assert "3 or more upheld complaints" in panel
    for label, number in (("open complaints", "1"), ("upheld", "3"), ("not upheld", "1")):
        field = panel.lower().split(f">{label}:<")[1]
        assert f'<div class="readonly">{number}</div>' in field.split("</div>\n")[0] + "</div>"
    assert "Up for licence review" in panel
    # Numbers only: no reference, no story, no complainant.
    for complaint in Complaint.objects.filter(agency=record.x):
        assert complaint.reference not in html
    assert "450,000" not in html


def test_the_agencys_history_page_still_opens(client, record):
    admin = SuperuserFactory()
    response = logged_in(client, admin).get(f"{AGENCIES}{record.x.pk}/history/")
    assert response.status_code == 200


# --- Publishing ----------------------------------------------------------------------


def blocking(record, *, threshold=3, blocks=True):
    return ComplaintPolicy.objects.create(
        centre=record.office, review_threshold=threshold, review_blocks_listings=blocks
    )


def draft_by(record, agency):
    return make_listing(
        district=record.district, agency=agency, status="draft", created_by=record.officer
    )


def test_a_flagged_agency_may_not_publish_where_the_district_says_so(record):
    blocking(record)
    draft = draft_by(record, record.x)
    with pytest.raises(services.CannotPublish) as refused:
        services.publish_listing(listing=draft, by=record.officer)
    assert "up for licence review" in refused.value.problems[0]
    assert "3 upheld complaints" in refused.value.problems[0]
    draft.refresh_from_db()
    assert draft.status == JobListing.Status.DRAFT
    # Another agency, not up for review, publishes in the same district.
    services.publish_listing(listing=draft_by(record, record.y), by=record.officer)


def test_without_the_setting_a_flagged_agency_publishes(record):
    blocking(record, blocks=False)
    draft = draft_by(record, record.x)
    services.publish_listing(listing=draft, by=record.officer)
    draft.refresh_from_db()
    assert draft.status == JobListing.Status.PUBLISHED


def test_the_setting_of_another_districts_centre_does_not_apply(record):
    ComplaintPolicy.objects.create(
        centre=record.centres[0], review_threshold=1, review_blocks_listings=True
    )
    draft = draft_by(record, record.x)
    services.publish_listing(listing=draft, by=record.officer)
    assert JobListing.objects.get(pk=draft.pk).status == JobListing.Status.PUBLISHED


def test_the_blocking_centres_threshold_decides(record):
    blocking(record, threshold=4)
    services.publish_listing(listing=draft_by(record, record.x), by=record.officer)
    ComplaintPolicy.objects.filter(centre=record.office).update(review_threshold=1)
    with pytest.raises(services.CannotPublish):
        services.publish_listing(listing=draft_by(record, record.y), by=record.officer)


def test_a_listing_already_published_stays_and_can_be_changed(client, record):
    published = make_listing(district=record.district, agency=record.x, created_by=record.officer)
    blocking(record)
    published.refresh_from_db()
    assert published.status == JobListing.Status.PUBLISHED
    assert published.publish_problems(newly=False) == []
    published.title_en = "Senior welder"
    published.full_clean()  # the admin's form runs this on a change
    published.save()
    assert JobListing.objects.open_to_public().filter(pk=published.pk).exists()


def test_the_admin_says_why_it_did_not_publish(client, record):
    blocking(record)
    draft = draft_by(record, record.x)
    logged_in(client, record.officer)
    response = client.post(
        LISTINGS,
        {"action": "publish_selected", helpers.ACTION_CHECKBOX_NAME: [draft.pk]},
        follow=True,
    )
    html = response.content.decode()
    assert "Not published" in html and "up for licence review" in html
    assert JobListing.objects.get(pk=draft.pk).status == JobListing.Status.DRAFT


def test_the_admin_form_refuses_to_publish_a_draft(client, record):
    blocking(record)
    draft = draft_by(record, record.x)
    draft.status = JobListing.Status.PUBLISHED
    with pytest.raises(ValidationError) as refused:
        draft.full_clean()
    assert "up for licence review" in str(refused.value)
