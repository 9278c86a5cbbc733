"""How well people fit a job order, as staff see it: the matches page ranks a centre's
people with the reasons, a person's record lists the open jobs that fit them best.

Scores are worked out by hand for clear cases. For varied people the page must agree
with itself: those who miss a requirement come last, scores fall within each part, and
each score is the sum of the points its reasons earn."""

import datetime
import html
import random
import re
from collections import namedtuple

import pytest

from apps.candidates.models import Candidate
from apps.listings import selectors
from apps.listings.models import ListingLanguage
from apps.privacy.services import Reason, anonymise_candidate
from tests.factories import (
    TEST_PASSWORD,
    UserFactory,
    ensure_occupation,
    make_candidate,
    make_listing,
)
from tests.listings.varied_people import TODAY, make_varied_person, years_ago

pytestmark = pytest.mark.django_db
DEADLINE = TODAY + datetime.timedelta(days=30)
MET, MISSED, NOT_MET = "✓", "✗", "–"  # a requirement missed sorts a person down


Match = namedtuple("Match", "number name score misses reasons")
MARKS = {"success": MET, "danger": MISSED, "body": NOT_MET}  # the reason's colour


def matches_shown(client, user, listing) -> list[Match]:
    """Every match on every page of the listing's matches, as the page shows them."""
    assert client.login(username=user.username, password=TEST_PASSWORD)
    shown, page = [], 1
    while True:
        response = client.get(f"/jobs/{listing.pk}/matches/", {"page": page})
        for card in response.content.decode().split('data-testid="match"')[1:]:
            reasons = re.findall(r'<li class="text-(\w+)[-\w]*"><i .*?</span> (.*?)</li>', card)
            shown.append(
                Match(
                    re.search(r'data-registration-number="([^"]+)"', card)[1],
                    html.unescape(re.search(r'<a href="/candidates/[^"]+/">(.*?)</a>', card)[1]),
                    int(re.search(r'title="Fit score">(\d+)<', card)[1]),
                    "Misses a requirement" in card,
                    [(MARKS[colour], html.unescape(text)) for colour, text in reasons],
                )
            )
        if page == response.context["page"].paginator.num_pages:
            return shown
        page += 1


def born(age):
    return TODAY.replace(year=TODAY.year - age, day=1) - datetime.timedelta(days=40)


@pytest.fixture
def officer(centre):
    return UserFactory(centre=centre, role="registration_officer")


@pytest.fixture
def electrician():
    return ensure_occupation("7411", "Building and Related Electricians")


@pytest.fixture
def listing(electrician):
    listing = make_listing(
        occupation=electrician,
        destination_country="SA",
        min_experience_years=3,
        age_min=21,
        age_max=45,
        education="matric",
        application_deadline=DEADLINE,
    )
    ListingLanguage.objects.create(listing=listing, language="ar", level="basic")
    return listing


@pytest.fixture
def crafted(centre, officer, electrician):
    """People built so that each differs from the ideal by one part of the fit."""
    lineman = ensure_occupation("7413", "Electrical Line Installers")  # same minor group 741
    mechanic = ensure_occupation("7421", "Electronics Mechanics")  # same sub-major group 74
    cook = ensure_occupation("5120", "Cooks")

    def person(name, **fields):
        fields.setdefault("date_of_birth", born(30))
        fields.setdefault("languages", [("ur", "fluent"), ("ar", "basic")])
        fields.setdefault("occupations", [(electrician, 6)])
        return make_candidate(centre=centre, registered_by=officer, full_name=name, **fields)

    return [
        person("Ideal Electrician"),
        person("No Arabic", languages=[("ur", "fluent")]),
        person("Wants Qatar", destination_countries=["QA"]),
        person("Related Lineman", occupations=[(lineman, 6)]),
        person("Distant Mechanic", occupations=[(mechanic, 6), (cook, 20)]),
        person("Junior Electrician", occupations=[(electrician, 1)]),
        person("Too Old", date_of_birth=born(50)),
        person("Only A Cook", occupations=[(cook, 10)]),
    ]


