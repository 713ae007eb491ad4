// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "itemform.h"

#include <QComboBox>
#include <QDate>
#include <QFocusEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QStyle>
#include <QVBoxLayout>

#include <cmath>

namespace Jfp {

namespace {

using namespace Qt::StringLiterals;

/** The same change under a name that says which field it is, for Edit > Undo. */
class RelabelledCommand : public PlanCommand
{
public:
    RelabelledCommand(std::unique_ptr<PlanCommand> command, QString text)
        : m_command(std::move(command))
        , m_text(std::move(text))
    {}
    QString text() const override { return m_text; }
    bool redo(Database &db, QString *error) override { return m_command->redo(db, error); }
    bool undo(Database &db, QString *error) override { return m_command->undo(db, error); }

private:
    std::unique_ptr<PlanCommand> m_command;
    QString m_text;
};

const QStringList dateFormats
    = {u"dd/MM/yyyy"_s, u"d/M/yyyy"_s, u"yyyy-MM-dd"_s, u"d MMMM yyyy"_s, u"d MMM yyyy"_s};

std::optional<QDate> readDate(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return QDate();
    for (const QString &format : dateFormats) {
        const QDate d = QDate::fromString(t, format);
        if (d.isValid())
            return d;
    }
    return std::nullopt;
}

std::optional<OptionalValue> readNumber(const QString &text, bool whole)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return OptionalValue();
    bool ok = false;
    double value = QLocale().toDouble(t, &ok);
    if (!ok)
        value = QLocale::c().toDouble(t, &ok);
    if (!ok || !std::isfinite(value) || (whole && value != std::floor(value)))
        return std::nullopt;
    return OptionalValue(value);
}

QString withoutMnemonic(QString label)
{
    label.replace(u"&&"_s, u"\x01"_s);
    label.remove(u'&');
    label.replace(u"\x01"_s, u"&"_s);
    if (label.endsWith(u':'))
        label.chop(1);
    return label;
}

} // namespace

ItemForm::ItemForm(CommitMode mode, QWidget *parent)
    : QWidget(parent)
    , m_mode(mode)
    , m_layout(new QFormLayout)
{
    m_generalRow = makeMessageRow(&m_generalText);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_layout->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_layout->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_generalText->setAccessibleName(tr("Problems with this item"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_layout);
    layout->addWidget(m_generalRow);
    layout->addStretch(1); // room to spare goes beneath the fields, not between them
}

ItemForm::~ItemForm() = default;

QWidget *ItemForm::makeMessageRow(QLabel **text)
{
    auto *row = new QWidget(this);
    auto *icon = new QLabel(row);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);
    icon->setAccessibleName(tr("Problem"));
    *text = new QLabel(row);
    (*text)->setWordWrap(true);
    (*text)->setTextFormat(Qt::PlainText);
    (*text)->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The icon and the words carry the meaning; the darker red only adds to them.
    QPalette palette = (*text)->palette();
    palette.setColor(QPalette::WindowText, QColor(0xA3, 0x1A, 0x12));
    (*text)->setPalette(palette);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 2);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(*text, 1);
    row->hide();
    return row;
}

ItemForm::Field &
ItemForm::addField(const QString &key, const QString &label, Kind kind, QWidget *editor)
{
    Field f;
    f.kind = kind;
    f.editor = editor;
    f.plainLabel = withoutMnemonic(label);
    f.label = new QLabel(label, this);
    f.label->setBuddy(editor);
    editor->setObjectName(key);
    editor->setAccessibleName(f.plainLabel);
    editor->installEventFilter(this);
    auto *cell = new QWidget(this);
    auto *layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(editor);
    f.messageRow = makeMessageRow(&f.messageText);
    f.messageRow->setParent(cell);
    f.messageText->setAccessibleName(tr("Problem with %1").arg(f.plainLabel));
    layout->addWidget(f.messageRow);
    m_layout->addRow(f.label, cell);
    m_order << key;
    return m_fields[key] = f;
}

