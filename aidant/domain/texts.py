"""What the domain's own rules say when they refuse (roles), what the tool says when the
machine is in the way (`FaultText`, `FaultPlace`: `aidant.domain.faults`), and why a typed
value is refused (`InputText`, `InputField`: `aidant.domain.inputs`).

Member name: the stable code; value: the French sentence with `{named}` fields
(see `aidant.domain.errors.Text`).
"""

from __future__ import annotations

from aidant.domain.errors import Text


class DomainText(Text):
    MANAGER_ONLY = "Seul un responsable du site peut faire cela."
    AGENT_ONLY = "Seul un agent connecté peut faire cela."


class FaultText(Text):
    """What the tool says when the machine, not the person, is in the way: a file system that
    refuses, a full disk, a damaged database (`aidant.domain.faults`). Each sentence says what
    happened and what to do; none blames a key for a disk, nor a disk for a key."""

    # The operating system refused a file or a folder (by errno family).
    READ_ONLY = (
        "« {path} » est sur un support en lecture seule : rendez ce dossier accessible en "
        "écriture (ou choisissez-en un autre), puis recommencez."
    )
    ACCESS_DENIED = (
        "Aidant n'a pas le droit d'utiliser « {path} » : demandez à l'administrateur du "
        "poste d'en donner l'accès, puis recommencez."
    )
    DISK_FULL = "Le disque de « {path} » est plein : libérez de la place, puis recommencez."
    QUOTA_EXCEEDED = (
        "Votre quota d'espace disque est atteint pour « {path} » : libérez de la place, "
        "puis recommencez."
    )
    NOT_FOUND = "« {path} » est introuvable : vérifiez le chemin, puis recommencez."
    ALREADY_EXISTS = "« {path} » existe déjà : choisissez un autre nom."
    NOT_A_FOLDER = "Une partie du chemin « {path} » n'est pas un dossier : vérifiez le chemin."
    IS_A_FOLDER = "« {path} » est un dossier et non un fichier : indiquez un fichier."
    NAME_TOO_LONG = "Le chemin « {path} » est trop long : choisissez un nom plus court."
    DEVICE_FAILED = (
        "Le support de « {path} » n'a pas répondu (débranché ou défaillant) : vérifiez-le, "
        "puis recommencez."
    )
    BUSY = "« {path} » est occupé par un autre programme : fermez-le, puis recommencez."
    TOO_MANY_OPEN = (
        "Le système a trop de fichiers ouverts : fermez d'autres programmes, puis recommencez."
    )
    OS_REFUSED = (
        "Le système a refusé d'utiliser « {path} » : vérifiez le support et ses droits, "
        "puis recommencez."
    )
    # The site's database.
    DATABASE_DAMAGED = (
        "La base de données du site est endommagée ({where}) : rien n'a été modifié. Le "
        "responsable doit restaurer la dernière sauvegarde (aidant self-test montre où)."
    )
    DATABASE_EMPTY = (
        "Le fichier de la base de données « {path} » est vide : le responsable doit "
        "restaurer la dernière sauvegarde."
    )
    DATABASE_TRUNCATED = (
        "Le fichier de la base de données « {path} » est tronqué : le responsable doit "
        "restaurer la dernière sauvegarde."
    )
    DATABASE_BUSY = (
        "La base de données est occupée par un autre programme Aidant : attendez qu'il ait "
        "fini, puis recommencez."
    )
    # The site server (PostgreSQL) went away while working: a transaction cut short is not
    # written, but a commit whose answer was lost may have been.
    SERVER_CONNECTION_LOST = (
        "La liaison avec le serveur du site est coupée : vérifiez le réseau et que le serveur "
        "est allumé, puis, avant de refaire la dernière opération, regardez si elle a été "
        "enregistrée."
    )
    # The command itself.
    INTERRUPTED = "Commande interrompue : ce qui était déjà enregistré reste valable."
    INTERNAL = (
        "Erreur interne inattendue : relancez avec --verbose pour les détails et signalez-la."
    )


class FaultPlace(Text):
    """Where a damaged database is damaged (the `{where}` of `FaultText.DATABASE_DAMAGED`)."""

    FILE_START = "début du fichier"
    #: The `{path}` of a database fault met where the data folder is not known.
    DATA_FOLDER = "dossier des données d'Aidant"
    STRUCTURE = "structure interne"
    DATA = "lecture des données"
    PAGES = "page(s) {pages}"
    TABLES = "table(s) {tables}"
    PAGES_AND_TABLES = "page(s) {pages} ; table(s) {tables}"


class InputText(Text):
    """Why a typed value is refused where it enters (`aidant.domain.inputs`)."""

    EMPTY = "Le champ « {field} » est vide."
    TOO_LONG = "Le champ « {field} » dépasse {max_length} caractères : raccourcissez-le."
    INVISIBLE_CHARACTER = (
        "Le champ « {field} » contient un caractère invisible ou de contrôle : retapez-le "
        "au clavier."
    )
    DATE_OUT_OF_RANGE = (
        "La date « {date} » ({field}) n'est pas plausible : elle doit être entre le {low} "
        "et le {high}."
    )
    FILE_TOO_BIG = "« {path} » dépasse {max_mb} Mo : déposez un fichier plus petit."
    NOT_A_REGULAR_FILE = (
        "« {path} » n'est pas un fichier ordinaire (tube, périphérique ou prise) : "
        "indiquez un fichier."
    )


class InputField(Text):
    """The names of the fields that `InputText` sentences speak of."""

    FAMILY_NAME = "nom de famille"
    GIVEN_NAMES = "prénoms"
    BIRTH_DATE = "date de naissance"
    BIRTH_PLACE = "lieu de naissance"
    PHONE = "téléphone"
    EMAIL = "courriel"
    RELATIONSHIP = "lien avec la personne"
    SITE_NAME = "nom du site"
    AGENT_NAME = "nom de l'agent"
    TITLE = "titre du document"
    REASON = "motif"
    DESCRIPTION = "description"
    ORGANISATION = "organisme"
