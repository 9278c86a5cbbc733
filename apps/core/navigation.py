"""What each person may open, in one list: the navigation bar and the workspace cards.

Each later app adds its entries here with the permission that guards its view, so a
link is shown exactly when following it would be allowed.
"""

import functools
from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.urls import get_script_prefix, reverse
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class NavEntry:
    url_name: str
    label: str
    description: str
    icon: str  # a Bootstrap Icons name
    permission: str | None = None
    allowed: Callable | None = None  # for rules that are not a single permission
    # Occasional tasks stay on the workspace only: the bar must fit a 1280-pixel screen.
    in_navbar: bool = True

    def is_allowed_for(self, user) -> bool:
        if not user.is_authenticated:
            return False
        if self.allowed is not None and not self.allowed(user):
            return False
        return self.permission is None or user.has_perm(self.permission)

    @property
    def url(self) -> str:
        if self.url_name == "admin:index":
            return "/" + settings.ADMIN_URL
        return _url_of(self.url_name, get_script_prefix())


@functools.cache
def _url_of(url_name: str, script_prefix: str) -> str:
    # Asked for every entry on every staff page (the bar, the workspace), always the same:
    # reversing each was a tenth of a logged-in page's time. The portal's URLs carry no
    # language prefix, so the name and the prefix it is served under decide the path.
    return reverse(url_name)


