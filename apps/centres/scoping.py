"""The one rule every staff page and admin list follows: a user sees their own centre's
rows, a superuser every centre's, anybody else nothing. Labour officers work by district."""


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
