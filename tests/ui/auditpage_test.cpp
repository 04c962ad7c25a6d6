// SPDX-License-Identifier: GPL-3.0-or-later
// The coordinator's audit viewer: the model under the model tester, the filters, the chain check.
#include "audit/auditmodel.h"
#include "audit/auditpage.h"
#include "memorysecretstore.h"
#include "services/auditservice.h"
#include "services/deskservices.h"
#include "storage/accountrepository.h"
#include "storage/auditlog.h"
#include "storage/profile.h"
#include "testhelpers.h"
#include "text/audittext.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QPushButton>
#include <QTest>

#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;
using namespace sportello;

namespace {

// A profile whose audit log holds rows of two operators and the system, on two days.
struct Fixture
{
    test::TempDir dir;
    test::FakeClock clock {QDateTime(QDate(2026, 3, 2), QTime(12, 0), Qt::LocalTime)};
    std::unique_ptr<storage::Profile> profile;
    std::unique_ptr<services::DeskServices> services;
    std::unique_ptr<storage::AuditLog> seedLog;
    storage::AuditLog *log = nullptr;
    const QList<std::pair<qint64, QString>> operators
        = {{1, u"Anna Bianchi"_s}, {2, u"Marco Rossi"_s}};
    const security::Actor anna {1, u"anna"_s, u"Anna Bianchi"_s, security::Role::Coordinatore};
    const security::Actor marco {2, u"marco"_s, u"Marco Rossi"_s, security::Role::Operatore};

    Fixture()
    {
        auto opened = storage::Profile::open(dir.path(), sportello::test::secrets());
        REQUIRE(opened.ok());
        profile = std::move(opened).value();
        services = std::make_unique<services::DeskServices>(profile->database(), clock);
        // Rows as a desk wrote them while its operators were logged in; written here without
        // the vault (its MACs are another test's matter).
        seedLog = std::make_unique<storage::AuditLog>(profile->database(), clock);
        log = seedLog.get();
        // The two accounts, stored without audit rows of their own (core checks that whoever
        // acts has an active account).
        for (const security::Actor *actor : {&anna, &marco}) {
            storage::OperatorRecord record;
            record.username = actor->username;
            record.displayName = actor->displayName;
            record.role = security::roleCode(actor->role);
            record.createdAt = record.passwordChangedAt = clock.nowUtc();
            auto id = storage::AccountRepository(profile->database()).insert(record);
            REQUIRE(id.ok());
            REQUIRE(*id == actor->operatorId);
        }
        REQUIRE(log->append(0, QString::fromLatin1(audit::kSetup)).ok());
        clock.advanceSecs(60);
        REQUIRE(log->append(1, QString::fromLatin1(audit::kLogin)).ok());
        clock.advanceSecs(60);
        REQUIRE(log->append(1, QString::fromLatin1(audit::kView), u"person"_s, u"41"_s).ok());
        clock.advanceDays(1);
        REQUIRE(log->append(2, QString::fromLatin1(audit::kLogin)).ok());
        clock.advanceSecs(60);
        REQUIRE(log->append(2, QString::fromLatin1(audit::kEdit), u"person"_s, u"41"_s).ok());
        clock.advanceSecs(60);
        REQUIRE(
            log->append(2, QString::fromLatin1(audit::kExport), u"report"_s, {}, u"denied"_s).ok());
    }

    QString resolve(qint64 id) const
    {
        for (const auto &[operatorId, name] : operators) {
            if (operatorId == id)
                return name;
        }
        return {};
    }
};

QString cell(const QAbstractItemModel &model, int row, int column)
{
    return model.data(model.index(row, column), Qt::DisplayRole).toString();
}

} // namespace

TEST_CASE("AuditModel shows names, labels and local times", "[ui][audit]")
{
    Fixture f;
    ui::AuditModel model([&f](qint64 id) { return f.resolve(id); });
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    auto entries = f.log->entries({});
    REQUIRE(entries.ok());
    model.setEntries(*entries);
    REQUIRE(model.rowCount() == 6);
    CHECK(model.columnCount() == ui::AuditModel::ColumnCount);

    // Newest first: Marco's refused export.
    CHECK(model.data(model.index(0, 0), ui::AuditModel::IdRole).toLongLong() == 6);
    CHECK(cell(model, 0, ui::AuditModel::Who) == u"Marco Rossi"_s);
    CHECK(cell(model, 0, ui::AuditModel::Action) == u"Exported"_s);
    CHECK(cell(model, 0, ui::AuditModel::Entity) == u"Report"_s);
    CHECK(cell(model, 0, ui::AuditModel::Outcome) == u"Denied"_s);
    CHECK(cell(model, 3, ui::AuditModel::Action) == u"Viewed a record"_s);
    CHECK(cell(model, 3, ui::AuditModel::Entity) == u"Person 41"_s);
    // The stored code stays in the tooltip.
    CHECK(model.data(model.index(3, ui::AuditModel::Entity), Qt::ToolTipRole).toString()
          == u"person 41"_s);
    CHECK(cell(model, 3, ui::AuditModel::Outcome) == u"Succeeded"_s);
    CHECK(cell(model, 5, ui::AuditModel::Who) == u"System"_s);
    CHECK(cell(model, 5, ui::AuditModel::Action) == u"Set up the desk"_s);
    // The first row was written at 12:00 local time and is shown so.
    CHECK(cell(model, 5, ui::AuditModel::When).endsWith(u"12:00:00"_s));

    // An unknown operator and an unknown action still show something true.
    audit::AuditEntry stranger;
    stranger.id = 99;
    stranger.at = QDateTime(QDate(2026, 3, 4), QTime(8, 0), Qt::UTC);
    stranger.operatorId = 77;
    stranger.action = u"future_action"_s;
    stranger.entityType = u"future_kind"_s;
    model.setEntries({stranger});
    REQUIRE(model.rowCount() == 1);
    CHECK(cell(model, 0, ui::AuditModel::Who).contains(u"77"_s));
    CHECK(cell(model, 0, ui::AuditModel::Action) == u"future_action"_s);
    CHECK(cell(model, 0, ui::AuditModel::Entity) == u"future_kind"_s);
    model.setEntries({});
    CHECK(model.rowCount() == 0);
}