def test_the_matches_page_ranks_people_by_fit_with_the_reasons(client, officer, listing, crafted):
    shown = matches_shown(client, officer, listing)
    assert [(match.name, match.score, match.misses) for match in shown] == [
        ("Ideal Electrician", 93, False),  # 40 + 15 + 3 years over + 10 + 10 + 5 + 5 + 5
        ("Wants Qatar", 83, False),  # no destination points
        ("Related Lineman", 78, False),  # the minor group: 25, not 40
        ("Distant Mechanic", 68, False),  # the sub-major group: 15
        # Below everyone who meets the job order's requirements, by score:
        ("Too Old", 88, True),  # no age points
        ("No Arabic", 83, True),  # no language points
        ("Junior Electrician", 75, True),  # 1 year of 3: no experience points
    ]
    ideal, qatar, lineman, mechanic, _too_old, _no_arabic, junior = shown
    assert ideal.reasons == [
        (MET, "Same trade: Building and Related Electricians"),
        (MET, "6 years' experience (3 needed)"),
        (MET, "Wants to work in Saudi Arabia"),
        (MET, "Speaks Arabic"),
        (MET, "Age 30 is within the range"),
        (MET, "Education: Matric (class 10)"),
        (MET, f"Available from {TODAY.isoformat()}"),
    ]
    assert (NOT_MET, "Prefers Qatar") in qatar.reasons
    assert lineman.reasons[0] == (MET, "Closely related trade: Electrical Line Installers")
    # The closest trade decides, not the longest held.
    assert mechanic.reasons[:2] == [
        (MET, "Related trade: Electronics Mechanics"),
        (MET, "6 years' experience (3 needed)"),
    ]
    assert (MISSED, "1 years' experience, 3 needed") in junior.reasons


@pytest.mark.parametrize(
    "spoken, met, points",
    [
        ([("pa", "fluent")], 0, 0),
        ([("ur", "fluent")], 1, 2),  # one of four: 2.5 points, rounded to even
        ([("ur", "fluent"), ("ar", "good")], 2, 5),
        ([("ur", "fluent"), ("ar", "fluent"), ("en", "fluent")], 3, 8),  # 7.5, to even
        ([("ur", "good"), ("ar", "good"), ("en", "fluent"), ("ko", "basic")], 4, 10),
        ([("ur", "basic"), ("ar", "basic"), ("en", "good"), ("ko", "fluent")], 1, 2),  # too little
    ],
)
def test_languages_earn_their_share_of_points(
    client, officer, centre, electrician, spoken, met, points
):
    listing = make_listing(occupation=electrician, application_deadline=DEADLINE)
    for language, level in [("ur", "good"), ("ar", "good"), ("en", "fluent"), ("ko", "basic")]:
        ListingLanguage.objects.create(listing=listing, language=language, level=level)
    make_candidate(centre=centre, occupations=[(electrician, 2)], languages=spoken)

    (match,) = matches_shown(client, officer, listing)
    # 40 + 15 + 2 years over + 10 + 5 (no age asked) + 5 (no education asked) + 5
    assert match.score == 82 + points
    assert match.misses is (met < 4)
    assert len([text for mark, text in match.reasons if text.startswith("Speaks")]) == met
    assert len([text for mark, text in match.reasons if mark == MISSED]) == 4 - met


LATER = DEADLINE + datetime.timedelta(days=1)
TURNS_21_TOMORROW = years_ago(21) + datetime.timedelta(days=1)


@pytest.mark.parametrize(
    "person, job_order, score, misses, reason",
    [
        # Everything met, on every boundary: 40 + 15 + 10 + 10 + 5 + 5 + 5.
        ({}, {}, 90, False, (MET, "3 years' experience (3 needed)")),
        ({"years": 5}, {}, 92, False, (MET, "5 years' experience (3 needed)")),
        ({"years": 12}, {}, 95, False, (MET, "12 years' experience (3 needed)")),
        ({"date_of_birth": years_ago(21)}, {}, 90, False, (MET, "Age 21 is within the range")),
        ({"date_of_birth": years_ago(45)}, {}, 90, False, (MET, "Age 45 is within the range")),
        # One part missed:
        ({"date_of_birth": years_ago(46)}, {}, 85, True, (MISSED, "Age 46 is outside 21–45")),
        ({"date_of_birth": TURNS_21_TOMORROW}, {}, 85, True, (MISSED, "Age 20 is outside 21–45")),
        ({"available_from": LATER}, {}, 85, False, (NOT_MET, f"Available only from {LATER}")),
        ({"destination_countries": ["QA"]}, {}, 80, False, (NOT_MET, "Prefers Qatar")),
        (
            {"education": "middle"},
            {},
            85,
            True,
            (MISSED, "Education: Middle (class 8); Matric (class 10) needed"),
        ),
        ({}, {"sex": "female"}, 90, True, (MISSED, "The job order is for female applicants only")),
        # As the rules have always read it: an oldest age of 0 is none.
        ({}, {"age_min": None, "age_max": 0}, 90, False, (MET, "Age 30 is within the range")),
    ],
)
def test_each_part_of_a_job_order(
    client, officer, centre, listing, electrician, person, job_order, score, misses, reason
):
    type(listing).objects.filter(pk=listing.pk).update(**job_order)
    person = dict(person)
    make_candidate(
        centre=centre,
        occupations=[(electrician, person.pop("years", 3))],
        languages=[("ar", "fluent")],
        available_from=person.pop("available_from", DEADLINE),
        date_of_birth=person.pop("date_of_birth", born(30)),
        **person,
    )
    (match,) = matches_shown(client, officer, listing)
    assert (match.score, match.misses) == (score, misses)
    assert reason in match.reasons