NAV_ENTRIES = [
    NavEntry(
        url_name="kiosk:start",
        label=_("Kiosk"),
        description=_("Start the self-service screen for walk-in visitors."),
        icon="display",
        permission="accounts.use_kiosk",
    ),
    NavEntry(
        url_name="candidates:list",
        label=_("Candidates"),
        description=_("Find registered people by number, CNIC, phone or name."),
        icon="person-lines-fill",
        permission="candidates.view_candidate",
    ),
    NavEntry(
        url_name="candidates:register",
        label=_("Register a person"),
        description=_("Register someone at the desk, with the same checks as the kiosk."),
        icon="person-plus",
        permission="candidates.add_candidate",
        in_navbar=False,  # the Candidates page has the same button
    ),
    NavEntry(
        url_name="candidates:probable_duplicates",
        label=_("Probable duplicates"),
        description=_("Records that look like one person registered twice: review and merge."),
        icon="people",
        permission="candidates.view_probable_duplicates",
        in_navbar=False,
    ),
    NavEntry(
        url_name="listings:list",
        label=_("Jobs abroad"),
        description=_("Open foreign-employment listings from licensed agencies; match people."),
        icon="briefcase",
        # Everyone may read them; the kiosk reaches them from its own menu.
        allowed=lambda user: not user.is_kiosk,
    ),
    NavEntry(
        url_name="counselling:day",
        label=_("Appointments"),
        description=_("The centre's legal-counselling appointments by day: book, check people in."),
        icon="calendar-check",
        permission="counselling.view_appointment",
    ),
    NavEntry(
        url_name="counselling:my_week",
        label=_("My calendar"),
        description=_("Your own counselling appointments, and the case record of each person."),
        icon="calendar-week",
        allowed=lambda user: hasattr(user, "counsellor_profile"),
    ),
    NavEntry(
        url_name="counselling:my_availability",
        label=_("My hours and leave"),
        description=_("The weekly hours you take appointments, your topics and your leave."),
        icon="clock",
        permission="counselling.change_weeklyavailability",
        # A superuser holds the permission but is nobody's counsellor.
        allowed=lambda user: not user.is_superuser,
        in_navbar=False,
    ),
    NavEntry(
        url_name="counselling:closures",
        label=_("Centre closures"),
        description=_("Public holidays and other days the centre gives no counselling."),
        icon="calendar-x",
        permission="counselling.manage_centre_closures",
        in_navbar=False,
    ),
    NavEntry(
        url_name="orientation:sessions",
        label=_("Orientation"),
        description=_("Pre-departure orientation sessions: plan them, enrol people, certificates."),
        icon="easel",
        permission="orientation.view_orientationsession",
    ),
    NavEntry(
        url_name="orientation:index",
        label=_("Before you go"),
        description=_(
            "Country guides and topics for people going abroad, as the public reads them."
        ),
        icon="journal-text",
        allowed=lambda user: user.has_perm("orientation.change_page"),
        in_navbar=False,
    ),
    NavEntry(
        url_name="complaints:list",
        label=_("Complaints"),
        description=_(
            "The centre's complaints against agents and employers: deadlines, action, money."
        ),
        icon="megaphone",
        # Those who handle complaints at a centre (complaints.models.may_read_complaints):
        # not an administrator, whose account belongs to no centre.
        permission="complaints.view_complaint",
        allowed=lambda user: user.centre_id is not None and not user.is_superuser,
    ),
    NavEntry(
        url_name="complaints:overdue",
        label=_("Overdue complaints"),
        description=_("Open complaints not acknowledged or not resolved by their date."),
        icon="alarm",
        permission="complaints.view_complaint",
        allowed=lambda user: user.centre_id is not None and not user.is_superuser,
        in_navbar=False,
    ),
    NavEntry(
        url_name="complaints:new",
        label=_("Take in a complaint"),
        description=_(
            "A complaint against an agent, an agency or an employer: the person gets a "
            "slip with the reference number."
        ),
        icon="megaphone-fill",
        permission="complaints.add_complaint",
        allowed=lambda user: user.centre_id is not None,
        in_navbar=False,
    ),
    NavEntry(
        url_name="complaints:deadlines",
        label=_("Complaint deadlines"),
        description=_("The working days each kind of complaint may take at your centre."),
        icon="hourglass-split",
        permission="complaints.set_complaint_deadlines",
        allowed=lambda user: user.centre_id is not None,
        in_navbar=False,
    ),
    NavEntry(
        url_name="complaints:policy",
        label=_("Agencies with upheld complaints"),
        description=_("When an agency is flagged for licence review, and what the flag stops."),
        icon="flag",
        permission="complaints.change_complaintpolicy",
        allowed=lambda user: user.centre_id is not None,
        in_navbar=False,
    ),
    NavEntry(
        url_name="centres:mine",
        label=_("My centre"),
        description=_("Your centre's address, helpline and opening hours."),
        icon="building",
        permission="centres.view_centre",
    ),
    NavEntry(
        url_name="accounts:team",
        label=_("Team"),
        description=_("The staff and kiosk accounts of your centre, with their roles."),
        icon="people",
        permission="accounts.view_user",
        in_navbar=False,
    ),
    NavEntry(
        url_name="reports:dashboard",
        label=_("Reports"),
        description=_("People served by service, disaggregated, for the labour department."),
        icon="bar-chart",
        permission="reports.view_reports",
    ),
    NavEntry(
        url_name="audit:trail",
        label=_("Audit trail"),
        description=_("Who saw, changed or exported what at your centre, and when."),
        icon="shield-check",
        permission="audit.view_auditentry",
        in_navbar=False,
    ),
    NavEntry(
        url_name="admin:index",
        label=_("Back office"),
        description=_("The administration back office for your district."),
        icon="gear",
        allowed=lambda user: user.is_staff,
    ),
]


def nav_entries_for(user) -> list[NavEntry]:
    """The entries this user may follow, in display order (the workspace shows them all)."""
    return [entry for entry in NAV_ENTRIES if entry.is_allowed_for(user)]


def navbar_entries_for(user) -> list[NavEntry]:
    """The entries of the navigation bar: the allowed ones meant for it."""
    return [entry for entry in nav_entries_for(user) if entry.in_navbar]


def navbar_breakpoint(entries) -> str:
    """Bootstrap's breakpoint from which the bar is spread out rather than folded: up to
    five entries (and Workspace) fit beside the buttons from 1200 pixels, more need 1400."""
    return "xxl" if len(entries) > 5 else "xl"
