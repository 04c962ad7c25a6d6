// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

namespace sportello {

// The source of the current time; injected everywhere time matters so tests can move it.
class Clock
{
public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual QDateTime now() const = 0;
    [[nodiscard]] QDate today() const { return now().date(); }
    [[nodiscard]] virtual QDateTime nowUtc() const { return now().toUTC(); }
};

// The real wall clock.
class SystemClock final : public Clock
{
public:
    [[nodiscard]] QDateTime now() const override { return QDateTime::currentDateTime(); }
    // Without the local time zone, which glibc looks up again on every reading.
    [[nodiscard]] QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

// A clock moved by hand: the demo writes its content as if it had happened on the days it
// describes, and tests move time to the moment they check.
class ManualClock : public Clock
{
public:
    explicit ManualClock(QDateTime now)
        : m_now(std::move(now))
    { }
    [[nodiscard]] QDateTime now() const override { return m_now; }
    void set(QDateTime now) { m_now = std::move(now); }
    void advanceSecs(qint64 seconds) { m_now = m_now.addSecs(seconds); }
    void advanceDays(qint64 days) { m_now = m_now.addDays(days); }

private:
    QDateTime m_now;
};

} // namespace sportello