QLineEdit *ItemForm::addLine(const QString &key, const QString &label, const QString &placeholder)
{
    auto *edit = new QLineEdit(this);
    edit->setPlaceholderText(placeholder);
    addField(key, label, Kind::Line, edit);
    connect(edit, &QLineEdit::textEdited, this, [this, key] { onEdited(key); });
    return edit;
}

QPlainTextEdit *ItemForm::addText(const QString &key, const QString &label)
{
    auto *edit = new QPlainTextEdit(this);
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
    addField(key, label, Kind::Text, edit);
    connect(edit, &QPlainTextEdit::textChanged, this, [this, key] { onEdited(key); });
    return edit;
}

QComboBox *ItemForm::addCombo(const QString &key,
                              const QString &label,
                              const QList<std::pair<QString, QString>> &items)
{
    auto *combo = new QComboBox(this);
    addField(key, label, Kind::Combo, combo);
    setComboItems(key, items);
    if (m_mode == CommitMode::PerField) {
        // A choice from the list is finished at once.
        connect(combo, &QComboBox::activated, this, [this, key] {
            onEdited(key);
            commit(key);
        });
    } else {
        connect(combo, &QComboBox::currentIndexChanged, this, [this, key] { onEdited(key); });
    }
    return combo;
}

QLineEdit *ItemForm::addDate(const QString &key, const QString &label)
{
    QLineEdit *edit = addLine(key, label, tr("dd/mm/yyyy, or empty"));
    m_fields[key].kind = Kind::Date;
    return edit;
}

QLineEdit *ItemForm::addNumber(const QString &key, const QString &label, bool whole)
{
    QLineEdit *edit = addLine(key, label, tr("empty when not known"));
    m_fields[key].kind = whole ? Kind::WholeNumber : Kind::Number;
    return edit;
}

QListWidget *ItemForm::addChecklist(const QString &key, const QString &label)
{
    auto *list = new QListWidget(this);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setMaximumHeight(list->fontMetrics().lineSpacing() * 8 + 12);
    addField(key, label, Kind::Checklist, list);
    connect(list, &QListWidget::itemChanged, this, [this, key] {
        onEdited(key);
        if (m_mode == CommitMode::PerField)
            commit(key);
    });
    return list;
}

void ItemForm::setChecklistItems(const QString &key,
                                 const QList<std::pair<QString, QString>> &items)
{
    auto *list = qobject_cast<QListWidget *>(editor(key));
    if (!list)
        return;
    const bool loading = m_loading;
    m_loading = true;
    const QStringList checked = checkedKeys(key);
    list->clear();
    for (const auto &[text, data] : items) {
        auto *item = new QListWidgetItem(text, list);
        item->setData(Qt::UserRole, data);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(data) ? Qt::Checked : Qt::Unchecked);
    }
    m_loading = loading;
}

QStringList ItemForm::checkedKeys(const QString &key) const
{
    QStringList keys;
    if (auto *list = qobject_cast<QListWidget *>(editor(key))) {
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->checkState() == Qt::Checked)
                keys << list->item(row)->data(Qt::UserRole).toString();
        }
    }
    keys.sort();
    return keys;
}

void ItemForm::setCheckedKeys(const QString &key, const QStringList &unsorted)
{
    QStringList keys = unsorted;
    keys.sort();
    setRaw(key, keys.join(u','));
}

void ItemForm::addSection(const QString &title)
{
    auto *heading = new QLabel(title, this);
    QFont font = heading->font();
    font.setBold(true);
    heading->setFont(font);
    m_layout->addRow(heading);
}

void ItemForm::setComboItems(const QString &key, const QList<std::pair<QString, QString>> &items)
{
    auto *combo = qobject_cast<QComboBox *>(editor(key));
    if (!combo)
        return;
    const bool loading = m_loading;
    m_loading = true;
    const QString current = combo->currentData().toString();
    combo->clear();
    for (const auto &[label, data] : items)
        combo->addItem(label, data);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
    m_loading = loading;
}

