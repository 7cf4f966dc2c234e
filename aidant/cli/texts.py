"""What the command line says when its own arguments or input are refused.

Only errors live here: what the commands print on success (and argparse's help) stays French
text in the handlers, the command line being an edge. Member name: the stable code; value: the
French sentence with `{named}` fields (see `aidant.domain.errors.Text`).
"""

from __future__ import annotations

from aidant.domain.errors import Text


class CliText(Text):
    ENTRIES_DIFFER = "Les deux saisies ne correspondent pas."
    SECRET_EXPECTED = "Secret attendu sur l'entrée standard ({prompt})."
    AGENT_EXPECTED = "Indiquez l'agent qui agit avec --as IDENTIFIANT (ou la variable {variable})."
    NO_GUI = "L'interface graphique n'est pas disponible dans ce mode."
    KEY_NOT_HEX = "La clé saisie contient des caractères qui ne sont pas hexadécimaux."
    KEY_WRONG_LENGTH = "La clé saisie doit faire {digits} caractères hexadécimaux."
    ANSWER_EXPECTED = "Réponse (oui ou non) attendue sur l'entrée standard."
    ANSWER_UNCLEAR = "Réponse incomprise « {answer} » : répondez oui ou non."
    VAULT_SECRETS_NOWHERE = (
        "Indiquez où écrire la carte et la feuille de secours (--card-pdf et --recovery-pdf) : "
        "elles ne sont affichées à l'écran qu'avec --show-secrets."
    )
    NO_SUCH_FOLDER = "Le dossier de « {path} » n'existe pas."
    DATE_INVALID_ISO = "Date invalide « {text} » : écrivez AAAA-MM-JJ."
    DATE_UNREADABLE = "Date illisible « {text} » : écrivez-la JJ/MM/AAAA, par exemple 14/05/1946."
    PDF_OUT_NEEDED = "Indiquez le fichier PDF à écrire avec --out FICHIER.pdf."
    PERIOD_NEEDED = "Indiquez la période avec --from DATE et --to DATE."
    UNKNOWN_ENTRY_KIND = "Type d'entrée inconnu parmi : {kinds}."
    NOT_TEXT = "Le fichier « {path} » n'est pas un texte lisible."
    ERASE_NOT_CONFIRMED = (
        "Le nom tapé ne correspond pas au nom de famille de cette personne : rien n'a été effacé."
    )
    ERASE_ANSWER_MISSING = (
        "Nom de famille attendu sur l'entrée standard (ou --yes) : rien n'a été effacé."
    )
