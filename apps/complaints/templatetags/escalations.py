"""Template tags of a complaint's escalations: the panel of the complaint's page, and
the bidirectional text of the referral letter."""

from django import template

from ..escalation_forms import AnswerForm, EscalationForm
from ..models import may_read_complaints
from ..pages import complaint_page_url as page_url

register = template.Library()

# Unicode's directional isolates: a value set inside text of the other direction keeps
# its own order (a licence number in an Urdu sentence, an Urdu name in an English one).
# WeasyPrint lays these out; it does not read CSS unicode-bidi.
LEFT_TO_RIGHT_ISOLATE = "\u2066"
FIRST_STRONG_ISOLATE = "\u2068"
POP_DIRECTIONAL_ISOLATE = "\u2069"


def _is_arabic_script(character: str) -> bool:
    return "\u0600" <= character <= "\u06ff" or "\ufb50" <= character <= "\ufeff"


def right_to_left(text: str) -> bool:
    """Whether `text` reads right to left: its first letter is in Urdu (Arabic) script,
    as a browser decides for dir="auto"."""
    for character in text:
        if _is_arabic_script(character):
            return True
        if character.isalpha():
            return False
    return False


@register.filter
def ltr(value):
    """`value` (a number, a reference, a licence) always left to right."""
    if value in (None, ""):
        return value
    return f"{LEFT_TO_RIGHT_ISOLATE}{value}{POP_DIRECTIONAL_ISOLATE}"


@register.filter
def isolated(value):
    """`value` (a name typed by staff) in the direction of its own first letter."""
    if value in (None, ""):
        return value
    return f"{FIRST_STRONG_ISOLATE}{value}{POP_DIRECTIONAL_ISOLATE}"


@register.filter
def paragraphs(text):
    """A text typed by staff as its paragraphs, each with whether it reads right to
    left: [(paragraph, rtl)]. A text may mix an Urdu paragraph and an English one."""
    lines = [line.strip() for line in (text or "").splitlines()]
    return [(line, right_to_left(line)) for line in lines if line]


@register.simple_tag
def complaint_page_url(complaint, anchor=""):
    """The complaint's own page (the register's)."""
    return page_url(complaint, anchor)


@register.simple_tag(takes_context=True)
def escalation_panel(context, complaint):
    """What the escalations section of `complaint`'s page shows the user: its
    escalations, each with its answer form, and the form to escalate (open complaints
    only). Nothing for a user who may not read the complaint."""
    user = context.get("user")
    if user is None or not may_read_complaints(user) or complaint.centre_id != user.centre_id:
        return {"escalations": [], "may_read": False}
    escalations = list(complaint.escalations.select_related("sent_by").order_by("sent_on", "pk"))
    may_answer = user.has_perm("complaints.change_escalation")
    return {
        "may_read": True,
        "escalations": [
            (
                escalation,
                AnswerForm(escalation=escalation, prefix=f"answer-{escalation.pk}")
                if may_answer
                else None,
            )
            for escalation in escalations
        ],
        "form": EscalationForm(complaint=complaint, prefix="escalate")
        if complaint.is_open and user.has_perm("complaints.add_escalation")
        else None,
    }
