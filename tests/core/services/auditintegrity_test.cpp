// SPDX-License-Identifier: GPL-3.0-or-later
// The desk's own records resist someone who has the file and its database key but not an
// operator's password (issue 13, point 4; decision 32): an audit row edited and the chain
// recomputed, an account promoted or its lockout cleared by editing the file — each is
// detected once the vault is open. Also: time in the log never goes backwards, and the
// chain's head goes to the outbox as an audit.anchor event.
#include "auditchain.h"
#include "connection.h"
#include "peoplefixture.h"
#include "rawdatabase.h"
#include "services/accountseal.h"
#include "storage/accountrepository.h"
#include "storage/outboxrepository.h"
#include "wire/events.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace sportello;

namespace {

const QString kAnnaPassword = u"una frase lunga da ricordare"_s;

// A desk with a history; `reopen()` closes it, lets `edit` change the file with a raw
// connection (as sqlite3 would), and opens it again with its vault locked.
struct Desk : test::PeopleDesk
{
    qint64 marco = 0;

    Desk()
    {
        marco = accounts
                    ->createAccount(lead, u"marco"_s, u"Marco Verdi"_s, security::Role::Operatore,
                                    u"la frase di marco"_s, false)
                    .value();
        const qint64 person = create(u"Giulia"_s, u"Neri"_s, 1970);
        REQUIRE(people->person(lead, person).ok());
        REQUIRE(people->person(lead, person).ok());
    }

    template<typename Edit>
    void reopen(Edit edit)
    {
        close();
        {
            auto raw = test::openRawDatabase(dir.filePath(u"sportello.db"_s));
            REQUIRE(raw.ok());
            edit(*raw);
        }
        open();
    }

    audit::AuditVerification verify()
    {
        auto result = audit->verify();
        REQUIRE(result.ok());
        return *result;
    }

    qint64 lastRowOf(const char *action)
    {
        audit::AuditFilter filter;
        filter.action = QString::fromLatin1(action);
        filter.limit = 1;
        auto rows = audit->entries(filter);
        REQUIRE(rows.ok());
        REQUIRE(rows->size() == 1);
        return rows->first().id;
    }
};

void exec(const storage::SqlConnection &db, const QString &sql)
{
    INFO(sql.toStdString());
    REQUIRE(storage::run(db, sql).ok());
}

} // namespace

TEST_CASE("an audit row edited and the chain recomputed in the file is detected with the key",
          "[security][audit][integrity]")
{
    Desk d;
    const qint64 viewed = d.lastRowOf(audit::kView);
    d.reopen([viewed](const storage::SqlConnection &db) {
        // The forger hides which record was opened and makes the chain consistent again.
        exec(db, u"DROP TRIGGER audit_log_no_update"_s);
        exec(db, u"UPDATE audit_log SET entity_id = '999' WHERE id = %1"_s.arg(viewed));
        REQUIRE(test::rechainAuditLog(db, viewed).ok());
    });

    // Without the key the chain looks whole: the forgery is a good one.
    const audit::AuditVerification unkeyed = d.verify();
    CHECK(unkeyed.intact);
    CHECK_FALSE(unkeyed.keyed);

    REQUIRE(d.accounts->login(u"anna"_s, kAnnaPassword).ok());
    const audit::AuditVerification keyed = d.verify();
    CHECK(keyed.keyed);
    CHECK_FALSE(keyed.intact);
    CHECK(keyed.firstBadId == viewed);
    CHECK(keyed.reason == u"mac mismatch"_s);
}

TEST_CASE("a forged row cannot pass for one written while locked, and login does not seal it",
          "[security][audit][integrity]")
{
    Desk d;
    const qint64 viewed = d.lastRowOf(audit::kView);
    d.reopen([viewed](const storage::SqlConnection &db) {
        // Rewritten from that row on, every MAC dropped: as if the vault had been locked.
        exec(db, u"DROP TRIGGER audit_log_no_update"_s);
        exec(db, u"UPDATE audit_log SET entity_id = '999' WHERE id = %1"_s.arg(viewed));
        REQUIRE(test::rechainAuditLog(db, viewed).ok());
        exec(db, u"UPDATE audit_log SET mac = NULL WHERE id >= %1"_s.arg(viewed));
    });
    REQUIRE(d.accounts->login(u"anna"_s, kAnnaPassword).ok());
    const audit::AuditVerification result = d.verify();
    CHECK_FALSE(result.intact);
    CHECK(result.firstBadId == viewed);
    CHECK(result.reason == u"unsealed row"_s);
}

