"""Bad arguments and extreme values, across every command family: each refused with the
documented exit code and one French sentence (argparse's own messages included)."""

from __future__ import annotations

import pytest

from tests.aidant.faults.conftest import AGENT_PW, CHEF_PW, Case, Run, World, cases_ids, check

A = ("--as", "agent")
M = ("--as", "chef")
PW = AGENT_PW + "\n"
CPW = CHEF_PW + "\n"
LONG = "x" * 10_000
RLO = "Dupr\u202eé"  # a right-to-left override inside a name
NUL = "Du\x00pré"
BEL = "Dupr\x07é"
LF = "Du\npré"
ZWJ_BIDI = "Paul\u2066"

ARGUMENTS = [
    Case("no-such-command", ("frob",), 2, "choix invalide"),
    Case("unknown-option", ("--frob",), 2, "arguments inconnus"),
    Case("usager-add-no-names", (*A, "usager", "add"), 2, "obligatoires"),
    Case("usager-no-action", ("usager",), 2, "obligatoires"),
    Case("usager-bad-action", ("usager", "zap"), 2, "choix invalide"),
    Case("proche-add-no-given", (*A, "proche", "add", "--family", "X"), 2, "--given"),
    Case("mandate-create-no-duration", (*A, "mandate", "create", "--usager", "u"), 2, "--duration"),
    Case(
        "mandate-create-bad-duration",
        (*A, "mandate", "create", "--usager", "u", "--duration", "7", "--demarche", "logement"),
        2,
        "choix invalide",
    ),
    Case("mandate-revoke-no-reason", (*A, "mandate", "revoke", "m"), 2, "--reason"),
    Case(
        "mandate-revoke-bad-demarche",
        (*A, "mandate", "revoke", "m", "--reason", "r", "--demarche", "lune"),
        2,
        "choix invalide",
    ),
    Case("action-no-demarche", (*A, "action", "record", "--usager", "u"), 2, "obligatoires"),
    Case("vault-no-action", ("vault",), 2, "obligatoires"),
    Case("vault-deposit-no-file", (*A, "vault", "deposit", "--usager", "u"), 2, "FICHIER"),
    Case(
        "vault-deposit-pages-not-int",
        (*A, "vault", "deposit", "--usager", "u", "--pages", "deux", "f"),
        2,
        "valeur invalide",
    ),
    Case(
        "vault-list-two-ways",
        ("vault", "list", "--usager", "u", "--passphrase", "--recovery"),
        2,
        "incompatible",
    ),
    Case(
        "agent-add-bad-role",
        (*M, "agent", "add", "--login", "a", "--name", "A", "--role", "roi"),
        2,
        "choix invalide",
    ),
    Case("audit-bad-format", ("audit", "--format", "docx"), 2, "choix invalide"),
    Case("stats-bad-format", ("stats", "--format", "xls"), 2, "choix invalide"),
    Case("stats-merge-no-files", ("stats", "merge"), 2, "obligatoires"),
    Case("key-no-action", ("key",), 2, "obligatoires"),
    Case("key-sheet-no-file", ("key", "sheet"), 2, "obligatoires"),
    Case("backup-no-folder", ("backup",), 2, "obligatoires"),
    Case("journal-bad-action", ("journal", "repair"), 2, "choix invalide"),
    Case("init-no-name", ("init",), 2, "--site-name"),
    Case("data-dir-no-value", ("--data-dir",), 2, "valeur est attendue"),
    Case("wipe-unknown-option", ("wipe", "--now"), 2, "arguments inconnus"),
    Case("no-agent", ("usager", "find", "x"), 2, "--as"),
    Case("no-password", (*A, "usager", "find", "x"), 2, "entrée standard"),
]

