// SPDX-License-Identifier: GPL-3.0-or-later
// A coordinator keeps the catalogue: edits with validation, verification, closure, history.
#include "../core/services/peoplefixture.h"
#include "catalogue/coordinatorbar.h"
#include "catalogue/fieldview.h"
#include "catalogue/historymodel.h"
#include "catalogue/serviceeditor.h"
#include "connection.h"
#include "demo/demoprofile.h"
#include "memorysecretstore.h"
#include "scriptedprompter.h"
#include "services/catalogueservice.h"
#include "services/changenotifier.h"
#include "services/deskservices.h"
#include "services/networkcatalogue.h"
#include "services/outboxservice.h"
#include "sql.h"
#include "storage/cataloguerepository.h"
#include "storage/profile.h"
#include "testhelpers.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableWidget>

#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;
using namespace sportello;
using namespace sportello::catalogue;
using namespace sportello::ui;

namespace {
struct Fixture
{
    test::TempDir dir;
    test::FakeClock clock {QDateTime(QDate(2026, 11, 23), QTime(10, 0))};
    std::unique_ptr<storage::Profile> profile;
    std::unique_ptr<storage::CatalogueRepository> repository; // white-box reads
    test::ScriptedPrompter prompter;
    std::unique_ptr<services::DeskServices> services;
    services::CatalogueService *catalogue = nullptr;

    Fixture()
    {
        auto opened = storage::Profile::open(dir.path(), sportello::test::secrets());
        REQUIRE(opened.ok());
        profile = std::move(opened).value();
        REQUIRE(demo::seedDemoProfile(*profile, clock).ok());
        repository = std::make_unique<storage::CatalogueRepository>(profile->database(), clock);
        services = std::make_unique<services::DeskServices>(profile->database(), clock);
        catalogue = &services->catalogue();
    }

    // The next service editor the bar runs is filled in by `fill` and saved when it passes its
    // checks, as a person pressing Save would.
    void editNext(const std::function<void(ServiceEditor &)> &fill)
    {
        prompter.dialogs.push_back([fill](QDialog &dialog) {
            auto *editor = qobject_cast<ServiceEditor *>(&dialog);
            REQUIRE(editor);
            fill(*editor);
            return editor->check().isEmpty() ? int(QDialog::Accepted) : int(QDialog::Rejected);
        });
    }

    security::Actor coordinator(const QString &username)
    {
        return {1, username, username, security::Role::Coordinatore};
    }

    Service anyService(const QString &prefix)
    {
        auto services = repository->services();
        REQUIRE(services.ok());
        for (const Service &service : *services) {
            if (service.name.startsWith(prefix))
                return service;
        }
        FAIL("no service starting with " << prefix.toStdString());
        return {};
    }

    ServiceEditor::Choices choices()
    {
        return {repository->organizations().value(), repository->locations().value(),
                repository->documents().value(), repository->prerequisites().value()};
    }
};
} // namespace

TEST_CASE("the editor round-trips an entry unchanged", "[ui][editor]")
{
    Fixture f;
    const Service original = f.anyService(u"Assegno di Inclusione"_s);
    ServiceEditor editor(original, f.choices(), false);
    const Service edited = editor.service();
    const auto changes = diffFields(fieldView(original), fieldView(edited));
    QStringList fields;
    for (const FieldChange &change : changes)
        fields.append(change.field + u": "_s + change.oldValue + u" → "_s + change.newValue);
    INFO(fields.join(u'\n').toStdString());
    CHECK(changes.isEmpty());
    CHECK(editor.check().isEmpty());
}

