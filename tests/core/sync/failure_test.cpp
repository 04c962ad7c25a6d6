// SPDX-License-Identifier: GPL-3.0-or-later
// Reading the hub's answers: what is a success, what may pass, what is permanent, what needs a
// person; Retry-After in both forms; the codes kept with an outbox item.
#include "sync/failure.h"

#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;
using namespace sportello;
using sync::FailureKind;

namespace {
const QDateTime kNow(QDate(2026, 12, 6), QTime(10, 0), Qt::UTC);

std::optional<sync::Failure> classify(int status, const QByteArray &type = "application/json",
                                      const QByteArray &body = "{}",
                                      const QByteArray &retryAfter = {})
{
    return sync::classifyAnswer(status, type, body, retryAfter, kNow);
}
} // namespace

TEST_CASE("JSON successes and 304 are not failures", "[sync][failure]")
{
    CHECK_FALSE(classify(200).has_value());
    CHECK_FALSE(classify(200, "application/json; charset=utf-8").has_value());
    CHECK_FALSE(classify(304, {}, {}).has_value());
}

TEST_CASE("each status is permanent, transient or a pause as the protocol says", "[sync][failure]")
{
    struct Row
    {
        int status;
        FailureKind kind;
        bool transient;
        bool pauses;
    };
    const Row rows[] = {
        {400, FailureKind::Refused, false, false},    {401, FailureKind::Unauthorized, false, true},
        {403, FailureKind::Refused, false, false},    {404, FailureKind::Refused, false, false},
        {407, FailureKind::ProxyAuth, false, true},   {408, FailureKind::Timeout, true, false},
        {413, FailureKind::TooLarge, false, false},   {415, FailureKind::Refused, false, false},
        {422, FailureKind::Refused, false, false},    {429, FailureKind::Busy, true, false},
        {500, FailureKind::ServerError, true, false}, {502, FailureKind::ServerError, true, false},
        {503, FailureKind::Busy, true, false},        {504, FailureKind::ServerError, true, false},
    };
    for (const Row &row : rows) {
        INFO(row.status);
        const auto failure = classify(row.status, "application/problem+json");
        REQUIRE(failure.has_value());
        CHECK(failure->kind == row.kind);
        CHECK(failure->status == row.status);
        CHECK(sync::isTransient(failure->kind) == row.transient);
        CHECK(sync::pausesSync(failure->kind) == row.pauses);
    }
}

TEST_CASE("an HTML page is a captive portal, whatever its status", "[sync][failure]")
{
    for (const int status : {200, 302, 403, 511}) {
        const auto failure = classify(status, "text/html; charset=UTF-8", "<html>Login</html>");
        REQUIRE(failure.has_value());
        CHECK(failure->kind == FailureKind::CaptivePortal);
        CHECK(sync::isTransient(failure->kind));
    }
    const auto plain = classify(200, "text/plain", "ok");
    REQUIRE(plain.has_value());
    CHECK(plain->kind == FailureKind::BadAnswer);
}

TEST_CASE("a problem document gives its type and field", "[sync][failure]")
{
    const auto failure = classify(
        422, "application/problem+json",
        R"({"type":"urn:sportello:problem:invalid-request","title":"x","status":422,"field":"events"})");
    REQUIRE(failure.has_value());
    CHECK(failure->problemType == u"invalid-request");
    CHECK(failure->field == u"events");
    CHECK(sync::failureCode(*failure) == u"refused:invalid-request:events");
    // A foreign type is not taken for ours.
    const auto foreign
        = classify(400, "application/problem+json", R"({"type":"https://evil/x","field":"f"})");
    CHECK(foreign->problemType.isEmpty());
    CHECK(sync::failureCode(*foreign) == u"refused:http-400:f");
}

TEST_CASE("Retry-After is read in seconds and as an HTTP date, capped at a day", "[sync][failure]")
{
    CHECK(sync::parseRetryAfter("7", kNow) == 7);
    CHECK(sync::parseRetryAfter(" 0 ", kNow) == 0);
    CHECK(sync::parseRetryAfter("Sun, 06 Dec 2026 10:02:00 GMT", kNow) == 120);
    CHECK(sync::parseRetryAfter("Sun, 06 Dec 2026 09:00:00 GMT", kNow) == 0);
    CHECK(sync::parseRetryAfter("99999999", kNow) == 86400);
    CHECK_FALSE(sync::parseRetryAfter("-3", kNow).has_value());
    CHECK_FALSE(sync::parseRetryAfter("soon", kNow).has_value());
    CHECK_FALSE(sync::parseRetryAfter("", kNow).has_value());
    const auto busy = classify(429, "application/problem+json", "{}", "30");
    REQUIRE(busy.has_value());
    CHECK(busy->retryAfterSeconds == 30);
    CHECK(sync::failureCode(*busy) == u"busy");
}

TEST_CASE("failure codes are short and stable", "[sync][failure]")
{
    sync::Failure failure;
    failure.kind = FailureKind::ServerError;
    failure.status = 502;
    CHECK(sync::failureCode(failure) == u"http-502");
    failure.kind = FailureKind::Clock;
    CHECK(sync::failureCode(failure) == u"clock");
    failure.kind = FailureKind::Redirect;
    CHECK(sync::failureCode(failure) == u"redirect");
}
