// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/result.h"

#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;
using sportello::ErrorCode;
using sportello::Result;
using sportello::Status;

namespace {
Result<int> parsePositive(const QString &text)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value <= 0)
        return sportello::makeError(ErrorCode::InvalidArgument, u"not positive: "_s + text);
    return value;
}
} // namespace

TEST_CASE("Result carries a value or an error", "[support]")
{
    const auto good = parsePositive(u"42"_s);
    REQUIRE(good.ok());
    CHECK(*good == 42);
    CHECK(good.valueOr(0) == 42);

    const auto bad = parsePositive(u"-1"_s);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.code() == ErrorCode::InvalidArgument);
    CHECK(bad.valueOr(7) == 7);
    CHECK(bad.error().toLogString() == u"E002 not positive: -1"_s);
}

TEST_CASE("Status is ok by default and keeps its error", "[support]")
{
    const Status fine;
    CHECK(fine.ok());
    const Status failed = sportello::makeError(ErrorCode::StorageFull, u"disk"_s);
    CHECK_FALSE(failed.ok());
    CHECK(failed.code() == ErrorCode::StorageFull);
    CHECK(failed.error().number() == 205);
}

TEST_CASE("error numbers are stable", "[support]")
{
    // These numbers appear in logs and support requests; changing one is a breaking change.
    CHECK(static_cast<int>(ErrorCode::Internal) == 1);
    CHECK(static_cast<int>(ErrorCode::ProfileLocked) == 102);
    CHECK(static_cast<int>(ErrorCode::DatabaseTooNew) == 202);
    CHECK(static_cast<int>(ErrorCode::MigrationFailed) == 203);
}
