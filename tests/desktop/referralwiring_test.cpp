// SPDX-License-Identifier: GPL-3.0-or-later
// Referrals across the real main window, as the desktop executable wires them: the queue opens
// a referral in the referrals page, the referral opens its person, the person's timeline opens
// the referral again, and a step recorded in the referrals page empties the queue.
#include "../ui/scriptedprompter.h"
#include "deskcomposition.h"
#include "followups/followupmodel.h"
#include "followups/followuppage.h"
#include "mainwindow.h"
#include "memorysecretstore.h"
#include "people/personpage.h"
#include "people/timelinemodel.h"
#include "referrals/movedialog.h"
#include "referrals/referraldetail.h"
#include "referrals/referralspage.h"
#include "security/deskshell.h"
#include "services/accountservice.h"
#include "services/deskservices.h"
#include "services/peopleservice.h"
#include "services/referralservice.h"
#include "storage/database.h"
#include "storage/profile.h"
#include "testhelpers.h"

#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;
using namespace sportello;

TEST_CASE("referrals open from the queue and the timeline, and leave the queue when answered",
          "[desktop][referrals]")
{
    test::TempDir dir;
    test::FakeClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    auto profile = storage::Profile::open(dir.path(), sportello::test::secrets());
    REQUIRE(profile.ok());
    test::ScriptedPrompter prompter;
    app::DeskComposition desk((*profile)->database(), clock, test::secrets(), prompter, {});
    services::DeskServices &core = desk.services();
    REQUIRE(core.accounts()
                .firstRun({u"Centro di Ascolto"_s,
                           u"Caritas"_s,
                           u"015175"_s,
                           u"PIO-CDA"_s,
                           {u"Via Roma 1"_s}},
                          u"anna"_s, u"Anna Bianchi"_s, u"frase della coordinatrice"_s)
                .ok());
    ui::MainWindow &window = desk.window();
    window.resize(1280, 800);
    window.show();
    desk.shell().start();
    auto actor = core.accounts().login(u"anna"_s, u"frase della coordinatrice"_s);
    REQUIRE(actor.ok());
    desk.shell().enter(*actor);
    REQUIRE_FALSE(window.isLocked());

    // The page comes right after the queue.
    const QStringList pages = window.pageIds();
    REQUIRE(pages.contains(u"referrals"_s));
    CHECK(pages.indexOf(u"referrals"_s) == pages.indexOf(u"followups"_s) + 1);

    // Rita, with the consents, and a referral sent today whose answer is due in two days.
    people::Person rita;
    rita.givenName = u"Rita"_s;
    rita.familyName = u"Marchetti"_s;
    const qint64 personId = core.people().create(*actor, rita).value();
    for (const auto purpose :
         {people::ConsentPurpose::PersonalData, people::ConsentPurpose::IdentifiedReferral})
        REQUIRE(core.people()
                    .recordConsent(*actor, personId, purpose, people::ConsentMethod::SignedForm,
                                   u"t-1"_s)
                    .ok());
    referrals::Referral r;
    r.personId = personId;
    r.destinationType = u"SS_COMUNE"_s;
    r.needs = {u"POV.NORED"_s};
    r.feedbackDue = clock.today().addDays(2);
    const qint64 referralId = core.referrals().create(*actor, r).value();
    REQUIRE(
        core.referrals().move(*actor, referralId, {referrals::State::Inviata, {}, {}, {}}).ok());

    // Two days later it waits in the queue; "Open referral" shows it in the referrals page.
    clock.advanceDays(2);
    window.showPage(u"followups"_s);
    auto *followUps = window.findChild<ui::FollowUpPage *>();
    REQUIRE(followUps);
    CHECK(followUps->dueNow() == 1);
    REQUIRE(followUps->selectReferral(referralId));
    QTest::mouseClick(followUps->findChild<QPushButton *>(u"followUpOpenReferral"_s),
                      Qt::LeftButton);
    CHECK(window.currentPageId() == u"referrals"_s);
    auto *referralsPage = window.findChild<ui::ReferralsPage *>();
    REQUIRE(referralsPage);
    ui::ReferralDetail *detail = referralsPage->detail();
    REQUIRE(detail->referralId() == referralId);

    // The referral opens its person, whose timeline opens the referral again.
    QTest::mouseClick(detail->openPersonButton(), Qt::LeftButton);
    CHECK(window.currentPageId() == u"people"_s);
    auto *personPage = window.findChild<ui::PersonPage *>();
    REQUIRE(personPage);
    REQUIRE(personPage->personId() == personId);
    const ui::TimelineModel *timeline = personPage->timeline();
    int row = -1;
    for (int i = 0; i < timeline->rowCount(); ++i) {
        if (timeline->index(i, 0).data(ui::TimelineModel::RecordIdRole).toLongLong() == referralId
            && timeline->index(i, 0).data(ui::TimelineModel::KindRole).toInt()
                == static_cast<int>(people::TimelineEntry::Kind::Referral))
            row = i;
    }
    REQUIRE(row >= 0);
    auto *view = personPage->findChild<QTableView *>(u"personTimeline"_s);
    REQUIRE(view);
    detail->clear();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    view->setFocus();
    view->setCurrentIndex(timeline->index(row, 0));
    QTest::keyClick(view, Qt::Key_Return);
    CHECK(window.currentPageId() == u"referrals"_s);
    CHECK(detail->referralId() == referralId);

    // Answered: the step recorded here takes it out of the queue at once.
    for (const auto state : {referrals::State::Ricevuta, referrals::State::InValutazione})
        REQUIRE(core.referrals().move(*actor, referralId, {state, {}, {}, {}}).ok());
    referralsPage->refresh();
    auto *takenOn = referralsPage->findChild<QPushButton *>(u"referralMove_PRESA_IN_CARICO"_s);
    REQUIRE(takenOn);
    QTest::mouseClick(takenOn, Qt::LeftButton);
    ui::MoveDialog *dialog = detail->moveDialog();
    REQUIRE(dialog);
    dialog->accept();
    CHECK(core.referrals().referral(*actor, referralId)->state == referrals::State::PresaInCarico);
    // The queue's count follows the change on the next turn of the event loop; its list, read
    // only while on screen, when it is shown again.
    QCoreApplication::processEvents();
    CHECK(followUps->dueNow() == 0);
    CHECK(followUps->model()->indexOfReferral(referralId).isValid());
    window.showPage(u"followups"_s);
    CHECK_FALSE(followUps->model()->indexOfReferral(referralId).isValid());
}
