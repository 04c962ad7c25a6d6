// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What every harness shares: one QCoreApplication for the process (Qt's plugins and temporary
// folders want one), and the input as Qt bytes without a copy.
#include <QByteArray>
#include <QCoreApplication>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace sportello::fuzz {

inline void initialize(int *argc, char ***argv)
{
    static QCoreApplication application(*argc, *argv);
    QCoreApplication::setOrganizationName(QStringLiteral("SportelloFuzz"));
}

inline QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

// A property that must hold whatever the input: its failure is a finding, like a crash.
inline void require(bool holds)
{
    if (!holds)
        std::abort();
}

} // namespace sportello::fuzz
