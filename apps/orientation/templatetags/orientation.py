"""Template filters for orientation pages: an editor's Markdown as sanitised HTML, a
search snippet with its matches marked, and titles in the reader's language."""

from django import template
from django.utils.translation import get_language

from apps.orientation.rendering import highlighted_snippet, render_markdown

register = template.Library()


@register.filter(name="markdown")
def markdown_filter(text):
    """{{ body|markdown }}: the Markdown rendered and sanitised (see rendering.py)."""
    return render_markdown(text or "")


@register.filter
def search_snippet(text):
    """{{ page.snippet|search_snippet }}: escaped, with the matched words in <mark>."""
    return highlighted_snippet(text or "")


@register.filter
def page_title(page):
    """The page's title in the language its text is shown in (Page.in_language)."""
    return page.in_language()[0]


@register.filter
def page_summary(page):
    """The page's summary in the language its text is shown in (Page.in_language)."""
    return page.in_language()[1]


@register.filter
def page_language(page):
    """The language the page's text is shown in: "en" when Urdu is wanted but missing."""
    return page.in_language()[3]


@register.filter
def leaflet_title(attachment):
    """A leaflet's title in the current language (English when no Urdu title)."""
    if get_language() == "ur" and attachment.title_ur:
        return attachment.title_ur
    return attachment.title_en
