"""Orientation sessions for walk-ins: the coming sessions of every centre, at the kiosk
and on the public site, and a place reserved with one's own registration number and
CNIC, under the same capacity rule as the desk's enrolments (services.enrol_candidate).

What the page answers never says whether a number or a CNIC exists: a wrong pair, an
unknown number and an erased record get one message (services.reserve_place). The
confirmation is shown once, from the visitor's session, which the kiosk's reset erases.
"""

import datetime

from django import forms
from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Count, F, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters

from apps.candidates.fields import CnicField, RegistrationNumberField

from .. import services
from ..models import Enrolment, OrientationSession

PAGE_SIZE = 20
# How far ahead sessions are offered to walk-ins.
AHEAD = datetime.timedelta(days=90)
RESERVED_SESSION_KEY = "orientation:reserved"
# Wrong number-and-CNIC pairs one visitor may try before being sent to the desk, as
# when booking counselling at the kiosk: enough for typing slips, too few to guess.
ATTEMPTS = 5
ATTEMPTS_KEY = "orientation:reserve-attempts"


class UpcomingFilterForm(forms.Form):
    country = forms.ChoiceField(label=_("Destination"), required=False)
    language = forms.ChoiceField(label=_("Language"), required=False)

    def __init__(self, *args, countries, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["country"].choices = [("", _("Any destination")), *countries]
        self.fields["language"].choices = [("", _("Any language")), *settings.LANGUAGES]


class ReserveForm(forms.Form):
    registration_number = RegistrationNumberField(
        help_text=_("On your registration slip, like LHR-2026-000123.")
    )
    cnic = CnicField()


def _coming_sessions():
    """Scheduled sessions of the coming weeks, soonest first, with their places left."""
    now = timezone.now()
    return (
        OrientationSession.objects.upcoming(now)
        .filter(starts_at__lt=now + AHEAD)
        .annotate(places_left=F("capacity") - Count("enrolments"))
        .select_related("centre")
        .order_by("starts_at", "pk")
    )


def upcoming(request):
    sessions = _coming_sessions().filter(places_left__gt=0)
    codes = sorted({code for code in sessions.values_list("country", flat=True) if code})
    countries = [(code, OrientationSession(country=code).country.name) for code in codes]
    form = UpcomingFilterForm(request.GET or None, countries=countries)
    if form.is_valid():
        if form.cleaned_data["country"]:
            sessions = sessions.filter(Q(country=form.cleaned_data["country"]) | Q(country=""))
        if form.cleaned_data["language"]:
            sessions = sessions.filter(language=form.cleaned_data["language"])
    page = Paginator(sessions, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "orientation/upcoming.html", {"form": form, "page": page})


@never_cache
@sensitive_post_parameters("registration_number", "cnic")
def reserve(request, pk):
    # A session filled meanwhile still answers, with the reason (SessionFull below).
    session = get_object_or_404(_coming_sessions(), pk=pk)
    form = ReserveForm(request.POST or None)
    sent_to_desk = request.session.get(ATTEMPTS_KEY, 0) >= ATTEMPTS
    if request.method == "POST" and not sent_to_desk and form.is_valid():
        at_the_kiosk = request.user.is_authenticated and request.user.is_kiosk
        try:
            enrolment = services.reserve_place(
                session=session,
                registration_number=form.cleaned_data["registration_number"],
                cnic=form.cleaned_data["cnic"],
                by=request.user if request.user.is_authenticated else None,
                channel=Enrolment.Channel.KIOSK if at_the_kiosk else Enrolment.Channel.ONLINE,
            )
        except services.NotThesePeople:
            request.session[ATTEMPTS_KEY] = request.session.get(ATTEMPTS_KEY, 0) + 1
            sent_to_desk = request.session[ATTEMPTS_KEY] >= ATTEMPTS
            form.add_error(
                None,
                _(
                    "No place could be reserved with these numbers. Check them against "
                    "your slip and your CNIC, or ask at the desk."
                ),
            )
        except services.AlreadyEnrolled:
            form.add_error(None, _("You already have a place in this session."))
        except (services.SessionFull, services.StepNotAllowed):
            form.add_error(None, _("This session has no place left. Choose another one."))
        else:
            request.session[RESERVED_SESSION_KEY] = enrolment.pk
            return redirect("orientation:reserved")
    return render(
        request,
        "orientation/reserve.html",
        {"session": session, "form": form, "sent_to_desk": sent_to_desk},
    )


@never_cache
def reserved(request):
    """The confirmation, to read and print as a slip: shown to the one who reserved."""
    enrolment_pk = request.session.get(RESERVED_SESSION_KEY)
    if enrolment_pk is None:
        return redirect("orientation:upcoming")
    enrolment = (
        Enrolment.objects.select_related("session__centre", "candidate")
        .filter(pk=enrolment_pk)
        .first()
    )
    if enrolment is None:
        raise Http404("The reservation is gone.")
    return render(request, "orientation/reserved.html", {"enrolment": enrolment})
