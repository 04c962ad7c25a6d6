// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "security/permissions.h"
#include "support/result.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace sportello {
class Clock;
namespace services {
class BackupRunner;
class BackupService;
class ChangeNotifier;
struct BackupOutcome;
} // namespace services
} // namespace sportello

namespace sportello::ui {

class Prompter;

// The desk's backups, for coordinators (issue 18, point 2): the last backup and the last
// problem, the plan (a folder such as a USB stick, every how many days, how many to keep) and
// "Back up now" with its progress and Cancel. The schedule's own backups show here too while
// they run. The service checks the permission and audits.
class BackupPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupPage)

public:
    struct Context
    {
        services::BackupService &backups;
        services::BackupRunner &runner;
        services::ChangeNotifier &changes;
        const Clock &clock;
        Prompter &prompter;
        security::Actor actor;
    };

    explicit BackupPage(Context context, QWidget *parent = nullptr);
    ~BackupPage() override;

    // The actions behind the buttons; false when refused, declined or not started (a warning
    // says why when it was refused).
    bool chooseFolder();
    bool savePlan();
    bool backUpNow();
    void cancel();
    // The status lines, as shown.
    [[nodiscard]] QString statusText() const;

Q_SIGNALS:
    // A backup started here or by the schedule ended (written, failed or cancelled).
    void backupFinished(bool written);

private:
    void refresh();
    void showRunning(bool running);
    void onFinished(const Result<services::BackupOutcome> &outcome);

    Context m_context;
    QLabel *m_last = nullptr;
    QLabel *m_problem = nullptr;
    QLineEdit *m_folder = nullptr;
    QSpinBox *m_period = nullptr;
    QSpinBox *m_keep = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_now = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    bool m_startedHere = false;
};

} // namespace sportello::ui
