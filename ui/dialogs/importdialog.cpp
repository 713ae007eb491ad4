// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "importdialog.h"

#include "importreader.h"
#include "views/screenfit.h"

#include "import/fingertipsimport.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <map>

namespace Jfp {

using namespace Qt::StringLiterals;

namespace {

const QString fingertipsSource = u"fingertips"_s;

/** Files up to this size are read whole, so that linking another indicator needs no re-read. */
constexpr qint64 readWholeBelow = 32 * 1024 * 1024;

/** Each group lists at most this many values; the counts are always complete. */
constexpr int maxListed = 2000;

QTreeWidgetItem *addItem(QTreeWidgetItem *parent, const QString &text)
{
    auto *item = new QTreeWidgetItem(parent, {text});
    item->setToolTip(0, text);
    return item;
}

} // namespace

ImportDialog::ImportDialog(const PlanSnapshot &plan,
                           const QString &path,
                           ImportFormat format,
                           bool readOnly,
                           QWidget *parent)
    : QDialog(parent)
    , m_plan(plan)
    , m_path(path)
    , m_format(format)
    , m_readOnly(readOnly)
    , m_reader(new ImportReader(this))
    , m_formatBox(new QComboBox(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_linkPanel(new QGroupBox(tr("Fingertips indicators in the file"), this))
    , m_indicators(new QTreeWidget(m_linkPanel))
    , m_planIndicator(new QComboBox(m_linkPanel))
    , m_link(new QPushButton(tr("&Link"), m_linkPanel))
    , m_unlink(new QPushButton(tr("&Unlink"), m_linkPanel))
    , m_changes(new QTreeWidget(this))
    , m_problems(new QListWidget(this))
    , m_message(new QLabel(this))
    , m_import(new QPushButton(tr("&Import"), this))
{
    setObjectName(u"ImportDialog"_s);
    setWindowTitle(tr("Import %1").arg(QFileInfo(path).fileName()));
    setAccessibleName(tr("Import preview"));

    auto *fileLabel = new QLabel(QDir::toNativeSeparators(path), this);
    fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    fileLabel->setAccessibleName(tr("File"));
    fileLabel->setWordWrap(true);
    m_formatBox->addItem(tr("Fingertips data export"), int(ImportFormat::Fingertips));
    m_formatBox->addItem(tr("Template: series or milestone CSV, or plan workbook"),
                         int(ImportFormat::Template));
    m_formatBox->setCurrentIndex(m_formatBox->findData(int(format)));
    m_formatBox->setAccessibleName(tr("File format"));
    auto *formatLabel = new QLabel(tr("F&ormat:"), this);
    formatLabel->setBuddy(m_formatBox);
    auto *form = new QFormLayout;
    form->addRow(tr("File:"), fileLabel);
    form->addRow(formatLabel, m_formatBox);

    m_progress->setRange(0, 100);
    m_progress->setAccessibleName(tr("Reading progress"));
    m_status->setAccessibleName(tr("Reading status"));
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_status, 1);
    progressRow->addWidget(m_progress, 2);

    m_indicators->setColumnCount(3);
    m_indicators->setHeaderLabels({tr("Fingertips indicator"), tr("Rows"), tr("Feeds")});
    m_indicators->setAccessibleName(tr("Fingertips indicators in the file and the plan "
                                       "indicators they feed"));
    m_indicators->setRootIsDecorated(true);
    m_indicators->header()->setStretchLastSection(true);
    m_planIndicator->setAccessibleName(tr("Plan indicator to link"));
    // Long indicator names show in the open list; the box itself stays narrow enough for the
    // dialog to fit a 1280×720 screen, or 1600×1000 at 150 %.
    m_planIndicator->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_planIndicator->setMinimumContentsLength(30);
    m_link->setAccessibleName(tr("Link the selected Fingertips indicator to the plan indicator"));
    m_unlink->setAccessibleName(tr("Unlink the selected plan indicator"));
    std::multimap<QString, Id> byLabel;
    for (const Indicator &i : m_plan.indicators)
        byLabel.emplace(indicatorLabel(i.id), i.id);
    for (const auto &[label, id] : byLabel)
        m_planIndicator->addItem(label, id);
    m_planIndicator->setPlaceholderText(tr("Choose the plan indicator it feeds"));
    m_planIndicator->setCurrentIndex(-1);
    auto *planLabel = new QLabel(tr("&Plan indicator:"), m_linkPanel);
    planLabel->setBuddy(m_planIndicator);
    auto *linkRow = new QHBoxLayout;
    linkRow->addWidget(planLabel);
    linkRow->addWidget(m_planIndicator, 1);
    linkRow->addWidget(m_link);
    linkRow->addWidget(m_unlink);
    auto *linkLayout = new QVBoxLayout(m_linkPanel);
    linkLayout->addWidget(m_indicators);
    linkLayout->addLayout(linkRow);

    m_changes->setHeaderHidden(true);
    m_changes->setAccessibleName(tr("What the import will add, replace and skip"));
    auto *changesLabel = new QLabel(tr("What the import will &do:"), this);
    changesLabel->setBuddy(m_changes);
    m_problems->setAccessibleName(tr("Problems that stop the import"));
    m_problems->setWordWrap(true);
    m_problemsLabel = new QLabel(tr("P&roblems that stop the import:"), this);
    m_problemsLabel->setBuddy(m_problems);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Import status"));
    m_message->setTextFormat(Qt::PlainText);
    QFont bold = m_message->font();
    bold.setBold(true);
    m_message->setFont(bold);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    m_import->setAccessibleName(tr("Import"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(progressRow);
    layout->addWidget(m_linkPanel, 2);
    layout->addWidget(changesLabel);
    layout->addWidget(m_changes, 3);
    layout->addWidget(m_problemsLabel);
    layout->addWidget(m_problems, 1);
    m_results = {m_linkPanel, changesLabel, m_changes, m_problemsLabel, m_problems};
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    ScreenFit::resize(this, {860, 720});

    for (const Indicator &i : m_plan.indicators) {
        for (const auto &[source, externalId] : i.links) {
            if (source == fingertipsSource)
                m_choices.append({externalId, i.id, true});
        }
    }

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_link, &QPushButton::clicked, this, &ImportDialog::linkSelected);
    connect(m_unlink, &QPushButton::clicked, this, &ImportDialog::unlinkSelected);
    connect(m_indicators, &QTreeWidget::currentItemChanged, this, &ImportDialog::updateState);
    connect(m_planIndicator, &QComboBox::currentIndexChanged, this, &ImportDialog::updateState);
    connect(m_formatBox, &QComboBox::currentIndexChanged, this, [this] {
        m_format = ImportFormat(m_formatBox->currentData().toInt());
        startReading();
    });
    connect(m_reader, &ImportReader::progress, this, [this](int percent) {
        m_progress->setValue(percent);
        m_status->setText(tr("Reading %1… %2%").arg(QFileInfo(m_path).fileName()).arg(percent));
    });
    connect(m_reader, &ImportReader::finished, this, &ImportDialog::readingFinished);
    startReading();
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::reject()
{
    m_reader->cancel(); // stops at the next chunk; nothing has been written
    QDialog::reject();
}

bool ImportDialog::isReading() const
{
    return m_reader->isRunning();
}

QString ImportDialog::indicatorLabel(Id indicatorId) const
{
    for (const Indicator &i : m_plan.indicators) {
        if (i.id != indicatorId)
            continue;
        const Programme *programme = m_plan.programme(i.programmeId);
        const Area *area = programme ? m_plan.owningArea(*programme) : nullptr;
        return area ? tr("%1 (%2)").arg(i.name, area->name) : i.name;
    }
    return tr("indicator %1").arg(indicatorId);
}

void ImportDialog::startReading()
{
    m_read = false;
    std::optional<QSet<QString>> keep;
    if (m_format == ImportFormat::Fingertips && QFileInfo(m_path).size() >= readWholeBelow) {
        keep = QSet<QString>();
        for (const Choice &c : std::as_const(m_choices))
            keep->insert(c.externalId);
    }
    m_progress->setValue(0);
    m_progress->show();
    for (QWidget *w : std::as_const(m_results))
        w->hide();
    m_reader->start(m_path, m_format, m_plan, keep);
    updateState();
}

void ImportDialog::readingFinished()
{
    ImportReader::Result result = m_reader->takeResult();
    if (result.cancelled)
        return;
    m_read = true;
    m_progress->hide();
    if (m_format == ImportFormat::Fingertips) {
        m_data = std::move(result.fingertips);
        int rows = 0;
        for (const FingertipsData::IndicatorInFile &i : std::as_const(m_data.indicators))
            rows += i.rows + i.categoryRows;
        m_status->setText(tr("Read %n row(s).", nullptr, rows));
    } else {
        m_data = {};
        m_importPlan = std::move(result.templatePlan);
        m_status->setText(tr("Read the filled-in template."));
    }
    replan();
    Q_EMIT previewReady();
}

bool ImportDialog::hasRowsFor(const QString &fingertipsId) const
{
    const FingertipsData::IndicatorInFile *indicator = m_data.indicator(fingertipsId);
    return !indicator || indicator->kept;
}

void ImportDialog::replan()
{
    if (m_format == ImportFormat::Fingertips) {
        const bool reread
            = std::any_of(m_choices.cbegin(), m_choices.cend(), [this](const Choice &c) {
                  return !hasRowsFor(c.externalId);
              });
        if (reread) {
            startReading();
            return;
        }
        // The plan as the preview sees it: remembered links the user removed are gone.
        PlanSnapshot plan = m_plan;
        for (Indicator &i : plan.indicators) {
            i.links.removeIf([&i, this](const QPair<QString, QString> &link) {
                return link.first == fingertipsSource
                       && std::any_of(
                           m_forgotten.cbegin(), m_forgotten.cend(), [&](const Choice &c) {
                               return c.indicatorId == i.id && c.externalId == link.second;
                           });
            });
        }
        QList<IndicatorLinkRequest> requests;
        for (const Choice &c : std::as_const(m_choices)) {
            if (!c.remembered)
                requests.append({c.externalId, QString::number(c.indicatorId)});
        }
        m_importPlan = FingertipsImport::plan(plan, m_data, requests);
    }
    showIndicators();
    showChanges();
    showProblems();
    updateState();
}

void ImportDialog::showIndicators()
{
    for (QWidget *w : std::as_const(m_results))
        w->show();
    m_linkPanel->setVisible(m_format == ImportFormat::Fingertips);
    const QString current = selectedFingertipsId();
    m_indicators->clear();
    QTreeWidgetItem *select = nullptr;
    for (const FingertipsData::IndicatorInFile &i : std::as_const(m_data.indicators)) {
        QStringList feeds;
        auto *item = new QTreeWidgetItem(m_indicators);
        item->setData(0, Qt::UserRole, i.id);
        item->setText(0, tr("%1 %2").arg(i.id, i.name));
        item->setToolTip(0, item->text(0));
        item->setText(1, QString::number(i.rows + i.categoryRows));
        for (const Choice &c : std::as_const(m_choices)) {
            if (c.externalId != i.id)
                continue;
            const QString label = indicatorLabel(c.indicatorId);
            feeds << label;
            auto *child = new QTreeWidgetItem(item);
            child->setData(0, Qt::UserRole, i.id);
            child->setData(0, Qt::UserRole + 1, c.indicatorId);
            child->setText(0, label);
            child->setText(2, c.remembered ? tr("remembered link") : tr("new link"));
        }
        item->setText(2,
                      feeds.isEmpty() ? tr("not imported: no plan indicator linked")
                                      : feeds.join(u"; "_s));
        item->setToolTip(2, item->text(2));
        item->setExpanded(true);
        if (i.id == current || !select)
            select = item;
    }
    m_indicators->resizeColumnToContents(1);
    m_indicators->setColumnWidth(0, 380);
    if (select)
        m_indicators->setCurrentItem(select);
}

void ImportDialog::showChanges()
{
    using Change = ImportPlan::Change;
    m_changes->clear();
    QHash<Id, int> decimals;
    for (const Indicator &i : std::as_const(m_plan.indicators))
        decimals.insert(i.id, i.decimals);
    const QList<ImportPlan::Line> all
        = m_importPlan.lines([&decimals](Id indicatorId) -> std::optional<int> {
              const auto found = decimals.constFind(indicatorId);
              if (found == decimals.cend())
                  return std::nullopt; // a new indicator the import adds: its values in full
              return *found;
          });
    const auto group = [&](Change change, const QString &title, bool expand) {
        QList<const ImportPlan::Line *> selected;
        for (const ImportPlan::Line &l : all) {
            if (l.change == change)
                selected << &l;
        }
        auto *top = new QTreeWidgetItem(m_changes, {title.arg(selected.size())});
        top->setData(0, Qt::UserRole, int(change));
        QMap<QString, QList<const ImportPlan::Line *>> byIndicator;
        QStringList order;
        for (const ImportPlan::Line *l : std::as_const(selected)) {
            if (!byIndicator.contains(l->group))
                order << l->group;
            byIndicator[l->group] << l;
        }
        int listed = 0;
        for (const QString &indicator : std::as_const(order)) {
            const QList<const ImportPlan::Line *> &values = byIndicator[indicator];
            QMap<QString, int> kinds;
            QStringList kindOrder;
            for (const ImportPlan::Line *l : values) {
                if (!kinds.contains(l->key))
                    kindOrder << l->key;
                ++kinds[l->key];
            }
            QStringList counts;
            for (const QString &key : std::as_const(kindOrder))
                counts << ImportPlan::countText(key, kinds.value(key));
            auto *parent = addItem(top, tr("%1: %2").arg(indicator, counts.join(u", "_s)));
            for (const ImportPlan::Line *l : values) {
                if (listed++ < maxListed)
                    addItem(parent, l->text);
            }
        }
        if (listed > maxListed)
            addItem(top, tr("… and %n more, not listed", nullptr, listed - maxListed));
        top->setExpanded(expand);
        if (expand && listed <= 40) {
            for (int i = 0; i < top->childCount(); ++i)
                top->child(i)->setExpanded(true);
        }
    };
    group(Change::Add, tr("To add: %1"), true);
    group(Change::Replace, tr("To replace or change: %1"), true);
    group(Change::Same, tr("Unchanged (already in the plan): %1"), false);

    QStringList newLinks;
    for (const ImportPlan::Link &l : std::as_const(m_importPlan.links)) {
        if (l.isNew)
            newLinks
                << tr("Fingertips %1 feeds %2").arg(l.externalId, indicatorLabel(l.indicatorId));
    }
    QStringList forget;
    for (const Choice &c : std::as_const(m_forgotten))
        forget << tr("Fingertips %1 no longer feeds %2")
                      .arg(c.externalId, indicatorLabel(c.indicatorId));
    if (!newLinks.isEmpty() || !forget.isEmpty()) {
        auto *top = new QTreeWidgetItem(
            m_changes,
            {tr("Links to remember: %1, to forget: %2").arg(newLinks.size()).arg(forget.size())});
        for (const QString &text : std::as_const(newLinks))
            addItem(top, text);
        for (const QString &text : std::as_const(forget))
            addItem(top, text);
        top->setExpanded(true);
    }
    QStringList notices;
    for (const ImportProblem &p : std::as_const(m_importPlan.problems)) {
        if (!p.isError())
            notices << p.toString();
    }
    auto *skipped
        = new QTreeWidgetItem(m_changes, {tr("Skipped, with the reason: %1").arg(notices.size())});
    for (const QString &text : std::as_const(notices))
        addItem(skipped, text);
    skipped->setExpanded(notices.size() <= 20);
}

void ImportDialog::showProblems()
{
    m_problems->clear();
    const bool any = m_importPlan.hasErrors();
    m_problems->setVisible(any);
    m_problemsLabel->setVisible(any);
    const QIcon icon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    for (const ImportProblem &p : std::as_const(m_importPlan.problems)) {
        if (p.isError()) {
            auto *item = new QListWidgetItem(icon, p.toString(), m_problems);
            item->setToolTip(p.toString());
        }
    }
}

bool ImportDialog::canImport() const
{
    return m_read && !isReading() && !m_readOnly && !m_importPlan.hasErrors()
           && (m_importPlan.hasChanges() || !m_forgotten.isEmpty());
}

QList<ImportPlan::Link> ImportDialog::forgottenLinks() const
{
    QList<ImportPlan::Link> links;
    for (const Choice &c : m_forgotten)
        links.append({c.externalId, c.indicatorId, indicatorLabel(c.indicatorId), {}, false});
    return links;
}

void ImportDialog::updateState()
{
    const bool reading = isReading();
    m_import->setEnabled(canImport());
    m_import->setDefault(canImport());
    const QTreeWidgetItem *current = m_indicators->currentItem();
    m_link->setEnabled(!reading && current && m_planIndicator->currentIndex() >= 0);
    m_unlink->setEnabled(!reading && current && current->parent());
    if (reading) {
        m_message->setText(tr("Reading the file. Nothing has been written; Cancel stops."));
        return;
    }
    if (!m_read)
        return;
    const int errors = int(m_importPlan.errorMessages().size());
    const int adds = m_importPlan.lineCount(ImportPlan::Change::Add);
    const int replaces = m_importPlan.lineCount(ImportPlan::Change::Replace);
    if (errors > 0) {
        m_message->setText(tr("%n problem(s), listed above, stop this import. Correct the file "
                              "(or the links) and import it again. Nothing has been written.",
                              nullptr,
                              errors));
    } else if (m_readOnly) {
        m_message->setText(tr("The plan is open read-only, so nothing can be imported. Save a "
                              "copy to make changes."));
    } else if (m_format == ImportFormat::Fingertips && m_importPlan.links.isEmpty()) {
        m_message->setText(tr("No Fingertips indicator in this file feeds a plan indicator yet. "
                              "Select one above, choose the plan indicator it feeds and press "
                              "Link."));
    } else if (!canImport()) {
        m_message->setText(tr("Nothing to import: the plan already holds these values."));
    } else {
        m_message->setText(tr("Import adds %1 and replaces or changes %2 in one step; Edit > "
                              "Undo takes it back.")
                               .arg(adds)
                               .arg(replaces));
    }
}

QString ImportDialog::selectedFingertipsId() const
{
    const QTreeWidgetItem *item = m_indicators->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

void ImportDialog::link(const QString &fingertipsId, Id indicatorId)
{
    const auto same = [&](const Choice &c) {
        return c.externalId == fingertipsId && c.indicatorId == indicatorId;
    };
    if (std::any_of(m_choices.cbegin(), m_choices.cend(), same))
        return;
    const bool remembered = m_forgotten.removeIf(same) > 0;
    m_choices.append({fingertipsId, indicatorId, remembered});
    replan();
}

void ImportDialog::unlink(const QString &fingertipsId, Id indicatorId)
{
    const auto same = [&](const Choice &c) {
        return c.externalId == fingertipsId && c.indicatorId == indicatorId;
    };
    const auto it = std::find_if(m_choices.cbegin(), m_choices.cend(), same);
    if (it == m_choices.cend())
        return;
    if (it->remembered)
        m_forgotten.append(*it);
    m_choices.erase(it);
    replan();
}

void ImportDialog::linkSelected()
{
    const QString id = selectedFingertipsId();
    if (!id.isEmpty() && m_planIndicator->currentIndex() >= 0)
        link(id, m_planIndicator->currentData().toLongLong());
}

void ImportDialog::unlinkSelected()
{
    const QTreeWidgetItem *item = m_indicators->currentItem();
    if (item && item->parent())
        unlink(item->data(0, Qt::UserRole).toString(),
               item->data(0, Qt::UserRole + 1).toLongLong());
}

} // namespace Jfp
