"""Demo complaints for seed_demo: a register at Lahore (and two at Sialkot) with every
status a centre sees: just received, acknowledged, referred to an authority and answered,
closed upheld with money recovered, closed not upheld, withdrawn, a few overdue, and
anonymous tips from the kiosk; in Urdu and English.

Each complaint is filed and taken along through the real services (so it has its
reference number, its deadlines from the day it was filed and its history), then its
steps are dated back to when they happened: the services stamp "now", and a register
whose every step happened today would show no overdue complaint and no history. A
complaint is found again by its centre and what happened, so running twice adds
nothing.
"""

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from apps.accounts.models import User
from apps.candidates.models import Candidate
from apps.centres.models import Centre
from apps.complaints import services
from apps.complaints.models import Complaint, ComplaintEvent, Recovery
from apps.listings.models import Employer, RecruitmentAgency


@dataclass
class Step:
    """Something done about a complaint, `days` after it was filed."""

    days: int
    kind: str  # acknowledge, escalate, answer, recover, close
    authority: str = ""
    office: str = ""
    text: str = ""  # what we ask, their answer, a note
    their_reference: str = ""
    amount: int = 0
    outcome: str = ""


@dataclass
class DemoComplaint:
    centre: str
    filed_by: str
    channel: str
    language: str
    kind: str
    filed_days_ago: int
    description: str
    promised: str = ""
    # Against: an agency's licence number, an employer's name, or a name in words.
    agency: str = ""
    employer: str = ""
    other_party: str = ""
    # Who: a Lahore or Sialkot demo person (their position), a walk-in, or nobody.
    person: int | None = None
    walk_in: services.Complainant | None = None
    destination: str = ""
    happened_days_ago: int | None = None
    paid: int | None = None
    paid_days_ago: int | None = None
    allowed: int | None = None
    wage: int | None = None
    claimed: int | None = None
    steps: list[Step] = field(default_factory=list)


PROTECTOR_LAHORE = "Protectorate of Emigrants, Lahore"

