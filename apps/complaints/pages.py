"""The addresses of the register's own pages (views/register.py), for the pages that link
to them from elsewhere: a case record's panel, the escalation forms."""

from urllib.parse import urlencode

from django.urls import reverse


def complaint_page_url(complaint, anchor: str = "") -> str:
    """A complaint's own page (complaints:detail), at `anchor` if given."""
    url = reverse("complaints:detail", kwargs={"reference": complaint.reference})
    return f"{url}#{anchor}" if anchor else url


def new_complaint_url(registration_number: str) -> str:
    """The form that takes in a complaint (complaints:new) for a registered person."""
    return f"{reverse('complaints:new')}?{urlencode({'person': registration_number})}"
