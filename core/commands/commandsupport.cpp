// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "commandsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QScopedValueRollback>
#include <QTemporaryFile>

#ifdef Q_OS_WIN
QT_BEGIN_NAMESPACE
extern Q_CORE_EXPORT int qt_ntfs_permission_lookup;
QT_END_NAMESPACE
#endif

#include "coretr.h"
#include "storage/database.h"

namespace Jfp::Commands::Internal {

using namespace Qt::StringLiterals;

bool inTransaction(Database &db, QString *error, const std::function<bool()> &change)
{
    // SQLite begins a transaction on a read-only file and refuses only the first write.
    Transaction transaction(db);
    if (db.isReadOnly() || !transaction.isActive()) {
        if (error) {
            *error = db.isReadOnly()
                         ? Tr::tr("The plan cannot be changed: %1").arg(Tr::tr("it is read-only"))
                         : transaction.beginError();
        }
        return false;
    }
    return change() && transaction.commit(error);
}

HistoryLabel::HistoryLabel(Database &db, const QString &commandText, bool undo)
    : m_db(db)
    , m_previous(db.historyLabel())
{
    // The outermost command names the rows.
    if (m_previous.isEmpty())
        db.setHistoryLabel(undo ? Tr::tr("Undo: %1").arg(commandText) : commandText);
}

HistoryLabel::~HistoryLabel()
{
    m_db.setHistoryLabel(m_previous);
}

LentPlan::LentPlan(Database &db, const PlanSnapshot *plan)
    : m_db(db)
    , m_previous(db.planCache())
{
    db.setPlanCache(plan);
}

LentPlan::~LentPlan()
{
    m_db.setPlanCache(m_previous);
}

namespace {

QString &userForTests()
{
    static QString user;
    return user;
}

} // namespace

void setUserForTests(const QString &user)
{
    userForTests() = user;
}

QString currentUser()
{
    if (!userForTests().isEmpty())
        return userForTests();
    // The account that owns a file this process creates is the operating system's own answer
    // (environment variables such as USER can say anything). Asked once per process.
    static const QString user = [] {
#ifdef Q_OS_WIN
        // Qt reads owners on NTFS only when asked to.
        const QScopedValueRollback<int> lookup(qt_ntfs_permission_lookup,
                                               qt_ntfs_permission_lookup + 1);
#endif
        QString owner;
        QTemporaryFile probe(QDir::temp().filePath(QStringLiteral("jfp-user-XXXXXX")));
        if (probe.open())
            owner = QFileInfo(probe.fileName()).owner();
        if (owner.isEmpty()) // a file system without owners: the account's home folder name
            owner = QDir::home().dirName();
        return owner;
    }();
    return user;
}

QString numberText(const OptionalValue &value)
{
    return value ? QString::number(*value, 'g', 15) : QString();
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString actualText(const std::optional<ActualValue> &v)
{
    if (!v)
        return {};
    QString text = numberText(v->value);
    if (v->lower || v->upper)
        text += u" (%1 to %2)"_s.arg(numberText(v->lower), numberText(v->upper));
    if (v->count || v->denominator)
        text += u" [%1/%2]"_s.arg(numberText(v->count), numberText(v->denominator));
    if (!v->note.isEmpty())
        text += u" note: "_s + v->note;
    if (v->synthetic)
        text += u" (illustrative)"_s;
    return text;
}

ChangeLog::ChangeLog(const QString &commandText, bool undo)
    : m_command(undo ? Tr::tr("Undo: %1").arg(commandText) : commandText)
    , m_user(currentUser())
    , m_time(QDateTime::currentDateTimeUtc())
{}

void ChangeLog::changed(const ItemRef &item,
                        const QString &field,
                        const QString &oldValue,
                        const QString &newValue)
{
    if (oldValue == newValue)
        return;
    m_change.add({item.kind, item.id, PlanChange::Operation::Updated, {field}});
    record(item, field, oldValue, newValue);
}

void ChangeLog::record(const ItemRef &item,
                       const QString &field,
                       const QString &oldValue,
                       const QString &newValue)
{
    if (oldValue == newValue)
        return;
    ChangeRecord r;
    r.changedAt = m_time;
    r.changedBy = m_user;
    r.itemKind = item.kind;
    r.itemId = item.id;
    r.itemName = item.name;
    r.field = field;
    r.oldValue = oldValue;
    r.newValue = newValue;
    r.command = m_command;
    m_records.append(r);
}

void ChangeLog::diff(const ItemRef &item, const FieldTexts &before, const FieldTexts &after)
{
    for (const FieldText &a : after) {
        QString old;
        for (const FieldText &b : before) {
            if (b.field == a.field)
                old = b.value;
        }
        changed(item, a.field, old, a.value);
    }
}

void ChangeLog::created(const ItemRef &item, const FieldTexts &fields)
{
    m_change.add({item.kind, item.id, PlanChange::Operation::Added, {}});
    for (const FieldText &f : fields)
        record(item, f.field, QString(), f.value);
}

void ChangeLog::removed(const ItemRef &item, const FieldTexts &fields)
{
    m_change.add({item.kind, item.id, PlanChange::Operation::Removed, {}});
    for (const FieldText &f : fields)
        record(item, f.field, f.value, QString());
}

bool ChangeLog::write(Database &db, QString *error) const
{
    bool written = false;
    if (const QString &label = db.historyLabel(); !label.isEmpty()) {
        QList<ChangeRecord> records = m_records;
        for (ChangeRecord &r : records)
            r.command = label;
        written = HistoryRepository(db).append(records, error);
    } else {
        written = HistoryRepository(db).append(m_records, error);
    }
    if (!written)
        return false;
    for (const PlanChange::Item &item : m_change.items)
        db.noteChange(item);
    return true;
}

} // namespace Jfp::Commands::Internal
