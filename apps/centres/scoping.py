"""The one rule every staff page and admin list follows: a user sees their own centre's
rows, a superuser every centre's, anybody else nothing."""


def scoped_to_centre(queryset, user, centre_field: str = "centre"):
    """`queryset` narrowed to `user`'s centre through `centre_field` (a path to the centre)."""
    if user.is_superuser:
        return queryset
    if not user.is_authenticated or user.centre_id is None:
        return queryset.none()
    lookup = "pk" if centre_field == "pk" else f"{centre_field}_id"
    return queryset.filter(**{lookup: user.centre_id})
