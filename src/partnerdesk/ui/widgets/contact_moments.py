"""The contact-moments tab for organisation and person pages, and the quick log behind it.

They are defined with the contact moment dialog so their texts live in the sessions catalogue.
"""

from partnerdesk.ui.dialogs.contact_moment_dialog import ContactMomentsWidget, log_contact_moment

__all__ = ["ContactMomentsWidget", "log_contact_moment"]
