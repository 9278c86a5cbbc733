"""Every change that can alter a public job page moves PublicListingsVersion on, inside
the change's own transaction: a page rendered before the commit was kept under the old
number, which no request asks for once the commit is visible."""

from django.db.models.signals import post_delete, post_save

from .models import (
    CurrencyRate,
    Employer,
    JobListing,
    ListingLanguage,
    PublicListingsVersion,
    RecruitmentAgency,
)

SHOWN_TO_THE_PUBLIC = [JobListing, ListingLanguage, RecruitmentAgency, Employer, CurrencyRate]


def _public_listings_changed(sender, **kwargs):
    PublicListingsVersion.bump()


def connect():
    for model in SHOWN_TO_THE_PUBLIC:
        for signal in (post_save, post_delete):
            signal.connect(
                _public_listings_changed,
                sender=model,
                dispatch_uid=f"public-listings-changed:{model._meta.label}:{signal is post_save}",
            )