VALUES = [
    Case(
        "family-10000", (*A, "usager", "add", "--family", LONG, "--given", "A"), 2, "100", stdin=PW
    ),
    Case(
        "given-10000",
        (*A, "usager", "add", "--family", "A", "--given", LONG),
        2,
        "prénoms",
        stdin=PW,
    ),
    Case(
        "family-rlo",
        (*A, "usager", "add", "--family", RLO, "--given", "A"),
        2,
        "invisible",
        stdin=PW,
    ),
    Case(
        "family-bell",
        (*A, "usager", "add", "--family", BEL, "--given", "A"),
        2,
        "invisible",
        stdin=PW,
    ),
    Case(
        "family-newline",
        (*A, "usager", "add", "--family", LF, "--given", "A"),
        2,
        "invisible",
        stdin=PW,
    ),
    Case(
        "given-isolate",
        (*A, "usager", "add", "--family", "A", "--given", ZWJ_BIDI),
        2,
        "invisible",
        stdin=PW,
    ),
    Case(
        "family-blank",
        (*A, "usager", "add", "--family", "   ", "--given", "A"),
        5,
        "obligatoires",
        stdin=PW,
    ),
    Case(
        "birth-1800",
        (*A, "usager", "add", "--family", "A", "--given", "B", "--birth-date", "14/05/1800"),
        2,
        "01/01/1900",
        stdin=PW,
    ),
    Case(
        "birth-1899",
        (*A, "usager", "add", "--family", "A", "--given", "B", "--birth-date", "31/12/1899"),
        2,
        "plausible",
        stdin=PW,
    ),
    Case(
        "birth-future",
        (*A, "usager", "add", "--family", "A", "--given", "B", "--birth-date", "01/01/2999"),
        5,
        "futur",
        stdin=PW,
    ),
    Case(
        "birth-feb-30",
        (*A, "usager", "add", "--family", "A", "--given", "B", "--birth-date", "30/02/1950"),
        2,
        "illisible",
        stdin=PW,
    ),
    Case(
        "birth-words",
        (*A, "usager", "add", "--family", "A", "--given", "B", "--birth-date", "hier"),
        2,
        "illisible",
        stdin=PW,
    ),
    Case(
        "birth-place-long",
        (*A, "usager", "add", "--family", "A", "--given", "B", "--birth-place", LONG),
        2,
        "lieu",
        stdin=PW,
    ),
    Case(
        "phone-long",
        (*A, "usager", "add", "--family", "A", "--given", "B", "--phone", "0" * 500),
        2,
        "téléphone",
        stdin=PW,
    ),
    Case(
        "email-long",
        (*A, "usager", "add", "--family", "A", "--given", "B", "--email", "a" * 300 + "@x.fr"),
        2,
        "courriel",
        stdin=PW,
    ),
    Case(
        "proche-family-long",
        (*A, "proche", "add", "--family", LONG, "--given", "P"),
        2,
        "nom de famille",
        stdin=PW,
    ),
    Case(
        "proche-given-rlo",
        (*A, "proche", "add", "--family", "P", "--given", RLO),
        2,
        "invisible",
        stdin=PW,
    ),
    Case(
        "proche-relationship-long",
        (*A, "proche", "add", "--family", "P", "--given", "Q", "--relationship", LONG),
        2,
        "lien",
        stdin=PW,
    ),
    Case(
        "proche-nul",
        (*A, "proche", "add", "--family", NUL, "--given", "Q"),
        2,
        "invisible",
        stdin=PW,
    ),
    Case(
        "agent-name-long",
        (*M, "agent", "add", "--login", "zoe", "--name", LONG),
        2,
        "agent",
        stdin=CPW + "agent-password-9\n",
    ),
    Case(
        "agent-name-rlo",
        (*M, "agent", "add", "--login", "zoe", "--name", RLO),
        2,
        "invisible",
        stdin=CPW + "agent-password-9\n",
    ),
    Case(
        "agent-login-bad",
        (*M, "agent", "add", "--login", "Zoé !", "--name", "Zoé"),
        5,
        "",
        stdin=CPW + "agent-password-9\n",
    ),
    Case("usager-unknown", (*M, "usager", "erase", "nobody", "--yes"), 4, "introuvable", stdin=CPW),
    Case("mandate-unknown", (*A, "mandate", "show", "nothing"), 4, "", stdin=PW),
    Case("mandate-verify-garbage", ("mandate", "verify", "%%%"), 2, ""),
    Case(
        "revoke-reason-long",
        (*A, "mandate", "revoke", "{mandate}", "--reason", LONG),
        2,
        "motif",
        stdin=PW,
    ),
    Case(
        "revoke-reason-rlo",
        (*A, "mandate", "revoke", "{mandate}", "--reason", RLO),
        2,
        "invisible",
        stdin=PW,
    ),
    Case(
        "action-description-long",
        (
            *A,
            "action",
            "record",
            "--usager",
            "{usager}",
            "--demarche",
            "logement",
            "--description",
            LONG,
        ),
        2,
        "description",
        stdin=PW,
    ),
    Case(
        "action-description-bidi",
        (
            *A,
            "action",
            "record",
            "--usager",
            "{usager}",
            "--demarche",
            "logement",
            "--description",
            RLO,
        ),
        2,
        "invisible",
        stdin=PW,
    ),
    Case(
        "action-organisation-long",
        (
            *A,
            "action",
            "record",
            "--usager",
            "{usager}",
            "--demarche",
            "logement",
            "--description",
            "APL",
            "--organisation",
            LONG,
        ),
        2,
        "organisme",
        stdin=PW,
    ),
    Case(
        "action-no-mandate",
        (
            *A,
            "action",
            "record",
            "--usager",
            "{usager}",
            "--demarche",
            "argent",
            "--description",
            "virement",
        ),
        5,
        "",
        stdin=PW,
    ),
    Case(
        "deposit-title-long",
        (*A, "vault", "deposit", "--usager", "{usager}", "--title", LONG, "{tmp}/paper.txt"),
        2,
        "titre",
        stdin=PW,
    ),
    Case(
        "deposit-title-rlo",
        (*A, "vault", "deposit", "--usager", "{usager}", "--title", RLO, "{tmp}/paper.txt"),
        2,
        "invisible",
        stdin=PW,
    ),
    Case(
        "deposit-bad-category",
        (*A, "vault", "deposit", "--usager", "{usager}", "--category", "bijoux", "{tmp}/paper.txt"),
        2,
        "bijoux",
        stdin=PW,
    ),
    Case(
        "deposit-bad-expiry",
        (
            *A,
            "vault",
            "deposit",
            "--usager",
            "{usager}",
            "--expires",
            "2025-13-40",
            "{tmp}/paper.txt",
        ),
        2,
        "AAAA-MM-JJ",
        stdin=PW,
    ),
    Case(
        "deposit-negative-pages",
        (*A, "vault", "deposit", "--usager", "{usager}", "--pages", "-3", "{tmp}/paper.txt"),
        2,
        "négatif",
        stdin=PW,
    ),
    Case(
        "deposit-no-vault",
        (*A, "vault", "deposit", "--usager", "nobody", "{tmp}/paper.txt"),
        4,
        "",
        stdin=PW,
    ),
    Case(
        "vault-list-wrong-pin",
        (*A, "vault", "list", "--usager", "{usager}"),
        3,
        "",
        stdin=PW + "{card}\n0000\n",
    ),
    Case(
        "vault-list-bad-card",
        (*A, "vault", "list", "--usager", "{usager}"),
        2,
        "28",
        stdin=PW + "ZZZZ\n4826\n",
        never="",
    ),
    Case(
        "vault-export-unknown-doc",
        (*A, "vault", "export", "--usager", "{usager}", "nope", "{tmp}/out/x"),
        4,
        "",
        stdin=PW + "{card}\n4826\n",
    ),
    Case("audit-bad-date", (*M, "audit", "--from", "2025-02-30"), 2, "", stdin=CPW),
    Case("audit-unknown-kind", (*M, "audit", "--kind", "party"), 2, "", stdin=CPW),
    Case("agent-as-manager", (*A, "agent", "list"), 5, "responsable", stdin=PW),
    Case("wrong-password", (*A, "usager", "find", "x"), 3, "", stdin="nope\n"),
    Case("unknown-agent", ("--as", "ghost", "usager", "find", "x"), 3, "", stdin="nope\n"),
    Case("init-again", ("init", "--site-name", "Bis"), 5, "déjà", stdin=CPW + CPW),
]


def _paper(world: World) -> None:
    (world.tmp / "paper.txt").write_bytes(b"papier\n" * 10)


@pytest.mark.parametrize("case", ARGUMENTS + VALUES, ids=cases_ids(ARGUMENTS + VALUES))
def test_bad_values_are_answered(
    case: Case, world: World, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    _paper(world)
    check(case, world, run, monkeypatch)


@pytest.mark.parametrize(
    ("field", "argv"),
    [
        ("site", ("init", "--site-name", "S" * 10_000)),
        ("site-rlo", ("init", "--site-name", "Site\u202e")),
    ],
)
def test_site_name_is_bounded(field: str, argv: tuple[str, ...], run: Run) -> None:
    # On a fresh folder (the `isolated` data folder), before anything is made.
    from tests.aidant.faults.conftest import one_french_sentence

    code, _, err = run(*argv, stdin=CHEF_PW + "\n" + CHEF_PW + "\n")
    assert code == 2
    assert "nom du site" in one_french_sentence(code, err)