void ItemForm::setFieldEnabled(const QString &key, bool enabled)
{
    if (enabled)
        m_disabled.remove(key);
    else
        m_disabled.insert(key);
    if (QWidget *w = editor(key))
        w->setEnabled(enabled && !(m_readOnly && qobject_cast<QComboBox *>(w)));
}

void ItemForm::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (const Field &f : std::as_const(m_fields)) {
        if (auto *line = qobject_cast<QLineEdit *>(f.editor))
            line->setReadOnly(readOnly);
        else if (auto *text = qobject_cast<QPlainTextEdit *>(f.editor))
            text->setReadOnly(readOnly);
    }
    // A list cannot be read-only: it is disabled instead.
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        if (qobject_cast<QComboBox *>(it->editor) || qobject_cast<QListWidget *>(it->editor))
            it->editor->setEnabled(!readOnly && !m_disabled.contains(it.key()));
    }
}

const ItemForm::Field *ItemForm::field(const QString &key) const
{
    const auto it = m_fields.constFind(key);
    return it == m_fields.cend() ? nullptr : &*it;
}

QWidget *ItemForm::editor(const QString &key) const
{
    const Field *f = field(key);
    return f ? f->editor : nullptr;
}

QString ItemForm::fieldLabel(const QString &key) const
{
    const Field *f = field(key);
    return f ? f->plainLabel : key;
}

bool ItemForm::isModified(const QString &key) const
{
    const Field *f = field(key);
    return f && f->modified;
}

QString ItemForm::shownMessage(const QString &key) const
{
    const Field *f = field(key);
    return f && !f->messageRow->isHidden() ? f->messageText->text() : QString();
}

QString ItemForm::generalMessage() const
{
    return m_generalRow->isHidden() ? QString() : m_generalText->text();
}

void ItemForm::focusField(const QString &key)
{
    if (QWidget *w = editor(key)) {
        w->setFocus(Qt::ShortcutFocusReason);
        if (auto *line = qobject_cast<QLineEdit *>(w))
            line->selectAll();
    }
}

void ItemForm::focusFirstField()
{
    const Validation::Messages all = messages();
    QString first;
    for (const QString &key : std::as_const(m_order)) {
        if (!m_fields[key].editor->isEnabled())
            continue;
        if (!Validation::messageFor(all, key).isEmpty()) {
            first = key;
            break;
        }
        if (first.isEmpty())
            first = key;
    }
    if (!first.isEmpty())
        focusField(first);
}

QString ItemForm::raw(const QString &key) const
{
    const Field *f = field(key);
    if (!f)
        return {};
    if (auto *line = qobject_cast<QLineEdit *>(f->editor))
        return line->text();
    if (auto *text = qobject_cast<QPlainTextEdit *>(f->editor))
        return text->toPlainText();
    if (auto *combo = qobject_cast<QComboBox *>(f->editor))
        return combo->currentData().toString();
    if (qobject_cast<QListWidget *>(f->editor))
        return checkedKeys(key).join(u',');
    return {};
}

QString ItemForm::text(const QString &key) const
{
    const Field *f = field(key);
    return f && f->kind == Kind::Text ? raw(key) : raw(key).trimmed();
}

QString ItemForm::comboKey(const QString &key) const
{
    return raw(key);
}

QDate ItemForm::date(const QString &key, const QDate &fallback) const
{
    return readDate(raw(key)).value_or(fallback);
}

OptionalValue ItemForm::number(const QString &key, const OptionalValue &fallback) const
{
    const Field *f = field(key);
    return readNumber(raw(key), f && f->kind == Kind::WholeNumber).value_or(fallback);
}

void ItemForm::beginLoad(bool keepEdits)
{
    m_loading = true;
    m_keepEdits = keepEdits;
    if (!keepEdits) {
        for (Field &f : m_fields)
            f.modified = false;
    }
}

