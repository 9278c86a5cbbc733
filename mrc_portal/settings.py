"""Settings for the MRC Portal, read from the environment.

Every variable is documented in README.md ("Configuration"). A `.env` file in the
project root is read for local development; real environment variables win over it.
"""

from pathlib import Path

import environ
from django.utils.translation import gettext_lazy as _

from apps.core.country_names import COUNTRY_NAMES

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
environ.Env.read_env(env.str("DJANGO_ENV_FILE", default=str(BASE_DIR / ".env")))

# --- Core -------------------------------------------------------------------

DEBUG = env.bool("DJANGO_DEBUG", default=False)
# No default: a server must never start with a key somebody else knows.
SECRET_KEY = env.str("DJANGO_SECRET_KEY")
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    # modeltranslation must come before the admin to patch its forms.
    "modeltranslation",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django.contrib.humanize",
    "crispy_forms",
    "crispy_bootstrap5",
    "django_filters",
    "phonenumber_field",
    "django_countries",
    "simple_history",
    "apps.core",
    "apps.centres",
    "apps.occupations",
    "apps.candidates",
    "apps.accounts",
    "apps.kiosk",
    "apps.listings",
    "apps.counselling",
    "apps.notifications",
    "apps.orientation",
    # Complaints against agents and employers (it reads counselling, listings and people).
    "apps.complaints",
    # Opening a centre with its staff (it writes centres, accounts and counsellors' hours).
    "apps.network",
    "apps.reports",
    "apps.audit",
    "apps.privacy",
    # Reference, demo and benchmark data (load_reference_data, seed_demo, bench_fixture):
    # it imports the apps listed before it, and none of them imports it.
    "apps.seeding",
    # The audit trail's writer; entries live in apps.audit's table (AUDITLOG_LOGENTRY_MODEL).
    "auditlog",
    # Lockout of staff logins after repeated failures (by account, never by address).
    "apps.accounts.apps.LoginLockoutConfig",  # django-axes
    "csp",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Staff sessions end after STAFF_IDLE_SECONDS without a request.
    "apps.accounts.middleware.StaffIdleTimeoutMiddleware",
    # Nothing answered to a logged-in account is kept by the browser.
    "apps.accounts.middleware.LoggedInPagesNotStoredMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Records who made each change that django-simple-history keeps.
    "simple_history.middleware.HistoryRequestMiddleware",
    # Records who made each change in the audit trail.
    "apps.audit.middleware.AuditMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "mrc_portal.urls"
WSGI_APPLICATION = "mrc_portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "apps.core.context_processors.portal",
                "apps.centres.context_processors.footer_centre",
            ],
        },
    },
]

# --- Database: PostgreSQL only ----------------------------------------------

DATABASES = {
    "default": env.db_url("DATABASE_URL", default="postgres://postgres@127.0.0.1:5432/mrc_portal"),
}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("DATABASE_CONN_MAX_AGE", default=60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
# Behind pgbouncer in transaction pooling mode a server-side cursor (QuerySet.iterator())
# would outlive the server connection it was opened on: turn them off there
# (docs/deployment.md, "Connection pooling").
DATABASES["default"]["DISABLE_SERVER_SIDE_CURSORS"] = env.bool(
    "DATABASE_DISABLE_SERVER_SIDE_CURSORS", default=False
)
if DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
    from django.core.exceptions import ImproperlyConfigured

    raise ImproperlyConfigured("DATABASE_URL must point to PostgreSQL (postgres://...).")

# A streaming replica of the primary, for the reports' counting only (apps/reports/
# routing.py; docs/deployment.md, "Read replicas for reporting"). Without it, every read
# and write goes to the primary.
if env.str("DATABASE_REPLICA_URL", default=""):
    DATABASES["replica"] = env.db_url("DATABASE_REPLICA_URL")
    if DATABASES["replica"]["ENGINE"] != "django.db.backends.postgresql":
        from django.core.exceptions import ImproperlyConfigured

        raise ImproperlyConfigured("DATABASE_REPLICA_URL must point to PostgreSQL.")
    DATABASES["replica"].update(
        {
            key: DATABASES["default"][key]
            for key in ("CONN_MAX_AGE", "CONN_HEALTH_CHECKS", "DISABLE_SERVER_SIDE_CURSORS")
        }
    )
    # In tests the replica is a second connection to the test database itself: a test
    # reads there what it committed, and no second database is created or migrated.
    DATABASES["replica"]["TEST"] = {"MIRROR": "default"}
    DATABASE_ROUTERS = ["apps.reports.routing.ReportingReplicaRouter"]

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Authentication ---------------------------------------------------------

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    # First, so a locked-out account is refused before its password is even checked.
    "axes.backends.AxesStandaloneBackend",
    # Django's ModelBackend, reading an account and its permissions in one query.
    "apps.accounts.backends.PortalBackend",
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "core:workspace"
LOGOUT_REDIRECT_URL = "core:home"
# How long a new account's one-time link to set its password works (unless used first).
PASSWORD_RESET_TIMEOUT = env.int("PORTAL_PASSWORD_LINK_DAYS", default=7) * 24 * 3600

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Internationalisation ---------------------------------------------------

LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("ur", _("Urdu")),
]
# The portal's own catalogue, then its corrections to Django's Urdu (locale/django),
# both read before Django's own catalogues.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale" / "django"]
TIME_ZONE = env.str("DJANGO_TIME_ZONE", default="Asia/Karachi")
USE_I18N = True
USE_TZ = True
# Day first in both languages, in display and in what forms accept (formats/en).
FORMAT_MODULE_PATH = ["mrc_portal.formats"]

MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_LANGUAGES = ("en", "ur")
# An Urdu reader sees the English text rather than nothing where Urdu is missing.
MODELTRANSLATION_FALLBACK_LANGUAGES = ("en",)

# django-countries has no Urdu catalogue; our own carries every country's Urdu name.
COUNTRIES_OVERRIDE = COUNTRY_NAMES

PHONENUMBER_DEFAULT_REGION = "PK"
PHONENUMBER_DEFAULT_FORMAT = "E164"

# --- Static files: served by whitenoise, hashed and compressed ----------------

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Uploaded files (orientation leaflets). Never served from a public URL: a view hands
# each one out after checking that its page is published.
MEDIA_ROOT = Path(env.str("PORTAL_MEDIA_ROOT", default=str(BASE_DIR / "var" / "media")))
MEDIA_URL = "/media-not-public/"
# Largest PDF leaflet an editor may upload.
ORIENTATION_LEAFLET_MAX_BYTES = env.int("ORIENTATION_LEAFLET_MAX_BYTES", default=5 * 1024 * 1024)

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

# --- Security ---------------------------------------------------------------

ADMIN_URL = env.str("DJANGO_ADMIN_URL", default="admin/")
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
SECURE_REFERRER_POLICY = "same-origin"

# Behind a TLS-terminating proxy (nginx) that sets X-Forwarded-Proto.
if env.bool("DJANGO_BEHIND_TLS_PROXY", default=False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# One switch for everything HTTPS-only; production sets it (see README).
HTTPS_ONLY = env.bool("DJANGO_HTTPS", default=False)
SECURE_SSL_REDIRECT = HTTPS_ONLY
SESSION_COOKIE_SECURE = HTTPS_ONLY
CSRF_COOKIE_SECURE = HTTPS_ONLY
LANGUAGE_COOKIE_SECURE = HTTPS_ONLY
SECURE_HSTS_SECONDS = env.int("DJANGO_HSTS_SECONDS", default=31536000 if HTTPS_ONLY else 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS_ONLY
SECURE_HSTS_PRELOAD = HTTPS_ONLY

# Login lockout (django-axes): by account only. Kiosks and a centre's desks share one
# address, so locking an address would lock out everyone; X-Forwarded-For is never read.
AXES_LOCKOUT_PARAMETERS = ["username"]
AXES_FAILURE_LIMIT = env.int("PORTAL_LOGIN_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = env.float("PORTAL_LOGIN_COOLOFF_HOURS", default=0.25)
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "apps.accounts.lockout.client_address"
# The page says how many minutes the lock lasts (accounts/locked_out.html, status 429).
AXES_LOCKOUT_CALLABLE = "apps.accounts.lockout.locked_out_response"
AXES_VERBOSE = False
# Log lines name the account by its number, never by the name typed.
AXES_CLIENT_STR_CALLABLE = "apps.accounts.lockout.client_for_log"
# axes.W006 asks for the address in the lockout key: deliberately not (see above).
SILENCED_SYSTEM_CHECKS = ["axes.W006"]

# Staff sessions (not the kiosk's: it has its own idle reset) end after this long idle.
STAFF_IDLE_SECONDS = env.int("STAFF_IDLE_SECONDS", default=30 * 60)

# Audit trail (django-auditlog, entries in apps.audit's append-only table). The
# address is not kept: kiosks and desks share one, and X-Forwarded-For is never read.
AUDITLOG_LOGENTRY_MODEL = "audit.AuditEntry"
AUDITLOG_DISABLE_REMOTE_ADDR = True
# Its own LogEntry table is swapped for ours; without migrations it is never created.
MIGRATION_MODULES = {"auditlog": None}

# --- Cache and sessions: one Redis for every worker of every instance ----------

# Django's cache API on Redis (django-redis). What each app caches, under which key and
# what makes it stale is written in that app's cache.py (apps/listings/cache.py, ...).
# If Redis stops answering, reads miss and writes are dropped (and logged): pages are
# slower, never wrong, never broken, and nothing is lost (sessions are in PostgreSQL).
REDIS_URL = env.str("REDIS_URL", default="redis://127.0.0.1:6379/0")
CACHES = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": REDIS_URL,
        # Portals on different databases (a demo, the benchmark's, a test run) may share
        # one Redis: each under its own prefix, by default its database's name.
        "KEY_PREFIX": env.str("PORTAL_CACHE_PREFIX", default=DATABASES["default"]["NAME"]),
        "TIMEOUT": 300,
        "OPTIONS": {
            "IGNORE_EXCEPTIONS": True,
            # A Redis that is gone costs a page at most these fractions of a second.
            "SOCKET_CONNECT_TIMEOUT": env.float("REDIS_TIMEOUT_SECONDS", default=0.25),
            "SOCKET_TIMEOUT": env.float("REDIS_TIMEOUT_SECONDS", default=0.25),
        },
    },
}
DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True

# Sessions read from Redis, written to PostgreSQL too: a restarted or lost Redis logs
# nobody out, and a logout or a kiosk reset deletes the session from both at once.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# How long a dashboard's and a monthly page's numbers may be shown before they are
# counted again (per centre, period and language); the CSV export always counts afresh.
PORTAL_REPORT_CACHE_SECONDS = env.int("PORTAL_REPORT_CACHE_SECONDS", default=300)

# How long a listing's ranking of a centre's people is reused (per listing as last
# saved, centre and day); each page still reads its people and their applications.
PORTAL_MATCHING_CACHE_SECONDS = env.int("PORTAL_MATCHING_CACHE_SECONDS", default=300)

# How long public job pages, job searches and their choices are cached at most. Any
# change to what they show retires them at once (apps/listings/cache.py): this only
# bounds the memory they hold.
PORTAL_PUBLIC_PAGE_SECONDS = env.int("PORTAL_PUBLIC_PAGE_SECONDS", default=3600)

# Public look-up pages (is this agent licensed?): how many look-ups one client may make
# in a window of time (apps/core/ratelimit.py: a logged-in kiosk by its session, anyone
# else by the connection's address, never by X-Forwarded-For), and the time every
# answer takes at least, found or not (apps/core/even_time.py). Behind a proxy every
# visitor has the proxy's address: the address limit is then for all of them together,
# and the proxy limits each one (docs/deployment.md).
PORTAL_PUBLIC_LOOKUP_LIMIT = env.int("PORTAL_PUBLIC_LOOKUP_LIMIT", default=30)
PORTAL_PUBLIC_LOOKUP_ADDRESS_LIMIT = env.int("PORTAL_PUBLIC_LOOKUP_ADDRESS_LIMIT", default=None)
PORTAL_PUBLIC_LOOKUP_WINDOW_SECONDS = env.int("PORTAL_PUBLIC_LOOKUP_WINDOW_SECONDS", default=600)
PORTAL_PUBLIC_LOOKUP_MIN_SECONDS = env.float("PORTAL_PUBLIC_LOOKUP_MIN_SECONDS", default=0.3)

# Data protection: a person with no activity for this many years is anonymised by
# `manage.py anonymise --inactive` (apps/privacy), run daily by cron.
PORTAL_RETENTION_YEARS = env.int("PORTAL_RETENTION_YEARS", default=5)

# Content-Security-Policy: everything from the portal itself, nothing inline.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    },
}

