// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "commands/validation.h"
#include "undo/commandsink.h"

#include <QHash>
#include <QSet>
#include <QWidget>

#include <functional>
#include <memory>
#include <type_traits>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace Jfp {

/**
 * What the forms for areas, programmes, milestones and indicators share: rows of a label
 * (with a mnemonic, the input as its buddy), the input, and beneath it the validation
 * message for that field as an icon and words. Fields are keyed by the domain member names,
 * as Validation keys its messages ("name", "forecastDate"…); a message about no field of the
 * form (such as where the item sits) shows at the foot of the form.
 *
 * Messages follow the input as it is typed. Two ways to keep what the user typed:
 * - CommitMode::PerField (the details pane): a changed field is stored as one undoable
 *   command when it loses focus or on Enter (Ctrl+Enter in a text box; a list choice at
 *   once). Input with a message is not stored: it stays in the field with its message until
 *   the user fixes it or presses Esc, which puts the stored value back.
 * - CommitMode::Whole (dialogs): the dialog reads the whole item when the user presses OK.
 */
class ItemForm : public QWidget
{
    Q_OBJECT

public:
    enum class CommitMode { PerField, Whole };

    explicit ItemForm(CommitMode mode, QWidget *parent = nullptr);
    ~ItemForm() override;

    CommitMode commitMode() const { return m_mode; }
    /** Where PerField commits go (the main window's undo stack). */
    void setCommandSink(CommandSink sink) { m_sink = std::move(sink); }
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    /** Messages for what is in the form now: input that does not read, then Validation's. */
    Validation::Messages messages() const;
    bool isValid() const { return messages().isEmpty(); }
    QStringList fieldKeys() const { return m_order; }
    QWidget *editor(const QString &key) const;
    /** The message shown beside the field; empty when none shows. */
    QString shownMessage(const QString &key) const;
    /** The messages about no field of the form, shown at its foot. */
    QString generalMessage() const;
    /** The field's label without mnemonic or colon, e.g. "Programme manager". */
    QString fieldLabel(const QString &key) const;
    /** True while the field holds input the user typed that is not stored. */
    bool isModified(const QString &key) const;
    void focusField(const QString &key);
    /** Focuses the first field with a message, else the first field that can be changed. */
    void focusFirstField();

public Q_SLOTS:
    /** Puts the stored value back into the field and clears its message (Esc). */
    void revert(const QString &key);
    /**
     * PerField: stores the field's new value as one undoable command if it changed and has no
     * message. Returns false when the input stays in the field (it has a message, or the plan
     * refused it).
     */
    bool commit(const QString &key);

Q_SIGNALS:
    /** The messages may have changed (input typed, or a new item shown). */
    void messagesChanged();
    /** PerField: a field's new value is in the plan. */
    void committed(const QString &key);

protected:
    QLineEdit *addLine(const QString &key, const QString &label, const QString &placeholder = {});
    QPlainTextEdit *addText(const QString &key, const QString &label);
    /** `items`: (label, key) pairs; the key is what comboKey() returns. */
    QComboBox *addCombo(const QString &key,
                        const QString &label,
                        const QList<std::pair<QString, QString>> &items);
    /** A date, or empty for none; typed as 31/03/2026 (also 2026-03-31 or 31 March 2026). */
    QLineEdit *addDate(const QString &key, const QString &label);
    /** A number, or empty for none. */
    QLineEdit *addNumber(const QString &key, const QString &label, bool whole = false);
    /**
     * A list of choices to tick (Space ticks the current one); its value is the keys of the
     * ticked items, sorted and joined with commas. A tick is finished at once.
     */
    QListWidget *addChecklist(const QString &key, const QString &label);
    /** `items`: (label, key) pairs. */
    void setChecklistItems(const QString &key, const QList<std::pair<QString, QString>> &items);
    /** The ticked keys. */
    QStringList checkedKeys(const QString &key) const;
    void setCheckedKeys(const QString &key, const QStringList &keys);
    void addSection(const QString &title);
    void setFieldEnabled(const QString &key, bool enabled);

    QString text(const QString &key) const;
    QString comboKey(const QString &key) const;
    /** The date typed; `fallback` when it does not read as a date (its message says so). */
    QDate date(const QString &key, const QDate &fallback) const;
    OptionalValue number(const QString &key, const OptionalValue &fallback) const;

    /**
     * Loading the stored item: between beginLoad and endLoad the set… calls fill the fields.
     * With `keepEdits` (the same item shown again after a change), a field the user has
     * changed but not stored keeps the user's input.
     */
    void beginLoad(bool keepEdits);
    void endLoad();
    void setText(const QString &key, const QString &value);
    void setComboKey(const QString &key, const QString &value);
    void setDate(const QString &key, const QDate &value);
    void setNumber(const QString &key, const OptionalValue &value);
    void setComboItems(const QString &key, const QList<std::pair<QString, QString>> &items);

    /** Validation of the whole form's input. */
    virtual Validation::Messages validateInput() const = 0;
    /** Validation of the stored item with only `key` changed to its input. */
    virtual Validation::Messages validateField(const QString &key) const = 0;
    /** The edit that stores `key`'s input. */
    virtual std::unique_ptr<PlanCommand> editCommand(const QString &key) const = 0;

    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Kind { Line, Text, Combo, Date, Number, WholeNumber, Checklist };
    struct Field
    {
        Kind kind = Kind::Line;
        QWidget *editor = nullptr;
        QLabel *label = nullptr;
        QWidget *messageRow = nullptr;
        QLabel *messageText = nullptr;
        QString plainLabel;
        QString stored; // the field's text as loaded, to tell whether the user changed it
        bool modified = false;
    };