DEMO_COMPLAINTS = [
    # The sub-agent of the case record's note (demo/counselling.py): referred, answered.
    DemoComplaint(
        centre="LHR",
        filed_by="counsellor.lahore",
        channel="counsellor",
        language="ur",
        kind="unlicensed",
        filed_days_ago=34,
        person=1,
        other_party="Rana Tariq, a sub-agent in Gujranwala",
        destination="SA",
        promised="A work visa for Saudi Arabia within a month.",
        description="Paid PKR 350,000 in cash for a visa that never came; no receipt. "
        "The sub-agent holds no licence.",
        happened_days_ago=70,
        paid=350000,
        paid_days_ago=90,
        claimed=350000,
        steps=[
            Step(1, "acknowledge"),
            Step(
                3,
                "escalate",
                authority="protector",
                office=PROTECTOR_LAHORE,
                text="Please take action against the unlicensed sub-agent and help the "
                "complainant recover the Rs 350,000 paid.",
            ),
            Step(
                19,
                "answer",
                text="The sub-agent was summoned; he has agreed to return the money in two "
                "instalments.",
                their_reference="POE-LHR/2026/4411",
            ),
            Step(26, "recover", amount=150000, text="Rana Tariq"),
        ],
    ),
    DemoComplaint(
        centre="LHR",
        filed_by="counsellor.lahore",
        channel="counsellor",
        language="ur",
        kind="excess_fees",
        filed_days_ago=58,
        person=3,
        agency="3456/LHR",
        destination="SA",
        promised="ریاض میں ڈرائیور کی نوکری، 1800 ریال ماہانہ۔",
        description="ایجنسی نے سروس چارجز کی حد سے کہیں زیادہ، ساڑھے چار لاکھ روپے نقد لیے اور "
        "رسید صرف ایک لاکھ بیس ہزار کی دی۔",
        happened_days_ago=75,
        paid=450000,
        paid_days_ago=75,
        allowed=120000,
        wage=135000,
        claimed=330000,
        steps=[
            Step(2, "acknowledge"),
            Step(
                6,
                "escalate",
                authority="beoe_cell",
                office="Bureau of Emigration & Overseas Employment, Islamabad",
                text="Please inquire into the service charges taken above the approved limit "
                "and have the excess of Rs 330,000 refunded.",
            ),
            Step(
                30,
                "answer",
                text="The promoter was heard and directed to refund the excess charged.",
                their_reference="BEOE/CC/2026/118",
            ),
            Step(40, "recover", amount=330000, text="Al-Khair Overseas Employment Promoters"),
            Step(41, "close", outcome="substantiated", text="Refunded in full."),
        ],
    ),
    DemoComplaint(
        centre="LHR",
        filed_by="officer.lahore",
        channel="desk",
        language="en",
        kind="no_job",
        filed_days_ago=12,
        walk_in=services.Complainant(
            name="Rashid Mehmood",
            sex="male",
            cnic="35201-4455667-1",
            phone="+923214456677",
            agrees_to_texts=True,
        ),
        agency="2544/LHR",
        destination="AE",
        promised="A warehouse job with Dubai Metro Logistics, visa and ticket included.",
        description="The agency took a medical and visa fee and then closed its office on "
        "Ferozepur Road. Its licence has since been cancelled.",
        happened_days_ago=40,
        paid=180000,
        paid_days_ago=45,
        claimed=180000,
        steps=[
            Step(1, "acknowledge"),
            Step(
                2,
                "escalate",
                authority="police",
                office="FIA Anti-Human Trafficking Circle, Lahore",
                text="Please register a case of fraud against the agency's owner.",
            ),
        ],
    ),
    # Overdue: taken in six weeks ago, acknowledged, nothing since.
    DemoComplaint(
        centre="LHR",
        filed_by="counsellor2.lahore",
        channel="counsellor",
        language="en",
        kind="contract",
        filed_days_ago=45,
        person=5,
        employer="Riyadh Building Contracting Co.",
        destination="SA",
        promised="A mason's contract at SAR 1,600 a month with housing.",
        description="On arrival he was made to sign a new contract at SAR 1,100 with no "
        "housing allowance.",
        happened_days_ago=120,
        wage=120000,
        steps=[Step(3, "acknowledge")],
    ),
    # Overdue: never acknowledged.
    DemoComplaint(
        centre="LHR",
        filed_by="officer.lahore",
        channel="desk",
        language="ur",
        kind="documents",
        filed_days_ago=9,
        walk_in=services.Complainant(
            name="نسیم اختر", sex="female", cnic="35202-7788990-2", phone="+923334455661"
        ),
        other_party="ملک اشرف، سب ایجنٹ",
        destination="OM",
        description="سب ایجنٹ نے پاسپورٹ اپنے پاس رکھ لیا ہے اور واپس کرنے کے لیے پچاس ہزار روپے "
        "مانگ رہا ہے۔",
        happened_days_ago=15,
    ),
    # Just received.
    DemoComplaint(
        centre="LHR",
        filed_by="counsellor.lahore",
        channel="counsellor",
        language="ur",
        kind="wages",
        filed_days_ago=0,
        person=7,
        employer="Jeddah Facility Services",
        destination="SA",
        promised="SAR 1,200 a month, paid monthly.",
        description="Four months' wages were not paid before the contract ended; he came "
        "home without them.",
        happened_days_ago=30,
        claimed=400000,
        steps=[],
    ),
    DemoComplaint(
        centre="LHR",
        filed_by="complaints.lahore",
        channel="desk",
        language="en",
        kind="mistreatment",
        filed_days_ago=3,
        walk_in=services.Complainant(name="Parveen Akhtar", sex="female", phone="+923008899112"),
        employer="Emirates Hospitality Group",
        destination="AE",
        description="Her daughter calls from Dubai: she works sixteen hours a day and is not "
        "allowed to leave the building.",
        steps=[
            Step(0, "acknowledge"),
            Step(
                1,
                "escalate",
                authority="protector",
                office=PROTECTOR_LAHORE,
                text="Please contact the Community Welfare Attaché in Dubai about the "
                "worker's safety.",
            ),
        ],
    ),
    DemoComplaint(
        centre="LHR",
        filed_by="counsellor2.lahore",
        channel="counsellor",
        language="en",
        kind="excess_fees",
        filed_days_ago=80,
        person=9,
        agency="2871/RWP",
        destination="QA",
        promised="An electrician's job in Doha.",
        description="He says the agency charged Rs 300,000; the agency shows a bank receipt "
        "for its approved charge only.",
        paid=300000,
        allowed=150000,
        steps=[
            Step(2, "acknowledge"),
            Step(
                5,
                "escalate",
                authority="beoe_cell",
                office="Bureau of Emigration & Overseas Employment, Islamabad",
                text="Please look into the charges the agency took.",
            ),
            Step(
                35,
                "answer",
                text="No proof of payment above the approved charge was found.",
                their_reference="BEOE/CC/2026/093",
            ),
            Step(37, "close", outcome="dismissed", text="Not upheld by the Bureau."),
        ],
    ),
    DemoComplaint(
        centre="LHR",
        filed_by="officer.lahore",
        channel="desk",
        language="ur",
        kind="unlicensed",
        filed_days_ago=25,
        walk_in=services.Complainant(name="عمران علی", sex="male", phone="+923451234567"),
        other_party="شاہد بٹ، گوجرانوالہ",
        destination="MY",
        promised="ملائیشیا میں فیکٹری کی نوکری۔",
        description="شکایت کنندہ نے خود شکایت واپس لے لی؛ رقم ایجنٹ نے واپس کر دی۔",
        paid=120000,
        steps=[
            Step(1, "acknowledge"),
            Step(6, "recover", amount=120000, text="Shahid Butt"),
            Step(7, "close", outcome="withdrawn", text="The person withdrew the complaint."),
        ],
    ),
    DemoComplaint(
        centre="LHR",
        filed_by="complaints.lahore",
        channel="desk",
        language="en",
        kind="no_job",
        filed_days_ago=6,
        person=11,
        agency="1987/KHI",
        destination="SA",
        promised="A cleaner's job in Jeddah through an agency whose licence had expired.",
        description="The agency asked for Rs 200,000 for a job order that the Protector's "
        "office does not know.",
        paid=200000,
        paid_days_ago=20,
        steps=[Step(1, "acknowledge")],
    ),
    # Anonymous tips from the kiosk: counted, naming nobody.
    DemoComplaint(
        centre="LHR",
        filed_by="kiosk.lahore",
        channel="kiosk",
        language="ur",
        kind="unlicensed",
        filed_days_ago=4,
        other_party="ٹاؤن شپ میں 'گلوبل ویزا سروسز' کے نام سے دفتر",
        promised="یورپ کا ورک ویزا، تین ماہ میں۔",
        description="بغیر لائسنس دفتر لوگوں سے پاسپورٹ اور پیسے جمع کر رہا ہے۔",
    ),
    DemoComplaint(
        centre="LHR",
        filed_by="kiosk.lahore",
        channel="kiosk",
        language="en",
        kind="excess_fees",
        filed_days_ago=16,
        agency="3012/ISB",
        promised="Jobs in Romania for Rs 900,000 each.",
        description="The agency is still collecting money although its licence is suspended.",
        steps=[Step(2, "acknowledge")],
    ),
    DemoComplaint(
        centre="LHR",
        filed_by="kiosk.lahore",
        channel="kiosk",
        language="ur",
        kind="other",
        filed_days_ago=1,
        other_party="فیس بک پر نوکریوں کا اشتہار",
        description="فیس بک پر کویت کی نوکریوں کا اشتہار، رجسٹریشن فیس ایزی پیسہ پر۔",
    ),
    # Sialkot.
    DemoComplaint(
        centre="SKT",
        filed_by="counsellor.sialkot",
        channel="counsellor",
        language="ur",
        kind="excess_fees",
        filed_days_ago=20,
        person=0,
        agency="4120/SKT",
        destination="KR",
        promised="کوریا میں فیکٹری کی نوکری۔",
        description="ایجنسی نے منظور شدہ فیس سے ایک لاکھ روپے زیادہ لیے۔",
        paid=250000,
        allowed=150000,
        claimed=100000,
        steps=[
            Step(2, "acknowledge"),
            Step(
                4,
                "escalate",
                authority="protector",
                office="Protectorate of Emigrants, Sialkot",
                text="Please have the excess of Rs 100,000 refunded.",
            ),
        ],
    ),
    DemoComplaint(
        centre="SKT",
        filed_by="officer.sialkot",
        channel="desk",
        language="en",
        kind="wages",
        filed_days_ago=50,
        person=2,
        employer="Muscat Oilfield Services",
        destination="OM",
        description="End-of-service dues of OMR 900 not paid.",
        claimed=650000,
        steps=[
            Step(3, "acknowledge"),
            Step(
                8,
                "escalate",
                authority="opf",
                office="Overseas Pakistanis Foundation, Lahore",
                text="Please help recover the end-of-service dues.",
            ),
            Step(
                28,
                "answer",
                text="The employer paid the dues through the embassy.",
                their_reference="OPF/GRV/7731",
            ),
            Step(30, "recover", amount=650000, text="Muscat Oilfield Services"),
            Step(31, "close", outcome="substantiated", text="Dues recovered."),
        ],
    ),
]


