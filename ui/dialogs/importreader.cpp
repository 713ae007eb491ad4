// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 JFP Planner contributors
#include "importreader.h"

#include "formats/csvreader.h"
#include "import/progressdevice.h"
#include "import/seriestemplate.h"
#include "import/workbookimport.h"

#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <QTimer>

namespace Jfp {

using namespace Qt::StringLiterals;

/** What the thread and the GUI share: the device (for progress and cancel) and the result. */
struct ImportReader::Job
{
    QFile file;
    ProgressDevice device{&file};
    Result result;
};

namespace {

ImportProblem openProblem(const QString &path, const QString &name, const QFile &file)
{
    return {ImportProblem::Severity::Error,
            name,
            0,
            QString(),
            QFileInfo::exists(path)
                ? ImportReader::tr("cannot be read: %1").arg(file.errorString())
                : ImportReader::tr("does not exist. Check the name and folder.")};
}

} // namespace

ImportReader::ImportReader(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(100);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_job)
            Q_EMIT progress(m_job->device.percent());
    });
}

ImportReader::~ImportReader()
{
    stop();
}

void ImportReader::stop()
{
    if (!m_thread)
        return;
    m_job->device.cancel();
    ++m_generation;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_job.reset();
    m_timer->stop();
}

void ImportReader::start(const QString &path,
                         ImportFormat format,
                         const PlanSnapshot &plan,
                         const std::optional<QSet<QString>> &keep)
{
    stop();
    m_job = std::make_shared<Job>();
    m_job->file.setFileName(path);
    m_job->result.format = format;
    auto job = m_job;
    // The thread gets its own copy of the plan: snapshots are plain values.
    // Problems name the file as the user sees it in the dialog: "export.csv: line 14, …".
    const QString name = QFileInfo(path).fileName();
    m_thread = QThread::create([job, path, name, format, plan, keep] {
        Result &result = job->result;
        if (!job->file.open(QIODevice::ReadOnly) || !job->device.openForReading()) {
            (format == ImportFormat::Fingertips ? result.fingertips.problems
                                                : result.templatePlan.problems)
                .append(openProblem(path, name, job->file));
            result.fingertips.fileName = name;
            result.templatePlan.file = name;
            return;
        }
        if (format == ImportFormat::Fingertips) {
            FingertipsReader::Options options;
            options.keepIndicators = keep;
            result.fingertips = FingertipsReader::read(&job->device, name, options);
        } else if (QFileInfo(path).suffix().compare(u"xlsx"_s, Qt::CaseInsensitive) == 0) {
            // A workbook is read whole (they are small); its problems name the file as the
            // user sees it.
            result.templatePlan = WorkbookImport::planWorkbook(plan, path);
            result.templatePlan.file = name;
            for (ImportProblem &p : result.templatePlan.problems)
                p.file = name;
        } else {
            QStringList header;
            const bool milestones = CsvReader(&job->file).readRecord(header)
                                    && WorkbookImport::isMilestoneHeader(header);
            job->file.seek(0);
            result.templatePlan = milestones
                                      ? WorkbookImport::planMilestoneCsv(plan, &job->device, name)
                                      : SeriesTemplate::plan(plan, &job->device, name);
        }
        result.cancelled = job->device.isCancelled();
    });
    const quint64 generation = ++m_generation;
    connect(m_thread, &QThread::finished, this, [this, generation] {
        if (generation != m_generation || !m_thread)
            return; // a read that was stopped and replaced
        m_timer->stop();
        m_result = std::move(m_job->result);
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
        m_job.reset();
        Q_EMIT progress(100);
        Q_EMIT finished();
    });
    m_timer->start();
    Q_EMIT progress(0);
    m_thread->start(QThread::LowPriority);
}

void ImportReader::cancel()
{
    if (m_job)
        m_job->device.cancel();
}

bool ImportReader::isRunning() const
{
    return m_thread != nullptr;
}

} // namespace Jfp
