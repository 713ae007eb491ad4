// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "filltrajectorydialog.h"

#include "commands/validation.h"
#include "domain/valueformat.h"
#include "models/trajectorytablemodel.h"
#include "views/screenfit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Jfp {

namespace {

QLineEdit *lineEdit(const QString &name, const QString &text, QWidget *parent)
{
    auto *edit = new QLineEdit(text, parent);
    edit->setAccessibleName(name);
    return edit;
}

QString numberText(double value)
{
    return QString::number(value, 'g', 15);
}

} // namespace

FillTrajectoryDialog::FillTrajectoryDialog(const Indicator &indicator,
                                           const TrajectoryFill::Request &start,
                                           QWidget *parent)
    : QDialog(parent)
    , m_indicator(indicator)
    , m_start(start)
    , m_method(new QComboBox(this))
    , m_baseline(lineEdit(tr("Baseline value"),
                          indicator.baselineValue ? numberText(start.baseline) : QString(),
                          this))
    , m_baselinePeriod(lineEdit(tr("Baseline period"), start.baselinePeriod, this))
    , m_target(lineEdit(tr("Target value"),
                        indicator.targetValue && indicator.targetKind == TargetKind::Absolute
                            ? numberText(start.target)
                            : QString(),
                        this))
    , m_targetPeriod(lineEdit(tr("Target period"), start.targetPeriod, this))
    , m_after(new QComboBox(this))
    , m_step(new QComboBox(this))
    , m_decimals(new QSpinBox(this))
    , m_preview(new QTableWidget(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Fill Trajectory of '%1'").arg(indicator.name));
    setAccessibleName(windowTitle());

    m_method->addItem(tr("Straight line (the same change each period)"),
                      int(TrajectoryFill::Method::StraightLine));
    m_method->addItem(tr("Constant percentage change each period"),
                      int(TrajectoryFill::Method::ConstantPercentage));
    m_method->setAccessibleName(tr("Method"));
    m_after->addItem(tr("Hold at the target"), int(TrajectoryFill::AfterTarget::Hold));
    m_after->addItem(tr("Keep changing at the same rate"),
                     int(TrajectoryFill::AfterTarget::Continue));
    m_after->setCurrentIndex(m_after->findData(int(start.afterTarget)));
    m_after->setAccessibleName(tr("After the target period"));
    m_step->addItem(tr("Financial years"), int(TrajectoryFill::Step::Annual));
    m_step->addItem(tr("Quarters"), int(TrajectoryFill::Step::Quarterly));
    m_step->addItem(tr("Months"), int(TrajectoryFill::Step::Monthly));
    m_step->setCurrentIndex(m_step->findData(int(start.step)));
    m_step->setAccessibleName(tr("Periods"));
    m_decimals->setRange(0, 6);
    m_decimals->setValue(std::clamp(start.decimals, 0, 6));
    m_decimals->setAccessibleName(tr("Decimal places"));

    auto *form = new QFormLayout;
    const auto addRow = [&](const QString &label, QWidget *field) {
        auto *name = new QLabel(label, this);
        name->setBuddy(field);
        form->addRow(name, field);
    };
    addRow(tr("&Method:"), m_method);
    auto *from = new QHBoxLayout;
    from->addWidget(m_baseline);
    auto *inLabel = new QLabel(tr("&in"), this);
    inLabel->setBuddy(m_baselinePeriod);
    from->addWidget(inLabel);
    from->addWidget(m_baselinePeriod);
    auto *fromLabel = new QLabel(tr("&From the baseline:"), this);
    fromLabel->setBuddy(m_baseline);
    form->addRow(fromLabel, from);
    auto *to = new QHBoxLayout;
    to->addWidget(m_target);
    auto *byLabel = new QLabel(tr("&by"), this);
    byLabel->setBuddy(m_targetPeriod);
    to->addWidget(byLabel);
    to->addWidget(m_targetPeriod);
    auto *toLabel = new QLabel(tr("&To the target:"), this);
    toLabel->setBuddy(m_target);
    form->addRow(toLabel, to);
    addRow(tr("&After the target:"), m_after);
    addRow(tr("&Periods:"), m_step);
    addRow(tr("&Decimal places:"), m_decimals);

    auto *intro = new QLabel(tr("Planned values for every period after the baseline to %1."
                                " Values already planned for those periods are replaced; you can"
                                " then edit any cell. Undo takes the whole fill back.")
                                 .arg(start.lastPeriod),
                             this);
    intro->setWordWrap(true);

    m_preview->setColumnCount(3);
    m_preview->setHorizontalHeaderLabels({tr("Period"), tr("Planned now"), tr("Filled")});
    m_preview->verticalHeader()->setVisible(false);
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setTabKeyNavigation(false);
    m_preview->setAccessibleName(tr("Preview of the filled trajectory"));
    m_preview->setMinimumHeight(200);

    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Problem with the fill"));
    m_message->setTextFormat(Qt::PlainText);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Fill"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    for (QLineEdit *edit : {m_baseline, m_baselinePeriod, m_target, m_targetPeriod})
        connect(edit, &QLineEdit::textChanged, this, &FillTrajectoryDialog::updatePreview);
    for (QComboBox *box : {m_method, m_after, m_step})
        connect(box, &QComboBox::currentIndexChanged, this, &FillTrajectoryDialog::updatePreview);
    connect(m_decimals, &QSpinBox::valueChanged, this, &FillTrajectoryDialog::updatePreview);
    updatePreview();
    ScreenFit::resize(this, {560, 560});
}

TrajectoryFill::Request FillTrajectoryDialog::request() const
{
    TrajectoryFill::Request r = m_start;
    bool ok = false;
    r.baseline
        = TrajectoryTableModel::parseNumber(m_baseline->text(), m_indicator.unit, &ok).value_or(0);
    r.baselinePeriod = m_baselinePeriod->text().trimmed();
    r.target
        = TrajectoryTableModel::parseNumber(m_target->text(), m_indicator.unit, &ok).value_or(0);
    r.targetPeriod = m_targetPeriod->text().trimmed();
    r.method = TrajectoryFill::Method(m_method->currentData().toInt());
    r.afterTarget = TrajectoryFill::AfterTarget(m_after->currentData().toInt());
    r.step = TrajectoryFill::Step(m_step->currentData().toInt());
    r.decimals = m_decimals->value();
    return r;
}

void FillTrajectoryDialog::updatePreview()
{
    m_values.clear();
    QStringList problems;
    const auto number = [&](QLineEdit *edit, const QString &what) {
        bool ok = false;
        const auto value = TrajectoryTableModel::parseNumber(edit->text(), m_indicator.unit, &ok);
        if (!ok)
            problems << tr("The %1 '%2' is not a number.").arg(what, edit->text().trimmed());
        else if (!value)
            problems << tr("Give the %1.").arg(what);
    };
    number(m_baseline, tr("baseline value"));
    number(m_target, tr("target value"));
    if (m_baselinePeriod->text().trimmed().isEmpty())
        problems << tr("Give the baseline period, such as 2023/24.");
    if (m_targetPeriod->text().trimmed().isEmpty())
        problems << tr("Give the target period, such as 2026/27.");
    if (problems.isEmpty()) {
        QString error;
        if (const auto filled = TrajectoryFill::fill(request(), &error)) {
            const Validation::Messages messages
                = Validation::trajectoryValues(m_indicator, *filled);
            if (messages.isEmpty())
                m_values = *filled;
            else
                problems << Validation::summary(messages);
        } else {
            problems << error;
        }
    }
    m_problem = problems.join(QLatin1Char('\n'));
    m_message->setText(m_problem.isEmpty() ? QString() : tr("Cannot fill: %1").arg(m_problem));
    m_message->setVisible(!m_problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problem.isEmpty());

    m_preview->setRowCount(int(m_values.size()));
    for (int r = 0; r < m_values.size(); ++r) {
        const PeriodValue &v = m_values.at(r);
        const Period period = Period::parse(v.period);
        OptionalValue now;
        for (const PeriodValue &p : std::as_const(m_indicator.trajectory)) {
            if (Period::parse(p.period) == period)
                now = p.value;
        }
        const auto cell = [&](const QString &text, bool number) {
            auto *item = new QTableWidgetItem(text);
            if (number)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            return item;
        };
        m_preview->setItem(r, 0, cell(v.period, false));
        m_preview->setItem(
            r, 1, cell(now ? ValueFormat::number(*now, m_indicator.decimals) : tr("none"), true));
        m_preview->setItem(r, 2, cell(ValueFormat::number(*v.value, m_indicator.decimals), true));
    }
    m_preview->resizeColumnsToContents();
}

} // namespace Jfp
