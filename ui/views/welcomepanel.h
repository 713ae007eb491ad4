// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include <QFrame>

class QPushButton;

namespace Jfp {

/**
 * The first-run panel above the sample plan: what the sample is, and the three first steps
 * (open your own plan, import data, make a board pack) with the user guide beside them. It
 * goes away for good with Close ("Don't show this again"), and can be shown again from Help.
 */
class WelcomePanel : public QFrame
{
    Q_OBJECT

public:
    explicit WelcomePanel(QWidget *parent = nullptr);

    /** True once the user closed it; remembered in the settings. */
    static bool dismissed();
    static void setDismissed(bool dismissed);

    QPushButton *openButton() const { return m_open; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *boardPackButton() const { return m_boardPack; }
    QPushButton *guideButton() const { return m_guide; }
    QPushButton *closeButton() const { return m_close; }

Q_SIGNALS:
    void openRequested();
    void importRequested();
    void boardPackRequested();
    void guideRequested();
    /** Closed for good by the user. */
    void closed();

private:
    QPushButton *m_open;
    QPushButton *m_import;
    QPushButton *m_boardPack;
    QPushButton *m_guide;
    QPushButton *m_close;
};

} // namespace Jfp
