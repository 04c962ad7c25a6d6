// SPDX-License-Identifier: GPL-3.0-or-later
// Pages follow the services' change notifications, across the real main window: a coordinator's
// catalogue edit reaches the session page's services to suggest, and a referral moved in the
// referrals page reaches the person's timeline — without logging out or reopening anything.
#include "../ui/scriptedprompter.h"
#include "catalogue/cataloguepage.h"
#include "catalogue/coordinatorbar.h"
#include "catalogue/serviceeditor.h"
#include "desktopfixture.h"
#include "mainwindow.h"
#include "memorysecretstore.h"
#include "people/personpage.h"
#include "people/timelinemodel.h"
#include "referrals/movedialog.h"
#include "referrals/referraldetail.h"
#include "referrals/referralspage.h"
#include "security/deskshell.h"
#include "services/accountservice.h"
#include "services/catalogueio.h"
#include "services/catalogueservice.h"
#include "services/deskservices.h"
#include "services/peopleservice.h"
#include "services/referralservice.h"
#include "services/searchcontroller.h"
#include "sessions/needpicker.h"
#include "sessions/servicepicker.h"
#include "sessions/sessionpage.h"
#include "sessions/sessionwidgets.h"
#include "storage/profile.h"
#include "testhelpers.h"

#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;
using namespace sportello;

namespace {

using test::Desktop;

QString itemText(const QListWidget &list, const QString &uid)
{
    for (int row = 0; row < list.count(); ++row) {
        if (list.item(row)->data(ui::kCodeRole).toString() == uid)
            return list.item(row)->text();
    }
    return {};
}

} // namespace

TEST_CASE("a coordinator's catalogue edit reaches the session page without logging out",
          "[desktop][changes]")
{
    Desktop d;
    // The services to suggest come from the search snapshot, made on its own thread.
    services::SearchController &search = d.services().search();
    QSignalSpy reloaded(&search, &services::SearchController::indexReloaded);
    // The first snapshot may be of the catalogue before the fixture's import: wait for the one
    // that holds it (the snapshot's thread runs at a lower priority, later on a busy machine).
    REQUIRE(QTest::qWaitFor([&search] { return search.isReady() && search.index()->size() > 0; },
                            20000));
    d.settle(); // the pages' deferred refresh
    reloaded.clear();
    auto *session = d.page<ui::SessionPage>(u"session"_s);
    REQUIRE(session->needPicker()->add(u"POV.UTENZE"_s));
    QListWidget *suggested = session->servicePicker()->list();
    REQUIRE(suggested->count() > 0);
    const QString uid = suggested->item(0)->data(ui::kCodeRole).toString();
    const QString before = suggested->item(0)->text();
    REQUIRE_FALSE(uid.isEmpty());

    // The coordinator renames that service on the catalogue page, in the real editor.
    auto *cataloguePage = d.page<ui::CataloguePage>(u"catalogue"_s);
    const qint64 serviceId = d.services().catalogue().serviceByUid(uid).value().id;
    ui::CoordinatorBar *bar = cataloguePage->coordinatorBar();
    bar->setCurrentService(serviceId);
    d.prompter.dialogs.push_back([](QDialog &dialog) {
        auto *name = dialog.findChild<QLineEdit *>(u"editName"_s);
        REQUIRE(name);
        name->setText(u"Sportello bollette di quartiere"_s);
        return int(QDialog::Accepted);
    });
    QTest::mouseClick(bar->findChild<QPushButton *>(u"editService"_s), Qt::LeftButton);
    REQUIRE(d.prompter.dialogs.empty());
    CHECK(d.prompter.warnings.isEmpty());

    // Back at the counter, the same session: the suggestion carries the new name, still there,
    // once the search snapshot has followed the edit.
    reloaded.clear();
    REQUIRE(reloaded.wait(20000));
    d.settle();
    session = d.page<ui::SessionPage>(u"session"_s);
    const QString after = itemText(*session->servicePicker()->list(), uid);
    CHECK(after != before);
    CHECK(after.startsWith(u"Sportello bollette di quartiere"_s));
    CHECK(session->needPicker()->needs() == QStringList {u"POV.UTENZE"_s});
}

TEST_CASE("a referral moved in the referrals page shows in the person's timeline",
          "[desktop][changes]")
{
    Desktop d;
    services::DeskServices &services = d.services();
    people::Person rita;
    rita.givenName = u"Rita"_s;
    rita.familyName = u"Marchetti"_s;
    const qint64 personId = services.people().create(d.lead, rita).value();
    for (const auto purpose :
         {people::ConsentPurpose::PersonalData, people::ConsentPurpose::IdentifiedReferral})
        REQUIRE(services.people()
                    .recordConsent(d.lead, personId, purpose, people::ConsentMethod::SignedForm,
                                   u"t-1"_s)
                    .ok());
    referrals::Referral r;
    r.personId = personId;
    r.destinationType = u"SS_COMUNE"_s;
    r.needs = {u"POV.NORED"_s};
    const qint64 referralId = services.referrals().create(d.lead, r).value();

    auto *personPage = d.page<ui::PersonPage>(u"people"_s);
    personPage->showPerson(personId);
    const auto referralState = [personPage] {
        const ui::TimelineModel &timeline = *personPage->timeline();
        for (int row = 0; row < timeline.rowCount(); ++row) {
            if (timeline.index(row, 0).data(ui::TimelineModel::KindRole).toInt()
                == static_cast<int>(people::TimelineEntry::Kind::Referral))
                return timeline.index(row, ui::TimelineModel::What).data().toString();
        }
        return QString();
    };
    CHECK(referralState().contains(u"Draft"_s));

    // Sent from the referrals page, with its own button and dialog.
    auto *referralsPage = d.page<ui::ReferralsPage>(u"referrals"_s);
    REQUIRE(referralsPage->showReferral(referralId));
    auto *send = referralsPage->findChild<QPushButton *>(u"referralMove_INVIATA"_s);
    REQUIRE(send);
    QTest::mouseClick(send, Qt::LeftButton);
    ui::MoveDialog *dialog = referralsPage->detail()->moveDialog();
    REQUIRE(dialog);
    dialog->accept();
    REQUIRE(services.referrals().referral(d.lead, referralId)->state == referrals::State::Inviata);

    // The person's page, shown again, has followed.
    d.settle();
    d.window().showPage(u"people"_s);
    d.settle();
    CHECK(personPage->personId() == personId);
    CHECK(referralState().contains(u"Sent"_s));
}
