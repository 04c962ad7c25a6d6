// SPDX-License-Identifier: GPL-3.0-or-later
// The privacy notice: built-in default, versioned coordinator edits, audited, placeholders.
#include "memorysecretstore.h"
#include "people/privacynotice.h"
#include "security/permissions.h"
#include "services/accountservice.h"
#include "services/deskservices.h"
#include "services/desksettings.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/profile.h"
#include "testhelpers.h"

#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;
using namespace sportello;
using namespace sportello::people;

namespace {
struct Fixture
{
    test::TempDir dir;
    test::FakeClock clock;
    std::unique_ptr<storage::Profile> profile;
    std::unique_ptr<services::DeskServices> services;
    storage::AuditLog *audit = nullptr;
    security::Actor coordinator;
    security::Actor operatore;

    Fixture()
    {
        auto opened = storage::Profile::open(dir.path(), sportello::test::secrets());
        REQUIRE(opened.ok());
        profile = std::move(opened).value();
        services = std::make_unique<services::DeskServices>(profile->database(), clock);
        audit = &services->context().audit;
        // Real accounts: core checks that whoever acts has one, active.
        auto first = services->accounts().firstRun({u"Desk"_s, u"Org"_s, u"015175"_s, u"D1"_s, {}},
                                                   u"anna"_s, u"Anna Bianchi"_s,
                                                   u"una frase lunga per anna"_s);
        REQUIRE(first.ok());
        coordinator = first->coordinator;
        auto bruno = services->accounts().createAccount(coordinator, u"bruno"_s, u"Bruno Verdi"_s,
                                                        security::Role::Operatore,
                                                        u"una frase lunga per bruno"_s, false);
        REQUIRE(bruno.ok());
        operatore = {*bruno, u"bruno"_s, u"Bruno Verdi"_s, security::Role::Operatore};
    }

    PrivacyNotice load()
    {
        auto notice = services->settings().privacyNotice();
        REQUIRE(notice.ok());
        return *notice;
    }

    Status save(const security::Actor &actor, const QString &text)
    {
        return services->settings().savePrivacyNotice(actor, text);
    }

    QList<audit::AuditEntry> entries(const QString &action)
    {
        audit::AuditFilter filter;
        filter.action = action;
        auto found = audit->entries(filter);
        REQUIRE(found.ok());
        return *found;
    }
};
} // namespace

TEST_CASE("a new desk uses the built-in Italian notice", "[privacy]")
{
    Fixture f;
    const PrivacyNotice notice = f.load();
    CHECK(notice.isDefault);
    CHECK(notice.version == u"default-1"_s);
    CHECK_FALSE(notice.updatedAt.isValid());
    CHECK(notice.text == defaultPrivacyNoticeText());
    CHECK(notice.text.contains(u"Garante"_s));
    CHECK(notice.text.contains(u"{organization}"_s));
    CHECK(notice.text.contains(u"15-22"_s));
}

TEST_CASE("a coordinator's edit makes a new audited version", "[privacy]")
{
    Fixture f;
    const QString first = u"Informativa\n\nTesto del {organization}."_s;
    REQUIRE(f.save(f.coordinator, first).ok());
    PrivacyNotice notice = f.load();
    CHECK_FALSE(notice.isDefault);
    CHECK(notice.version == u"desk-1"_s);
    CHECK(notice.text == first);
    CHECK(notice.updatedAt == f.clock.nowUtc());

    f.clock.advanceDays(3);
    REQUIRE(f.save(f.coordinator, first + u"\n\nAltro paragrafo."_s).ok());
    notice = f.load();
    CHECK(notice.version == u"desk-2"_s);
    CHECK(notice.text.endsWith(u"Altro paragrafo."_s));
    CHECK(notice.updatedAt == f.clock.nowUtc());

    const auto edits = f.entries(QString::fromLatin1(audit::kEdit));
    REQUIRE(edits.size() == 2);
    CHECK(edits[0].entityType == u"privacy_notice"_s);
    CHECK(edits[0].operatorId == f.coordinator.operatorId);
    CHECK(edits[0].outcome == u"ok"_s);
    QStringList versions {edits[0].entityId, edits[1].entityId};
    versions.sort();
    CHECK(versions == QStringList {u"desk-1"_s, u"desk-2"_s});
    // The audit row holds the version, never the text.
    for (const auto &entry : edits)
        CHECK_FALSE(entry.entityId.contains(u"Informativa"_s));
}

