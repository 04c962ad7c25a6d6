// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace sportello {
class Clock;
namespace services {
class ChangeNotifier;
class NetworkService;
struct SyncStatus;
} // namespace services
namespace sync {
class SyncController;
struct RoundResult;
} // namespace sync
} // namespace sportello

namespace sportello::ui {

class DeferredRefresh;

// The sync's line in the main window's status bar, for every operator and while the desk is
// locked (it shows counts, never a record): the last successful sync and what waits or was
// refused, "not connected" before enrolment, "paused" with the reason, a round in progress,
// and "Sync now". Follows the notifier's syncChanged() and the controller's signals (the sync
// thread's commits are announced on that thread's own notifier).
class SyncStatusWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncStatusWidget)

public:
    struct Context
    {
        services::NetworkService &network; // the status (settings and counts only)
        services::ChangeNotifier &changes;
        sync::SyncController &controller;
        const Clock &clock;
    };

    explicit SyncStatusWidget(Context context, QWidget *parent = nullptr);

    // What the line says now.
    [[nodiscard]] QString text() const;
    // Reads the status again.
    void refresh();

private:
    [[nodiscard]] QString describe(const services::SyncStatus &status) const;

    Context m_context;
    QLabel *m_label = nullptr;
    QToolButton *m_syncNow = nullptr;
    DeferredRefresh *m_refresh = nullptr;
    int m_settled = -1; // the round in flight's progress; -1 when none came yet
    int m_due = 0;
};

} // namespace sportello::ui
