from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AuditConfig(AppConfig):
    name = "apps.audit"
    verbose_name = _("Audit trail")

    def ready(self):
        # Which models are audited, and which of their fields are personal, is said in
        # one place; registering connects django-auditlog's signals.
        from . import registry

        registry.register_audited_models()
