// SPDX-License-Identifier: GPL-3.0-or-later
#include "backuppage.h"

#include "prompter.h"
#include "services/backuprunner.h"
#include "services/backupservice.h"
#include "services/changenotifier.h"
#include "support/clock.h"
#include "text/errortext.h"
#include "text/synctext.h"

#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sportello::ui {

BackupPage::BackupPage(Context context, QWidget *parent)
    : QWidget(parent)
    , m_context(std::move(context))
{
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("A backup is a copy of the whole desk, encrypted like the desk itself. Keep it on a "
           "USB stick, away from this computer. On another computer it opens only with the "
           "desk's recovery key; restore it with sportello-cli restore."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *lastBox = new QGroupBox(tr("Last backup"), this);
    auto *lastLayout = new QVBoxLayout(lastBox);
    m_last = new QLabel(lastBox);
    m_last->setObjectName(u"backupLast"_s);
    m_last->setWordWrap(true);
    m_last->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem = new QLabel(lastBox);
    m_problem->setObjectName(u"backupProblem"_s);
    m_problem->setWordWrap(true);
    lastLayout->addWidget(m_last);
    lastLayout->addWidget(m_problem);
    auto *nowRow = new QHBoxLayout;
    m_now = new QPushButton(tr("Back &up now"), lastBox);
    m_now->setObjectName(u"backupNow"_s);
    m_progress = new QProgressBar(lastBox);
    m_progress->setObjectName(u"backupProgress"_s);
    m_progress->setAccessibleName(tr("Backup progress"));
    m_cancel = new QPushButton(tr("Cancel"), lastBox);
    m_cancel->setObjectName(u"backupCancel"_s);
    nowRow->addWidget(m_now);
    nowRow->addWidget(m_progress, 1);
    nowRow->addWidget(m_cancel);
    nowRow->addStretch(0);
    lastLayout->addLayout(nowRow);
    layout->addWidget(lastBox);

    auto *planBox = new QGroupBox(tr("Plan"), this);
    auto *form = new QFormLayout(planBox);
    auto *folderRow = new QHBoxLayout;
    m_folder = new QLineEdit(planBox);
    m_folder->setObjectName(u"backupFolder"_s);
    m_folder->setReadOnly(true);
    m_folder->setPlaceholderText(tr("No folder chosen: no scheduled backups"));
    m_folder->setAccessibleName(tr("Backup folder"));
    auto *choose = new QPushButton(tr("C&hoose…"), planBox);
    choose->setObjectName(u"backupChoose"_s);
    choose->setAccessibleName(tr("Choose the backup folder"));
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(choose);
    form->addRow(tr("Folder:"), folderRow);
    m_period = new QSpinBox(planBox);
    m_period->setObjectName(u"backupPeriod"_s);
    m_period->setRange(0, services::BackupPlan::kMaximumPeriodDays);
    m_period->setSpecialValueText(tr("only when asked"));
    m_period->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    form->addRow(tr("&Days between backups:"), m_period);
    m_keep = new QSpinBox(planBox);
    m_keep->setObjectName(u"backupKeep"_s);
    m_keep->setRange(1, services::BackupPlan::kMaximumKeep);
    m_keep->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    form->addRow(tr("&Backups kept:"), m_keep);
    auto *planNote = new QLabel(tr("Older backups of this desk in the folder are removed; "
                                   "nothing else in it is touched."),
                                planBox);
    planNote->setWordWrap(true);
    form->addRow(planNote);
    m_save = new QPushButton(tr("&Save the plan"), planBox);
    m_save->setObjectName(u"backupSave"_s);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_save);
    saveRow->addStretch(1);
    form->addRow(QString(), saveRow);
    layout->addWidget(planBox);
    layout->addStretch(1);

    connect(choose, &QPushButton::clicked, this, [this] { chooseFolder(); });
    connect(m_save, &QPushButton::clicked, this, [this] { savePlan(); });
    connect(m_now, &QPushButton::clicked, this, [this] { backUpNow(); });
    connect(m_cancel, &QPushButton::clicked, this, &BackupPage::cancel);
    connect(&m_context.runner, &services::BackupRunner::progress, this,
            [this](qint64 done, qint64 total) {
                if (m_progress->isHidden())
                    showRunning(true);
                // A total of 0 while the database is copied: the bar moves without a figure.
                const int scale = total > 0 ? 1000 : 0;
                m_progress->setRange(0, scale);
                m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
            });
    connect(&m_context.runner, &services::BackupRunner::finished, this, &BackupPage::onFinished);
    connect(&m_context.changes, &services::ChangeNotifier::backupChanged, this,
            &BackupPage::refresh);

    const services::BackupPlan plan = m_context.backups.plan();
    m_folder->setText(QDir::toNativeSeparators(plan.folder));
    m_period->setValue(plan.periodDays);
    m_keep->setValue(plan.keep);
    refresh();
    showRunning(m_context.runner.isRunning());
}

