"""Write the local `.env` with fresh secrets, adding only what is missing.

Run by `make` before anything else; stdlib only, so it works before the virtualenv
exists. Never used in production, where real environment variables are set.
"""

import base64
import os
import secrets
import sys
from pathlib import Path

ENV_FILE = Path(sys.argv[1] if len(sys.argv) > 1 else ".env")


def fernet_key() -> str:
    return base64.urlsafe_b64encode(os.urandom(32)).decode()


WANTED = {
    "DJANGO_SECRET_KEY": lambda: secrets.token_urlsafe(50),
    "DJANGO_DEBUG": lambda: "true",
    "PORTAL_ENCRYPTION_KEYS": fernet_key,
    "PORTAL_IDENTIFIER_HASH_KEY": lambda: secrets.token_urlsafe(48),
}

existing = ENV_FILE.read_text().splitlines() if ENV_FILE.exists() else []
present = {line.split("=", 1)[0].strip() for line in existing if "=" in line}
missing = [name for name in WANTED if name not in present]
if missing:
    with ENV_FILE.open("a") as env_file:
        for name in missing:
            env_file.write(f"{name}={WANTED[name]()}\n")
    print(f"{ENV_FILE}: wrote {', '.join(missing)} for local development")
