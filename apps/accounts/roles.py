"""The portal's roles and the permissions each one holds.

Each role is a Django group. This module is the one place that says what a role
may do: the data migration creates the groups from it, and a post_migrate hook keeps
them in step as later apps add permissions. No role but a superuser gets everything.
"""

from dataclasses import dataclass

from django.db import models
from django.utils.translation import gettext_lazy as _


class Workplace(models.TextChoices):
    """Where an account works: the unit its pages are scoped to (accounts.User holds it)."""

    CENTRE = "centre", _("a centre")
    PROVINCE = "province", _("a province")
    NATION = "nation", _("the whole country")


@dataclass(frozen=True)
class Role:
    slug: str
    group_name: str  # the Django group's name; English, stable, never translated
    label: str
    permissions: tuple[str, ...]  # "app_label.codename"
    # Most roles serve people at one centre; oversight roles read a province's or the
    # country's numbers and belong to no centre.
    workplace: str = Workplace.CENTRE


# Booking counselling for a person and running the appointment book at the desk.
BOOKING_DESK = (
    "counselling.view_counsellor",
    "counselling.view_appointment",
    "counselling.add_appointment",
    "counselling.change_appointment",
)

# Handling the centre's complaints register: reading, acknowledging, escalating, money.
COMPLAINT_HANDLING = (
    "complaints.view_complaint",
    "complaints.add_complaint",
    "complaints.change_complaint",
    "complaints.view_escalation",
    "complaints.add_escalation",
    "complaints.change_escalation",
    "complaints.view_recovery",
    "complaints.add_recovery",
)

# Planning a centre's orientation sessions.
SESSION_ORGANISER = (
    "orientation.view_orientationsession",
    "orientation.add_orientationsession",
    "orientation.change_orientationsession",
)

KIOSK = Role(
    slug="kiosk",
    group_name="Kiosk",
    label=_("Kiosk"),
    permissions=("accounts.use_kiosk",),
)
REGISTRATION_OFFICER = Role(
    slug="registration_officer",
    group_name="Registration officer",
    label=_("Registration officer"),
    permissions=(
        "centres.view_centre",
        "candidates.view_candidate",
        "candidates.add_candidate",
        "candidates.change_candidate",
        "candidates.verify_candidate",
        # They check the card against the record, so they may see the whole number.
        "candidates.view_full_identifiers",
        # A person asking at the desk for everything held about them gets it there.
        "candidates.export_personal_data",
        # One person, one record: the desk, with the person and their card, merges two.
        "candidates.view_probable_duplicates",
        "candidates.add_candidatemerge",
        "candidates.view_candidatemerge",
        "listings.match_candidates",
        # The desk takes a complaint in and gives its reference (it does not read the
        # register: that is for those who handle complaints).
        "complaints.add_complaint",
        # The desk books counselling, checks people in on arrival, moves and cancels.
        *BOOKING_DESK,
        # The desk enrols people in orientation sessions and prints their certificates.
        "orientation.view_orientationsession",
        "orientation.view_enrolment",
        "orientation.add_enrolment",
        "orientation.delete_enrolment",
        "orientation.view_certificate",
    ),
)
COUNSELLOR = Role(
    slug="counsellor",
    group_name="Counsellor",
    label=_("Counsellor"),
    permissions=(
        "centres.view_centre",
        "candidates.view_candidate",
        *BOOKING_DESK,
        # Own weekly hours and leave (the pages scope them to the counsellor's profile).
        "counselling.change_counsellor",
        "counselling.change_weeklyavailability",
        "counselling.add_availabilityexception",
        # Case records: only counsellors ever hold these, and only for their centre.
        "counselling.view_casenote",
        "counselling.add_casenote",
        "counselling.view_followup",
        "counselling.add_followup",
        "counselling.change_followup",
        "counselling.view_referral",
        "counselling.add_referral",
        "counselling.change_referral",
        # Complaints, taken in within a case or at the desk, are handled by counsellors.
        *COMPLAINT_HANDLING,
        # Counsellors run orientation sessions (attendance is the facilitator's own).
        *SESSION_ORGANISER,
        "orientation.view_enrolment",
        "orientation.add_enrolment",
        "orientation.delete_enrolment",
        "orientation.view_certificate",
    ),
)
DISTRICT_LABOUR_OFFICER = Role(
    slug="district_labour_officer",
    group_name="District labour officer",
    label=_("District labour officer"),
    permissions=(
        "centres.view_centre",
        "centres.view_district",
        "centres.view_province",
        # The listings back office: their district's listings (scoped in the admin).
        "listings.view_joblisting",
        "listings.add_joblisting",
        "listings.change_joblisting",
        "listings.publish_joblisting",
        "listings.view_listinglanguage",
        "listings.add_listinglanguage",
        "listings.change_listinglanguage",
        "listings.delete_listinglanguage",
        "listings.view_employer",
        "listings.add_employer",
        "listings.change_employer",
        # A listing's city is chosen from the table; a missing one they add, named in
        # English and Urdu. Changing or deleting one is an administrator's (every
        # listing to it would change).
        "listings.view_destinationcity",
        "listings.add_destinationcity",
        # Licences are the Bureau's to grant and suspend; officers only read them.
        "listings.view_recruitmentagency",
        "occupations.view_occupation",
    ),
)
CENTRE_MANAGER = Role(
    slug="centre_manager",
    group_name="Centre manager",
    label=_("Centre manager"),
    permissions=(
        "centres.view_centre",
        "centres.change_centre",
        "accounts.view_user",
        "candidates.view_candidate",
        # The centre's appointment book (never the case notes) and its holidays.
        "counselling.view_counsellor",
        "counselling.view_appointment",
        "counselling.manage_centre_closures",
        *SESSION_ORGANISER,
        "orientation.view_enrolment",
        "orientation.view_certificate",
        "orientation.revoke_certificate",
        # What the centre reports to the department, and the trail of who did what.
        "reports.view_reports",
        "audit.view_auditentry",
        # Complaints: the numbers (never one complaint), the deadlines and the rule for
        # agencies that draw upheld complaints.
        "complaints.view_complaint_numbers",
        "complaints.set_complaint_deadlines",
        "complaints.view_complaintpolicy",
        "complaints.change_complaintpolicy",
        # Data-protection duties: answering subject-access requests and erasure.
        "candidates.export_personal_data",
        "candidates.anonymise_candidate",
        # Oversight of the records: which look like one person, and the merges made.
        "candidates.view_probable_duplicates",
        "candidates.view_candidatemerge",
    ),
)
ORIENTATION_EDITOR = Role(
    slug="orientation_editor",
    group_name="Orientation editor",
    label=_("Orientation editor"),
    permissions=(
        # The content is national: editors write, and review each other's pages (the
        # database refuses a page reviewed by its own author), in the admin.
        "orientation.view_page",
        "orientation.add_page",
        "orientation.change_page",
        "orientation.review_page",
        "orientation.view_attachment",
        "orientation.add_attachment",
        "orientation.change_attachment",
        "orientation.delete_attachment",
        "orientation.view_quizquestion",
        "orientation.add_quizquestion",
        "orientation.change_quizquestion",
        "orientation.delete_quizquestion",
        "orientation.view_quizchoice",
        "orientation.add_quizchoice",
        "orientation.change_quizchoice",
        "orientation.delete_quizchoice",
        # The kiosk's screens read aloud, recorded by a person, in each language.
        "kiosk.view_spokenprompt",
        "kiosk.add_spokenprompt",
        "kiosk.change_spokenprompt",
        "kiosk.delete_spokenprompt",
    ),
)

