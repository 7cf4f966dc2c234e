"""The site store: one SQLAlchemy model per domain noun of DESIGN.md §3.

Conventions: ids are UUID strings (safe to merge across workstations), times are aware UTC
(`UtcDateTime`), enums are stored as their string values (portable to PostgreSQL), and
anything personal about a usager lives in the `usagers` row only, so that erasing it leaves
the journal (which holds ids, never names) verifiable.
"""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    Enum,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from aidant.domain.enums import ConsentAnswer, HolderKind, MandateDuration, Role, SlotKind
from aidant.storage.types import UtcDateTime

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def _enum(cls: type[enum.Enum]) -> Enum:
    # Stored as VARCHAR of the value: no native enum type, so PostgreSQL migrations stay simple.
    return Enum(
        cls,
        native_enum=False,
        create_constraint=False,
        length=32,
        values_callable=lambda members: [m.value for m in members],
    )


class Site(Base):
    __tablename__ = "sites"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    #: Public half of the journal signing key (hex), so anyone can check checkpoints.
    signing_public_key: Mapped[str] = mapped_column(String(64))
    demo: Mapped[bool] = mapped_column(Boolean, default=False)
    #: Public half of the site root key (hex), which signs the agents' certificates; None on a
    #: site made before certificates, until its first manager login.
    root_public_key: Mapped[str | None] = mapped_column(String(64), nullable=True)


class SiteSetting(Base):
    """One policy value of the site (démarches offered, timeouts, wipe plan, retention...)."""

    __tablename__ = "site_settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[object] = mapped_column(JSON)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class Agent(Base):
    __tablename__ = "agents"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    login: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[Role] = mapped_column(_enum(Role))
    #: Argon2id hash with its parameters (see crypto.passwords).
    password_hash: Mapped[str] = mapped_column(String(255))
    totp_secret: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    #: The 30-second step of the last TOTP code accepted: a code is never accepted twice.
    totp_last_step: Mapped[int | None] = mapped_column(Integer, nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    last_login_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)


class LoginThrottle(Base):
    """Failed attempts on a login that names no agent, so that unknown logins meet the same
    growing delay as real ones and the answers do not tell which logins exist."""

    __tablename__ = "login_throttles"

    #: SHA-256 of the site id and the login typed (never the login itself).
    key_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class Usager(Base):
    __tablename__ = "usagers"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    family_name: Mapped[str] = mapped_column(String(200))
    given_names: Mapped[str] = mapped_column(String(200))
    #: Indexed: the duplicate check looks up people born the same day.
    birth_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True, index=True)
    birth_place: Mapped[str | None] = mapped_column(String(200), nullable=True)
    phone: Mapped[str | None] = mapped_column(String(40), nullable=True)
    email: Mapped[str | None] = mapped_column(String(254), nullable=True)
    #: Lower-case, accent-free "family given" for accent- and case-insensitive search.
    search_key: Mapped[str] = mapped_column(String(400), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    #: Set when personal data was erased; the row stays as a pseudonymous id for the journal.
    erased_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)
    #: The person's own key for what the journal keeps sealed about them (old values of a
    #: corrected identity); made at the first correction, set to NULL by erasure (shredding).
    journal_key: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)

    mandates: Mapped[list[Mandate]] = relationship(back_populates="usager")


class Proche(Base):
    """A relative or informal carer who may hold a mandate from a usager."""

    __tablename__ = "proches"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    family_name: Mapped[str] = mapped_column(String(200))
    given_names: Mapped[str] = mapped_column(String(200))
    relationship_label: Mapped[str | None] = mapped_column(String(100), nullable=True)
    phone: Mapped[str | None] = mapped_column(String(40), nullable=True)
    email: Mapped[str | None] = mapped_column(String(254), nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class LegalText(Base):
    """One version of a printed form's text, stored once and named by its SHA-256.

    Mandates point to the text they were given under; the content hash of a mandate covers
    that SHA-256, so a changed text no longer matches its mandates.
    """

    __tablename__ = "legal_texts"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    form: Mapped[str] = mapped_column(String(32))
    version: Mapped[str] = mapped_column(String(32))
    lang: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    first_used_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class Mandate(Base):
    __tablename__ = "mandates"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    usager_id: Mapped[str] = mapped_column(ForeignKey("usagers.id"), index=True)
    holder_kind: Mapped[HolderKind] = mapped_column(_enum(HolderKind))
    proche_id: Mapped[str | None] = mapped_column(ForeignKey("proches.id"), nullable=True)
    #: The agent who opened the mandate (and witnessed it, for a proche).
    agent_id: Mapped[str] = mapped_column(ForeignKey("agents.id"))
    duration: Mapped[MandateDuration] = mapped_column(_enum(MandateDuration))
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    starts_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    expires_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, index=True)
    consent: Mapped[ConsentAnswer] = mapped_column(_enum(ConsentAnswer))
    consent_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)
    #: Version of the legal template the consent form was printed from, and its text, stored
    #: once in `legal_texts` (several kilobytes, the same for thousands of mandates).
    template_version: Mapped[str] = mapped_column(String(32))
    template_sha256: Mapped[str] = mapped_column(ForeignKey("legal_texts.sha256"))
    #: Short code printed on the form (and in its QR) to check the mandate's status.
    verification_code: Mapped[str] = mapped_column(String(32), unique=True)
    #: SHA-256 over the mandate's canonical content, printed on the form.
    content_hash: Mapped[str] = mapped_column(String(64))
    revoked_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)
    revoked_reason: Mapped[str | None] = mapped_column(String(500), nullable=True)
    renewed_from_id: Mapped[str | None] = mapped_column(ForeignKey("mandates.id"), nullable=True)
    #: The signed consent form scanned into the usager's vault, and its ciphertext hash.
    signed_form_document_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    signed_form_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    #: When the journal recorded this mandate's expiry (MANDATE_EXPIRED is written once).
    expiry_recorded_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)

    usager: Mapped[Usager] = relationship(back_populates="mandates")
    authorisations: Mapped[list[Authorisation]] = relationship(
        back_populates="mandate", order_by="Authorisation.demarche"
    )
    legal_text: Mapped[LegalText] = relationship()

    @property
    def template_text(self) -> str:
        """The full legal text this mandate was given under."""
        return self.legal_text.text