def _at(start: datetime.datetime, days: int, now: datetime.datetime) -> datetime.datetime:
    """`days` after `start`, in office hours, never later than now."""
    moment = (start + datetime.timedelta(days=days)).replace(hour=11, minute=30)
    return min(moment, now)


def _date_back_last_event(complaint, moment) -> None:
    event = complaint.events.order_by("-pk").first()
    ComplaintEvent.objects.filter(pk=event.pk).update(at=moment)


def _take_step(complaint, step: Step, by, moment) -> None:
    day = timezone.localdate(moment)
    if step.kind == "acknowledge":
        services.acknowledge_complaint(complaint=complaint, by=by)
        Complaint.objects.filter(pk=complaint.pk).update(acknowledged_at=moment)
    elif step.kind == "escalate":
        services.escalate_complaint(
            complaint=complaint,
            authority=step.authority,
            by=by,
            office=step.office,
            request=step.text,
            sent_on=day,
        )
    elif step.kind == "answer":
        services.record_answer(
            escalation=complaint.escalations.order_by("-pk").first(),
            answer=step.text,
            answered_on=day,
            their_reference=step.their_reference,
            by=by,
        )
    elif step.kind == "recover":
        recovery = services.record_recovery(
            complaint=complaint,
            amount=Decimal(step.amount),
            received_on=day,
            by=by,
            source=step.text,
        )
        Recovery.objects.filter(pk=recovery.pk).update(recorded_at=moment)
    elif step.kind == "close":
        services.close_complaint(complaint=complaint, outcome=step.outcome, by=by, note=step.text)
        Complaint.objects.filter(pk=complaint.pk).update(closed_at=moment)
    else:
        raise ValueError(step.kind)
    _date_back_last_event(complaint, moment)


