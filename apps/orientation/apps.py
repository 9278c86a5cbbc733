from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OrientationConfig(AppConfig):
    name = "apps.orientation"
    verbose_name = _("Pre-departure orientation")