TEST_CASE("the editor refuses missing and inconsistent fields and points at them", "[ui][editor]")
{
    Fixture f;
    ServiceEditor editor(f.anyService(u"Assegno di Inclusione"_s), f.choices(), false);
    editor.show();
    editor.findChild<QLineEdit *>(u"editName"_s)->clear();
    editor.findChild<QLineEdit *>(u"editUrl"_s)->setText(u"not a web page"_s);
    auto *status = editor.findChild<QComboBox *>(u"editStatus"_s);
    status->setCurrentIndex(status->findData(static_cast<int>(ServiceStatus::TemporarilyClosed)));
    editor.findChild<QLineEdit *>(u"editStatusNote"_s)->clear();
    // One row per opening time of each place, an empty one for a place without any.
    auto *schedules = editor.findChild<QTableWidget *>(u"editSchedules"_s);
    REQUIRE(schedules);
    int expectedRows = 0;
    for (const auto &place : f.anyService(u"Assegno di Inclusione"_s).locations)
        expectedRows += std::max(1, int(place.schedules.size()));
    CHECK(schedules->rowCount() == expectedRows);

    const auto problems = editor.check();
    QStringList fields;
    for (const FieldProblem &problem : problems)
        fields.append(problem.field);
    CHECK(fields.contains(u"name"_s));
    CHECK(fields.contains(u"url"_s));
    CHECK(fields.contains(u"status_note"_s));
    CHECK(editor.findChild<QLabel *>(u"editorProblems"_s)->isVisible());
    CHECK(editor.focusWidget() == editor.findChild<QLineEdit *>(u"editName"_s));
    editor.accept(); // refused: the dialog stays open
    CHECK(editor.result() != QDialog::Accepted);
}

TEST_CASE("a coordinator edits, verifies, closes and reopens a service; history records it",
          "[ui][editor]")
{
    Fixture f;
    const Service before = f.anyService(u"Pacchi alimentari"_s);
    const qint64 versionBefore = f.repository->version().value();
    CoordinatorBar bar(*f.catalogue, f.prompter, f.coordinator(u"coordinatrice"_s));
    QSignalSpy changed(&bar, &CoordinatorBar::catalogueChanged);
    QSignalSpy announced(&f.services->notifier(), &services::ChangeNotifier::catalogueChanged);
    bar.setCurrentService(before.id);

    // Edit: the prompter types into the real form, as a person would, then saves.
    f.editNext([](ServiceEditor &editor) {
        editor.findChild<QPlainTextEdit *>(u"editDescription"_s)
            ->setPlainText(u"Pacchi di alimenti ogni due settimane, con frutta fresca."_s);
        editor.findChild<QLineEdit *>(u"editEmail"_s)->setText(u"pacchi@example.it"_s);
    });
    bar.editService();
    REQUIRE(changed.count() == 1);
    CHECK(announced.count() == 1);
    auto after = f.repository->service(before.id);
    REQUIRE(after.ok());
    CHECK(after->description == u"Pacchi di alimenti ogni due settimane, con frutta fresca."_s);
    CHECK(after->email == u"pacchi@example.it"_s);
    CHECK(after->updatedBy == u"coordinatrice"_s);
    CHECK(f.repository->version().value() == versionBefore + 1);

    // An invalid edit is refused by the form and nothing is saved.
    f.editNext([](ServiceEditor &editor) {
        editor.findChild<QLineEdit *>(u"editEmail"_s)->setText(u"not-an-address"_s);
    });
    bar.editService();
    CHECK(f.prompter.dialogs.empty());
    CHECK(changed.count() == 1);
    CHECK(announced.count() == 1);
    CHECK(f.repository->service(before.id)->email == u"pacchi@example.it"_s);

    // Verified today by the person the prompter names.
    f.prompter.texts = {u"Telefonata con la referente"_s};
    bar.markVerified();
    CHECK(f.repository->service(before.id)->verifiedOn == f.clock.today());
    CHECK(f.repository->service(before.id)->verifiedBy == u"Telefonata con la referente"_s);

    // Temporarily closed with a note, then reopened.
    f.prompter.texts = {u"Chiuso per inventario fino al 30/11"_s};
    bar.toggleClosed();
    CHECK(f.repository->service(before.id)->status == ServiceStatus::TemporarilyClosed);
    CHECK(f.repository->service(before.id)->statusNote == u"Chiuso per inventario fino al 30/11"_s);
    bar.setCurrentService(before.id);
    CHECK(bar.findChild<QPushButton *>(u"toggleClosed"_s)->text().contains(u"Reopen"_s));
    bar.toggleClosed();
    CHECK(f.repository->service(before.id)->status == ServiceStatus::Active);

    // Cancelling a prompt changes nothing.
    f.prompter.texts = {QString()};
    bar.toggleClosed();
    CHECK(f.repository->service(before.id)->status == ServiceStatus::Active);

    // Every change is in the history, newest first, with who and the old value.
    auto history = f.repository->history(u"service"_s, before.uid);
    REQUIRE(history.ok());
    HistoryModel model(*history);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() >= 5);
    bool descriptionChange = false;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, HistoryModel::Field).data().toString() == u"description"_s) {
            descriptionChange = true;
            CHECK(model.index(row, HistoryModel::Who).data().toString() == u"coordinatrice"_s);
            CHECK(model.index(row, HistoryModel::Before).data(Qt::ToolTipRole).toString()
                  == before.description);
        }
    }
    CHECK(descriptionChange);
    CHECK(model.index(0, HistoryModel::Field).data().toString().startsWith(u"status"_s));
}

