"""What the listings app caches, under which keys, and what makes each stale.

The public job pages (search and listing) and the job search's results and choices
are cached under the version of the public listings (PublicListingsVersion): a
database trigger (migrations listings/0005 and 0007) moves it on in the same
transaction as any statement that writes a listing, its languages or search words, an
agency or its licence, an employer, a currency rate, an occupation, a district or a
destination city, through the admin, a service, QuerySet.update(), bulk_update,
bulk_create or raw SQL. A page cached before
the change is under the old number, which no request asks for once the change commits.
The day is in every key too: a listing leaves the public pages at its deadline.
PORTAL_PUBLIC_PAGE_SECONDS only bounds how long an unused entry holds memory.

A listing's ranking of a centre's people, and the fit columns of each page of it, are
cached per listing as last saved (a change to the listing ranks afresh), centre and
day, for PORTAL_MATCHING_CACHE_SECONDS: a person registered or changed meanwhile is
ranked and scored again when that time is up. Each page still reads its people and
their applications as they are now, and leaves out anyone erased since."""

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone
from django.utils.translation import get_language

from apps.core.cache import digest, get_or_set_once

from .models import PublicListingsVersion


def public_page_seconds() -> int:
    return settings.PORTAL_PUBLIC_PAGE_SECONDS


def _public_state() -> str:
    """What every cached public listing page depends on besides the request: the
    version of the public listings, the day and the language."""
    return f"{PublicListingsVersion.current()}:{timezone.localdate().isoformat()}:{get_language()}"


def public_page_key(request, *args, **kwargs) -> str:
    """A whole page (job search or listing) as a visitor who is not logged in sees it."""
    return f"listings:page:{_public_state()}:{digest(request.get_full_path())}"


def search_page_vary(request) -> str:
    """What the job search page's content depends on, for its {% cache %} fragment
    (templates/listings/listing_list.html): the public state, the search asked for and
    whether the kiosk's larger buttons are drawn. The same for every user alike: it holds
    nothing personal."""
    kiosk = int(bool(getattr(request.user, "is_kiosk", False)))
    return f"{_public_state()}:{kiosk}:{digest(request.GET.urlencode())}"


def on_offer(compute):
    """The countries and district offices of the open listings (the search's choices)."""
    key = f"listings:on-offer:{PublicListingsVersion.current()}:{timezone.localdate()}"
    return get_or_set_once(key, compute, public_page_seconds())


def _ranking_key(listing, user) -> str:
    scope = "all" if user.is_superuser else user.centre_id
    return (
        f"listings:ranking:{listing.pk}:{listing.updated_at.isoformat()}:{scope}:"
        f"{timezone.localdate().isoformat()}"
    )


def ranking(listing, user, compute):
    """A listing's ranking of the people `user` may see (ids, best first)."""
    return get_or_set_once(
        _ranking_key(listing, user), compute, settings.PORTAL_MATCHING_CACHE_SECONDS
    )


def ranking_page(listing, user, candidate_ids, compute):
    """The fit columns of one page of that ranking (not the people: each page reads
    them and their applications afresh)."""
    key = f"{_ranking_key(listing, user)}:page:{digest(repr(list(candidate_ids)))}"
    return cache.get_or_set(key, compute, settings.PORTAL_MATCHING_CACHE_SECONDS)
