"""Reading orientation content on the public site and at the kiosk: no login needed.

Only Page.objects.published() is ever shown (through selectors.py): a draft, a page in
review or an archived page answers 404 at its address, and so do its leaflets. The kiosk
account reads the same pages inside its kiosk frame (base.html picks the header)."""

from django import forms
from django.core.paginator import Paginator
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.text import slugify
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django_countries.fields import Country

from .. import selectors
from ..models import COUNTRY_SECTIONS, GENERAL_TOPICS, Attachment, Page, Topic

PAGE_SIZE = 20
QUERY_MAX_LENGTH = 200


class PageSearchForm(forms.Form):
    """Words to look for, and the country and topic to look in (all optional)."""

    q = forms.CharField(
        label=_("Search"),
        required=False,
        max_length=QUERY_MAX_LENGTH,
        widget=forms.TextInput(
            attrs={
                "type": "search",
                "placeholder": _("For example: visa, wages, complaint"),
                "autocomplete": "off",
            }
        ),
    )
    country = forms.ChoiceField(label=_("Country"), required=False)
    topic = forms.ChoiceField(label=_("Topic"), required=False)

    def __init__(self, *args, guide_countries, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["country"].choices = [
            ("", _("Any country")),
            *((guide.country.code, guide.name) for guide in guide_countries),
        ]
        labels = dict(Topic.choices)
        self.fields["topic"].choices = [
            ("", _("Any topic")),
            (_("Country guides"), [(topic.value, labels[topic]) for topic in COUNTRY_SECTIONS]),
            (_("General topics"), [(topic.value, labels[topic]) for topic in GENERAL_TOPICS]),
        ]

    def criteria(self) -> dict[str, str]:
        """What was asked, leaving out any field that is not valid (a mistyped address
        shows the form's message, never an error page)."""
        if not self.is_bound:
            return {}
        self.is_valid()
        asked = {
            "text": (self.cleaned_data.get("q") or "").strip(),
            "country": self.cleaned_data.get("country") or "",
            "topic": self.cleaned_data.get("topic") or "",
        }
        return {name: value for name, value in asked.items() if value}


def index(request):
    """Before you go: destination guides, general topics, and search with filters."""
    guide_countries = selectors.countries_with_guides()
    data = request.GET.copy()
    # An over-long query is cut, not refused: people paste whole sentences.
    if "q" in data:
        data["q"] = data["q"][:QUERY_MAX_LENGTH]
    form = PageSearchForm(data or None, guide_countries=guide_countries)
    criteria = form.criteria()
    context = {"form": form, "guide_countries": guide_countries, "searching": bool(criteria)}
    if criteria:
        results = selectors.search_pages(**criteria, language=get_language())
        query = request.GET.copy()
        query.pop("page", None)
        context |= {
            "page": Paginator(results, PAGE_SIZE).get_page(request.GET.get("page")),
            "query_without_page": query.urlencode(),
            "with_words": bool(criteria.get("text")),
        }
    else:
        context["topics"] = selectors.general_topics()
    return render(request, "orientation/index.html", context)


def country_guide(request, country):
    """A destination's guide: its published sections in order, with their summaries."""
    code = selectors.known_country(country)
    if not code:
        raise Http404("No such country.")
    if code != country:
        return redirect("orientation:country", country=code)
    sections = selectors.guide_sections(code)
    if not sections:
        raise Http404("No published guide for this country.")
    return render(
        request,
        "orientation/country_guide.html",
        {
            "country": Country(code=code),
            "sections": sections,
            "topics": selectors.general_topics(),
        },
    )


def page(request, slug):
    """One page in the reader's language; an Urdu reader is told when the page is shown
    in English because its Urdu version is not written yet."""
    shown_page = get_object_or_404(selectors.pages_to_read(), slug=slug)
    title, summary, body, shown_language = shown_page.in_language()
    previous, following = selectors.neighbours(shown_page)
    user = request.user
    return render(
        request,
        "orientation/page.html",
        {
            "page": shown_page,
            "title": title,
            "summary": summary,
            "body": body,
            "shown_language": shown_language,
            "shown_in_english_instead": get_language() == "ur" and shown_language == "en",
            "due_for_review_note": (
                user.is_authenticated and not user.is_kiosk and shown_page.is_due_for_review()
            ),
            "previous": previous,
            "next": following,
            "country": Country(code=shown_page.country) if shown_page.country else None,
        },
    )


def leaflet(request, pk):
    """A page's PDF leaflet, shown in the browser; only while its page is published."""
    attachment = get_object_or_404(
        Attachment.objects.filter(page__in=Page.objects.published()), pk=pk
    )
    try:
        handle = attachment.file.open("rb")
    except (FileNotFoundError, ValueError) as missing:
        raise Http404("The leaflet's file is missing.") from missing
    filename = f"{slugify(attachment.title_en) or 'leaflet'}-{attachment.language}.pdf"
    response = FileResponse(handle, content_type="application/pdf", filename=filename)
    response["X-Content-Type-Options"] = "nosniff"
    return response
