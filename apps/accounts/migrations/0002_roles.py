"""Create the portal's roles as groups with their permissions."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from apps.accounts.roles import ROLES, sync_roles


def create_roles(apps, schema_editor):
    # Permissions are normally created after migrations finish; create the ones the
    # roles name now, so the groups are complete on a fresh database.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    sync_roles(apps=apps, using=schema_editor.connection.alias)


def remove_roles(apps, schema_editor):
    group_model = apps.get_model("auth", "Group")
    group_model.objects.filter(name__in=[role.group_name for role in ROLES]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_initial"),
        ("centres", "0001_initial"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