TEST_CASE("every action code has its own label", "[ui][audit]")
{
    ui::AuditModel model({});
    QStringList labels;
    const QStringList codes = text::AuditText::actionCodes();
    CHECK(codes.size() == 32);
    QList<audit::AuditEntry> entries;
    for (const QString &code : codes) {
        audit::AuditEntry entry;
        entry.action = code;
        entries.append(entry);
    }
    model.setEntries(entries);
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString label = cell(model, row, ui::AuditModel::Action);
        CHECK(label != codes.at(row));
        CHECK_FALSE(labels.contains(label));
        labels.append(label);
    }
}

TEST_CASE("AuditPage filters narrow the rows and the chain check reports intact", "[ui][audit]")
{
    Fixture f;
    ui::AuditPage page(f.services->audit(), f.anna, f.operators,
                       [&f](qint64 id) { return f.resolve(id); });
    page.show();
    ui::AuditModel &model = *page.model();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == 6);

    auto *who = page.findChild<QComboBox *>(u"auditOperator"_s);
    REQUIRE(who);
    CHECK(who->itemText(1) == u"Anna Bianchi"_s);
    who->setCurrentIndex(who->findData(qint64(2)));
    CHECK(model.rowCount() == 3);
    for (int row = 0; row < model.rowCount(); ++row)
        CHECK(cell(model, row, ui::AuditModel::Who) == u"Marco Rossi"_s);

    auto *what = page.findChild<QComboBox *>(u"auditAction"_s);
    REQUIRE(what);
    what->setCurrentIndex(what->findData(QString::fromLatin1(audit::kLogin)));
    REQUIRE(model.rowCount() == 1);
    CHECK(model.data(model.index(0, 0), ui::AuditModel::IdRole).toLongLong() == 4);

    who->setCurrentIndex(0); // all operators: both logins
    CHECK(model.rowCount() == 2);
    what->setCurrentIndex(0);
    CHECK(model.rowCount() == 6);

    // The system's own rows.
    who->setCurrentIndex(who->findData(qint64(0)));
    REQUIRE(model.rowCount() == 1);
    CHECK(cell(model, 0, ui::AuditModel::Action) == u"Set up the desk"_s);
    who->setCurrentIndex(0);

    // Dates are whole local days: From the second day, then To the first day only.
    auto *from = page.findChild<QDateEdit *>(u"auditFrom"_s);
    auto *to = page.findChild<QDateEdit *>(u"auditTo"_s);
    REQUIRE(from);
    REQUIRE(to);
    from->setDate(QDate(2026, 3, 3));
    CHECK(model.rowCount() == 3);
    from->setDate(from->minimumDate()); // back to "Any"
    CHECK(model.rowCount() == 6);
    to->setDate(QDate(2026, 3, 2));
    CHECK(model.rowCount() == 3);
    from->setDate(QDate(2026, 3, 2));
    CHECK(model.rowCount() == 3);
    from->setDate(QDate(2026, 3, 4));
    CHECK(model.rowCount() == 0);

    auto *verify = page.findChild<QPushButton *>(u"auditVerify"_s);
    auto *result = page.findChild<QLabel *>(u"auditVerification"_s);
    REQUIRE(verify);
    REQUIRE(result);
    CHECK(result->text().isEmpty());
    QTest::mouseClick(verify, Qt::LeftButton);
    CHECK(result->text().contains(u"intact"_s));
    CHECK(result->text().contains(u"6 row"_s));
}

TEST_CASE("AuditPage shows nothing to an operator, and the refusal is audited", "[ui][audit]")
{
    Fixture f;
    // The desktop never builds the page for this role; the service refuses all the same.
    ui::AuditPage page(f.services->audit(), f.marco, f.operators, {});
    CHECK(page.model()->rowCount() == 0);
    auto *error = page.findChild<QLabel *>(u"auditLoadError"_s);
    REQUIRE(error);
    CHECK_FALSE(error->text().isEmpty());
    audit::AuditFilter denials;
    denials.action = QString::fromLatin1(audit::kDenied);
    auto denied = f.log->entries(denials);
    REQUIRE(denied.ok());
    REQUIRE(denied->size() == 1);
    CHECK(denied->first().operatorId == f.marco.operatorId);
    CHECK(denied->first().outcome == u"view_audit"_s);
}
