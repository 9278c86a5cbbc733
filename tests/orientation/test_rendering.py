"""An editor's Markdown reaches readers only through the sanitiser: script, event
handlers, dangerous links, frames, styles, images and raw HTML never survive, while
ordinary Markdown (headings, lists, emphasis, links, tables) does. Search snippets are
escaped, with only the matched words marked."""

import pytest
from django.template import Context, Template
from django.utils.safestring import SafeString

from apps.orientation.rendering import (
    MATCH_END,
    MATCH_START,
    highlighted_snippet,
    render_markdown,
)


def html(text: str) -> str:
    return str(render_markdown(text))


@pytest.mark.parametrize(
    ("markdown", "forbidden"),
    [
        ("Hello <script>alert('x')</script> world", ["<script", "alert("]),
        ("<SCRIPT SRC=https://evil.example/x.js></SCRIPT>", ["<script", "evil.example"]),
        ('<img src="x" onerror="alert(1)">', ["<img", "onerror", "alert"]),
        ('<a href="https://ok.example" onclick="steal()">link</a>', ["onclick", "steal"]),
        ('<p onmouseover="alert(1)">text</p>', ["onmouseover"]),
        ("[click](javascript:alert(1))", ["javascript:"]),
        ("[click](JaVaScRiPt:alert(1))", ["javascript:", "JaVaScRiPt"]),
        ('<a href="jav&#x09;ascript:alert(1)">x</a>', ["ascript:", "alert"]),
        ("[click](data:text/html;base64,PHNjcmlwdD4=)", ["data:"]),
        ("![pic](data:image/png;base64,AAAA)", ["<img", "data:"]),
        ("![pic](https://tracker.example/p.gif)", ["<img", "tracker.example"]),
        ('<iframe src="https://evil.example"></iframe>', ["<iframe", "evil.example"]),
        ("<style>body { display: none }</style>Text", ["<style", "display"]),
        ('<p style="position:fixed">covering</p>', ["style=", "position"]),
        ('<span style="color:red">red</span>', ["style=", "<span"]),
        ("<scr<script>ipt>alert(1)</script>", ["<script", "alert(1)"]),
        ("<<script>script>alert(1)<</script>/script>", ["<script", "alert(1)"]),
        ('<svg onload="alert(1)"><circle /></svg>', ["<svg", "onload"]),
        ('<form action="https://evil.example"><input name="cnic"></form>', ["<form", "<input"]),
        ('<object data="x.swf"></object><embed src="x.swf">', ["<object", "<embed"]),
        ('<meta http-equiv="refresh" content="0;url=https://evil.example">', ["<meta", "refresh"]),
        ("<!-- hidden --><b>bold</b>", ["<!--", "hidden"]),
        ('<div class="alert" id="main">boxed</div>', ["<div", "class=", "id="]),
    ],
)
def test_dangerous_or_raw_html_never_survives(markdown, forbidden):
    rendered = html(markdown).lower()
    for fragment in forbidden:
        assert fragment.lower() not in rendered, (markdown, rendered)


def test_the_text_around_stripped_tags_stays():
    rendered = html('Before <span style="color:red">inside</span> after')
    assert "Before" in rendered
    assert "inside" in rendered
    assert "after" in rendered


def test_ordinary_markdown_survives():
    rendered = html(
        "Intro with **bold**, *italic* and `code`.\n\n"
        "- first\n- second\n\n"
        "1. one\n2. two\n\n"
        "> Keep a copy.\n\n"
        "---\n\n"
        "| Document | Who pays |\n|---|---|\n| Visa | Employer |\n"
    )
    for fragment in (
        "<strong>bold</strong>",
        "<em>italic</em>",
        "<code>code</code>",
        "<ul>",
        "<li>first</li>",
        "<ol>",
        "<li>one</li>",
        "<blockquote>",
        "<hr>",
        "<table>",
        "<thead>",
        "<th>Document</th>",
        "<tbody>",
        "<td>Employer</td>",
    ):
        assert fragment in rendered