COMPLAINTS_OFFICER = Role(
    slug="complaints_officer",
    group_name="Complaints officer",
    label=_("Complaints officer"),
    permissions=(
        "centres.view_centre",
        # Not the people's records: a complaint shows the complainant it names.
        *COMPLAINT_HANDLING,
        "listings.view_recruitmentagency",
    ),
)

# Oversight above the centres: numbers only (the reports, with counts under 5 withheld),
# never a person's record, and nothing to change.
PROVINCIAL_OFFICER = Role(
    slug="provincial_officer",
    group_name="Provincial officer",
    label=_("Provincial officer"),
    permissions=("reports.view_reports",),
    workplace=Workplace.PROVINCE,
)
NATIONAL_OFFICER = Role(
    slug="national_officer",
    group_name="National officer",
    label=_("National officer"),
    permissions=("reports.view_reports",),
    workplace=Workplace.NATION,
)

ROLES = (
    KIOSK,
    REGISTRATION_OFFICER,
    COUNSELLOR,
    DISTRICT_LABOUR_OFFICER,
    CENTRE_MANAGER,
    ORIENTATION_EDITOR,
    COMPLAINTS_OFFICER,
    PROVINCIAL_OFFICER,
    NATIONAL_OFFICER,
)
ROLES_BY_SLUG = {role.slug: role for role in ROLES}
ROLES_BY_GROUP_NAME = {role.group_name: role for role in ROLES}

# What an account given a role must be placed at, said to whoever gives the role.
WORKPLACE_NEEDED = {
    Workplace.CENTRE: _(
        "%(role)s: this role works at a centre; choose the centre and no province."
    ),
    Workplace.PROVINCE: _(
        "%(role)s: this role works for a province; choose the province and no centre."
    ),
    Workplace.NATION: _(
        "%(role)s: this role works for the whole country; tick “works nationally” and "
        "choose no centre or province."
    ),
}

# Roles that work in the admin back office (Django's is_staff flag).
ADMIN_ROLES = frozenset({DISTRICT_LABOUR_OFFICER.slug, ORIENTATION_EDITOR.slug})


def sync_roles(apps=None, using="default"):
    """Create each role's group and give it exactly its permissions (those that exist yet)."""
    if apps is None:
        from django.apps import apps
    group_model = apps.get_model("auth", "Group")
    permission_model = apps.get_model("auth", "Permission")
    for role in ROLES:
        group, _created = group_model.objects.using(using).get_or_create(name=role.group_name)
        wanted = []
        for dotted in role.permissions:
            app_label, codename = dotted.split(".")
            wanted.extend(
                permission_model.objects.using(using).filter(
                    content_type__app_label=app_label, codename=codename
                )
            )
        group.permissions.set(wanted)


def sync_roles_after_migrate(sender, using="default", apps=None, **kwargs):
    # post_migrate fires once per app, and each app's permissions are created in
    # its own turn, so syncing every time leaves the groups complete at the end.
    sync_roles(apps=apps, using=using)
