// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/uuid.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <array>
#include <mutex>

namespace sportello {

QString newTimeOrderedUuid()
{
    static std::mutex mutex;
    static qint64 lastMs = -1;
    static quint32 counter = 0;
    qint64 ms = QDateTime::currentMSecsSinceEpoch();
    quint32 sequence = 0;
    {
        const std::lock_guard lock(mutex);
        if (ms <= lastMs) {
            // The same millisecond (or a clock set back): count on from the last id.
            ms = lastMs;
            if (++counter > 0xfff) { // 4,096 ids in one millisecond: borrow the next one
                ++ms;
                counter = 0;
            }
        } else {
            // A fresh millisecond starts the counter low and random, leaving room to count.
            counter = QRandomGenerator::system()->bounded(0x800u);
        }
        lastMs = ms;
        sequence = counter;
    }
    std::array<quint8, 16> bytes {};
    for (int i = 0; i < 6; ++i)
        bytes[size_t(i)] = quint8(quint64(ms) >> (8 * (5 - i)));
    bytes[6] = quint8(0x70 | ((sequence >> 8) & 0x0f)); // version 7
    bytes[7] = quint8(sequence & 0xff);
    const quint64 random = QRandomGenerator::system()->generate64();
    for (int i = 0; i < 8; ++i)
        bytes[size_t(8 + i)] = quint8(random >> (8 * (7 - i)));
    bytes[8] = quint8(0x80 | (bytes[8] & 0x3f)); // variant 10
    static constexpr char kHex[] = "0123456789abcdef";
    QString text;
    text.reserve(36);
    for (size_t i = 0; i < bytes.size(); ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            text += u'-';
        text += QLatin1Char(kHex[bytes[i] >> 4]);
        text += QLatin1Char(kHex[bytes[i] & 0x0f]);
    }
    return text;
}

} // namespace sportello
