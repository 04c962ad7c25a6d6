// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/uuid.h"
#include "wire/record.h"

#include <QDateTime>
#include <QSet>

#include <catch2/catch_test_macros.hpp>

using namespace sportello;

TEST_CASE("time-ordered UUIDs are version 7, unique, and sort in the order they were made",
          "[support]")
{
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    QString previous;
    QSet<QString> seen;
    // More than one millisecond's counter can hold, so the borrowing path runs too.
    for (int i = 0; i < 10000; ++i) {
        const QString id = newTimeOrderedUuid();
        INFO(id.toStdString());
        REQUIRE(wire::isLowercaseUuid(id));
        REQUIRE(id.at(14) == u'7');
        REQUIRE(QStringLiteral("89ab").contains(id.at(19)));
        REQUIRE(id > previous);
        REQUIRE_FALSE(seen.contains(id));
        seen.insert(id);
        previous = id;
    }
    // The first 48 bits are the time of making, in milliseconds.
    const QString first = newTimeOrderedUuid();
    const qint64 ms = QString(first.left(8) + first.mid(9, 4)).toLongLong(nullptr, 16);
    CHECK(ms >= before);
    CHECK(ms <= QDateTime::currentMSecsSinceEpoch() + 1000);
}
