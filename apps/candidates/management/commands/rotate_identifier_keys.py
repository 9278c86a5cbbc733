"""Re-encrypt every stored CNIC and passport number under the newest key.

Rotation: put a new Fernet key first in PORTAL_ENCRYPTION_KEYS (keeping the old ones
after it), deploy, run this command, then remove the old keys. The keyed hashes do not
change, so look-ups keep working throughout.
"""

from django.core.management.base import BaseCommand

from apps.candidates.services import rotate_identifier_encryption


class Command(BaseCommand):
    help = "Re-encrypt stored identifiers under the first key of PORTAL_ENCRYPTION_KEYS."

    def handle(self, *args, **options):
        count = rotate_identifier_encryption()
        self.stdout.write(f"Re-encrypted the identifiers of {count} candidate(s).")