def _party(demo: DemoComplaint) -> dict:
    if demo.agency:
        return {
            "against": Complaint.Against.AGENCY,
            "agency": RecruitmentAgency.objects.get(licence_number=demo.agency),
        }
    if demo.employer:
        return {
            "against": Complaint.Against.EMPLOYER,
            "employer": Employer.objects.get(name=demo.employer),
        }
    return {"against": Complaint.Against.OTHER, "other_party": demo.other_party}


def _days_ago(today, days):
    return None if days is None else today - datetime.timedelta(days=days)


def _money(value):
    return None if value is None else Decimal(value)


@transaction.atomic
def seed_complaints() -> int:
    """File the demo complaints not yet in the register; returns how many were filed."""
    now = timezone.now()
    today = timezone.localdate(now)
    centres = {centre.code: centre for centre in Centre.objects.filter(code__in=["LHR", "SKT"])}
    if len(centres) < 2:
        return 0
    people = {
        code: list(Candidate.objects.filter(centre=centre).order_by("registration_number"))
        for code, centre in centres.items()
    }
    # Who takes a complaint along: the counsellor who took it in; at Lahore its
    # complaints officer the desk's and the kiosk's, at Sialkot its counsellor.
    handlers = {
        "LHR": User.objects.get(username="complaints.lahore"),
        "SKT": User.objects.get(username="counsellor.sialkot"),
    }
    filed = 0
    # Oldest first: reference numbers follow the days the complaints were taken in.
    for demo in sorted(DEMO_COMPLAINTS, key=lambda demo: -demo.filed_days_ago):
        centre = centres[demo.centre]
        if Complaint.objects.filter(centre=centre, description=demo.description).exists():
            continue
        filer = User.objects.get(username=demo.filed_by)
        filed_at = (now - datetime.timedelta(days=demo.filed_days_ago)).replace(
            hour=10, minute=15, second=0, microsecond=0
        )
        filed_at = min(filed_at, now)
        complaint = services.file_complaint(
            centre=centre,
            channel=demo.channel,
            filed_by=filer,
            filed_at=filed_at,
            language=demo.language,
            kind=demo.kind,
            promised=demo.promised,
            description=demo.description,
            happened_on=_days_ago(today, demo.happened_days_ago),
            destination_country=demo.destination,
            candidate=people[demo.centre][demo.person] if demo.person is not None else None,
            complainant=demo.walk_in,
            amount_paid=_money(demo.paid),
            paid_on=_days_ago(today, demo.paid_days_ago),
            allowed_fee=_money(demo.allowed),
            promised_monthly_wage=_money(demo.wage),
            amount_claimed=_money(demo.claimed),
            claimed_on=timezone.localdate(filed_at) if demo.claimed else None,
            **_party(demo),
        )
        by = filer if demo.channel == "counsellor" else handlers[demo.centre]
        for step in demo.steps:
            _take_step(complaint, step, by, _at(filed_at, step.days, now))
        filed += 1
    return filed