@pytest.mark.parametrize(
    ("markdown", "href"),
    [
        ('[Bureau](https://beoe.gov.pk "Bureau site")', "https://beoe.gov.pk"),
        ("[Bureau](http://beoe.gov.pk)", "http://beoe.gov.pk"),
        ("[Write to us](mailto:help@example.org)", "mailto:help@example.org"),
        ("[Call](tel:+92800123456)", "tel:+92800123456"),
        ("[Fraud](/orientation/pages/fraud/)", "/orientation/pages/fraud/"),
    ],
)
def test_safe_links_keep_their_address_and_open_without_referrer(markdown, href):
    rendered = html(markdown)
    assert f'href="{href}"' in rendered
    assert 'rel="noopener noreferrer"' in rendered


def test_a_link_keeps_only_its_address_and_title():
    rendered = html(
        '<a href="https://ok.example" title="Help" target="_blank" '
        'class="x" id="y" download>help</a>'
    )
    assert 'href="https://ok.example"' in rendered
    assert 'title="Help"' in rendered
    for attribute in ("target=", "class=", "id=", "download"):
        assert attribute not in rendered


def test_an_editors_top_heading_never_becomes_a_second_h1():
    rendered = html(
        "# Your rights\n\ntext\n\n## Wages\n\n### Overtime\n\n#### Deep\n\n##### Deeper"
    )
    assert "<h1" not in rendered
    assert "<h2>Your rights</h2>" in rendered
    assert "<h3>Wages</h3>" in rendered
    assert "<h4>Overtime</h4>" in rendered
    # Nothing below h4 is allowed: deeper headings stay at h4.
    assert "<h5" not in rendered
    assert "<h4>Deeper</h4>" in rendered


def test_headings_that_already_start_at_h2_keep_their_levels():
    rendered = html("## Wages\n\n### Overtime")
    assert "<h2>Wages</h2>" in rendered
    assert "<h3>Overtime</h3>" in rendered


def test_urdu_markdown_renders():
    rendered = html("## کاغذات\n\nآپ کو **ورک ویزا** چاہیے۔")
    assert "<h2>کاغذات</h2>" in rendered
    assert "<strong>ورک ویزا</strong>" in rendered


def test_the_result_is_safe_for_templates_and_empty_text_is_empty():
    assert isinstance(render_markdown("**x**"), SafeString)
    assert render_markdown("") == ""
    assert render_markdown("   \n ") == ""


def test_the_template_filter_renders_and_sanitises():
    template = Template("{% load orientation %}{{ body|markdown }}")
    rendered = template.render(Context({"body": "**Hi** <script>alert(1)</script>"}))
    assert "<strong>Hi</strong>" in rendered
    assert "<script" not in rendered


def test_a_snippet_is_escaped_and_marks_only_the_matches():
    snippet = str(
        highlighted_snippet(
            f"Your {MATCH_START}permit{MATCH_END} <img src=x onerror=alert(1)> "
            f'&amp; <b>{MATCH_START}visa{MATCH_END}</b> and 5 < 6 "quoted"'
        )
    )
    assert "<mark>permit</mark>" in snippet
    assert "<mark>visa</mark>" in snippet
    assert "<img" not in snippet
    assert "<b>" not in snippet
    assert "&lt; 6" in snippet
    assert "&amp;amp;" in snippet
    assert "&quot;quoted&quot;" in snippet


def test_a_snippet_drops_markdown_markup():
    snippet = str(
        highlighted_snippet(
            f"## Rights\n\nYou **never** pay [the {MATCH_START}agent{MATCH_END}]"
            "(https://x.example) | fee |"
        )
    )
    assert snippet == "Rights You never pay the <mark>agent</mark> fee"


@pytest.mark.parametrize(
    "raw",
    [
        f"{MATCH_START}unclosed <script>",
        f"closed{MATCH_END} only",
        f"{MATCH_START}{MATCH_START}twice{MATCH_END}",
        f"{MATCH_START}<mark>{MATCH_END}",
    ],
)
def test_unpaired_markers_never_unbalance_the_tags(raw):
    snippet = str(highlighted_snippet(raw))
    assert snippet.count("<mark>") == snippet.count("</mark>")
    assert "<script" not in snippet
    assert MATCH_START not in snippet
    assert MATCH_END not in snippet
