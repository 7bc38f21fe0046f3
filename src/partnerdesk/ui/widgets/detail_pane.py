"""What the organisation and person detail panes share: heading, tabs, Save/Revert, dirty state."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.errors import UserError, ValidationError
from partnerdesk.ui import messages
from partnerdesk.ui.commands import CreateCommand, EditCommand, EntityServices, perform
from partnerdesk.ui.context import AppContext
from partnerdesk.ui.icons import icon
from partnerdesk.ui.widgets.form import Form, field_messages


def _in_item_view(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False


class DetailPane(QWidget):
    """One record (or a new one) for editing; saves through undoable commands.

    Subclasses build their tabs, fill them from a record, read a draft back, and name the
    services and texts; this class handles selection, dirty state, Save and Revert.
    """

    #: a record was created or saved (its id)
    saved = Signal(int)
    #: the form has unsaved changes (True) or not (False)
    dirty_changed = Signal(bool)

    services: EntityServices

    def __init__(self, context: AppContext, placeholder: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.record: Any = None
        self.creating = False
        self._loading = False
        self._dirty = False
        self._line_edits: list[QLineEdit] | None = None

        self.heading = QLabel()
        self.heading.setObjectName("detailHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subheading = QLabel()
        self.subheading.setWordWrap(True)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)

        native = QKeySequence(QKeySequence.StandardKey.Save).toString(
            QKeySequence.SequenceFormat.NativeText
        )
        self.save_button = QPushButton(icon("save"), self.tr("&Save"))
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.setToolTip(self.tr("Save the changes (%1)").replace("%1", native))
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(icon("revert"), self.tr("Re&vert"))
        self.revert_button.setToolTip(self.tr("Throw away the changes not saved yet"))
        self.revert_button.clicked.connect(self.revert)
        buttons = QHBoxLayout()
        #: the row of Revert and Save; subclasses may put record actions at its start
        self.button_row = buttons
        self.state_label = QLabel()
        buttons.addWidget(self.state_label, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)

        self.placeholder = QLabel(placeholder)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)

        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.heading)
        body.addWidget(self.subheading)
        body.addWidget(self.tabs, 1)
        body.addLayout(buttons)

        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 0, 0, 0)
        self._layout.addWidget(self.placeholder, 1)
        self._layout.addWidget(self.body, 1)
        self.body.hide()
        self._set_dirty(False)

    def tab_row_width(self) -> int:
        """How wide the pane must be to show its whole tab row, without scroll arrows."""
        margins = self._layout.contentsMargins()
        return self.tabs.tabBar().sizeHint().width() + margins.left() + margins.right()

    # -- for subclasses -------------------------------------------------------------------

    form: Form

    def reload_reference(self) -> None:
        """Refresh pickers (sectors, organisation names, tags) when data changed."""

    def load(self, record_id: int) -> Any:
        """Read the record through its service."""
        raise NotImplementedError

    def fill(self, record: Any) -> None:
        """Put a record (None: a new, empty one) into the widgets."""
        raise NotImplementedError

    def load_related(self, record: Any) -> None:
        """Fill the related tabs (people, history…) of a stored record."""

    def draft(self) -> Any:
        """The widgets as a draft (may raise ValidationError naming a field)."""
        raise NotImplementedError

    def record_name(self, draft: Any) -> str:
        raise NotImplementedError

    def check(self, draft: Any) -> None:
        """Checks the form can make before asking the service (raise ValidationError)."""

    def new_heading(self) -> tuple[str, str]:
        raise NotImplementedError

    def first_field(self) -> QWidget:
        """Where the cursor goes for a new record."""
        raise NotImplementedError

    def show_other_error(self, error: ValidationError) -> bool:
        """Show an error for a field outside the main form; False when not handled."""
        return False

    # -- showing --------------------------------------------------------------------------------

    def show_record(self, record_id: int | None) -> None:
        """Show one record (None: nothing selected)."""
        if record_id is None:
            self.record = None
            self.creating = False
            self.body.hide()
            self.placeholder.show()
            self._set_dirty(False)
            return
        try:
            self.record = self.load(record_id)
        except UserError:
            self.show_record(None)
            return
        self.creating = False
        self._fill(self.record)
        self.load_related(self.record)

    def start_new(self) -> None:
        """An empty form for a new record; Save creates it."""
        self.record = None
        self.creating = True
        self._fill(None)
        heading, subheading = self.new_heading()
        self.heading.setText(heading)
        self.subheading.setText(subheading)
        self.tabs.setCurrentIndex(0)
        self.first_field().setFocus(Qt.FocusReason.OtherFocusReason)

    def _fill(self, record: Any) -> None:
        self._loading = True
        try:
            self.form.clear_errors()
            self.placeholder.hide()
            self.body.show()
            self.fill(record)
            if self._line_edits is None:  # the form's fields, found once (a search is slow)
                self._line_edits = [
                    edit
                    for edit in self.body.findChildren(QLineEdit)
                    if not _in_item_view(edit)  # a table cell's editor comes and goes
                ]
            for edit in self._line_edits:
                edit.setCursorPosition(0)  # a long value shows its start, not its end
        finally:
            self._loading = False
        self._set_dirty(False)

    # -- editing -----------------------------------------------------------------------------

    @property
    def is_dirty(self) -> bool:
        return self._dirty

    @property
    def is_open(self) -> bool:
        return self.record is not None or self.creating

    @property
    def record_id(self) -> int | None:
        return None if self.record is None else int(self.record.id)

    def changed(self, *_args: object) -> None:
        """Connect every editor's change signal here."""
        if not self._loading:
            self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        self.state_label.setText(self.tr("Not saved yet") if dirty else "")
        self.dirty_changed.emit(dirty)

    def save(self) -> bool:
        """Save the form as one undoable step; True when saved or nothing to save."""
        if not self._dirty or not self.is_open:
            return True
        self.form.clear_errors()
        try:
            draft = self.draft()
            self.check(draft)
            name = self.record_name(draft)
            command: CreateCommand | EditCommand
            if self.creating:
                command = CreateCommand(
                    self.context, self.services, draft, self.tr("Add “%1”").replace("%1", name)
                )
            else:
                command = EditCommand(
                    self.context,
                    self.services,
                    self.record.id,
                    self.record.to_draft(),
                    draft,
                    self.record.version,
                    self.tr("Edit “%1”").replace("%1", name),
                )
            self._set_dirty(False)  # events sent while saving may reload this pane
            record = perform(command)
        except ValidationError as error:
            self._set_dirty(True)
            self._show_validation(error)
            return False
        except UserError as error:
            self._set_dirty(True)
            messages.show_error(self, error)
            return False
        record_id = command.record_id if command.record_id is not None else record.id
        self.creating = False
        self.show_record(record_id)
        self.saved.emit(record_id)
        return True

    def _show_validation(self, error: ValidationError) -> None:
        if self.show_other_error(error):
            return
        self.tabs.setCurrentIndex(0)
        text = field_messages().get(error.field or "", str(error))
        if not self.form.show_error(error.field, text):
            messages.show_error(self, error)

    def revert(self) -> None:
        if self.creating:
            self.creating = False
            self.show_record(None)
        else:
            self.show_record(self.record_id)
