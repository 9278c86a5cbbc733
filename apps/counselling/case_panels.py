"""The panels other apps add to a person's case record page (the person's complaints in
the complaints register). Each app registers a function from its AppConfig.ready, so
that counselling, which they build on, imports none of them."""

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class CasePanel:
    """One panel of the case record page: its template, included with `panel` (this
    object), and what that template reads."""

    template: str
    context: dict = field(default_factory=dict)


# (candidate, the counsellor looking) -> the panel, or None to show nothing
PanelOf = Callable[[object, object], CasePanel | None]

_panels: list[PanelOf] = []


def add_case_panel(panel: PanelOf) -> None:
    """Show `panel` on every person's case record page (once, however often called)."""
    if panel not in _panels:
        _panels.append(panel)


def case_panels_context(candidate, user) -> dict:
    """The panels for `candidate`'s case record as `user` sees it, in the order the
    apps registered them."""
    panels = (panel(candidate, user) for panel in _panels)
    return {"case_panels": [panel for panel in panels if panel is not None]}