def test_erased_inactive_and_other_centres_people_never_appear(
    client, officer, centre, listing, crafted, electrician
):
    manager = UserFactory(centre=centre, role="centre_manager")
    erased = make_candidate(centre=centre, full_name="Erased", occupations=[(electrician, 9)])
    anonymise_candidate(candidate=erased, by=manager, reason=Reason.REQUEST)
    resting = make_candidate(centre=centre, full_name="Resting", occupations=[(electrician, 9)])
    Candidate.objects.filter(pk=resting.pk).update(status=Candidate.Status.INACTIVE)
    elsewhere = make_candidate(full_name="Elsewhere", occupations=[(electrician, 9)])

    shown = matches_shown(client, officer, listing)
    assert {match.number for match in shown} == {
        person.registration_number for person in crafted if person.full_name != "Only A Cook"
    }
    # The other centre's staff see their own person, none of ours.
    stranger = UserFactory(centre=elsewhere.centre, role="registration_officer")
    assert [match.name for match in matches_shown(client, stranger, listing)] == ["Elsewhere"]
    # Nor may they open our people's records.
    ours = crafted[0].registration_number
    assert client.get(f"/candidates/{ours}/").status_code == 404


TRADE_POINTS = {"Same trade": 40, "Closely related trade": 25, "Related trade": 15}


def points_its_reasons_earn(match: Match) -> int:
    """The score a member of staff would add up from the reasons shown."""
    texts = {text: mark for mark, text in match.reasons}
    points = TRADE_POINTS[match.reasons[0][1].split(":")[0]]
    for text, mark in texts.items():
        if mark == MET and (years := re.match(r"(\d+) years' experience \((\d+) needed", text)):
            points += 15 + min(int(years[1]) - int(years[2]), 5)
    points += 10 if any(text.startswith("Wants to work in") for text in texts) else 0
    languages = [
        mark
        for text, mark in texts.items()
        if text.startswith("Speaks") or (") needed" in text and not text.startswith("Education"))
    ]
    if languages:
        points += round(10 * languages.count(MET) / len(languages))
    for topic in ("Age ", "Education: "):
        points += 0 if any(t.startswith(topic) and m == MISSED for t, m in texts.items()) else 5
    points += 5 if any(text.startswith("Available from") for text in texts) else 0
    return points


JOB_ORDERS = [
    {},
    {"min_experience_years": 3, "age_min": 21, "age_max": 45, "education": "matric"},
    {"min_experience_years": 8, "destination_country": "QA", "age_max": 35, "sex": "female"},
]


@pytest.mark.parametrize("order", range(len(JOB_ORDERS)))
@pytest.mark.parametrize("languages", [[], [("ar", "good"), ("en", "basic")], [("ko", "basic")]])
def test_varied_people_are_ranked_as_their_reasons_say(client, officer, centre, order, languages):
    rng = random.Random(20261205 + order)
    trades = [
        ensure_occupation("7411", "Electricians"),
        ensure_occupation("7413", "Line installers"),
        ensure_occupation("7421", "Mechanics"),
        ensure_occupation("5120", "Cooks"),
    ]
    for i in range(32):
        make_varied_person(rng, centre=centre, full_name=f"Person {i}", trades=trades)
    listing = make_listing(occupation=trades[0], application_deadline=DEADLINE, **JOB_ORDERS[order])
    for language, level in languages:
        ListingLanguage.objects.create(listing=listing, language=language, level=level)

    shown = matches_shown(client, officer, listing)
    in_the_trades = Candidate.objects.filter(occupations__occupation__in=trades[:3]).distinct()
    assert sorted(match.number for match in shown) == sorted(
        in_the_trades.values_list("registration_number", flat=True)
    )
    assert [(match.misses, -match.score) for match in shown] == sorted(
        (match.misses, -match.score) for match in shown
    )
    for match in shown:
        assert match.misses is any(mark == MISSED for mark, _text in match.reasons), match.name
        assert match.score == points_its_reasons_earn(match), (match.name, match.reasons)
    assert any(match.misses for match in shown) or not JOB_ORDERS[order]


