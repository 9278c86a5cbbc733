"""The addresses of the register's own pages (views/register.py), for the pages that link
to them: a complaint's page and the form that takes a complaint in. Read by name; the
literal address answers where the name is not there (the same address the register
serves)."""

from urllib.parse import urlencode

from django.urls import NoReverseMatch, reverse


def complaint_page_url(complaint, anchor: str = "") -> str:
    """A complaint's own page (complaints:detail), at `anchor` if given."""
    try:
        url = reverse("complaints:detail", kwargs={"reference": complaint.reference})
    except NoReverseMatch:
        url = f"/complaints/{complaint.reference}/"
    return f"{url}#{anchor}" if anchor else url


def new_complaint_url(registration_number: str) -> str:
    """The form that takes in a complaint (complaints:new) for a registered person."""
    try:
        url = reverse("complaints:new")
    except NoReverseMatch:
        url = "/complaints/new/"
    return f"{url}?{urlencode({'person': registration_number})}"
