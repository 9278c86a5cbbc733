"""The report's filters: which province and centre (as far as the account reaches,
scopes.py), which days, which service the charts show. Read from the query string, so a
report can be bookmarked and shared."""

import datetime

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from apps.centres.models import Centre, Province, in_reading_order
from apps.core.fields import DayFirstDateField

from .selectors import MAX_PERIOD_DAYS, SERVICES_AND_ALL, Period, Scope


def default_period(today: datetime.date | None = None) -> Period:
    """The current month up to today (local)."""
    today = today or timezone.localdate()
    return Period(today.replace(day=1), today)


class ReportFilterForm(forms.Form):
    """`province` is offered to whoever reaches every centre (a national officer, a
    superuser), `centre` to whoever reaches more than one: each empty means all of
    them. An account at a centre reports on its own, always."""

    province = forms.ModelChoiceField(
        label=_("Province"),
        queryset=Province.objects.all(),
        required=False,
        empty_label=_("All provinces"),
    )
    centre = forms.ModelChoiceField(
        label=_("Centre"),
        queryset=Centre.objects.order_by("name"),
        to_field_name="code",
        required=False,
        empty_label=_("All centres"),
    )
    start = DayFirstDateField(label=_("From"))
    end = DayFirstDateField(label=_("To"))
    service = forms.ChoiceField(
        label=_("Charts show"), choices=SERVICES_AND_ALL, required=False, initial="all"
    )

    def __init__(self, query=None, *, reach, today=None):
        # Missing fields take their defaults, so that /reports/ alone is a valid report
        # and a link that sets only the centre keeps this month.
        period = default_period(today)
        data = {
            "start": period.start.isoformat(),
            "end": period.end.isoformat(),
            "service": "all",
        }
        if query is not None:
            data.update(
                {key: query.get(key) for key in ("province", "centre", "start", "end", "service")}
            )
            data = {key: value for key, value in data.items() if value is not None}
            for key, value in (
                ("start", period.start.isoformat()),
                ("end", period.end.isoformat()),
            ):
                data.setdefault(key, value)
            data.setdefault("service", "all")
        super().__init__(data)
        self.reach = reach
        if reach.may_choose_province:
            self.fields["province"].queryset = Province.objects.order_by(in_reading_order("name"))
        else:
            del self.fields["province"]
        if reach.may_choose_centre:
            self.fields["centre"].queryset = reach.centres().in_reading_order()
            if reach.province is not None:
                self.fields["centre"].empty_label = _("All centres of %(province)s") % {
                    "province": reach.province.name
                }
        else:
            del self.fields["centre"]

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end:
            if end < start:
                self.add_error("end", _("The last day comes before the first day."))
            elif (end - start).days + 1 > MAX_PERIOD_DAYS:
                self.add_error(
                    "end",
                    _("A report covers at most %(days)s days: choose a shorter period.")
                    % {"days": MAX_PERIOD_DAYS},
                )
        if not cleaned.get("service"):
            cleaned["service"] = "all"
        centre, province = cleaned.get("centre"), cleaned.get("province")
        if centre and province and centre.district.province_id != province.pk:
            self.add_error("centre", _("This centre is not in the province chosen."))
        return cleaned

    @property
    def scope(self) -> Scope:
        """The centres chosen, within the account's reach."""
        centre = self.cleaned_data.get("centre") or self.reach.centre
        province = self.cleaned_data.get("province") or self.reach.province
        return Scope(centre=centre, province=None if centre else province)

    @property
    def period(self) -> Period:
        return Period(self.cleaned_data["start"], self.cleaned_data["end"])
