"""The open vault's document grid: a list model filled off the interface thread.

Opening a vault shows its grid at once: a worker reads the documents' places (nothing
decrypted) with the descriptions and thumbnails of the first page; the others follow page by
page, each thumbnail decrypted from its small sealed picture (never from the document: reading
a thumbnail is not opening the document and journals nothing). Documents deposited before
thumbnails existed get theirs drawn once, in the background, after the others; until then, or
when none can be drawn, a pictogram stands in. The view is a QListView over `DocumentsModel`:
only visible rows are painted.
"""

from __future__ import annotations

import dataclasses
import gc
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon, QImage, QPixmap

from aidant.domain.errors import AidantError
from aidant.domain.ids import DocumentId
from aidant.vault import DocumentSummary, OpenVault, VaultUsage, category_text
from ui import memory_docs
from ui.icons import icon
from ui.texts import text
from ui.workers import Runner

ID_ROLE = Qt.ItemDataRole.UserRole
#: Documents described, and thumbnails decrypted, per worker call (the first page comes with
#: the list).
BATCH = 24
#: What Qt can draw a first page of (the others keep their pictogram).
DRAWABLE = {"application/pdf", "image/png", "image/jpeg"}

Index = QModelIndex | QPersistentModelIndex


_frozen = False


def freeze_startup_heap() -> None:
    """Keep the objects alive now (modules, Qt bindings, the site's mappers: the bulk of the
    heap, alive until the process ends) out of Python's full garbage collections, once.

    A full collection walks every tracked object while holding the GIL: measured at 150-250 ms
    of frozen window when one started in a vault worker during the unlock. Frozen objects are
    never collected; whatever is garbage at this moment stays (once, a few kilobytes).
    """
    global _frozen
    if not _frozen:
        gc.freeze()
        _frozen = True


@dataclasses.dataclass(frozen=True)
class Page:
    """Descriptions and thumbnails read by one worker call."""

    described: list[DocumentSummary]
    pictures: list[tuple[DocumentId, QImage | None]]


@dataclasses.dataclass(frozen=True)
class Listing:
    """What the worker reads when the grid opens: every place, the room used, the first page."""

    ids: list[DocumentId]
    usage: VaultUsage
    first: Page


def _pictures(
    opened: OpenVault, ids: Sequence[DocumentId]
) -> list[tuple[DocumentId, QImage | None]]:
    """Decrypt the stored thumbnails of `ids` into QImages (worker thread)."""
    out: list[tuple[DocumentId, QImage | None]] = []
    for doc_id, picture in opened.thumbnails(ids).items():
        if picture is None:
            out.append((doc_id, None))
            continue
        with picture:
            image = memory_docs.image_of(picture)
        out.append((doc_id, None if image.isNull() else image))
    return out


def read_page(opened: OpenVault, ids: Sequence[DocumentId]) -> Page:
    """Descriptions and thumbnails of `ids` (worker thread)."""
    return Page(opened.describe(ids), _pictures(opened, ids))


def read_listing(opened: OpenVault) -> Listing:
    """The grid's first content (worker thread)."""
    ids = opened.document_ids()
    return Listing(ids, opened.usage(), read_page(opened, ids[:BATCH]))


def _drawn(opened: OpenVault, doc_id: DocumentId) -> Page:
    """Draw and store the thumbnail of an older document (worker thread)."""

    def render(content: memoryview, media_type: str) -> bytes | None:
        return memory_docs.thumbnail_jpeg(content, media_type)

    picture = opened.make_thumbnail(doc_id, render)
    if picture is None:
        return Page([], [(doc_id, None)])
    with picture:
        return Page([], [(doc_id, memory_docs.image_of(picture))])


