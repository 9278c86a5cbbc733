from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("centres", "0002_urdu_collation"),
        ("listings", "0005_public_listings_version_trigger"),
        ("occupations", "0002_occupation_search_words"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        # A published listing without an Urdu title takes its occupation's Urdu name, or
        # that of the nearest wider ISCO-08 group (every major group has one), rather
        # than leave the public list.
        migrations.RunSQL(
            """
            UPDATE listings_joblisting AS listing
            SET title_ur = coalesce(
                nullif(unit.title_ur, ''), nullif(minor.title_ur, ''),
                nullif(sub_major.title_ur, ''), nullif(major.title_ur, '')
            )
            FROM occupations_occupation AS unit
            LEFT JOIN occupations_occupation AS minor ON minor.id = unit.parent_id
            LEFT JOIN occupations_occupation AS sub_major ON sub_major.id = minor.parent_id
            LEFT JOIN occupations_occupation AS major ON major.id = sub_major.parent_id
            WHERE unit.id = listing.occupation_id
              AND listing.status = 'published'
              AND coalesce(listing.title_ur, '') = ''
            """,
            reverse_sql=migrations.RunSQL.noop,
        ),
        migrations.AddConstraint(
            model_name="joblisting",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    models.Q(("status", "published"), _negated=True),
                    ("title_ur__gt", ""),
                    _connector="OR",
                ),
                name="listing_published_has_urdu_title",
                violation_error_message="A listing needs its title in Urdu to be published.",
            ),
        ),
    ]
