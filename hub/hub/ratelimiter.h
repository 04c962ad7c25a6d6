// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

// A token bucket per desk: `burst` requests at once, `perSecond` after. Per process: with
// several hub processes behind a proxy the district's limit is their sum (docs/hub.md).
namespace sportello::hub {

class RateLimiter final
{
public:
    RateLimiter(double perSecond, double burst)
        : m_perSecond(perSecond)
        , m_burst(burst)
    { }

    // Takes one request from the desk's bucket; 0 when allowed, else the whole seconds to
    // wait (for Retry-After).
    [[nodiscard]] int take(const QString &deskId, const QDateTime &now);

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 atMs = 0;
    };
    static constexpr qsizetype kMaxBuckets = 100000;

    double m_perSecond;
    double m_burst;
    QHash<QString, Bucket> m_buckets;
};

} // namespace sportello::hub