void ItemForm::endLoad()
{
    m_loading = false;
    m_keepEdits = false;
    showMessages();
    Q_EMIT messagesChanged();
}

bool ItemForm::setRaw(const QString &key, const QString &value)
{
    auto it = m_fields.find(key);
    if (it == m_fields.end())
        return false;
    it->stored = value;
    if (m_keepEdits && it->modified)
        return false;
    it->modified = false;
    const bool loading = m_loading;
    m_loading = true;
    if (auto *line = qobject_cast<QLineEdit *>(it->editor)) {
        if (line->text() != value) {
            line->setText(value);
            line->setCursorPosition(0); // show the start of a long value
        }
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(it->editor)) {
        if (text->toPlainText() != value)
            text->setPlainText(value);
    } else if (auto *combo = qobject_cast<QComboBox *>(it->editor)) {
        combo->setCurrentIndex(std::max(0, combo->findData(value)));
    } else if (auto *list = qobject_cast<QListWidget *>(it->editor)) {
        const QStringList keys = value.split(u',', Qt::SkipEmptyParts);
        for (int row = 0; row < list->count(); ++row) {
            QListWidgetItem *item = list->item(row);
            item->setCheckState(keys.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                   : Qt::Unchecked);
        }
    }
    m_loading = loading;
    return true;
}

void ItemForm::setText(const QString &key, const QString &value)
{
    setRaw(key, value);
}

void ItemForm::setComboKey(const QString &key, const QString &value)
{
    setRaw(key, value);
}

void ItemForm::setDate(const QString &key, const QDate &value)
{
    setRaw(key, value.isValid() ? value.toString(u"dd/MM/yyyy"_s) : QString());
}

void ItemForm::setNumber(const QString &key, const OptionalValue &value)
{
    setRaw(key, value ? QString::number(*value, 'g', 15) : QString());
}

void ItemForm::onEdited(const QString &key)
{
    if (m_loading)
        return;
    auto it = m_fields.find(key);
    if (it == m_fields.end())
        return;
    it->modified = raw(key) != it->stored;
    showMessages();
    Q_EMIT messagesChanged();
}

Validation::Messages ItemForm::inputMessages() const
{
    Validation::Messages messages;
    for (const QString &key : m_order) {
        const Field &f = m_fields[key];
        const QString value = raw(key).trimmed();
        switch (f.kind) {
        case Kind::Date:
            if (!readDate(value))
                messages.append({key,
                                 tr("'%1' is not a date: write it as 31/03/2026, or leave it "
                                    "empty.")
                                     .arg(value)});
            break;
        case Kind::Number:
            if (!readNumber(value, false))
                messages.append(
                    {key,
                     tr("'%1' is not a number: write it as 12.5, or leave it empty.").arg(value)});
            break;
        case Kind::WholeNumber:
            if (!readNumber(value, true))
                messages.append({key,
                                 tr("'%1' is not a whole number: write it as 183200, or leave it "
                                    "empty.")
                                     .arg(value)});
            break;
        case Kind::Line:
        case Kind::Text:
        case Kind::Combo:
        case Kind::Checklist:
            break;
        }
    }
    return messages;
}

Validation::Messages ItemForm::messages() const
{
    Validation::Messages messages = inputMessages();
    for (const Validation::FieldMessage &m : validateInput()) {
        // A field whose input does not read has said so; Validation saw its stored value.
        if (Validation::messageFor(messages, m.field).isEmpty() || !m_fields.contains(m.field))
            messages.append(m);
    }
    return messages;
}

void ItemForm::showMessages()
{
    const Validation::Messages all = messages();
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it) {
        const QString message = Validation::messageFor(all, it.key());
        it->messageText->setText(message);
        it->messageRow->setVisible(!message.isEmpty());
        it->editor->setAccessibleDescription(message);
    }
    QStringList general;
    for (const Validation::FieldMessage &m : all) {
        if (!m_fields.contains(m.field))
            general << m.message;
    }
    m_generalText->setText(general.join(u'\n'));
    m_generalRow->setVisible(!general.isEmpty());
}

