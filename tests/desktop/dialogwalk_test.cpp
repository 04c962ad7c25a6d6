// SPDX-License-Identifier: GPL-3.0-or-later
// The accessibility walk over the rest of the desk's dialogs (issue 18, point 6): each is made
// as its page makes it, shown, and walked through QAccessible; the pages and the first two
// dialogs are in accessibility_test.
#include "aboutdialog.h"
#include "accessiblewalk.h"
#include "catalogue/cataloguepage.h"
#include "catalogue/coordinatorbar.h"
#include "catalogue/reportdialog.h"
#include "followups/followupdialogs.h"
#include "handout/handoutdialog.h"
#include "help/manualwindow.h"
#include "people/consentdialog.h"
#include "people/privacynotice.h"
#include "privacy/privacynoticeeditor.h"
#include "referrals/movedialog.h"
#include "referrals/referraldialog.h"
#include "security/accountspage.h"
#include "security/firstrunwizard.h"
#include "security/recoverykeysheet.h"
#include "services/accountservice.h"
#include "services/catalogueservice.h"
#include "services/deskservices.h"
#include "storage/profile.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;
using namespace sportello;

TEST_CASE("every focusable widget of the other dialogs has an accessible name",
          "[desktop][accessibility]")
{
    test::Desktop d;
    test::DialogWalk walk;

    auto summaries = d.services().catalogue().summaries();
    REQUIRE(summaries.ok());
    REQUIRE_FALSE(summaries->isEmpty());
    const catalogue::ServiceSummary first = summaries->first();

    {
        ui::AboutDialog about(ui::ProfileSummary {}, &d.window());
        walk(about);
    }
    {
        ui::ReportDialog report(first.name, &d.window());
        walk(report);
    }
    {
        ui::ScheduleFollowUpDialog schedule(
            d.clock.today(), {{d.lead.operatorId, u"Anna"_s}}, d.lead.operatorId,
            [](const people::FollowUp &) { return Status {}; }, &d.window());
        walk(schedule);
        ui::CompleteFollowUpDialog complete(
            u"Carla Neri"_s, [](const QString &, const QString &) { return Status {}; },
            &d.window());
        walk(complete);
    }
    {
        auto service = d.services().catalogue().service(first.id);
        REQUIRE(service.ok());
        ui::HandoutDialog handout({{*service}, {}, {}, {}, d.clock.today(), {}}, d.prompter,
                                  &d.window());
        walk(handout);
    }
    {
        people::PrivacyNotice notice;
        notice.text = people::defaultPrivacyNoticeText();
        notice.version = QString::fromLatin1(people::kDefaultPrivacyNoticeVersion);
        ui::ConsentDialog consent(
            notice, people::ConsentPurpose::PersonalData,
            [](people::ConsentPurpose, people::ConsentMethod) { return Status {}; }, &d.window());
        walk(consent);
        ui::PrivacyNoticeEditor editor(
            notice, {}, [](const QString &) { return Status {}; }, d.prompter, &d.window());
        walk(editor);
    }
    {
        // Each kind of move: one with a reason, one with an outcome, a plain one.
        referrals::Referral referral;
        referral.id = 1;
        referral.uid = u"00000000-0000-4000-8000-000000000001"_s;
        referral.destinationType = u"SS_COMUNE"_s;
        referral.state = referrals::State::InValutazione;
        for (const referrals::State to :
             {referrals::State::NonPresaInCarico, referrals::State::Chiusa,
              referrals::State::PresaInCarico}) {
            ui::MoveDialog move(
                referral, to, u"Servizi sociali"_s,
                [](const referrals::Transition &) { return Status {}; }, &d.window());
            walk(move);
        }
    }
    {
        ui::ReferralDialog referral({d.services().referrals(),
                                     d.services().catalogue(),
                                     d.clock,
                                     d.lead,
                                     0,
                                     0,
                                     {u"CAS.SFRATTO"_s},
                                     u"SS_COMUNE"_s},
                                    &d.window());
        walk(referral);
    }
    {
        ui::RecoveryKeyDialog key(u"Centro di Ascolto (PIO-CDA)"_s,
                                  u"ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567"_s, d.prompter,
                                  &d.window());
        walk(key);
    }

    // The dialogs the pages make for themselves, through the prompter.
    d.prompter.dialogs = {walk.handler(), walk.handler()};
    auto *accounts = d.page<ui::AccountsPage>(u"accounts"_s);
    QTest::mouseClick(accounts->findChild<QPushButton *>(u"accountNew"_s), Qt::LeftButton);
    auto *catalogue = d.page<ui::CataloguePage>(u"catalogue"_s);
    catalogue->coordinatorBar()->setCurrentService(first.id);
    catalogue->coordinatorBar()->showHistory();

    // The manual's window (F1), not a dialog but a window of its own.
    ui::ManualWindow manual;
    manual.show();
    test::Desktop::settle();
    QStringList problems = walk.problems + test::unnamedWidgets(manual, u"manual"_s);

    INFO(walk.walked.join(u", "_s).toStdString());
    CHECK(walk.walked.size() == 14);
    problems.removeDuplicates();
    INFO(problems.join(u'\n').toStdString());
    CHECK(problems.isEmpty());
}

TEST_CASE("every page of the first-run wizard names its fields", "[desktop][accessibility]")
{
    // A new desk of its own: the wizard is what it opens on.
    test::TempDir dir;
    test::FakeClock clock;
    auto profile = storage::Profile::open(dir.path(), test::secrets());
    REQUIRE(profile.ok());
    services::DeskServices desk((*profile)->database(), clock);
    test::ScriptedPrompter prompter;
    ui::FirstRunWizard wizard(desk.accounts(), prompter);
    wizard.show();
    test::Desktop::settle();

    QStringList problems;
    QStringList pages;
    for (int step = 0; step < 3; ++step) {
        pages.append(wizard.currentPage()->title());
        problems += test::unnamedWidgets(wizard, u"wizard/"_s + wizard.currentPage()->title());
        if (step == 0) {
            wizard.setField(u"deskName"_s, u"Centro di Ascolto"_s);
            wizard.setField(u"deskOrganization"_s, u"Caritas"_s);
            wizard.setField(u"deskCode"_s, u"PIO-CDA"_s);
        } else if (step == 1) {
            wizard.setField(u"coordinatorName"_s, u"Anna Bianchi"_s);
            wizard.setField(u"coordinatorUsername"_s, u"anna"_s);
            wizard.setField(u"coordinatorPassword"_s, u"frase della coordinatrice"_s);
            auto *again = wizard.findChild<QLineEdit *>(u"coordinatorPasswordAgain"_s);
            REQUIRE(again);
            again->setText(u"frase della coordinatrice"_s);
        }
        if (step < 2)
            wizard.next();
        test::Desktop::settle();
    }
    INFO(pages.join(u", "_s).toStdString());
    CHECK(wizard.currentId() == ui::FirstRunWizard::RecoveryPage);
    problems.removeDuplicates();
    INFO(problems.join(u'\n').toStdString());
    CHECK(problems.isEmpty());
}
