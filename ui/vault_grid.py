"""The open vault's document grid: a list model filled off the interface thread.

Opening a vault shows its grid at once: the list of documents (their descriptions decrypted in
a worker) arrives with the first thumbnails, the others follow batch by batch, each decrypted
from its small sealed picture (never from the document: reading a thumbnail is not opening the
document and journals nothing). Documents deposited before thumbnails existed get theirs drawn
once, in the background, after the others; until then, or when none can be drawn, a pictogram
stands in. The view is a QListView over `DocumentsModel`: only visible rows are painted.
"""

from __future__ import annotations

import dataclasses
import gc
from collections.abc import Sequence
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
#: Thumbnails decrypted per worker call (the first batch comes with the list).
BATCH = 24

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
class Listing:
    """What the worker reads when the grid opens."""

    documents: list[DocumentSummary]
    expiring: list[DocumentSummary]
    usage: VaultUsage
    first: list[tuple[DocumentId, QImage | None]]


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


def read_listing(opened: OpenVault) -> Listing:
    """The grid's first content (worker thread): documents, papers expiring, usage, pictures."""
    documents = opened.documents()
    return Listing(
        documents,
        opened.expiring_papers(documents=documents),
        opened.usage(),
        _pictures(opened, [d.id for d in documents[:BATCH]]),
    )


def _drawn(opened: OpenVault, doc_id: DocumentId) -> list[tuple[DocumentId, QImage | None]]:
    """Draw and store the thumbnail of an older document (worker thread)."""

    def render(content: memoryview, media_type: str) -> bytes | None:
        return memory_docs.thumbnail_jpeg(content, media_type)

    picture = opened.make_thumbnail(doc_id, render)
    if picture is None:
        return [(doc_id, None)]
    with picture:
        return [(doc_id, memory_docs.image_of(picture))]


class DocumentsModel(QAbstractListModel):
    """The vault's documents: title and category, thumbnail (or a pictogram), id."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.documents: list[DocumentSummary] = []
        self._icons: dict[str, QIcon] = {}
        self._row_of: dict[str, int] = {}
        self._placeholder = icon("coffre")

    def reset(self, documents: list[DocumentSummary]) -> None:
        self.beginResetModel()
        self.documents = list(documents)
        self._icons.clear()
        self._row_of = {d.id: row for row, d in enumerate(self.documents)}
        self.endResetModel()

    def thumbnails_shown(self) -> int:
        return len(self._icons)

    def set_picture(self, doc_id: str, image: QImage) -> None:
        row = self._row_of.get(doc_id)
        if row is None:
            return
        self._icons[doc_id] = QIcon(QPixmap.fromImage(image))
        index = self.index(row)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.documents)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.documents):
            return None
        summary = self.documents[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{summary.title}\n{text(category_text(summary.metadata.category))}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{summary.title}, {text(category_text(summary.metadata.category))}"
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icons.get(summary.id, self._placeholder)
        if role == ID_ROLE:
            return summary.id
        return None


class ThumbnailLoader(QObject):
    """Fills a `DocumentsModel` with thumbnails, one worker call per batch, then draws the
    missing ones; `stop()` waits for the call in progress and drops the rest."""

    def __init__(self, model: DocumentsModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._runner: Runner[list[tuple[DocumentId, QImage | None]]] = Runner(
            self._arrived, self._failed, self
        )
        self._opened: OpenVault | None = None
        self._queue: list[DocumentId] = []
        self._missing: list[DocumentId] = []
        self._drawable: set[DocumentId] = set()

    def start(
        self,
        opened: OpenVault,
        first: list[tuple[DocumentId, QImage | None]],
        rest: list[DocumentId],
        drawable: set[DocumentId],
    ) -> None:
        """Show `first`, then fetch the thumbnails of `rest`; then draw the missing ones among
        `drawable` (documents Qt can draw: PDFs and photos), each once."""
        self.stop()
        self._opened = opened
        self._queue = list(rest)
        self._missing = []
        self._drawable = set(drawable)
        self._arrived(first)

    def busy(self) -> bool:
        return self._runner.busy() or bool(self._queue or self._missing)

    def stop(self) -> None:
        self._opened = None
        self._queue, self._missing, self._drawable = [], [], set()
        self._runner.stop()

    def _arrived(self, pictures: list[tuple[DocumentId, QImage | None]]) -> None:
        if self._opened is None:
            return
        for doc_id, image in pictures:
            if image is not None:
                self._model.set_picture(doc_id, image)
            elif doc_id in self._drawable:
                self._drawable.discard(doc_id)  # drawn at most once
                self._missing.append(doc_id)
        self._next()

    def _next(self) -> None:
        opened = self._opened
        if opened is None or opened.locked or self._runner.busy():
            return
        if self._queue:
            batch, self._queue = self._queue[:BATCH], self._queue[BATCH:]
            self._runner.start(lambda: _pictures(opened, batch))
        elif self._missing:
            doc_id = self._missing.pop(0)
            self._runner.start(lambda: _drawn(opened, doc_id))

    def _failed(self, _error: AidantError) -> None:
        # A damaged document keeps its pictogram; the others still come.
        self._next()
