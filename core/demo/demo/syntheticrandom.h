// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to core/demo: the random draws of the synthetic-people generator.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <limits>

namespace sportello::demo::detail {

// splitmix64 (Steele, Lea, Flood 2014): tiny, fast and identical on every platform.
inline quint64 splitMix64(quint64 &state)
{
    quint64 z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

// Uniform in [0, bound), without modulo bias.
inline int uniformBelow(quint64 &state, int bound)
{
    const auto b = static_cast<quint64>(bound);
    const quint64 threshold = (std::numeric_limits<quint64>::max() - b + 1) % b;
    quint64 x = splitMix64(state);
    while (x < threshold)
        x = splitMix64(state);
    return static_cast<int>(x % b);
}

// The synthetic generator's draws: splitmix64, seeded apart from SyntheticPeople so the people
// drawn depend only on the seed; a stream per purpose (sessions, referrals) keeps each one's
// draws independent of the others.
class Random final
{
public:
    explicit Random(quint64 seed)
        : m_state(seed ^ 0x5E55101A5DE5CULL)
    { }

    int below(int bound) { return uniformBelow(m_state, bound); }
    int between(int low, int high) { return low + below(high - low + 1); }
    bool chance(int percent) { return below(100) < percent; }
    int weighted(const QList<int> &weights)
    {
        int total = 0;
        for (const int w : weights)
            total += w;
        int r = below(total);
        for (qsizetype i = 0; i < weights.size(); ++i) {
            if (r < weights.at(i))
                return int(i);
            r -= weights.at(i);
        }
        return int(weights.size() - 1);
    }
    const QString &any(const QStringList &list) { return list.at(below(int(list.size()))); }
    // Up to `count` distinct items of `list`.
    QStringList some(const QStringList &list, int count)
    {
        QStringList pool = list;
        QStringList chosen;
        while (chosen.size() < count && !pool.isEmpty())
            chosen.append(pool.takeAt(below(int(pool.size()))));
        return chosen;
    }

private:
    quint64 m_state;
};

} // namespace sportello::demo::detail
