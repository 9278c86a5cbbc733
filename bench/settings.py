"""The settings `make bench` runs gunicorn with: production's, plus the two logged-in
floors of bench/urls.py. Nothing else differs, so every page is measured as it runs."""

from mrc_portal.settings import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
