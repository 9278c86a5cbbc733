from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.operations import AddIndexConcurrently, RemoveIndexConcurrently
from django.db import migrations
from django.db.models import Q


class Migration(migrations.Migration):
    # Built concurrently: listings stay editable while a national table is indexed.
    atomic = False

    dependencies = [
        ("listings", "0003_public_listings_version"),
    ]

    operations = [
        AddIndexConcurrently(
            model_name="joblisting",
            index=GinIndex(
                condition=Q(status="published"),
                fields=["search_vector"],
                name="listing_search_published",
            ),
        ),
        RemoveIndexConcurrently(model_name="joblisting", name="listing_search"),
    ]