TEST_CASE("an operator cannot change the notice", "[privacy]")
{
    Fixture f;
    const Status refused = f.save(f.operatore, u"Testo non autorizzato"_s);
    CHECK(refused.code() == ErrorCode::PermissionDenied);
    const PrivacyNotice notice = f.load();
    CHECK(notice.isDefault);
    CHECK(notice.version == u"default-1"_s);
    CHECK_FALSE(notice.text.contains(u"non autorizzato"_s));
    CHECK(f.entries(QString::fromLatin1(audit::kEdit)).isEmpty());
    const auto denied = f.entries(QString::fromLatin1(audit::kDenied));
    REQUIRE(denied.size() == 1);
    CHECK(denied[0].operatorId == f.operatore.operatorId);
}

TEST_CASE("saving the text in force again keeps its version", "[privacy]")
{
    Fixture f;
    // The built-in text, unchanged: nothing is stored.
    REQUIRE(f.save(f.coordinator, defaultPrivacyNoticeText()).ok());
    CHECK(f.load().version == u"default-1"_s);
    CHECK(f.load().isDefault);

    REQUIRE(f.save(f.coordinator, u"Riga uno\nRiga due"_s).ok());
    const QDateTime savedAt = f.clock.nowUtc();
    f.clock.advanceDays(1);
    // Other line endings and trailing blanks are the same text.
    REQUIRE(f.save(f.coordinator, u"Riga uno\r\nRiga due\n\n"_s).ok());
    const PrivacyNotice notice = f.load();
    CHECK(notice.version == u"desk-1"_s);
    CHECK(notice.updatedAt == savedAt);
    CHECK(f.entries(QString::fromLatin1(audit::kEdit)).size() == 1);
}

TEST_CASE("an empty notice is refused", "[privacy]")
{
    Fixture f;
    CHECK(f.save(f.coordinator, QString()).code() == ErrorCode::InvalidArgument);
    CHECK(f.save(f.coordinator, u"  \n\n \t"_s).code() == ErrorCode::InvalidArgument);
    CHECK(f.save(f.coordinator, QString(kMaximumPrivacyNoticeLength + 1, u'x')).code()
          == ErrorCode::InvalidArgument);
    CHECK(f.load().isDefault);
    CHECK(f.entries(QString::fromLatin1(audit::kEdit)).isEmpty());
}

TEST_CASE("placeholders are filled from the desk identity", "[privacy]")
{
    security::DeskIdentity desk {u"Centro di Ascolto"_s,
                                 u"Caritas Ambrosiana"_s,
                                 u"015175"_s,
                                 u"PIO-CDA"_s,
                                 {u"Via Roma 1, Pioltello"_s, u"Tel. 02 1234567"_s}};
    const QString text = u"{desk} di {organization} a {comune}. Recapiti: {contacts}. {altro}"_s;
    CHECK(fillPrivacyNotice(text, desk)
          == u"Centro di Ascolto di Caritas Ambrosiana a Pioltello. "
             "Recapiti: Via Roma 1, Pioltello, Tel. 02 1234567. {altro}"_s);

    SECTION("missing values become blank lines to fill by hand")
    {
        desk.organization = u"  "_s;
        desk.comuneIstat.clear();
        desk.contacts.clear();
        const QString blank = u"____________________"_s;
        CHECK(fillPrivacyNotice(text, desk)
              == u"Centro di Ascolto di "_s + blank + u" a "_s + blank + u". Recapiti: "_s + blank
                  + u". {altro}"_s);
    }
    SECTION("a desk value is never expanded again")
    {
        desk.name = u"Sportello {organization}"_s;
        CHECK(fillPrivacyNotice(u"{desk}"_s, desk) == u"Sportello {organization}"_s);
    }
    SECTION("the built-in notice has no placeholder left")
    {
        const QString filled = fillPrivacyNotice(defaultPrivacyNoticeText(), desk);
        CHECK_FALSE(filled.contains(u'{'));
        CHECK(filled.contains(u"Caritas Ambrosiana"_s));
    }
}
