"""Form fields for what people here type: digits of any script, dates day first."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .typed_text import typed_digits, visible_text


class DigitsInAnyScript:
    """For a field read from typed digits (a number, a date, a phone number): Urdu and
    Arabic digits read as ASCII ones, invisible characters ignored."""

    def to_python(self, value):
        return super().to_python(typed_digits(value))


class DayFirstDateInput(forms.DateInput):
    """A text box for a date typed day first (05/12/2026, 5-12-2026, 5 Dec 2026), in
    digits of any script. Not the browser's date box, whose order follows the browser's
    own language (month first on most) rather than the page's."""

    def __init__(self, attrs=None):
        attrs = {
            "placeholder": _("dd/mm/yyyy"),
            "autocomplete": "off",
            "dir": "ltr",
            **(attrs or {}),
        }
        super().__init__(attrs=attrs, format="%d/%m/%Y")


class DayFirstDateField(DigitsInAnyScript, forms.DateField):
    """A date typed day first; the formats it accepts are the page language's
    DATE_INPUT_FORMATS (mrc_portal/formats), none of which reads month first."""

    widget = DayFirstDateInput
    default_error_messages = {
        "invalid": _("Enter the date as day/month/year, like 05/12/2026."),
    }


class DayFirstDateTimeField(DigitsInAnyScript, forms.DateTimeField):
    """A day and a time typed day first (05/12/2026 10:00), in digits of any script; the
    portal's own ISO form (2026-12-05T10:00) is read too."""

    default_error_messages = {
        "invalid": _("Enter a day and a time, like 05/12/2026 10:00."),
    }

    def __init__(self, **kwargs):
        kwargs.setdefault(
            "widget",
            forms.DateTimeInput(
                attrs={
                    "placeholder": _("dd/mm/yyyy hh:mm"),
                    "autocomplete": "off",
                    "dir": "ltr",
                },
                format="%d/%m/%Y %H:%M",
            ),
        )
        super().__init__(**kwargs)


class TimeOfDayField(DigitsInAnyScript, forms.TimeField):
    """A time of day typed as 09:00 (or 9:00), in digits of any script."""

    default_error_messages = {
        "invalid": _("Enter a time like 09:00 or 14:30."),
    }

    def __init__(self, **kwargs):
        kwargs.setdefault(
            "widget",
            forms.TimeInput(
                attrs={"placeholder": "09:00", "autocomplete": "off", "dir": "ltr", "size": 6},
                format="%H:%M",
            ),
        )
        super().__init__(**kwargs)


class DayMonthYearWidget(forms.SelectDateWidget):
    """A date chosen from three large lists: day, month (named in the page's language)
    and year, in the order of the language's DATE_FORMAT (day first in both). For the
    kiosk, where nobody should have to type a date or know a format."""

    def __init__(self, years, attrs=None):
        attrs = {
            "class": "form-select form-select-lg d-inline-block w-auto me-2 mb-2",
            **(attrs or {}),
        }
        day, month, year = self.part_names
        # Django takes the empty choices year first.
        super().__init__(attrs=attrs, years=years, empty_label=(year, month, day))

    # The three lists' names, read out by screen readers; also their empty choice.
    part_names = (_("Day"), _("Month"), _("Year"))
    # Django leaves the empty choice out of a required date's lists, so that a date
    # nobody chose would be sent as 1 January: here the lists always start empty.
    is_required = property(lambda self: False, lambda self, value: None)

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        names = dict(zip(("day", "month", "year"), self.part_names, strict=True))
        for subwidget in context["widget"]["subwidgets"]:
            part = subwidget["name"].rsplit("_", 1)[-1]
            subwidget["attrs"]["aria-label"] = str(names[part])
            subwidget["attrs"].pop("autocomplete", None)
        return context


def years_back(first: int, last: int) -> list[int]:
    """This year minus `first` down to this year minus `last` (birth years, newest first)."""
    this_year = timezone.localdate().year
    return list(range(this_year - first, this_year - last - 1, -1))


def years_ahead(count: int) -> list[int]:
    this_year = timezone.localdate().year
    return list(range(this_year, this_year + count + 1))


class WholeNumberInput(forms.TextInput):
    """A box for a number, in digits of any script: a phone shows its number pad, and
    what was typed is sent as typed (the browser's number box drops Urdu digits and
    anything it cannot read, so the person would see their entry vanish)."""

    def __init__(self, attrs=None):
        super().__init__(attrs={"inputmode": "numeric", "dir": "ltr", **(attrs or {})})


class WholeNumberField(DigitsInAnyScript, forms.IntegerField):
    widget = WholeNumberInput


class AmountField(DigitsInAnyScript, forms.DecimalField):
    widget = WholeNumberInput


class PersonNameField(forms.CharField):
    """A name in Urdu or Latin letters, without the invisible characters a phone's
    keyboard or a pasted text can carry; a name made only of those is refused."""

    default_error_messages = {
        "no_letters": _("Type the name in letters."),
    }

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 150)
        super().__init__(**kwargs)

    def widget_attrs(self, widget):
        return {**super().widget_attrs(widget), "autocomplete": "off", "dir": "auto"}

    def to_python(self, value):
        typed = super().to_python(value)
        name = visible_text(typed)
        if typed and not any(character.isalpha() for character in name):
            raise forms.ValidationError(self.error_messages["no_letters"], code="no_letters")
        return name


class FreeTextField(forms.CharField):
    """Several lines of text (an address, what happened), kept as typed but for the
    invisible characters that carry no meaning; a text made only of those is empty."""

    def to_python(self, value):
        return visible_text(super().to_python(value), multiline=True)
