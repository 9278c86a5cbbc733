"""Whose numbers an account may read, from where it works (accounts.User's place):

- at a centre: that centre's, exactly;
- a provincial officer: the province's centres, together or one by one, small counts
  withheld (disclosure.py);
- a national officer: every centre, a province's or one centre's, small counts withheld;
- a superuser: any of these, exactly.

Asking (?centre=CODE, ?province=ID) for a centre or province outside that answers 404:
nothing about another centre or province leaks, not even whether it exists.
"""

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.http import Http404

from apps.centres.models import Centre, Province

from .selectors import Scope


@dataclass(frozen=True)
class Reach:
    """What one account may report on."""

    user: object

    @property
    def centre(self) -> Centre | None:
        """The one centre the account reports on (an account at a centre; a superuser
        placed at one still reaches every centre)."""
        if self.user.is_superuser or self.user.centre_id is None:
            return None
        return self.user.centre

    @property
    def province(self) -> Province | None:
        """The province the account is held to (a provincial officer)."""
        if self.user.is_superuser or self.user.province_id is None:
            return None
        return self.user.province

    @property
    def may_choose_centre(self) -> bool:
        return self.centre is None

    @property
    def may_choose_province(self) -> bool:
        return self.centre is None and self.province is None

    @property
    def hides_small_numbers(self) -> bool:
        return self.user.works_above_a_centre

    def centres(self):
        return Centre.objects.reported_on_by(self.user)

    def provinces(self):
        if self.may_choose_province:
            return Province.objects.all()
        if self.province is not None:
            return Province.objects.filter(pk=self.province.pk)
        return Province.objects.none()

    def scope_asked(self, query) -> Scope:
        """The scope `query` names (?centre=CODE, ?province=ID), else the account's own;
        404 for a centre or province outside its reach, or that does not exist."""
        code, province_id = query.get("centre"), query.get("province")
        centre = self.centre
        if code:
            centre = self.centres().select_related("district__province").filter(code=code).first()
        province = self.province
        if province_id:
            if not province_id.isdigit():
                raise Http404
            province = self.provinces().filter(pk=province_id).first()
        if (code and centre is None) or (province_id and province is None):
            raise Http404
        if centre is not None and province is not None:
            if centre.district.province_id != province.pk:
                raise Http404
            province = None
        return Scope(centre=centre, province=province)


def reach_of(user) -> Reach:
    """The account's reach; 403 for an account placed nowhere (only a superuser may be,
    and a superuser reaches everything)."""
    if not user.is_superuser and not user.workplace:
        raise PermissionDenied
    return Reach(user)
