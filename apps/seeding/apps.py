from django.apps import AppConfig


class SeedingConfig(AppConfig):
    # No models and no pages: its management commands load the reference, demo and
    # benchmark data.
    name = "apps.seeding"
