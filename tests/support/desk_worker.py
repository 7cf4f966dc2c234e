"""One workstation doing mixed counter work on a site server, as a separate OS process.

Run as `python -m tests.support.desk_worker DATA_DIR LOGIN PASSWORD SEED SECONDS REPORT`. The
data folder holds only `site.json`, naming the server (a second PC of the site), and
`shared.json`, the ids of the people every desk serves; the process opens the site as the
agent's own server login (`prepare().enter`, as the application does), then until SECONDS
have passed draws one act at a time through the real services: register a person (a new one,
or one of a few names every desk types, which the duplicate check must catch), make and consent
to a mandate, revoke one, record an action, for its own people and for people every desk
shares, deposit a small document in a shared person's vault. It writes what it did, and any
unexpected error, as JSON to REPORT. `tests/aidant/test_desk_processes.py` checks the server
afterwards.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import random
import string
import sys
import time
import traceback
from collections import Counter
from pathlib import Path

from aidant import vault
from aidant.domain.actors import Actor
from aidant.domain.enums import MandateDuration
from aidant.domain.errors import AidantError
from aidant.domain.ids import UsagerId
from aidant.mandates import active_mandates_of, create_mandate, record_action, record_consent
from aidant.mandates import revoke as revoke_mandate
from aidant.mandates.service import consent_checklist
from aidant.people import usagers
from aidant.setup.opening import prepare
from aidant.site.context import SiteContext
from aidant.site.paths import DataPaths
from tests.support.costs import TEST_COSTS

#: Names every desk registers now and then, with the same birth date: one usager each, ever.
SHARED_NAMES = tuple(f"Commun{n:02d}" for n in range(8))
SHARED_BIRTH = dt.date(1955, 6, 1)
#: The ids of the people registered before the desks start, whom every desk serves.
SHARED_FILE = "shared.json"
DEMARCHES = ("logement", "social", "travail")
ANSWERS = {p.id: True for p in consent_checklist()}
#: A small document, as a scan would be (its bytes do not matter to a deposit).
DOCUMENT = b"%PDF-1.4\n% desk worker\n" + bytes(range(256)) * 8


class Desk:
    def __init__(self, ctx: SiteContext, agent: Actor, rng: random.Random) -> None:
        self.ctx, self.agent, self.rng = ctx, agent, rng
        self.own: list[UsagerId] = []
        self.done: Counter[str] = Counter()
        self.unexpected: list[str] = []
        shared = json.loads((ctx.paths.root / SHARED_FILE).read_text("utf-8"))
        self.shared = [UsagerId(i) for i in shared]

    def person(self) -> UsagerId:
        pool = self.own if self.own and self.rng.random() < 0.5 else self.shared
        return self.rng.choice(pool)

    def step(self, n: int) -> None:
        draw = self.rng.random()
        if draw < 0.15:
            made = usagers.register(self.ctx, self.agent, random_name(self.rng), "Sam", None)
            self.own.append(made.id)
            self.done["registered"] += 1
        elif draw < 0.25:
            name = self.rng.choice(SHARED_NAMES)
            try:
                usagers.register(self.ctx, self.agent, name, "Alex", SHARED_BIRTH)
                self.done["registered"] += 1
            except usagers.DuplicateSuspected:
                self.done["duplicate_warned"] += 1
        elif draw < 0.55:
            person = self.person()
            demarches = self.rng.sample(DEMARCHES, self.rng.randint(1, 2))
            draft = create_mandate(self.ctx, self.agent, person, demarches, MandateDuration.MONTH)
            self.done["mandate_created"] += 1
            record_consent(self.ctx, self.agent, draft.id, ANSWERS, True)
            self.done["consent_given"] += 1
        elif draw < 0.6:
            # A small document into one of the shared people's vaults (no vault secret needed).
            person = self.rng.choice(self.shared)
            vault.deposit(self.ctx, self.agent, person, io.BytesIO(DOCUMENT), title=f"Pièce {n}")
            self.done["document_deposited"] += 1
        elif draw < 0.7:
            active = active_mandates_of(self.ctx, self.person())
            if active:
                try:
                    revoke_mandate(self.ctx, self.agent, self.rng.choice(active).id, "Fin")
                    self.done["revoked"] += 1
                except AidantError:  # another desk ended it first: said, nothing written
                    self.done["revoke_refused"] += 1
        else:
            try:
                record_action(
                    self.ctx, self.agent, self.person(), self.rng.choice(DEMARCHES), f"Acte {n}"
                )
                self.done["action_recorded"] += 1
            except AidantError:  # no authorisation for it (journalled as a refusal)
                self.done["action_refused"] += 1


def random_name(rng: random.Random) -> str:
    """A name no other is close to (the duplicate check warns of close names)."""
    return "".join(rng.choices(string.ascii_lowercase, k=12)).capitalize()


def main() -> None:
    data_dir, login, password = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    seed, seconds, report = int(sys.argv[4]), float(sys.argv[5]), Path(sys.argv[6])
    # The real opening of a desk: the agent's own server login, their keys from its slot.
    ctx, agent = prepare(DataPaths(data_dir), costs=TEST_COSTS).enter(login, password)
    desk: Desk | None = None
    try:
        desk = Desk(ctx, agent, random.Random(seed))
        deadline = time.monotonic() + seconds
        n = 0
        while time.monotonic() < deadline:
            n += 1
            try:
                desk.step(n)
            except Exception:  # noqa: BLE001 - reported to the test, which fails on it
                desk.unexpected.append(traceback.format_exc(limit=4))
    finally:
        ctx.close()
        result = {"done": dict(desk.done) if desk else {}, "unexpected": []}
        if desk is not None:
            result["unexpected"] = desk.unexpected[:5]
        report.write_text(json.dumps(result))


if __name__ == "__main__":
    main()
