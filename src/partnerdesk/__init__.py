"""partnerdesk: partners, people and dialogue sessions of an outreach programme."""

from importlib import metadata

try:
    __version__ = metadata.version("partnerdesk")
except metadata.PackageNotFoundError:  # running from a source tree without install
    __version__ = "0.1.0"

APP_NAME = "partnerdesk"
ORGANISATION_NAME = "partnerdesk"
