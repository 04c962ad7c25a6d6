// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/clock.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
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

// A scope in which a test expects the warnings of some of Sportello's logging categories
// ("sportello.storage"), because it feeds a broken file or a bad answer on purpose: they are
// not emitted. `qtMessages` are the starts of Qt's own warnings the test provokes on purpose
// (Qt's network cache when a proxy's credentials are typed again): printed, not fatal. The
// suites without widgets run with every warning fatal (reliability target 4), so any other
// warning — Qt's own above all — still aborts them.
class ExpectedWarnings final
{
public:
    explicit ExpectedWarnings(const QStringList &categories, const QStringList &qtMessages = {});
    ~ExpectedWarnings();
    Q_DISABLE_COPY_MOVE(ExpectedWarnings)
};

// Makes every warning of this process fatal but those an ExpectedWarnings scope names, and
// sets QT_FATAL_WARNINGS=1 for the programs the tests start (the test main calls it).
void makeWarningsFatal();

// The executables under test, from the build tree.
[[nodiscard]] QString cliExecutable();
[[nodiscard]] QString desktopExecutable();
// The project's source folder, for checks that read the sources.
[[nodiscard]] QString sourceDir();

// Environment switch that turns a test executable into a helper process for tests that need
// a second program (e.g. one holding a profile lock). Returns -1 when not requested.
[[nodiscard]] int runHelperModeIfRequested();
inline constexpr char kHoldProfileEnv[] = "SPORTELLO_TEST_HOLD_PROFILE";
// Holds the write lock of the database file it names (BEGIN IMMEDIATE), opened with the key and
// salt the two other variables give in hex.
inline constexpr char kHoldWriteEnv[] = "SPORTELLO_TEST_HOLD_WRITE";
inline constexpr char kHoldWriteKeyEnv[] = "SPORTELLO_TEST_HOLD_WRITE_KEY";
inline constexpr char kHoldWriteSaltEnv[] = "SPORTELLO_TEST_HOLD_WRITE_SALT";

} // namespace sportello::test
