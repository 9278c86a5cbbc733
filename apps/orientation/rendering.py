"""Orientation pages are written in Markdown by editors and read by the public: the
Markdown becomes HTML, and then a maintained sanitiser (nh3) keeps only an allow-list
of tags and attributes. Whatever an editor types (raw HTML, script, event handlers,
javascript: or data: links, styles, images, frames) never reaches a reader's browser."""

import re
import xml.etree.ElementTree as etree

import markdown
import nh3
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

ALLOWED_TAGS = frozenset(
    {
        "p",
        "h2",
        "h3",
        "h4",
        "ul",
        "ol",
        "li",
        "strong",
        "em",
        "a",
        "blockquote",
        "table",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
        "br",
        "hr",
        "code",
    }
)
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "ol": {"start"}}
ALLOWED_URL_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
# Removed together with what they contain: their text is code, not reading matter.
CONTENT_REMOVED_WITH_TAG = frozenset({"script", "style", "iframe", "object", "template"})

# The page's own title is the h1; a body's headings start at h2 and stop at the deepest
# tag the sanitiser allows.
TOP_BODY_HEADING = 2
DEEPEST_BODY_HEADING = 4
HEADING_TAGS = {f"h{level}": level for level in range(1, 7)}

_cleaner = nh3.Cleaner(
    tags=set(ALLOWED_TAGS),
    clean_content_tags=set(CONTENT_REMOVED_WITH_TAG),
    attributes={tag: set(names) for tag, names in ALLOWED_ATTRIBUTES.items()},
    url_schemes=set(ALLOWED_URL_SCHEMES),
    link_rel="noopener noreferrer",
    strip_comments=True,
)


class _ShiftHeadings(Treeprocessor):
    """Moves every heading down by the same number of levels, so that the body's top
    heading is an h2 ("# Wages" in the body must not compete with the page's title)."""

    def run(self, root: etree.Element) -> None:
        headings = [element for element in root.iter() if element.tag in HEADING_TAGS]
        if not headings:
            return
        top = min(HEADING_TAGS[element.tag] for element in headings)
        shift = max(0, TOP_BODY_HEADING - top)
        for element in headings:
            level = min(HEADING_TAGS[element.tag] + shift, DEEPEST_BODY_HEADING)
            element.tag = f"h{level}"


class _BodyHeadings(Extension):
    def extendMarkdown(self, md):
        md.treeprocessors.register(_ShiftHeadings(md), "orientation_headings", 5)


def _markdown_to_html(text: str) -> str:
    # A fresh converter per call: Markdown instances keep state between conversions.
    converter = markdown.Markdown(
        extensions=["tables", "sane_lists", _BodyHeadings()], output_format="html"
    )
    return converter.convert(text)


def sanitise_html(html: str) -> str:
    """`html` with only the allowed tags, attributes and link schemes left."""
    return _cleaner.clean(html)


def render_markdown(text: str) -> SafeString:
    """An editor's Markdown as HTML that is safe to put in a page: converted, then
    sanitised (raw HTML in the Markdown is not trusted: the sanitiser sees it too)."""
    if not text or not text.strip():
        return mark_safe("")
    # Markdown's output is only ever marked safe after the sanitiser has cleaned it.
    return mark_safe(sanitise_html(_markdown_to_html(text)))


# Where ts_headline marks the words a search matched. Characters from Unicode's private
# use area: no editor types them, and highlighted_snippet escapes everything else before
# turning them into <mark>.
MATCH_START = "\ue000"
MATCH_END = "\ue001"
_MATCH = re.compile(f"{MATCH_START}([^{MATCH_START}{MATCH_END}]*){MATCH_END}")

# What makes a search snippet (raw Markdown, cut anywhere) look like code: tags, link
# targets, emphasis marks, heading and quote marks at a line's start, table bars, rules.
_SNIPPET_MARKUP = re.compile(
    r"</?[A-Za-z][^>]*>?"
    r"|\]\([^)\s]*\)?"
    r"|\|"
    r"|^\s*[#>]+"
    r"|-{3,}",
    re.MULTILINE,
)
_SNIPPET_EMPHASIS = re.compile(r"[*_`\[\]]+")
_SNIPPET_SPACE = re.compile(r"\s+")


def highlighted_snippet(text: str) -> SafeString:
    """A search snippet as HTML: the Markdown's markup dropped, everything escaped, and
    only the words between MATCH_START and MATCH_END (put there by ts_headline) wrapped
    in <mark>. Unpaired markers are dropped, so the tags always balance."""
    if not text:
        return mark_safe("")
    plain = _SNIPPET_EMPHASIS.sub("", _SNIPPET_MARKUP.sub(" ", text))
    plain = _SNIPPET_SPACE.sub(" ", plain).strip()
    marked = _MATCH.sub(r"<mark>\1</mark>", str(escape(plain)))
    return mark_safe(marked.replace(MATCH_START, "").replace(MATCH_END, ""))