TEST_CASE("a new service is created from the form and found by search text", "[ui][editor]")
{
    Fixture f;
    CoordinatorBar bar(*f.catalogue, f.prompter, f.coordinator(u"coordinatore"_s));
    QSignalSpy changed(&bar, &CoordinatorBar::catalogueChanged);
    f.editNext([](ServiceEditor &editor) {
        auto *name = editor.findChild<QLineEdit *>(u"editName"_s);
        name->setText(u"Doposcuola solidale del quartiere"_s);
        Q_EMIT name->textEdited(name->text()); // as typing would, to suggest the identifier
        editor.findChild<QPlainTextEdit *>(u"editDescription"_s)
            ->setPlainText(u"Aiuto nei compiti per bambini delle elementari."_s);
        auto check = [&](const QString &list, int row) {
            auto *widget = editor.findChild<QListWidget *>(list);
            widget->item(row)->setCheckState(Qt::Checked);
        };
        check(u"editCategories"_s, 8); // COM.INFAN
        check(u"editAreas"_s, 0); // AREA.FAMIGLIA
        auto *channels = editor.findChild<QTableWidget *>(u"editChannels"_s);
        channels->item(0, 0)->setCheckState(Qt::Checked);
    });
    bar.newService();
    REQUIRE(changed.count() == 1);
    auto created = f.repository->service(changed.first().first().toLongLong());
    REQUIRE(created.ok());
    CHECK(created->uid == u"svc-doposcuola-solidale-del-quartiere"_s);
    CHECK(created->categories == QStringList {u"COM.INFAN"_s});
    auto rows = f.repository->searchRows();
    REQUIRE(rows.ok());
    bool indexed = false;
    for (const SearchRow &row : *rows)
        indexed = indexed || row.columns[FieldName].contains(u"Doposcuola solidale"_s);
    CHECK(indexed);
}

TEST_CASE("an entry of the district's catalogue is read-only at the desk: only its history opens",
          "[ui][editor][network]")
{
    Fixture f;
    const Service service = f.anyService(u"Pacchi alimentari"_s);
    REQUIRE(storage::run(storage::connectionOf(f.profile->database()),
                         u"UPDATE services SET origin = 'network' WHERE uid = ?"_s, {service.uid})
                .ok());
    CoordinatorBar bar(*f.catalogue, f.prompter, f.coordinator(u"coordinatrice"_s));
    bar.setCurrentService(service.id);
    CHECK_FALSE(bar.findChild<QPushButton *>(u"editService"_s)->isEnabled());
    CHECK_FALSE(bar.findChild<QPushButton *>(u"markVerified"_s)->isEnabled());
    CHECK_FALSE(bar.findChild<QPushButton *>(u"toggleClosed"_s)->isEnabled());
    CHECK_FALSE(bar.findChild<QPushButton *>(u"retireService"_s)->isEnabled());
    CHECK(bar.findChild<QPushButton *>(u"serviceHistory"_s)->isEnabled());
    CHECK(f.catalogue->service(service.id).value().fromNetwork);
    // The desk's own entries keep their buttons.
    const Service own = f.anyService(u"Nidi Gratis"_s);
    bar.setCurrentService(own.id);
    CHECK(bar.findChild<QPushButton *>(u"editService"_s)->isEnabled());
}

