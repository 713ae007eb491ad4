// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "annotationcommands.h"

#include "commandsupport.h"
#include "coretr.h"
#include "domain/period.h"
#include "storage/annotationrepository.h"
#include "storage/database.h"

namespace Jfp::Commands {

namespace {

using namespace Internal;

// Every change to an annotation is in the change history, in the same transaction.
FieldTexts fieldsOf(const Annotation &a)
{
    return {{QStringLiteral("label"), a.label},
            {QStringLiteral("period"), a.period},
            {QStringLiteral("date"), dateText(a.date)},
            {QStringLiteral("note"), a.note}};
}

ItemRef refOf(const Annotation &a)
{
    return {QStringLiteral("annotation"), a.id, a.label};
}

class AddAnnotation : public PlanCommand
{
public:
    explicit AddAnnotation(const Annotation &annotation)
        : m_annotation(annotation)
    {}
    QString text() const override { return Tr::tr("Add annotation '%1'").arg(m_annotation.label); }
    bool redo(Database &db, QString *error) override
    {
        return inTransaction(db, error, [&] {
            // The first redo numbers the row; later redos reuse that id.
            const Id id = AnnotationRepository(db).insert(m_annotation, error);
            m_annotation.id = id;
            ChangeLog log(text(), false);
            log.created(refOf(m_annotation), fieldsOf(m_annotation));
            return id != 0 && log.write(db, error);
        });
    }
    bool undo(Database &db, QString *error) override
    {
        return inTransaction(db, error, [&] {
            ChangeLog log(text(), true);
            log.removed(refOf(m_annotation), fieldsOf(m_annotation));
            return AnnotationRepository(db).remove(m_annotation.id, error) && log.write(db, error);
        });
    }

private:
    Annotation m_annotation;
};

class EditAnnotation : public PlanCommand
{
public:
    EditAnnotation(const Annotation &before, const Annotation &after)
        : m_before(before)
        , m_after(after)
    {}
    QString text() const override { return Tr::tr("Edit annotation '%1'").arg(m_after.label); }
    bool redo(Database &db, QString *error) override
    {
        return inTransaction(db, error, [&] { return apply(db, m_before, m_after, false, error); });
    }
    bool undo(Database &db, QString *error) override
    {
        return inTransaction(db, error, [&] { return apply(db, m_after, m_before, true, error); });
    }

private:
    bool
    apply(Database &db, const Annotation &from, const Annotation &to, bool undo, QString *error)
    {
        ChangeLog log(text(), undo);
        log.diff(refOf(to), fieldsOf(from), fieldsOf(to));
        return AnnotationRepository(db).update(to, error) && log.write(db, error);
    }
    Annotation m_before;
    Annotation m_after;
};

class RemoveAnnotation : public PlanCommand
{
public:
    explicit RemoveAnnotation(const Annotation &annotation)
        : m_annotation(annotation)
    {}
    QString text() const override
    {
        return Tr::tr("Remove annotation '%1'").arg(m_annotation.label);
    }
    bool redo(Database &db, QString *error) override
    {
        return inTransaction(db, error, [&] {
            ChangeLog log(text(), false);
            log.removed(refOf(m_annotation), fieldsOf(m_annotation));
            return AnnotationRepository(db).remove(m_annotation.id, error) && log.write(db, error);
        });
    }
    bool undo(Database &db, QString *error) override
    {
        return inTransaction(db, error, [&] {
            ChangeLog log(text(), true);
            log.created(refOf(m_annotation), fieldsOf(m_annotation));
            return AnnotationRepository(db).insert(m_annotation, error) == m_annotation.id
                   && log.write(db, error);
        });
    }

private:
    Annotation m_annotation;
};

} // namespace

QString validateAnnotation(const Annotation &annotation)
{
    if (annotation.label.trimmed().isEmpty())
        return Tr::tr("Give the annotation a label.");
    if (annotation.period.isEmpty() && !annotation.date.isValid())
        return Tr::tr("Give the annotation a period (such as 2024/25) or a date.");
    if (!annotation.period.isEmpty()) {
        QString error;
        if (!Period::parse(annotation.period, &error).isValid())
            return error;
    }
    if (annotation.indicatorId == 0)
        return Tr::tr("The annotation belongs to no indicator.");
    return {};
}

std::unique_ptr<PlanCommand> addAnnotation(const Annotation &annotation)
{
    return std::make_unique<AddAnnotation>(annotation);
}

std::unique_ptr<PlanCommand> editAnnotation(const Annotation &before, const Annotation &after)
{
    return std::make_unique<EditAnnotation>(before, after);
}

std::unique_ptr<PlanCommand> removeAnnotation(const Annotation &annotation)
{
    return std::make_unique<RemoveAnnotation>(annotation);
}

} // namespace Jfp::Commands
