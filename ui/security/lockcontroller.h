// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace sportello {
class Clock;
}

namespace sportello::ui {

// Locks the screen after an idle time: every keyboard or mouse input in the application resets
// the idle time, which is measured with the injected clock (so tests can move time).
class LockController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LockController)

public:
    static constexpr int kDefaultIdleMinutes = 10;
    static constexpr int kMaximumIdleMinutes = 15;

    LockController(const Clock &clock, QObject *parent = nullptr);
    ~LockController() override;

    // Clamped to 1…15 minutes.
    void setIdleMinutes(int minutes);
    [[nodiscard]] int idleMinutes() const { return m_idleMinutes; }
    // Watching starts when someone logs in and stops when the screen locks.
    void setArmed(bool armed);
    [[nodiscard]] bool isArmed() const { return m_armed; }
    // Checks the idle time now (the timer does it every few seconds).
    void check();
    void noteActivity();

Q_SIGNALS:
    void idleTimeoutReached();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    const Clock &m_clock;
    QTimer m_timer;
    QDateTime m_lastActivity;
    int m_idleMinutes = kDefaultIdleMinutes;
    bool m_armed = false;
};

} // namespace sportello::ui
