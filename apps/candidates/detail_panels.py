"""The panels other apps add to a person's record page (their job applications,
appointments, orientation). Each app registers a function from its AppConfig.ready, so
that candidates, which they build on, imports none of them."""

from collections.abc import Callable

# (candidate, the user looking) -> the template context its panel reads
PanelContext = Callable[[object, object], dict]

_panels: list[PanelContext] = []


def add_detail_panel(panel: PanelContext) -> None:
    """Show `panel`'s context on every person's record page (once, however often called)."""
    if panel not in _panels:
        _panels.append(panel)


def detail_panels_context(candidate, user) -> dict:
    """Every registered panel's context for `candidate`'s page as `user` sees it."""
    context = {}
    for panel in _panels:
        context.update(panel(candidate, user))
    return context
