// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#pragma once

#include "domain/plan.h"
#include "import/fingertipsreader.h"
#include "import/importformat.h"
#include "import/importplan.h"

#include <QObject>

#include <memory>
#include <optional>

class QThread;
class QTimer;

namespace Jfp {

/**
 * Reads an import file in a background thread, with progress and cancel. It only parses:
 * the database is never touched off the GUI thread. A Fingertips file gives FingertipsData
 * (the dialog works out the ImportPlan from it as the user links indicators); a series
 * template gives its ImportPlan directly, worked out on a copy of the plan.
 */
class ImportReader : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        ImportFormat format = ImportFormat::Fingertips;
        FingertipsData fingertips;
        ImportPlan templatePlan;
        bool cancelled = false;
    };

    explicit ImportReader(QObject *parent = nullptr);
    ~ImportReader() override; // cancels and waits for the thread

    /**
     * Starts reading `path`; a read already running is cancelled first. `keep` limits the
     * Fingertips rows kept (FingertipsReader::Options::keepIndicators).
     */
    void start(const QString &path,
               ImportFormat format,
               const PlanSnapshot &plan,
               const std::optional<QSet<QString>> &keep);
    void cancel();
    bool isRunning() const;
    /** Hands over the last finished read (after finished()). */
    Result takeResult() { return std::move(m_result); }

Q_SIGNALS:
    void progress(int percent);
    void finished();

private:
    struct Job;
    void stop();

    std::shared_ptr<Job> m_job;
    QThread *m_thread = nullptr;
    QTimer *m_timer;
    quint64 m_generation = 0;
    Result m_result;
};

} // namespace Jfp
