// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "commandsupport.h"
#include "domain/plan.h"
#include "storage/placement.h"
#include "storage/subtreesnapshot.h"
#include "validation.h"

/**
 * What the item commands (itemcommands.h) and the import need to know of each kind of plan
 * item, in one place: its repository, its history kind and noun, its name, its own fields as
 * the change history writes them, and its checks. The field lists here are the only ones the
 * history knows; an item added, edited or imported is logged from the same list.
 *
 *   using Repository = AreaRepository;            // insert/update/remove/find/placement/move
 *   static constexpr auto root = SubtreeSnapshot::Root::Area; // for deletes
 *   static QString kind();                        // history item kind, e.g. "area"
 *   static QString noun();                        // translated, e.g. "area"
 *   static QString name(const T &);
 *   static FieldTexts fields(const T &);          // the item's own fields as text
 *   static Validation::Messages validate(const T &, const T *before, const PlanSnapshot &);
 *   static Validation::Messages validateMove(const T &, const Placement &, const PlanSnapshot &);
 *   static FieldTexts placementFields(const Placement &);
 *   static QString table();                       // for moves: the table whose sort_order
 *                                                 // the move renumbers
 *
 * Frameworks, themes and annotations are neither moved nor deleted with their subtree, so
 * they have no root, validateMove, placementFields or table.
 */
namespace Jfp {

class AreaRepository;
class FrameworkRepository;
class ThemeRepository;
class ProgrammeRepository;
class MilestoneRepository;
class ProgressUpdateRepository;
class IndicatorRepository;
class AnnotationRepository;

namespace Commands::Internal {

template<typename T>
struct ItemTraits;

/** The plan's own details (name, description, horizon, milestone slip tolerance) as the change
 *  history writes them. */
FieldTexts planInfoFields(const PlanInfo &info);

template<>
struct ItemTraits<Area>
{
    using Repository = AreaRepository;
    static constexpr auto root = SubtreeSnapshot::Root::Area;
    static QString kind();
    static QString noun();
    static QString name(const Area &a) { return a.name; }
    static FieldTexts fields(const Area &a);
    static Validation::Messages validate(const Area &a, const Area *, const PlanSnapshot &plan);
    static Validation::Messages
    validateMove(const Area &a, const Placement &to, const PlanSnapshot &plan);
    static QString table() { return kind(); }
    static FieldTexts placementFields(const Placement &p);
};

template<>
struct ItemTraits<Framework>
{
    using Repository = FrameworkRepository;
    static QString kind();
    static QString noun();
    static QString name(const Framework &f) { return f.name; }
    static FieldTexts fields(const Framework &f);
    static Validation::Messages
    validate(const Framework &f, const Framework *, const PlanSnapshot &plan);
};

template<>
struct ItemTraits<Theme>
{
    using Repository = ThemeRepository;
    static QString kind();
    static QString noun();
    static QString name(const Theme &t) { return t.name; }
    static FieldTexts fields(const Theme &t);
    static Validation::Messages validate(const Theme &t, const Theme *, const PlanSnapshot &plan);
};

template<>
struct ItemTraits<Programme>
{
    using Repository = ProgrammeRepository;
    static constexpr auto root = SubtreeSnapshot::Root::Programme;
    static QString kind();
    static QString noun();
    static QString name(const Programme &p) { return p.name; }
    static FieldTexts fields(const Programme &p);
    static Validation::Messages
    validate(const Programme &p, const Programme *before, const PlanSnapshot &plan);
    static Validation::Messages
    validateMove(const Programme &p, const Placement &to, const PlanSnapshot &plan);
    static QString table() { return kind(); }
    static FieldTexts placementFields(const Placement &p);
};

template<>
struct ItemTraits<Milestone>
{
    using Repository = MilestoneRepository;
    static constexpr auto root = SubtreeSnapshot::Root::Milestone;
    static QString kind();
    static QString noun();
    static QString name(const Milestone &m) { return m.title; }
    static FieldTexts fields(const Milestone &m);
    static Validation::Messages
    validate(const Milestone &m, const Milestone *before, const PlanSnapshot &plan);
    static Validation::Messages
    validateMove(const Milestone &, const Placement &to, const PlanSnapshot &plan);
    static QString table() { return kind(); }
    static FieldTexts placementFields(const Placement &p);
};

template<>
struct ItemTraits<ProgressUpdate>
{
    using Repository = ProgressUpdateRepository;
    static constexpr auto root = SubtreeSnapshot::Root::ProgressUpdate;
    static QString kind();
    static QString noun();
    static QString name(const ProgressUpdate &u) { return u.period; }
    static FieldTexts fields(const ProgressUpdate &u);
    static Validation::Messages
    validate(const ProgressUpdate &u, const ProgressUpdate *, const PlanSnapshot &plan);
};

template<>
struct ItemTraits<Indicator>
{
    using Repository = IndicatorRepository;
    static constexpr auto root = SubtreeSnapshot::Root::Indicator;
    static QString kind();
    static QString noun();
    static QString name(const Indicator &i) { return i.name; }
    static FieldTexts fields(const Indicator &i);
    /** A new indicator brings its values along; an edit leaves the stored values alone. */
    static Validation::Messages
    validate(const Indicator &i, const Indicator *before, const PlanSnapshot &plan);
    static Validation::Messages
    validateMove(const Indicator &, const Placement &to, const PlanSnapshot &plan);
    static QString table() { return kind(); }
    static FieldTexts placementFields(const Placement &p);
};

template<>
struct ItemTraits<Annotation>
{
    using Repository = AnnotationRepository;
    static QString kind();
    static QString noun();
    static QString name(const Annotation &a) { return a.label; }
    static FieldTexts fields(const Annotation &a);
    static Validation::Messages
    validate(const Annotation &a, const Annotation *, const PlanSnapshot &plan);
};

} // namespace Commands::Internal
} // namespace Jfp
