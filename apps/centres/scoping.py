"""The one rule every staff page and admin list follows: a user sees their own centre's
rows, a superuser every centre's, anybody else nothing. Labour officers work by district.
Provincial and national officers, who belong to no centre, see no rows at all: they read
counts only, across the centres their province or the country has (scoped_to_oversight)."""


def scoped_to_centre(queryset, user, centre_field: str = "centre"):
    """`queryset` narrowed to `user`'s centre through `centre_field` (a path to the centre)."""
    if user.is_superuser:
        return queryset
    if not user.is_authenticated or user.centre_id is None:
        return queryset.none()
    lookup = "pk" if centre_field == "pk" else f"{centre_field}_id"
    return queryset.filter(**{lookup: user.centre_id})


def scoped_to_district(queryset, user, district_field: str = "district"):
    """`queryset` narrowed to the district of `user`'s centre (labour officers manage a
    district, not one office); everything for a superuser, nothing for anybody else."""
    if user.is_superuser:
        return queryset
    if not user.is_authenticated or user.centre_id is None:
        return queryset.none()
    return queryset.filter(**{f"{district_field}_id": user.centre.district_id})


def scoped_to_oversight(queryset, user, centre_field: str = "centre"):
    """`queryset` narrowed to the centres whose numbers `user` may read: their own
    centre's; their province's centres' for a provincial officer; every centre's for a
    national officer or a superuser; nothing for anybody else. For counting only: pages
    that show records scope with scoped_to_centre, which gives such an officer nothing."""
    if user.is_superuser or (user.is_authenticated and user.works_nationally):
        return queryset
    if not user.is_authenticated:
        return queryset.none()
    if user.centre_id is not None:
        lookup = "pk" if centre_field == "pk" else f"{centre_field}_id"
        return queryset.filter(**{lookup: user.centre_id})
    if user.province_id is not None:
        prefix = "" if centre_field == "pk" else f"{centre_field}__"
        return queryset.filter(**{f"{prefix}district__province_id": user.province_id})
    return queryset.none()
