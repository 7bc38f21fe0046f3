"""Readers and writers for xlsx, csv and vCard files; no Qt and no SQLAlchemy here.

openpyxl parses XML safely only through defusedxml, and silently stops doing so when
``OPENPYXL_DEFUSEDXML`` is set to anything but "True"; refuse to run in that state.
"""

from partnerdesk.exchange.safety import require_defused_environment

require_defused_environment()
