"""Mandates: given by a usager to the site or to a proche, with explicit consent.

`service` opens them (draft, consent), `ending` revokes and renews them, `signed_form` links
the signed paper, `queries` reads them, `actions` records the acts done under them, `forms`
prints them, `rules` holds the pure rules.
"""

from aidant.mandates.actions import ActionView, NotAuthorised, actions_of, record_action
from aidant.mandates.drafts import discard_draft
from aidant.mandates.ending import renew, revoke
from aidant.mandates.queries import (
    AuthorisationView,
    MandateView,
    Verification,
    active_mandates_of,
    expiring,
    find_by_code,
    get_mandate,
    mandates_of,
    verify,
)
from aidant.mandates.rules import STATUS_LABELS, MandateStatus
from aidant.mandates.service import (
    ChecklistPoint,
    consent_checklist,
    create_mandate,
    record_consent,
)
from aidant.mandates.signed_form import link_signed_form, signed_form_intact

__all__ = [
    "STATUS_LABELS",
    "ActionView",
    "AuthorisationView",
    "ChecklistPoint",
    "MandateStatus",
    "MandateView",
    "NotAuthorised",
    "Verification",
    "actions_of",
    "active_mandates_of",
    "consent_checklist",
    "create_mandate",
    "discard_draft",
    "expiring",
    "find_by_code",
    "get_mandate",
    "link_signed_form",
    "mandates_of",
    "record_action",
    "record_consent",
    "renew",
    "revoke",
    "signed_form_intact",
    "verify",
]
