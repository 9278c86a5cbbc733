"""The shared touchscreen. Every response is no-store: the next person must never see
the last one's pages, not even through the Back button. The kiosk only ever creates
records; it never lists, searches or shows a stored record but the slip of the person
who just registered."""

from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY
from django.contrib.auth import SESSION_KEY as USER_SESSION_KEY
from django.http import FileResponse
from django.middleware.csrf import rotate_token
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_POST

from apps.candidates.forms import registration_from_forms
from apps.candidates.models import Candidate, ConsentText
from apps.candidates.services import (
    AlreadyRegistered,
    PassportAlreadyRegistered,
    find_registered_cnic,
    record_repeat_attempt,
    register_candidate,
)
from apps.core.permissions import require_any_permission, require_permission

from .models import SpokenPrompt
from .registration import (
    SESSION_KEY,
    SLIP_SESSION_KEY,
    STEPS,
    STEPS_BY_SLUG,
    Wizard,
)

kiosk_required = require_permission("accounts.use_kiosk")
# What keeps the kiosk device logged in; everything else in its session is the visitor's.
DEVICE_SESSION_KEYS = (USER_SESSION_KEY, BACKEND_SESSION_KEY, HASH_SESSION_KEY)


def kiosk_view(view):
    """Kiosk role only, never cached, everything typed kept out of error reports."""
    # Every field, not only the identifiers: the visitor's name and address as well.
    return never_cache(kiosk_required(sensitive_post_parameters()(view)))


@kiosk_view
def start(request):
    """Language choice first, with big buttons, each written in its own language."""
    return render(request, "kiosk/start.html")


@kiosk_view
def menu(request):
    return render(request, "kiosk/menu.html")


def current_consent_text():
    return ConsentText.objects.current(translation.get_language()) or ConsentText.objects.current(
        settings.LANGUAGE_CODE
    )


@kiosk_view
def register_step(request, step):
    step = STEPS_BY_SLUG.get(step)
    if step is None:
        return redirect("kiosk:register", step=STEPS[0].slug)
    wizard = Wizard(request.session)
    index = STEPS.index(step)

    if request.method == "POST":
        if request.POST.get("action") == "back":
            # Keep what was typed, even half-done, and go back.
            form = step.form_class(data=request.POST)
            wizard.save(step, request.POST, valid=form.is_valid())
            if index == 0:
                return redirect("kiosk:menu")
            return redirect("kiosk:register", step=STEPS[index - 1].slug)
        form = step.form_class(data=request.POST)
        valid = form.is_valid()
        if valid and step.slug == "identity":
            valid = _refuse_registered_identifiers(request, form)
        wizard.save(step, request.POST, valid=valid)
        if valid:
            if index + 1 < len(STEPS):
                return redirect("kiosk:register", step=STEPS[index + 1].slug)
            return redirect("kiosk:review")
    else:
        missing = wizard.first_incomplete(before=step)
        if missing is not None:
            return redirect("kiosk:register", step=missing.slug)
        form = wizard.bound_form(step)

    context = {
        "form": form,
        "step": step,
        "steps": STEPS,
        "step_number": index + 1,
        "step_count": len(STEPS),
        "consent_text": current_consent_text() if step.slug == "consent" else None,
    }
    return render(request, f"kiosk/register_{step.slug}.html", context)


def _refuse_registered_identifiers(request, form) -> bool:
    """False (with the message on the form) if the CNIC or passport is registered already.

    Nothing of the existing record is shown: not its name, number or centre.
    """
    existing = find_registered_cnic(form.cleaned_data["cnic"])
    if existing is not None:
        record_repeat_attempt(
            candidate=existing, centre=request.user.centre, channel=Candidate.Channel.KIOSK
        )
        form.add_error(
            "cnic",
            _("You are already registered with the centre. Please see the desk with your CNIC."),
        )
        return False
    passport = form.cleaned_data.get("passport_number")
    if passport and Candidate.objects.with_passport(passport).exists():
        form.add_error(
            "passport_number",
            _("This passport number is already registered. Please see the desk."),
        )
        return False
    return True


@kiosk_view
def review(request):
    wizard = Wizard(request.session)
    missing = wizard.first_incomplete()
    if missing is not None:
        return redirect("kiosk:register", step=missing.slug)
    forms = wizard.clean_forms()
    if forms is None:
        return redirect("kiosk:register", step=STEPS[0].slug)
    return render(
        request,
        "kiosk/review.html",
        {"forms": forms, "steps": STEPS, "step_count": len(STEPS)},
    )


@require_POST
@kiosk_view
def submit(request):
    if SESSION_KEY not in request.session and SLIP_SESSION_KEY in request.session:
        # A second tap, or a refresh, after the registration went through.
        return redirect("kiosk:slip")
    wizard = Wizard(request.session)
    forms = wizard.clean_forms()
    if forms is None:
        missing = wizard.first_incomplete() or STEPS[0]
        return redirect("kiosk:register", step=missing.slug)
    registration = registration_from_forms(forms, current_consent_text())
    try:
        candidate, _created = register_candidate(
            registration=registration,
            centre=request.user.centre,
            channel=Candidate.Channel.KIOSK,
            registered_by=request.user,
            submission_key=wizard.submission_key,
        )
    except (AlreadyRegistered, PassportAlreadyRegistered):
        # Registered by someone else between the identity screen and now.
        request.session.pop(SESSION_KEY, None)
        return render(request, "kiosk/already_registered.html")
    request.session.pop(SESSION_KEY, None)
    request.session[SLIP_SESSION_KEY] = candidate.pk
    return redirect("kiosk:slip")


@kiosk_view
def slip(request):
    candidate_pk = request.session.get(SLIP_SESSION_KEY)
    if candidate_pk is None:
        return redirect("kiosk:start")
    candidate = Candidate.objects.get(pk=candidate_pk)
    return render(request, "kiosk/slip.html", {"candidate": candidate})


@require_POST
@kiosk_view
def reset(request):
    """Forget the person who used the kiosk: their session is erased on the server and
    the browser gets a new session cookie, which also evicts its back/forward cache."""
    # The device stays logged in under a new session key, without a new login: a login
    # would also wipe the lockout count of failed passwords for the kiosk's account.
    device_keys = {
        key: request.session[key] for key in DEVICE_SESSION_KEYS if key in request.session
    }
    request.session.flush()
    request.session.update(device_keys)
    rotate_token(request)
    response = redirect("kiosk:start")
    response["Clear-Site-Data"] = '"cache", "storage"'
    response.delete_cookie(settings.LANGUAGE_COOKIE_NAME)
    return response


@never_cache
@require_any_permission("accounts.use_kiosk", "kiosk.view_spokenprompt")
def recording(request, pk):
    """A screen's recorded reading, for its Listen button (and the editor's player)."""
    prompt = get_object_or_404(SpokenPrompt, pk=pk)
    return FileResponse(prompt.recording.open("rb"))