BackupPage::~BackupPage() = default;

void BackupPage::refresh()
{
    const services::BackupStatus status = m_context.backups.status();
    const QDateTime now = m_context.clock.nowUtc();
    m_last->setText(status.lastSuccess.isValid()
                        ? tr("The last backup was written %1: %2.")
                              .arg(text::SyncText::when(status.lastSuccess, now), status.lastFile)
                        : tr("No backup has been written yet."));
    if (status.lastErrorCode != 0) {
        Error error {ErrorCode(status.lastErrorCode), {}, {status.lastErrorArgument}};
        m_problem->setText(tr("The backup tried %1 failed: %2")
                               .arg(text::SyncText::when(status.lastAttempt, now),
                                    text::ErrorText::message(error)));
        m_problem->show();
    } else {
        m_problem->clear();
        m_problem->hide();
    }
    m_now->setEnabled(!m_context.runner.isRunning() && !m_context.backups.plan().folder.isEmpty());
}

void BackupPage::showRunning(bool running)
{
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
    m_now->setEnabled(!running && !m_context.backups.plan().folder.isEmpty());
    if (!running)
        m_progress->setRange(0, 1000);
}

bool BackupPage::chooseFolder()
{
    const auto folder
        = m_context.prompter.askFolder(this, tr("Backup folder"), m_context.backups.plan().folder);
    if (!folder)
        return false;
    m_folder->setText(QDir::toNativeSeparators(*folder));
    return savePlan();
}

bool BackupPage::savePlan()
{
    services::BackupPlan plan;
    plan.folder = QDir::fromNativeSeparators(m_folder->text());
    plan.periodDays = m_period->value();
    plan.keep = m_keep->value();
    if (auto saved = m_context.backups.setPlan(m_context.actor, plan); !saved) {
        m_context.prompter.warn(this, tr("Backup"), text::ErrorText::message(saved.error()));
        return false;
    }
    refresh();
    return true;
}

bool BackupPage::backUpNow()
{
    if (m_context.backups.plan().folder.isEmpty()) {
        m_context.prompter.warn(this, tr("Backup"),
                                tr("Choose the folder for the backups first (a USB stick)."));
        return false;
    }
    if (!m_context.runner.runFor(m_context.actor))
        return false;
    m_startedHere = true;
    showRunning(true);
    m_progress->setRange(0, 0);
    return true;
}

void BackupPage::cancel()
{
    m_context.runner.cancel();
}

QString BackupPage::statusText() const
{
    return m_problem->isHidden() ? m_last->text() : m_last->text() + u'\n' + m_problem->text();
}

void BackupPage::onFinished(const Result<services::BackupOutcome> &outcome)
{
    const bool startedHere = std::exchange(m_startedHere, false);
    showRunning(false);
    refresh();
    // The schedule's failures are shown on the page and the home page, not in a box.
    if (!outcome && startedHere && outcome.error().code != ErrorCode::Cancelled)
        m_context.prompter.warn(this, tr("Backup"), text::ErrorText::message(outcome.error()));
    Q_EMIT backupFinished(outcome.ok());
}

} // namespace sportello::ui