    Field &addField(const QString &key, const QString &label, Kind kind, QWidget *editor);
    QWidget *makeMessageRow(QLabel **text);
    void onEdited(const QString &key);
    bool setRaw(const QString &key, const QString &value); // false when a kept edit wins
    QString raw(const QString &key) const;
    Validation::Messages inputMessages() const;
    void showMessages();
    const Field *field(const QString &key) const;

    CommitMode m_mode;
    CommandSink m_sink;
    QFormLayout *m_layout;
    QWidget *m_generalRow = nullptr;
    QLabel *m_generalText = nullptr;
    QHash<QString, Field> m_fields;
    QSet<QString> m_disabled;
    QStringList m_order;
    bool m_loading = false;
    bool m_keepEdits = false;
    bool m_readOnly = false;
    bool m_committing = false;
};

/** The (label, key) items of a list box for an enumeration, in its order. */
template<typename E>
QList<std::pair<QString, QString>> enumItems()
{
    QList<std::pair<QString, QString>> items;
    for (const QString &key : Enums::allKeys<E>())
        items.append({Enums::label(*Enums::fromKey<E>(key)), key});
    return items;
}

/**
 * A form for one kind of item T: it keeps the stored item and reads the input back onto it.
 * A subclass adds its fields and binds each to a member of T (bind), and says how to check an
 * item (validate) and make the edit command (makeEdit).
 */
template<typename T>
class ItemFormOf : public ItemForm
{
public:
    using ItemForm::ItemForm;

    /**
     * Shows `stored` (for an add: the new item with its parent set, and `isNew`). Showing the
     * same stored item again keeps what the user has typed and not stored.
     */
    void setItem(const T &stored, const PlanSnapshot &plan, bool isNew = false)
    {
        const bool same = m_hasItem && !isNew && !m_isNew && stored.id == m_stored.id;
        m_stored = stored;
        m_plan = plan;
        m_isNew = isNew;
        m_hasItem = true;
        beginLoad(same);
        for (const Binding &b : std::as_const(m_bindings))
            b.load(stored);
        endLoad();
    }
    bool hasItem() const { return m_hasItem; }
    bool isNew() const { return m_isNew; }
    const T &stored() const { return m_stored; }
    const PlanSnapshot &plan() const { return m_plan; }
    /** The stored item with every field's input. */
    T value() const { return read(m_stored, fieldKeys()); }
    /** The stored item with only `key`'s input. */
    T valueWith(const QString &key) const { return read(m_stored, {key}); }

protected:
    virtual Validation::Messages validate(const T &item, const T *before) const = 0;
    virtual std::unique_ptr<PlanCommand> makeEdit(const T &before, const T &after) const = 0;

    /** Binds the field `key` to a member: text, date, number or enumeration. */
    void bind(const QString &key, QString T::*member)
    {
        bind(
            key,
            [this, key, member](const T &item) { setText(key, item.*member); },
            [this, key, member](T &item) { item.*member = text(key); });
    }
    void bind(const QString &key, QDate T::*member)
    {
        bind(
            key,
            [this, key, member](const T &item) { setDate(key, item.*member); },
            [this, key, member](T &item) { item.*member = date(key, item.*member); });
    }
    void bind(const QString &key, OptionalValue T::*member)
    {
        bind(
            key,
            [this, key, member](const T &item) { setNumber(key, item.*member); },
            [this, key, member](T &item) { item.*member = number(key, item.*member); });
    }
    template<typename E>
    requires std::is_enum_v<E>
    void bind(const QString &key, E T::*member)
    {
        bind(
            key,
            [this, key, member](const T &item) { setComboKey(key, Enums::key(item.*member)); },
            [this, key, member](T &item) {
                item.*member = Enums::fromKey<E>(comboKey(key)).value_or(item.*member);
            });
    }
    /** An enumeration that may be unset: the list's first entry, with an empty key. */
    template<typename E>
    void bind(const QString &key, std::optional<E> T::*member)
    {
        bind(
            key,
            [this, key, member](const T &item) {
                setComboKey(key, item.*member ? Enums::key(*(item.*member)) : QString());
            },
            [this, key, member](T &item) { item.*member = Enums::fromKey<E>(comboKey(key)); });
    }
    /** Any other field: how to fill it from an item, and how to read it back. */
    void
    bind(const QString &key, std::function<void(const T &)> load, std::function<void(T &)> read)
    {
        m_bindings.append({key, std::move(load), std::move(read)});
    }

    Validation::Messages validateInput() const override
    {
        return validate(value(), m_isNew ? nullptr : &m_stored);
    }
    Validation::Messages validateField(const QString &key) const override
    {
        return validate(valueWith(key), m_isNew ? nullptr : &m_stored);
    }
    std::unique_ptr<PlanCommand> editCommand(const QString &key) const override
    {
        return makeEdit(m_stored, valueWith(key));
    }

private:
    struct Binding
    {
        QString key;
        std::function<void(const T &)> load;
        std::function<void(T &)> read;
    };

    T read(T item, const QStringList &keys) const
    {
        for (const Binding &b : m_bindings) {
            if (keys.contains(b.key))
                b.read(item);
        }
        return item;
    }

    QList<Binding> m_bindings;
    T m_stored;
    PlanSnapshot m_plan;
    bool m_isNew = false;
    bool m_hasItem = false;
};

} // namespace Jfp