TEST_CASE("rows written while locked are sealed at the next login; others cannot be written then",
          "[security][audit][integrity]")
{
    Desk d;
    d.services->context().vault.lock();
    CHECK(d.accounts->login(u"anna"_s, u"not her password"_s).code()
          == ErrorCode::WrongCredentials);
    CHECK(d.audit->append(d.lead.operatorId, QString::fromLatin1(audit::kView), u"person"_s, u"1"_s)
              .code()
          == ErrorCode::VaultLocked);
    const audit::AuditVerification locked = d.verify();
    CHECK(locked.intact);
    CHECK_FALSE(locked.keyed);

    REQUIRE(d.accounts->login(u"anna"_s, kAnnaPassword).ok());
    const audit::AuditVerification open = d.verify();
    CHECK(open.intact);
    CHECK(open.keyed);
    CHECK(open.unsealedRows == 0);
    auto unsealed = d.audit->seal();
    REQUIRE(unsealed.ok());
    CHECK(*unsealed == 0);
}

TEST_CASE("time in the audit log never goes backwards", "[security][audit][integrity]")
{
    Desk d;
    const QDateTime before = d.clock.nowUtc();
    d.clock.advanceSecs(-3600); // the computer's clock set back an hour
    REQUIRE(
        d.audit->append(d.lead.operatorId, QString::fromLatin1(audit::kView), u"person"_s, u"1"_s)
            .ok());
    audit::AuditFilter last;
    last.limit = 1;
    auto rows = d.audit->entries(last);
    REQUIRE(rows.ok());
    CHECK(rows->first().at >= before);
    CHECK(d.verify().intact);

    // A row moved back in time in the file, chain recomputed, is reported even without key.
    const qint64 id = rows->first().id;
    d.reopen([id](const storage::SqlConnection &db) {
        exec(db, u"DROP TRIGGER audit_log_no_update"_s);
        exec(db, u"UPDATE audit_log SET at = '2020-01-01T00:00:00.000Z' WHERE id = %1"_s.arg(id));
        REQUIRE(test::rechainAuditLog(db, id).ok());
    });
    const audit::AuditVerification result = d.verify();
    CHECK_FALSE(result.intact);
    CHECK(result.reason == u"time went backwards"_s);
}

TEST_CASE("an account promoted by editing the file is refused at login and in every action",
          "[security][accounts][integrity]")
{
    Desk d;
    const qint64 marco = d.marco;
    d.reopen([marco](const storage::SqlConnection &db) {
        exec(db, u"UPDATE operators SET role = 'coordinatore' WHERE id = %1"_s.arg(marco));
    });
    auto refused = d.accounts->login(u"marco"_s, u"la frase di marco"_s);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::AccountTampered);
    CHECK_FALSE(d.vault->isUnlocked());
    audit::AuditFilter failed;
    failed.action = QString::fromLatin1(audit::kLoginFailed);
    failed.limit = 1;
    CHECK(d.audit->entries(failed)->first().outcome == u"tampered"_s);

    // An actor still held for that account is refused too once anyone unlocks the desk.
    REQUIRE(d.accounts->login(u"anna"_s, kAnnaPassword).ok());
    const security::Actor promoted {marco, u"marco"_s, u"Marco Verdi"_s,
                                    security::Role::Coordinatore};
    CHECK(d.people->search(promoted, u"giu"_s).code() == ErrorCode::AccountTampered);
    // Anna's own account is untouched (control).
    CHECK(d.people->search(d.lead, u"giu"_s).ok());
}

TEST_CASE("a lockout cleared or a seal removed in the file is detected",
          "[security][accounts][integrity]")
{
    Desk d;
    const qint64 marco = d.marco;
    d.services->context().vault.lock();
    for (int i = 0; i < 3; ++i)
        REQUIRE_FALSE(d.accounts->login(u"marco"_s, u"sbagliata"_s).ok());
    SECTION("failures added while locked are legitimate")
    {
        CHECK(d.accounts->login(u"marco"_s, u"la frase di marco"_s).ok());
    }
    SECTION("failures lowered below their seal are not")
    {
        // A coordinator's action seals the account as it stands: three failures.
        REQUIRE(d.accounts->login(u"anna"_s, kAnnaPassword).ok());
        REQUIRE(services::detail::AccountSeal(d.profile->database(), *d.vault, *d.audit)
                    .seal(marco)
                    .ok());
        d.reopen([marco](const storage::SqlConnection &db) {
            exec(db, u"UPDATE operators SET failed_logins = 0 WHERE id = %1"_s.arg(marco));
        });
        CHECK(d.accounts->login(u"marco"_s, u"la frase di marco"_s).code()
              == ErrorCode::AccountTampered);
    }
    SECTION("a seal removed")
    {
        d.reopen([marco](const storage::SqlConnection &db) {
            exec(db, u"UPDATE operators SET mac = NULL WHERE id = %1"_s.arg(marco));
        });
        CHECK(d.accounts->login(u"marco"_s, u"la frase di marco"_s).code()
              == ErrorCode::AccountTampered);
    }
}

