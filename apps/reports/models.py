"""Reports keep no tables of their own: they count what the other apps hold."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Report(models.Model):
    """No table: only the permission to read the centre's reports hangs on it."""

    class Meta:
        managed = False
        default_permissions = ()
        permissions = [("view_reports", _("Can read and export the centre's reports"))]

    def __str__(self):
        return str(self._meta.verbose_name)