def fitting_jobs_shown(client, user, person) -> list[tuple[int, str, bool]]:
    assert client.login(username=user.username, password=TEST_PASSWORD)
    text = client.get(f"/candidates/{person.registration_number}/").content.decode()
    listed = text.split('data-testid="fitting-listings"')[1].split("</ul>")[0]
    return [
        (int(score), html.unescape(title), "Misses a requirement" in rest)
        for score, title, rest in re.findall(
            r'<span class="badge text-bg-primary">(\d+)</span>\s*<a href="/jobs/\d+/">(.*?)</a>'
            r"(.*?)</li>",
            listed,
            re.S,
        )
    ]


def test_a_persons_record_lists_the_open_jobs_that_fit_best(client, officer, centre, electrician):
    fitter = ensure_occupation("7412", "Electrical Mechanics and Fitters")
    person = make_candidate(
        centre=centre,
        date_of_birth=born(30),
        languages=[("ur", "fluent"), ("ar", "basic")],
        occupations=[(electrician, 6), (fitter, 9)],
    )

    def job(title, occupation=electrician, **fields):
        return make_listing(title_en=title, occupation=occupation, **fields)

    # Created first, so that only its fewer years put it after the fitter's job.
    job("Electrician, Jeddah")
    job("Fitter", occupation=fitter)
    job("Electrician, Riyadh", min_experience_years=3)
    job("Electrician, Doha", destination_country="QA")
    job("Line installer", occupation=ensure_occupation("7413", "Electrical Line Installers"))
    job("Electrician, women only", sex="female")
    korean = job("Electrician, Korean spoken")
    ListingLanguage.objects.create(listing=korean, language="ko", level="basic")
    # Never shown: not open, or in no trade of the person's.
    job("Closed", status="closed")
    job("Draft", status="draft")
    job("Deadline passed", application_deadline=TODAY - datetime.timedelta(days=1))
    job("Cook", occupation=ensure_occupation("5120", "Cooks"))

    assert fitting_jobs_shown(client, officer, person) == [
        (85, "Fitter", False),  # 40 + 15 + 5 years over + 10 + 5 + 5 + 5; 9 years
        (85, "Electrician, Jeddah", False),  # the same, with 6 years
        (83, "Electrician, Riyadh", False),  # 3 years over the 3 asked for
        (75, "Electrician, Doha", False),  # not where the person wants to go
        (70, "Line installer", False),  # a closely related trade, the 9 years' one
        (85, "Electrician, women only", True),
        (85, "Electrician, Korean spoken", True),  # no points for the language
    ]
    # The record shows no reasons; they are those the matches page would show.
    line, women, korean = [
        [(reason.met, reason.text) for reason in fit.reasons]
        for fit in selectors.open_listings_fitting(person)[4:]
    ]
    assert line == [
        (True, "Closely related trade: Electrical Mechanics and Fitters"),
        (True, "9 years' experience (0 needed)"),
        (True, "Wants to work in Saudi Arabia"),
        (True, f"Available from {TODAY.isoformat()}"),
    ]
    assert (False, "The job order is for female applicants only") in women
    assert (False, "Korean (A little) needed") in korean


def test_a_person_with_no_trade_fits_no_job(client, officer, centre, electrician):
    make_listing(occupation=electrician)
    assert fitting_jobs_shown(client, officer, make_candidate(centre=centre, occupations=[])) == []


def test_the_record_reads_no_more_for_more_jobs(
    client, officer, centre, electrician, django_assert_max_num_queries
):
    person = make_candidate(centre=centre, occupations=[(electrician, 5)])

    def add_jobs(count):
        for _ in range(count):
            listing = make_listing(occupation=electrician)
            ListingLanguage.objects.create(listing=listing, language="ur", level="good")

    add_jobs(3)
    assert client.login(username=officer.username, password=TEST_PASSWORD)
    with django_assert_max_num_queries(40) as few:
        client.get(f"/candidates/{person.registration_number}/")
    add_jobs(27)
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(f"/candidates/{person.registration_number}/")
    assert len(fitting_jobs_shown(client, officer, person)) == 10