class Authorisation(Base):
    """One démarche of a mandate; revocable on its own."""

    __tablename__ = "authorisations"
    __table_args__ = (UniqueConstraint("mandate_id", "demarche"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    mandate_id: Mapped[str] = mapped_column(ForeignKey("mandates.id"), index=True)
    demarche: Mapped[str] = mapped_column(String(32))
    revoked_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)
    revoked_reason: Mapped[str | None] = mapped_column(String(500), nullable=True)

    mandate: Mapped[Mandate] = relationship(back_populates="authorisations")


class Action(Base):
    """One act done on behalf of a usager, under an authorisation."""

    __tablename__ = "actions"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    usager_id: Mapped[str] = mapped_column(ForeignKey("usagers.id"), index=True)
    mandate_id: Mapped[str] = mapped_column(ForeignKey("mandates.id"))
    authorisation_id: Mapped[str] = mapped_column(ForeignKey("authorisations.id"))
    demarche: Mapped[str] = mapped_column(String(32))
    organisation: Mapped[str | None] = mapped_column(String(100), nullable=True)
    description: Mapped[str] = mapped_column(String(500))
    agent_id: Mapped[str | None] = mapped_column(ForeignKey("agents.id"), nullable=True)
    proche_id: Mapped[str | None] = mapped_column(ForeignKey("proches.id"), nullable=True)
    done_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, index=True)


class Vault(Base):
    __tablename__ = "vaults"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    usager_id: Mapped[str] = mapped_column(ForeignKey("usagers.id"), unique=True)
    #: The age X25519 recipient (public key): anyone may deposit, only the usager can open.
    recipient: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    failed_unlocks: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)
    #: Set when the vault was crypto-shredded (slots destroyed, blobs deleted).
    shredded_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)


class KeySlot(Base):
    """The vault identity wrapped under one secret (card+PIN or passphrase)."""

    __tablename__ = "key_slots"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    vault_id: Mapped[str] = mapped_column(ForeignKey("vaults.id"), index=True)
    kind: Mapped[SlotKind] = mapped_column(_enum(SlotKind))
    #: Serialised slot: KDF parameters, salt, wrapped identity (see crypto.slots).
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class Document(Base):
    __tablename__ = "documents"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    vault_id: Mapped[str] = mapped_column(ForeignKey("vaults.id"), index=True)
    #: File name of the age blob under the vault folder.
    blob_name: Mapped[str] = mapped_column(String(100), unique=True)
    #: SHA-256 of the blob, so blobs cannot be swapped between rows.
    ciphertext_sha256: Mapped[str] = mapped_column(String(64))
    ciphertext_size: Mapped[int] = mapped_column(Integer)
    #: age-encrypted JSON: title, category, paper expiry date, page count, media type.
    metadata_ciphertext: Mapped[bytes] = mapped_column(LargeBinary)
    deposited_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    deposited_by: Mapped[str | None] = mapped_column(ForeignKey("agents.id"), nullable=True)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)
    #: age-encrypted small picture of the first page (`vault/thumbnails.py`), bound to this
    #: row; None for documents deposited before thumbnails existed or when none could be made.
    #: Deferred: listing a vault never loads them.
    thumbnail_ciphertext: Mapped[bytes | None] = mapped_column(
        LargeBinary, nullable=True, deferred=True
    )


class JournalEntry(Base):
    """One link of the hash chain (format in docs/journal-format.md)."""

    __tablename__ = "journal_entries"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[str] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(64), index=True)
    actor: Mapped[str] = mapped_column(String(80))
    usager_id: Mapped[str | None] = mapped_column(String(36), nullable=True, index=True)
    data: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)


class Certificate(Base):
    """An agent's login, signing public key, role and state, signed by the site root key
    (`aidant.agents.certificates`): the latest valid one of an agent is what counts."""

    __tablename__ = "certificates"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    agent_id: Mapped[str] = mapped_column(ForeignKey("agents.id"), index=True)
    #: Canonical JSON of the certified fields (exactly the signed bytes).
    body: Mapped[str] = mapped_column(Text)
    signature: Mapped[str] = mapped_column(String(128))


class Checkpoint(Base):
    """A signed statement of the journal's size and head hash at a time."""

    __tablename__ = "checkpoints"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    size: Mapped[int] = mapped_column(Integer)
    head_hash: Mapped[str] = mapped_column(String(64))
    at: Mapped[str] = mapped_column(String(40))
    public_key: Mapped[str] = mapped_column(String(64))
    signature: Mapped[str] = mapped_column(String(128))
    #: The first 8 bytes of each entry hash since the signer's previous checkpoint, after the
    #: 8-byte first seq (`aidant.journal.covered`); it names the first entry a rewrite changed.
    covered: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    covered_signature: Mapped[str | None] = mapped_column(String(128), nullable=True)


Index("ix_actions_mandate", Action.mandate_id)
