// SPDX-License-Identifier: GPL-3.0-or-later
#include "lockcontroller.h"

#include "support/clock.h"

#include <QCoreApplication>
#include <QEvent>

#include <algorithm>

namespace sportello::ui {

LockController::LockController(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    m_timer.setInterval(5000);
    connect(&m_timer, &QTimer::timeout, this, &LockController::check);
    QCoreApplication::instance()->installEventFilter(this);
}

LockController::~LockController()
{
    if (QCoreApplication *app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

void LockController::setIdleMinutes(int minutes)
{
    m_idleMinutes = std::clamp(minutes, 1, kMaximumIdleMinutes);
}

void LockController::setArmed(bool armed)
{
    m_armed = armed;
    if (armed) {
        noteActivity();
        m_timer.start();
    } else {
        m_timer.stop();
    }
}

void LockController::noteActivity()
{
    m_lastActivity = m_clock.nowUtc();
}

void LockController::check()
{
    if (!m_armed)
        return;
    if (m_lastActivity.secsTo(m_clock.nowUtc()) >= m_idleMinutes * 60LL) {
        setArmed(false);
        Q_EMIT idleTimeoutReached();
    }
}

bool LockController::eventFilter(QObject *watched, QEvent *event)
{
    if (m_armed) {
        switch (event->type()) {
        case QEvent::KeyPress:
        case QEvent::MouseButtonPress:
        case QEvent::MouseMove:
        case QEvent::Wheel:
        case QEvent::TouchBegin:
            noteActivity();
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace sportello::ui