TEST_CASE("a profile's rows from before the MACs are sealed once, at its first unlock",
          "[security][audit][integrity]")
{
    test::TempDir dir;
    test::FakeClock clock;
    auto profile = storage::Profile::open(dir.path(), sportello::test::secrets());
    REQUIRE(profile.ok());
    const storage::SqlConnection db = storage::connectionOf((*profile)->database());
    for (const char *action : {"import", "setup", "view"})
        REQUIRE(test::appendLegacyAuditRow(db, clock.nowUtc().toString(Qt::ISODateWithMs), 0,
                                           QString::fromLatin1(action), u"x"_s, u"1"_s)
                    .ok());
    services::DeskServices desk((*profile)->database(), clock);
    REQUIRE(desk.accounts()
                .firstRun({u"Desk"_s, u"Org"_s, u"015175"_s, u"D1"_s, {}}, u"anna"_s, u"Anna"_s,
                          kAnnaPassword)
                .ok());
    auto result = desk.context().audit.verify();
    REQUIRE(result.ok());
    CHECK(result->keyed);
    CHECK(result->intact);
    CHECK(result->rows == 5); // three old rows, setup, accounts_sealed
    CHECK(result->unsealedRows == 0);
}

TEST_CASE("the audit chain's head goes to the outbox as an audit.anchor, at most daily",
          "[security][audit][integrity][outbox]")
{
    Desk d;
    auto anchors = [&d] {
        auto items = storage::OutboxRepository(d.profile->database()).items();
        REQUIRE(items.ok());
        QList<QJsonObject> found;
        for (const auto &item : std::as_const(*items)) {
            if (item.eventType == QLatin1StringView(wire::eventtype::kAuditAnchor))
                found.append(QJsonDocument::fromJson(item.payload).object());
        }
        return found;
    };
    CHECK(anchors().isEmpty()); // the first run queues none: its chain has just begun
    const QString head = d.audit->head().value();
    REQUIRE(d.accounts->login(u"anna"_s, kAnnaPassword).ok());
    REQUIRE(anchors().size() == 1);
    CHECK(anchors().first() == QJsonObject {{u"head"_s, head}});
    CHECK_FALSE(wire::checkAuditAnchor(anchors().first(), {}).has_value());

    REQUIRE(d.accounts->login(u"anna"_s, kAnnaPassword).ok());
    CHECK(anchors().size() == 1); // the same day
    d.clock.advanceDays(1);
    REQUIRE(d.accounts->login(u"anna"_s, kAnnaPassword).ok());
    CHECK(anchors().size() == 2);

    // The hub accepts nothing but the hash.
    CHECK(wire::checkAuditAnchor(QJsonObject {{u"head"_s, head}, {u"rows"_s, 3}}, u"data"_s)
              .has_value());
    CHECK(wire::checkAuditAnchor(QJsonObject {{u"head"_s, head.toUpper()}}, u"data"_s).has_value());
}

TEST_CASE("an upgraded desk's first login seals its accounts and log as they are",
          "[security][audit][accounts][integrity]")
{
    Desk d;
    d.reopen([](const storage::SqlConnection &db) {
        // Back to how a desk stood before the seals (schema 8): no MACs, no accounts_sealed row
        // and after it nothing, a clock that once went back an hour.
        exec(db, u"DROP TRIGGER audit_log_no_update"_s);
        exec(db, u"DROP TRIGGER audit_log_no_delete"_s);
        exec(db,
             u"DELETE FROM audit_log WHERE id >= (SELECT id FROM audit_log"
             " WHERE action = 'accounts_sealed')"_s);
        exec(db,
             u"UPDATE sqlite_sequence SET seq = (SELECT max(id) FROM audit_log)"
             " WHERE name = 'audit_log'"_s);
        exec(db, u"UPDATE audit_log SET mac = NULL"_s);
        exec(db,
             u"UPDATE audit_log SET at = '2026-03-02T08:00:00.000Z'"
             " WHERE id = (SELECT max(id) FROM audit_log)"_s);
        REQUIRE(test::rechainAuditLog(db, 1).ok());
        exec(db, u"UPDATE operators SET mac = NULL"_s);
        exec(db,
             u"UPDATE settings SET value = (SELECT max(id) + 1 FROM audit_log)"
             " WHERE key = 'audit.monotonic_from'"_s);
    });
    CHECK(d.verify().intact);
    REQUIRE(d.accounts->login(u"anna"_s, kAnnaPassword).ok());
    REQUIRE(d.accounts->login(u"marco"_s, u"la frase di marco"_s).ok());
    const audit::AuditVerification result = d.verify();
    CHECK(result.keyed);
    CHECK(result.intact);
    audit::AuditFilter sealed;
    sealed.action = QString::fromLatin1(audit::kAccountsSealed);
    CHECK(d.audit->entries(sealed)->size() == 1);
}