# --- Portal -----------------------------------------------------------------

# Protected identifiers (CNIC, passport): Fernet keys newest first, and the key of the
# hash used for exact look-up. Required: see apps/candidates/identifiers.py.
PORTAL_ENCRYPTION_KEYS = env.list("PORTAL_ENCRYPTION_KEYS")
PORTAL_IDENTIFIER_HASH_KEY = env.str("PORTAL_IDENTIFIER_HASH_KEY")

# Seconds without a touch before the kiosk warns, then returns to the start and erases
# the session; the warning shows for the last KIOSK_IDLE_WARNING_SECONDS.
KIOSK_IDLE_SECONDS = env.int("KIOSK_IDLE_SECONDS", default=120)
KIOSK_IDLE_WARNING_SECONDS = env.int("KIOSK_IDLE_WARNING_SECONDS", default=20)
# The centre whose helpline the public pages show to visitors who are not logged in.
PORTAL_DEFAULT_CENTRE_CODE = env.str("PORTAL_DEFAULT_CENTRE_CODE", default="LHR")
# seed_demo writes demo users with known passwords: never on a real server.
DEMO_DATA_ALLOWED = env.bool("DJANGO_ALLOW_DEMO_DATA", default=DEBUG)
CHROMIUM_PATH = env.str("CHROMIUM_PATH", default="/usr/bin/chromium")

