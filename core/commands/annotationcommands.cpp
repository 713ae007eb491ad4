// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "annotationcommands.h"

#include "coretr.h"
#include "itemcommands.h"
#include "itemtraits.h"
#include "storage/annotationrepository.h"
#include "storage/database.h"

namespace Jfp::Commands {

namespace {

using namespace Internal;

FieldTexts fieldsOf(const Annotation &a)
{
    return ItemTraits<Annotation>::fields(a);
}

ItemRef refOf(const Annotation &a)
{
    return {ItemTraits<Annotation>::kind(), a.id, a.label};
}

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
    return Validation::summary(Validation::annotation(annotation));
}

std::unique_ptr<PlanCommand> addAnnotation(const Annotation &annotation)
{
    return std::make_unique<AddItem<Annotation>>(annotation);
}

std::unique_ptr<PlanCommand> editAnnotation(const Annotation &before, const Annotation &after)
{
    return std::make_unique<EditItem<Annotation>>(before, after);
}

std::unique_ptr<PlanCommand> removeAnnotation(const Annotation &annotation)
{
    return std::make_unique<RemoveAnnotation>(annotation);
}

} // namespace Jfp::Commands
