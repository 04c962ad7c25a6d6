// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demoprofile.h"
#include "memorysecretstore.h"
#include "storage/profile.h"
#include "storage/settingsstore.h"
#include "testhelpers.h"

#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;
using namespace sportello;

TEST_CASE("the demo profile is seeded once and recognised", "[demo]")
{
    test::TempDir dir;
    test::FakeClock clock;
    auto profile = storage::Profile::open(dir.path(), sportello::test::secrets());
    REQUIRE(profile.ok());
    CHECK(demo::demoState(**profile, clock).value() == demo::DemoState::Absent);
    REQUIRE(demo::seedDemoProfile(**profile, clock).ok());
    CHECK(demo::demoState(**profile, clock).value() == demo::DemoState::Current);
    // The content version is recorded, so an older demo (before referrals: 4) is rebuilt.
    const storage::SettingsStore settings((*profile)->database(), clock);
    CHECK(settings.value(QString::fromLatin1(storage::settingskeys::kDemoVersion)).value()
          == QString::number(demo::kDemoContentVersion));
}

TEST_CASE("an older demo is reported as outdated", "[demo]")
{
    test::TempDir dir;
    test::FakeClock clock;
    auto profile = storage::Profile::open(dir.path(), sportello::test::secrets());
    REQUIRE(profile.ok());
    REQUIRE(demo::seedDemoProfile(**profile, clock).ok());
    storage::SettingsStore settings((*profile)->database(), clock);
    REQUIRE(
        settings.setValue(QString::fromLatin1(storage::settingskeys::kDemoVersion), u"0"_s).ok());
    CHECK(demo::demoState(**profile, clock).value() == demo::DemoState::Outdated);
    // The version before the current content (4: no referrals yet) is outdated too.
    REQUIRE(settings
                .setValue(QString::fromLatin1(storage::settingskeys::kDemoVersion),
                          QString::number(demo::kDemoContentVersion - 1))
                .ok());
    CHECK(demo::demoState(**profile, clock).value() == demo::DemoState::Outdated);
}

TEST_CASE("a real desk's profile is never seeded with demo content", "[demo]")
{
    test::TempDir dir;
    test::FakeClock clock;
    auto profile = storage::Profile::open(dir.path(), sportello::test::secrets());
    REQUIRE(profile.ok());
    storage::SettingsStore settings((*profile)->database(), clock);
    REQUIRE(settings.setValue(QString::fromLatin1(storage::settingskeys::kProfileKind), u"desk"_s)
                .ok());
    CHECK(demo::demoState(**profile, clock).value() == demo::DemoState::RealDesk);
    const Status seeded = demo::seedDemoProfile(**profile, clock);
    CHECK(seeded.code() == ErrorCode::InvalidArgument);
    CHECK(settings.value(QString::fromLatin1(storage::settingskeys::kProfileKind)).value()
          == u"desk"_s);
}
