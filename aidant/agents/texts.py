"""What the agents' services say when they refuse: accounts, login, one-time codes.

Member name: the stable code; value: the French sentence with `{named}` fields
(see `aidant.domain.errors.Text`).
"""

from __future__ import annotations

from aidant.domain.errors import Text


class AgentText(Text):
    LOGIN_INVALID = (
        "L'identifiant doit faire 2 à 64 caractères : minuscules, chiffres, point, tiret."
    )
    NAME_EMPTY = "Le nom de l'agent ne peut pas être vide."
    PASSWORD_TOO_SHORT = "Le mot de passe doit faire au moins {minimum} caractères."
    LOGIN_TAKEN = "L'identifiant « {login} » est déjà pris."
    NO_SUCH_AGENT = "Aucun agent « {login} »."
    BAD_LOGIN = "Identifiant ou mot de passe incorrect."
    TOTP_NEEDED = "Saisissez le code à 6 chiffres de votre application ou de votre carte."
    TOTP_NOT_ENROLLED = (
        "Ce site demande un code à usage unique et votre compte n'en a pas encore : "
        "demandez au responsable du site de vous en attribuer un."
    )
    LOCKED_SECONDS = "Trop d'essais incorrects : attendez {seconds} secondes avant de réessayer."
    LOCKED_ONE_MINUTE = "Trop d'essais incorrects : attendez 1 minute avant de réessayer."
    LOCKED_MINUTES = "Trop d'essais incorrects : attendez {minutes} minutes avant de réessayer."
    ACCOUNT_INACTIVE = "Ce compte est désactivé : un responsable du site peut le réactiver."
    CURRENT_PASSWORD_WRONG = "Le mot de passe actuel n'est pas le bon."
    ALREADY_INACTIVE = "L'agent « {login} » est déjà désactivé."
    ALREADY_ACTIVE = "L'agent « {login} » est déjà actif."
    NOT_YOURSELF = "Vous ne pouvez pas désactiver votre propre compte."
    LAST_MANAGER = (
        "C'est le dernier responsable actif du site : nommez-en un autre avant de le désactiver."
    )
    ROOT_KEY_NEEDED = (
        "Seul un responsable qui a ouvert le site sur ce poste avec son mot de passe peut "
        "certifier un agent."
    )
    NO_CERTIFICATE = (
        "Votre compte n'a pas de certificat valide : demandez à un responsable du site de vous "
        "donner un nouveau mot de passe."
    )