class DocumentsModel(QAbstractListModel):
    """The vault's documents: title and category (once described), thumbnail (or a
    pictogram), id."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ids: list[DocumentId] = []
        self._summaries: dict[str, DocumentSummary] = {}
        self._icons: dict[str, QIcon] = {}
        self._row_of: dict[str, int] = {}
        self._placeholder = icon("coffre")

    @property
    def documents(self) -> list[DocumentSummary]:
        """The documents described so far, in the grid's order."""
        return [self._summaries[i] for i in self.ids if i in self._summaries]

    def reset(self, ids: list[DocumentId]) -> None:
        self.beginResetModel()
        self.ids = list(ids)
        self._summaries.clear()
        self._icons.clear()
        self._row_of = {doc_id: row for row, doc_id in enumerate(self.ids)}
        self.endResetModel()

    def all_described(self) -> bool:
        return len(self._summaries) == len(self.ids)

    def thumbnails_shown(self) -> int:
        return len(self._icons)

    def _changed(self, doc_id: str, role: Qt.ItemDataRole) -> None:
        row = self._row_of.get(doc_id)
        if row is not None:
            index = self.index(row)
            self.dataChanged.emit(index, index, [role])

    def describe(self, summary: DocumentSummary) -> None:
        if summary.id in self._row_of:
            self._summaries[summary.id] = summary
            self._changed(summary.id, Qt.ItemDataRole.DisplayRole)

    def set_picture(self, doc_id: str, image: QImage) -> None:
        if doc_id in self._row_of:
            self._icons[doc_id] = QIcon(QPixmap.fromImage(image))
            self._changed(doc_id, Qt.ItemDataRole.DecorationRole)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.ids)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.ids):
            return None
        doc_id = self.ids[index.row()]
        if role == ID_ROLE:
            return doc_id
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icons.get(doc_id, self._placeholder)
        summary = self._summaries.get(doc_id)
        if summary is None:
            return "…" if role == Qt.ItemDataRole.DisplayRole else None
        category = text(category_text(summary.metadata.category))
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{summary.title}\n{category}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{summary.title}, {category}"
        return None


class PageLoader(QObject):
    """Fills a `DocumentsModel` page by page, one worker call each, then draws the missing
    thumbnails; `stop()` waits for the call in progress and drops the rest."""

    def __init__(
        self,
        model: DocumentsModel,
        described_all: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._model = model
        self._described_all = described_all
        self._runner: Runner[Page] = Runner(self._arrived, self._failed, self)
        self._opened: OpenVault | None = None
        self._queue: list[DocumentId] = []
        self._missing: list[DocumentId] = []
        self._drawable: set[str] = set()

    def start(self, opened: OpenVault, first: Page, rest: list[DocumentId]) -> None:
        """Show `first`, then read the pages of `rest`; then draw the missing thumbnails of
        documents Qt can draw (PDFs and photos), each once."""
        self.stop()
        self._opened = opened
        self._queue = list(rest)
        self._arrived(first)

    def busy(self) -> bool:
        return self._runner.busy() or bool(self._queue or self._missing)

    def stop(self) -> None:
        self._opened = None
        self._queue, self._missing, self._drawable = [], [], set()
        self._runner.stop()

    def _arrived(self, page: Page) -> None:
        if self._opened is None:
            return
        for summary in page.described:
            self._model.describe(summary)
            if summary.metadata.media_type in DRAWABLE:
                self._drawable.add(summary.id)
        for doc_id, image in page.pictures:
            if image is not None:
                self._model.set_picture(doc_id, image)
            elif doc_id in self._drawable:
                self._drawable.discard(doc_id)  # drawn at most once
                self._missing.append(doc_id)
        if page.described and not self._queue:
            self._described_all()
        self._next()

    def _next(self) -> None:
        opened = self._opened
        if opened is None or opened.locked or self._runner.busy():
            return
        if self._queue:
            batch, self._queue = self._queue[:BATCH], self._queue[BATCH:]
            self._runner.start(lambda: read_page(opened, batch))
        elif self._missing:
            doc_id = self._missing.pop(0)
            self._runner.start(lambda: _drawn(opened, doc_id))

    def _failed(self, _error: AidantError) -> None:
        # A damaged document keeps its pictogram; the others still come.
        if not self._queue:
            self._described_all()
        self._next()