TEST_CASE("a coordinator reports an entry of the district's catalogue as out of date",
          "[ui][editor][network]")
{
    // A desk whose coordinator is logged in (the report is audited) with the demo catalogue, of
    // which one entry came from the district.
    test::PeopleDesk desk(true);
    test::ScriptedPrompter prompter;
    services::CatalogueService &catalogue = desk.services->catalogue();
    REQUIRE(storage::run(storage::connectionOf(desk.profile->database()),
                         u"UPDATE services SET origin = 'network' WHERE uid = 'svc-adi'"_s)
                .ok());
    const Service network = catalogue.serviceByUid(u"svc-adi"_s).value();
    CoordinatorBar bar(catalogue, prompter, desk.lead);
    auto *report = bar.findChild<QPushButton *>(u"reportService"_s);
    REQUIRE(report);
    // Without the network catalogue (a desk that has none) the bar offers no report.
    bar.setCurrentService(network.id);
    CHECK(report->isHidden());
    bar.setNetworkCatalogue(&desk.services->networkCatalogue());
    CHECK_FALSE(report->isHidden());
    CHECK(report->isEnabled());
    // The desk's own entries are changed at the desk, not reported.
    bar.setCurrentService(catalogue.serviceByUid(u"svc-naspi"_s).value().id);
    CHECK_FALSE(report->isEnabled());
    bar.setCurrentService(network.id);
    // The reports queued for the hub (the demo desk has referrals waiting too).
    auto reports = [&] {
        QList<sync::OutboxItem> found;
        const QList<sync::OutboxItem> items = desk.services->outbox().items().value();
        for (const sync::OutboxItem &item : items) {
            if (item.eventType == u"catalogue.feedback")
                found.append(item);
        }
        return found;
    };

    // Cancelled, or closed with no problem chosen: nothing is queued.
    prompter.dialogs.push_back([](QDialog &dialog) {
        CHECK_FALSE(dialog.findChild<QPushButton *>(u"sendReport"_s)->isEnabled());
        return int(QDialog::Rejected);
    });
    report->click();
    CHECK(reports().isEmpty());

    prompter.dialogs.push_back([](QDialog &dialog) {
        dialog.findChild<QRadioButton *>(u"problem_ORARI_ERRATI"_s)->click();
        CHECK(dialog.findChild<QPushButton *>(u"sendReport"_s)->isEnabled());
        return int(QDialog::Accepted);
    });
    report->click();
    INFO(prompter.warnings.join(u" / "_s).toStdString());
    CHECK(prompter.warnings.isEmpty());
    const auto queued = reports();
    REQUIRE(queued.size() == 1);
    CHECK(queued.first().eventType == u"catalogue.feedback");
    const QJsonObject data = QJsonDocument::fromJson(queued.first().payload).object();
    CHECK(data.value(u"service_id"_s).toString() == network.uid);
    CHECK(data.value(u"problema"_s).toString() == u"ORARI_ERRATI");
    CHECK_FALSE(bar.findChild<QLabel *>(u"reportNotice"_s)->text().isEmpty());

    // A volunteer's bar would not exist; the service refuses one all the same.
    CoordinatorBar volunteerBar(catalogue, prompter, desk.volunteer);
    volunteerBar.setNetworkCatalogue(&desk.services->networkCatalogue());
    volunteerBar.setCurrentService(network.id);
    prompter.dialogs.push_back([](QDialog &dialog) {
        dialog.findChild<QRadioButton *>(u"problem_ALTRO"_s)->click();
        return int(QDialog::Accepted);
    });
    volunteerBar.findChild<QPushButton *>(u"reportService"_s)->click();
    CHECK(prompter.warnings.size() == 1);
    CHECK(reports().size() == 1);
}
