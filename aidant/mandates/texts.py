"""The sentences of mandates and actions, and the labels of a mandate's status.

Member names are stable codes; values are the French sentences with `{named}` fields (see
`aidant.domain.errors.Text`). `{demarche}` is a démarche's label (translated by the interface
under the `Demarches` context); `{point}` is a checklist point as the consent template words it.
"""

from __future__ import annotations

from aidant.domain.errors import Text


class StatusText(Text):
    """A mandate's status, as lists and forms show it (one member per `MandateStatus`)."""

    DRAFT = "projet (consentement non recueilli)"
    REFUSED = "refusé par la personne"
    ACTIVE = "actif"
    EXPIRED = "expiré"
    REVOKED = "révoqué"


class MandateText(Text):
    """Why a mandate or an action was refused, or what is missing to go on."""

    # Démarches
    UNKNOWN_DEMARCHE = "Démarche inconnue « {value} » (possibles : {possible})."
    NO_DEMARCHE_CHOSEN = "Choisissez au moins une démarche."
    DEMARCHE_NOT_OFFERED = "Le site ne propose pas la démarche « {demarche} »."
    # Finding a mandate
    MANDATE_NOT_FOUND = "Mandat introuvable."
    BAD_VERIFICATION_CODE = (
        "Ce code de vérification est mal formé (10 caractères, ex. 7K3QD-M9XPA)."
    )
    NO_MANDATE_WITH_CODE = "Aucun mandat ne porte ce code de vérification."
    STATUS_LIST_INVALID = (
        "La liste signée des mandats de ce site est absente, illisible ou a été modifiée : "
        "un agent la refait en ouvrant le site."
    )
    # Consent
    CONSENT_ALREADY_RECORDED = "Le consentement pour ce mandat a déjà été recueilli ou refusé."
    POINT_NOT_CONFIRMED = (
        "Le point {number} de la liste n'a pas été confirmé avec la personne : "
        "relisez-le avec elle, puis cochez-le."
    )
    # Revocation and renewal (one sentence per status that forbids them)
    REVOCATION_REASON_MISSING = (
        "Indiquez la raison de la révocation (par exemple « à sa demande »)."
    )
    ALREADY_REFUSED = "Ce mandat est déjà refusé par la personne : rien à révoquer."
    ALREADY_EXPIRED = "Ce mandat est déjà expiré : rien à révoquer."
    ALREADY_REVOKED = "Ce mandat est déjà révoqué : rien à révoquer."
    DEMARCHE_NOT_AUTHORISED = "Ce mandat n'autorise pas (ou plus) la démarche « {demarche} »."
    CANNOT_RENEW_DRAFT = "Un mandat projet (consentement non recueilli) ne peut pas être renouvelé."
    CANNOT_RENEW_REFUSED = "Un mandat refusé par la personne ne peut pas être renouvelé."
    CANNOT_RENEW_REVOKED = "Un mandat révoqué ne peut pas être renouvelé."
    NOT_A_DRAFT = (
        "Seul un projet de mandat (consentement non recueilli) peut être supprimé ; "
        "un mandat actif se révoque."
    )
    # Signed form and printed forms
    SIGNED_FORM_BEFORE_CONSENT = "Le formulaire signé ne peut être joint qu'après le consentement."
    DOCUMENT_NOT_IN_VAULT = "Document introuvable dans le coffre."
    DOCUMENT_OF_ANOTHER_PERSON = "Ce document est dans le coffre d'une autre personne."
    REFUSED_NO_FORM = "La personne a refusé ce mandat : il n'y a pas de formulaire à imprimer."
    NOTHING_REVOKED = "Aucune démarche de ce mandat n'a été révoquée."
    # Actions
    ACTION_DESCRIPTION_MISSING = "Décrivez brièvement ce qui a été fait."
    NOT_AUTHORISED_SITE = (
        "Aucun mandat actif n'autorise le site à agir pour cette personne en « {demarche} » : "
        "l'acte n'est pas enregistré ; ouvrez ou renouvelez un mandat avec son accord."
    )
    NOT_AUTHORISED_PROCHE = (
        "Aucun mandat actif n'autorise ce proche à agir pour cette personne en « {demarche} » : "
        "l'acte n'est pas enregistré ; ouvrez ou renouvelez un mandat avec son accord."
    )
