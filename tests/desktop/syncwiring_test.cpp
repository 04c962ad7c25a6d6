// SPDX-License-Identifier: GPL-3.0-or-later
// The background sync as the desktop wires it: the Sync page for every role, the status bar's
// line whoever is logged in, and a round that delivers the outbox while the desk is locked
// (the outbox is anonymized and the token is in the keychain: no login is needed).
#include "../core/sync/syncfixture.h"
#include "../ui/scriptedprompter.h"
#include "deskcomposition.h"
#include "mainwindow.h"
#include "security/deskshell.h"
#include "services/accountservice.h"
#include "services/deskservices.h"
#include "services/networkservice.h"
#include "services/outboxservice.h"
#include "services/peopleservice.h"
#include "services/referralservice.h"
#include "storage/profile.h"
#include "sync/outbox.h"
#include "sync/syncpage.h"
#include "sync/syncstatuswidget.h"

#include <QThread>

using namespace Qt::StringLiterals;
using namespace sportello;

TEST_CASE("the desk syncs from its own thread, shows it, and goes on while locked",
          "[desktop][sync]")
{
    test::TempDir dir;
    test::FakeClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    auto profile = storage::Profile::open(dir.path(), sportello::test::secrets());
    REQUIRE(profile.ok());
    QAtomicPointer<QThread> hubThread;
    sync::SyncController::Options options;
    options.watchReachability = false;
    options.network = [&hubThread] {
        return std::make_unique<test::FakeNetwork>([&hubThread](const test::FakeRequest &request) {
            hubThread.storeRelease(QThread::currentThread());
            return test::eventResults(request, [](const QString &) { return u"stored"_s; });
        });
    };
    test::ScriptedPrompter prompter;
    app::DeskComposition desk((*profile)->database(), clock, test::secrets(), prompter, {},
                              options);
    services::DeskServices &core = desk.services();
    auto first = core.accounts().firstRun(
        {u"Centro di Ascolto"_s, u"Caritas"_s, u"015175"_s, u"PIO-CDA"_s, {u"Via Roma 1"_s}},
        u"anna"_s, u"Anna Bianchi"_s, u"frase della coordinatrice"_s);
    REQUIRE(first.ok());
    REQUIRE(core.accounts()
                .createAccount(first->coordinator, u"marco"_s, u"Marco Verdi"_s,
                               security::Role::Operatore, u"frase del volontario"_s, false)
                .ok());
    ui::MainWindow &window = desk.window();
    window.resize(1280, 800);
    window.show();
    desk.shell().start();

    // Before anyone logs in, the status bar already says where the desk stands.
    auto *status = window.findChild<ui::SyncStatusWidget *>();
    REQUIRE(status);
    CHECK(status->text() == u"Not connected to the network"_s);

    // A volunteer sees the Sync page too.
    auto volunteer = core.accounts().login(u"marco"_s, u"frase del volontario"_s);
    REQUIRE(volunteer.ok());
    desk.shell().enter(*volunteer);
    CHECK(window.pageIds().contains(u"sync"_s));
    REQUIRE(window.findChild<ui::SyncPage *>());

    // Enrolled, with a referral waiting; then the desk is locked.
    services::NetworkService network(core.context(), test::secrets());
    REQUIRE(network
                .enrolAsSystem(test::fakeHub(), test::kToken,
                               {u"Est Milano"_s, {u"015175"_s, u"015205"_s}})
                .ok());
    people::Person rita;
    rita.givenName = u"Rita"_s;
    rita.familyName = u"Marchetti"_s;
    const qint64 personId = core.people().create(*volunteer, rita).value();
    REQUIRE(core.people()
                .recordConsent(*volunteer, personId, people::ConsentPurpose::PersonalData,
                               people::ConsentMethod::SignedForm, u"t-1"_s)
                .ok());
    referrals::Referral r;
    r.personId = personId;
    r.destinationType = u"CAF"_s;
    r.needs = {u"POV.NORED"_s};
    REQUIRE(core.referrals().create(*volunteer, r).ok());
    // The referral's record, and the audit log's anchor when one was due (decision 32).
    const qsizetype queued
        = core.outbox().items(QString::fromLatin1(sync::outboxstate::kQueued)).value().size();
    REQUIRE(queued >= 1);
    const QString waiting = u"%1 waiting"_s.arg(queued);
    REQUIRE(QTest::qWaitFor([status, waiting] { return status->text().contains(waiting); }));
    desk.shell().lockNow();
    REQUIRE(window.isLocked());
    const ui::SyncPage *lockedPage = window.findChild<ui::SyncPage *>();
    CHECK((lockedPage == nullptr || !lockedPage->isEnabled()));

    // A round while locked, on the sync thread; the status bar follows.
    QSignalSpy finished(&desk.syncController(), &sync::SyncController::roundFinished);
    desk.syncController().requestRound();
    REQUIRE(finished.wait(10000));
    CHECK(hubThread.loadAcquire() != nullptr);
    CHECK(hubThread.loadAcquire() != QThread::currentThread());
    CHECK(core.outbox().items(QString::fromLatin1(sync::outboxstate::kDelivered)).value().size()
          == queued);
    REQUIRE(
        QTest::qWaitFor([status] { return status->text().startsWith(u"Last sync: today "_s); }));
    CHECK(status->text().endsWith(u" · nothing waiting"_s));
}