void ItemForm::revert(const QString &key)
{
    auto it = m_fields.find(key);
    if (it == m_fields.end())
        return;
    it->modified = false;
    const bool keep = m_keepEdits;
    m_keepEdits = false;
    setRaw(key, it->stored);
    m_keepEdits = keep;
    showMessages();
    Q_EMIT messagesChanged();
}

bool ItemForm::commit(const QString &key)
{
    if (m_mode != CommitMode::PerField || m_loading || m_committing)
        return false;
    auto it = m_fields.find(key);
    if (it == m_fields.end())
        return false;
    if (!it->modified || raw(key) == it->stored) {
        it->modified = false;
        return true;
    }
    if (m_readOnly || !m_sink)
        return false;
    if (!Validation::messageFor(inputMessages(), key).isEmpty() || !validateField(key).isEmpty()) {
        showMessages();
        return false;
    }
    std::unique_ptr<PlanCommand> command = editCommand(key);
    const QString text = tr("%1: %2").arg(command->text(), it->plainLabel);
    // The sink re-reads the plan and shows this item again; the field keeps the user's input
    // until the change is in, and keeps it when the plan refuses it (to fix, or Esc).
    m_committing = true;
    const bool stored = m_sink(std::make_unique<RelabelledCommand>(std::move(command), text));
    m_committing = false;
    if (stored) {
        Field &f = m_fields[key];
        f.modified = false;
        setRaw(key, f.stored); // the stored form of the value, e.g. 12.5 for 12.50
    }
    showMessages();
    if (stored)
        Q_EMIT committed(key);
    return stored;
}

namespace {

bool isUndoOrRedo(const QKeyEvent *press)
{
    return press->matches(QKeySequence::Undo) || press->matches(QKeySequence::Redo)
           || QKeySequence(press->keyCombination()) == QKeySequence(Qt::CTRL | Qt::Key_Y);
}

} // namespace

bool ItemForm::eventFilter(QObject *watched, QEvent *event)
{
    auto *widget = qobject_cast<QWidget *>(watched);
    const QString key = widget ? widget->objectName() : QString();
    if (!widget || !m_fields.contains(key) || m_fields[key].editor != widget)
        return QWidget::eventFilter(watched, event);
    if (m_mode != CommitMode::PerField)
        return QWidget::eventFilter(watched, event);
    if (event->type() == QEvent::ShortcutOverride) {
        // Undo and redo are the plan's, as in office suites, unless the field holds typing not
        // yet stored: that is undone first (by the field itself), then the plan.
        const auto *press = static_cast<QKeyEvent *>(event);
        if (isUndoOrRedo(press) && raw(key) == m_fields[key].stored) {
            event->ignore();
            return true; // not the field's: the window's Undo and Redo take the keys
        }
    } else if (event->type() == QEvent::FocusOut) {
        const auto *focus = static_cast<QFocusEvent *>(event);
        // A context menu or a list popping up does not finish the field, nor does the form
        // being hidden to show another item (what the user typed there is dropped).
        if (focus->reason() != Qt::PopupFocusReason && widget->isVisible() && isModified(key))
            commit(key);
    } else if (event->type() == QEvent::KeyPress) {
        const auto *press = static_cast<QKeyEvent *>(event);
        const bool enter = press->key() == Qt::Key_Return || press->key() == Qt::Key_Enter;
        if (press->key() == Qt::Key_Escape && isModified(key)) {
            revert(key);
            return true;
        }
        if (enter && qobject_cast<QLineEdit *>(widget)) {
            commit(key);
            return true;
        }
        if (enter && qobject_cast<QPlainTextEdit *>(widget)
            && (press->modifiers() & Qt::ControlModifier)) {
            commit(key);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Jfp
