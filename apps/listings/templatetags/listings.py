from decimal import ROUND_HALF_UP, Decimal

from django import template
from django.contrib.humanize.templatetags.humanize import intcomma
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

register = template.Library()


def _amount(value) -> str:
    value = Decimal(value)
    places = Decimal(1) if value == value.to_integral_value() or value >= 100 else Decimal("0.01")
    return intcomma(value.quantize(places, rounding=ROUND_HALF_UP))


@register.filter
def pay_range(listing) -> str:
    """'1,500 to 1,800 SAR a month' (one figure when both ends agree). The figures keep
    left-to-right order inside an Urdu sentence."""
    low, high = _amount(listing.salary_min), _amount(listing.salary_max)
    figures = low if low == high else f"{low}–{high}"
    return format_html(
        '<bdi dir="ltr" class="text-nowrap">{} {}</bdi> {}',
        figures,
        listing.salary_currency,
        listing.get_salary_period_display(),
    )


@register.filter
def rupees_a_month(listing) -> str:
    """'about Rs 112,000 to 134,000 a month', rounded to the thousand; '' with no rate."""
    low = getattr(listing, "monthly_rupees_min", None)
    high = getattr(listing, "monthly_rupees_max", None)
    if low is None or high is None:
        return ""

    def thousands(value):
        return intcomma(int(Decimal(value / 1000).quantize(Decimal(1), ROUND_HALF_UP)) * 1000)

    figures = (
        thousands(low)
        if thousands(low) == thousands(high)
        else (f"{thousands(low)}–{thousands(high)}")
    )
    # The range keeps its left-to-right order inside an Urdu sentence, and on one line.
    figures = format_html('<bdi dir="ltr" class="text-nowrap">{}</bdi>', figures)
    return mark_safe(conditional_escape(_("about Rs %(figures)s a month")) % {"figures": figures})