# --- Notifications: messages to the person (apps/notifications/backends.py) --------

# The class that sends them: ConsoleBackend or FileBackend in development,
# HttpSmsGatewayBackend or EmailBackend (or any class with `name` and `send`) in production.
PORTAL_NOTIFICATION_BACKEND = env.str(
    "PORTAL_NOTIFICATION_BACKEND", default="apps.notifications.backends.ConsoleBackend"
)
PORTAL_NOTIFICATION_FILE_DIR = Path(
    env.str("PORTAL_NOTIFICATION_FILE_DIR", default=str(BASE_DIR / "var" / "notifications"))
)
# HttpSmsGatewayBackend POSTs {"to", "text"} here with "Authorization: Bearer <token>".
PORTAL_SMS_GATEWAY_URL = env.str("PORTAL_SMS_GATEWAY_URL", default="")
PORTAL_SMS_GATEWAY_TOKEN = env.str("PORTAL_SMS_GATEWAY_TOKEN", default="")
PORTAL_SMS_GATEWAY_TIMEOUT = env.float("PORTAL_SMS_GATEWAY_TIMEOUT", default=10.0)
# EmailBackend sends through Django's mail settings, all from one URL such as
# smtp+tls://user:password@mail.example.org:587 (the default prints mail to the console).
vars().update(env.email_url("DJANGO_EMAIL_URL", default="consolemail://"))
DEFAULT_FROM_EMAIL = env.str("DJANGO_DEFAULT_FROM_EMAIL", default="noreply@localhost")

# --- Logging: to the console, no personal data --------------------------------

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "{asctime} {levelname} {name}: {message}", "style": "{"},
    },
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env.str("DJANGO_LOG_LEVEL", default="INFO")},
    "filters": {
        "no_query_strings": {"()": "apps.core.logging.DropQueryStrings"},
        "refusals_on_one_line": {"()": "apps.core.logging.RefusalsOnOneLine"},
    },
    "loggers": {
        # Request bodies never reach the log; only method, path and status do.
        "django.request": {"level": "WARNING", "filters": ["refusals_on_one_line"]},
        # The development server's access log: without query strings, which may carry
        # a certificate code or a search.
        "django.server": {"filters": ["no_query_strings"]},
        # Per-render progress of the certificate PDF.
        "weasyprint": {"level": "WARNING"},
        "fontTools": {"level": "WARNING"},
    },
}
