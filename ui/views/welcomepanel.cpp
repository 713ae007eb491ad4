// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "welcomepanel.h"

#include "charts/chartstyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace Jfp {

namespace {

const QString dismissedKey = QStringLiteral("welcome/dismissed");

} // namespace

WelcomePanel::WelcomePanel(QWidget *parent)
    : QFrame(parent)
    , m_open(new QPushButton(tr("Open Your Own Plan…"), this))
    , m_import(new QPushButton(tr("Import Data…"), this))
    , m_boardPack(new QPushButton(tr("Make a Board Pack…"), this))
    , m_guide(new QPushButton(tr("User Guide (F1)"), this))
    , m_close(new QPushButton(tr("Don't Show This Again"), this))
{
    setObjectName(QStringLiteral("welcomePanel"));
    setAccessibleName(tr("Getting started"));
    setFrameShape(QFrame::StyledPanel);
    // NHS pale blue behind dark text: a notice, not a warning. Text and buttons say it all.
    setAutoFillBackground(true);
    QPalette colours = palette();
    colours.setColor(QPalette::Window, QColor(0xE8, 0xF1, 0xFA));
    colours.setColor(QPalette::WindowText, ChartStyle::nhsBlack);
    setPalette(colours);

    auto *title = new QLabel(tr("<b>Welcome to JFP Planner.</b> This is the Cheshire and "
                                "Merseyside sample plan: its programmes, milestones and "
                                "indicators come from the published plans, and its values "
                                "from OHID Fingertips. It is your own copy; change it freely."),
                             this);
    title->setWordWrap(true);
    title->setTextFormat(Qt::RichText);
    auto *steps = new QLabel(tr("To begin: open your own plan (or File > New Plan), import "
                                "values from a Fingertips export or a filled-in workbook, and "
                                "make a board pack of the area or programme selected."),
                             this);
    steps->setWordWrap(true);
    m_open->setAccessibleName(tr("Open your own plan"));
    m_import->setAccessibleName(tr("Import data into this plan"));
    m_boardPack->setAccessibleName(tr("Make a board pack"));
    m_guide->setAccessibleName(tr("Open the user guide"));
    m_close->setAccessibleName(tr("Close the getting started panel for good"));
    m_close->setToolTip(tr("Help > Getting Started shows it again."));

    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_open, m_import, m_boardPack, m_guide})
        buttons->addWidget(button);
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->addWidget(title);
    layout->addWidget(steps);
    layout->addLayout(buttons);

    connect(m_open, &QPushButton::clicked, this, &WelcomePanel::openRequested);
    connect(m_import, &QPushButton::clicked, this, &WelcomePanel::importRequested);
    connect(m_boardPack, &QPushButton::clicked, this, &WelcomePanel::boardPackRequested);
    connect(m_guide, &QPushButton::clicked, this, &WelcomePanel::guideRequested);
    connect(m_close, &QPushButton::clicked, this, [this] {
        setDismissed(true);
        hide();
        Q_EMIT closed();
    });
}

bool WelcomePanel::dismissed()
{
    return QSettings().value(dismissedKey, false).toBool();
}

void WelcomePanel::setDismissed(bool dismissed)
{
    QSettings().setValue(dismissedKey, dismissed);
}

} // namespace Jfp
