"""Django settings for udsyn: one file, configured by UDSYN_* environment variables."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(f"UDSYN_{name}", default)


def env_bool(name: str, default: bool = False) -> bool:
    return env_str(name, "1" if default else "0").lower() in ("1", "true", "yes", "on")


def env_int(name: str, default: int) -> int:
    return int(env_str(name, str(default)))


DATA_DIR = Path(env_str("DATA_DIR", str(BASE_DIR.parent / "var")))
SECRET_KEY = env_str("SECRET_KEY", "dev-only-insecure-key-change-me")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_str("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver").split(",")
CSRF_TRUSTED_ORIGINS = [o for o in env_str("CSRF_TRUSTED_ORIGINS").split(",") if o]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "drf_spectacular",
    "simple_history",
    "axes",
    "udsyn.core",
    "udsyn.accounts",
    "udsyn.organisations",
    "udsyn.memberships",
    "udsyn.partners",
    "udsyn.projects",
    "udsyn.visits",
    "udsyn.strategies",
    "udsyn.imports",
    "udsyn.reports",
    "udsyn.delegation",
    "udsyn.dashboard",
    "udsyn.demo",
    "udsyn.search",
    "udsyn.benchmark",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "udsyn.core.middleware.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "udsyn.core.middleware.DanishByDefaultMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last, as django-axes asks: turns a login refused for too many failures into the lockout page.
    "axes.middleware.AxesMiddleware",
]

if env_bool("BENCH_QUERIES"):  # a benchmark's server says how many queries each response took
    MIDDLEWARE.insert(0, "udsyn.benchmark.middleware.QueryCountMiddleware")

ROOT_URLCONF = "udsyn.urls"
WSGI_APPLICATION = "udsyn.wsgi.application"
AUTH_USER_MODEL = "accounts.User"
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "dashboard"
LOGOUT_REDIRECT_URL = "login"

# Logins and API tokens: after LOGIN_FAILURE_LIMIT wrong passwords for one username from one address, that pair is
# locked out for LOGIN_LOCKOUT_MINUTES (django-axes; a success resets the count). The lockout page says so in Danish;
# an administrator lifts it early in the admin (Access attempts) or with `udsyn axes_reset_username NAME`.
# udsyn's UserBackend logs in as Django's ModelBackend does and reads a session's user with their department and
# municipality (a query or two less on every page); Django's own stays listed so sessions opened before keep working.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "udsyn.accounts.backends.UserBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("LOGIN_LOCKOUT_MINUTES", 30))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "udsyn.accounts.lockout.locked_out"
AXES_VERBOSE = False
# Behind a reverse proxy the visitor's address comes from its header (the same one the delegation form's limit reads).
if env_str("CLIENT_ADDRESS_HEADER"):
    AXES_IPWARE_META_PRECEDENCE_ORDER = ("HTTP_" + env_str("CLIENT_ADDRESS_HEADER").upper().replace("-", "_"),
                                         "REMOTE_ADDR")

# Django's password rules for every password set by a person (the password forms, `udsyn createuser`).
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Production behind HTTPS (UDSYN_HTTPS=1): HTTP redirects to HTTPS, browsers are told to use HTTPS only (HSTS), and
# cookies travel only over HTTPS. Behind a proxy that ends TLS, UDSYN_PROXY_SSL_HEADER names the header saying the
# visitor used HTTPS (e.g. X-Forwarded-Proto). `udsyn check --deploy` is clean with these and a real secret key.
HTTPS = env_bool("HTTPS", False)
SECURE_SSL_REDIRECT = HTTPS
SECURE_HSTS_SECONDS = env_int("HSTS_SECONDS", 31_536_000) if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
SECURE_HSTS_PRELOAD = HTTPS
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
if env_str("PROXY_SSL_HEADER"):
    SECURE_PROXY_SSL_HEADER = ("HTTP_" + env_str("PROXY_SSL_HEADER").upper().replace("-", "_"), "https")
# Scripts and styles only from the site's own files: no inline script, style or event handler runs
# (udsyn.core.middleware.ContentSecurityPolicyMiddleware; UDSYN_CONTENT_SECURITY_POLICY replaces it, empty: none).
CONTENT_SECURITY_POLICY = env_str(
    "CONTENT_SECURITY_POLICY",
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'",
)

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
                "udsyn.core.context_processors.navigation",
            ],
        },
    },
]


def database_config() -> dict:
    url = env_str("DATABASE_URL")
    if url:
        config = dj_database_url.parse(url, conn_max_age=60)
        if config["ENGINE"].endswith("postgresql"):
            # No JIT compilation: the register's queries read few rows through indexes, and PostgreSQL's JIT, which
            # its cost estimates switch on for a large join or export, spent seconds compiling a query that runs in
            # a fraction of one (an export of 100,000 projects: 3.8 s of JIT for 0.7 s of work).
            options = config.setdefault("OPTIONS", {})
            options["options"] = f"{options.get('options', '')} -c jit=off".strip()
        return config
    # SQLite tuned for a small web app with a background worker: WAL lets readers
    # run beside the writer, IMMEDIATE takes the write lock at BEGIN so two writers
    # queue on busy_timeout instead of failing half-way with "database is locked".
    path = Path(env_str("SQLITE_PATH", str(DATA_DIR / "udsyn.sqlite3")))
    path.parent.mkdir(parents=True, exist_ok=True)  # a fresh checkout has no var/ yet
    return {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": str(path),
        "OPTIONS": {
            "timeout": 20,
            "transaction_mode": "IMMEDIATE",
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;",
        },
        "TEST": {"NAME": env_str("SQLITE_TEST_PATH", "") or None},
    }


DATABASES = {"default": database_config()}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
FORMS_URLFIELD_ASSUME_HTTPS = True

LANGUAGE_CODE = "da"
LANGUAGES = [("da", "Dansk"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
# English dates day before month, as read in Denmark (udsyn/core/formats/en); Danish keeps Django's own.
FORMAT_MODULE_PATH = ["udsyn.core.formats"]
TIME_ZONE = env_str("TIME_ZONE", "Europe/Copenhagen")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = DATA_DIR / "static"
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # WhiteNoise serves from finders; it still wants this folder
STATICFILES_DIRS = [BASE_DIR / "static"]  # project-wide CSS and vendored JS (udsyn/static)
MEDIA_URL = "media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(DATA_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True

# Uploads: files larger than this are refused with a clear message (issue: 50 MB default).
UPLOAD_MAX_MB = env_int("UPLOAD_MAX_MB", 50)
# Imports: process uploaded documents in the web process (no worker needed; the SQLite default) or leave
# them to `udsyn worker` (production: set UDSYN_IMPORT_INLINE=0).
IMPORT_INLINE = env_bool("IMPORT_INLINE", not env_str("DATABASE_URL"))
# Inline, the web process reads an upload on a thread of its own, so the upload answers at once and the batch page
# follows the reading; off, the request waits until the documents are read.
IMPORT_INLINE_THREAD = env_bool("IMPORT_INLINE_THREAD", True)
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FILES = 100

# E-mail (letters to delegations): SMTP when UDSYN_EMAIL_HOST is set, else printed on the console (development).
EMAIL_HOST = env_str("EMAIL_HOST")
EMAIL_BACKEND = ("django.core.mail.backends.smtp.EmailBackend" if EMAIL_HOST
                 else "django.core.mail.backends.console.EmailBackend")
EMAIL_PORT = env_int("EMAIL_PORT", 587)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "udsyn@localhost")

# Delegation desk: the public request form's limits; files the public sends are kept outside MEDIA_ROOT and served
# only to staff who may see the request.
DELEGATION_REQUESTS_PER_HOUR = env_int("DELEGATION_REQUESTS_PER_HOUR", 5)
DELEGATION_ATTACHMENT_MAX_MB = env_int("DELEGATION_ATTACHMENT_MAX_MB", 10)
DELEGATION_MAX_ATTACHMENTS = 3
# Behind a reverse proxy: the header it puts the visitor's address in (e.g. X-Forwarded-For); empty: REMOTE_ADDR.
CLIENT_ADDRESS_HEADER = env_str("CLIENT_ADDRESS_HEADER")
PRIVATE_FILES_ROOT = Path(env_str("PRIVATE_FILES_ROOT", str(DATA_DIR / "private")))

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["udsyn.core.api_permissions.RecordPermission"],
    # Every API view parses JSON with a depth limit (udsyn.core.api.DecimalJSONParser) and answers a bad query
    # parameter with a 400 (udsyn.core.api.exception_handler).
    "DEFAULT_PARSER_CLASSES": [
        "udsyn.core.parsers.DecimalJSONParser",
        "rest_framework.parsers.FormParser",
        "rest_framework.parsers.MultiPartParser",
    ],
    "EXCEPTION_HANDLER": "udsyn.core.api.exception_handler",
    "DEFAULT_RENDERER_CLASSES": [
        "rest_framework.renderers.JSONRenderer",
        "udsyn.core.renderers.BrowsableAPIRenderer",
    ],
    # Asking for API tokens: at most this many requests a minute from one address (the lockout counts passwords).
    "DEFAULT_THROTTLE_RATES": {"token": env_str("TOKEN_REQUESTS_PER_MINUTE", "20") + "/min"},
    "DEFAULT_FILTER_BACKENDS": [
        "udsyn.core.filters.ScopedFilterBackend",  # filter choices limited to what the user may see
        "rest_framework.filters.OrderingFilter",
    ],
    "DEFAULT_PAGINATION_CLASS": "udsyn.core.pagination.RegisterPagination",
    "PAGE_SIZE": 50,
    "DEFAULT_SCHEMA_CLASS": "udsyn.core.schema.ApiSchema",  # with the error answers of every operation
}
SPECTACULAR_SETTINGS = {
    "TITLE": "udsyn API",
    "DESCRIPTION": "The register of a municipality's international work.",
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "COMPONENT_SPLIT_REQUEST": True,
    # One name for each choice set used by several fields (drf-spectacular warns otherwise, and check --deploy with it).
    "ENUM_NAME_OVERRIDES": {
        "CurrencyEnum": "udsyn.core.money.CURRENCIES",
        "CancelReasonEnum": "udsyn.delegation.models.CancelReason",
        "OutcomeEnum": "udsyn.delegation.models.Outcome",
        "OrganisationKindEnum": "udsyn.organisations.models.OrganisationKind",
        "RelationKindEnum": "udsyn.partners.models.RelationKind",
        "EventKindEnum": "udsyn.visits.models.EventKind",
        "LetterKindEnum": "udsyn.delegation.models.LetterKind",
    },
}

SIMPLE_HISTORY_HISTORY_CHANGE_REASON_USE_TEXT_FIELD = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "WARNING")},
}
