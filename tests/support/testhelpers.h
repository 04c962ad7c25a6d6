// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/clock.h"

#include <QDateTime>
#include <QString>
#include <QTemporaryDir>

#include <catch2/catch_tostring.hpp>
#include <memory>

// Catch2 prints QString values in failed assertions.
template<>
struct Catch::StringMaker<QString>
{
    static std::string convert(const QString &value) { return value.toStdString(); }
};

namespace sportello::test {

// The clock the tests move by hand: support's ManualClock, starting on Monday 2 March 2026,
// 09:00 UTC unless told otherwise.
class FakeClock final : public ManualClock
{
public:
    explicit FakeClock(QDateTime start = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC))
        : ManualClock(std::move(start))
    { }
};

// A temporary folder removed at the end of the test, with a path helper.
class TempDir final
{
public:
    TempDir();
    [[nodiscard]] QString path() const { return m_dir.path(); }
    [[nodiscard]] QString filePath(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

// The executables under test, from the build tree.
[[nodiscard]] QString cliExecutable();
[[nodiscard]] QString desktopExecutable();
// The project's source folder, for checks that read the sources.
[[nodiscard]] QString sourceDir();

// Environment switch that turns a test executable into a helper process for tests that need
// a second program (e.g. one holding a profile lock). Returns -1 when not requested.
[[nodiscard]] int runHelperModeIfRequested();
inline constexpr char kHoldProfileEnv[] = "SPORTELLO_TEST_HOLD_PROFILE";

} // namespace sportello::test
