// SPDX-License-Identifier: GPL-3.0-or-later
// The desk's today (issue 18, point 3): counts of what needs doing, each a button to the page
// that handles it, read again when something changes; an operator without a page gets the
// line without the link.
#include "../core/services/peoplefixture.h"
#include "memorysecretstore.h"
#include "services/backupservice.h"
#include "services/desktoday.h"
#include "services/networkservice.h"
#include "services/referralservice.h"
#include "services/sessionservice.h"
#include "today/todaypage.h"

#include <QCommandLinkButton>
#include <QLabel>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace sportello;

namespace {

struct TodayFixture
{
    test::PeopleDesk desk {true};
    test::MemorySecretStore keychain;
    services::NetworkService network {desk.services->context(), keychain};
    services::DeskToday today {desk.services->context(), desk.services->sessions(),
                               desk.services->referrals()};
    QStringList pages {u"followups"_s, u"referrals"_s, u"received"_s, u"sync"_s, u"catalogue"_s};
    std::unique_ptr<ui::TodayPage> page;

    void open(const security::Actor &actor)
    {
        ui::ProfileSummary summary {u"/tmp/profilo"_s, u"/tmp/profilo/sportello.db"_s, 19, true};
        page = std::make_unique<ui::TodayPage>(ui::TodayPage::Context {
            today, desk.services->backups(), network, desk.services->notifier(), desk.clock, actor,
            summary, u"Centro di Ascolto"_s, nullptr, [this](const QString &id) {
                return pages.contains(id);
            }});
        page->refresh();
    }

    void followUp(int dueInDays)
    {
        const qint64 person = desk.create(u"Rita"_s, u"Marchetti"_s);
        desk.consent(person, people::ConsentPurpose::PersonalData);
        desk.consent(person, people::ConsentPurpose::PhoneContact);
        people::FollowUp followUp;
        followUp.personId = person;
        followUp.due = desk.clock.today().addDays(dueInDays);
        followUp.note = u"richiamare"_s;
        REQUIRE(desk.sessions->scheduleFollowUp(desk.volunteer, followUp).ok());
    }
};

} // namespace

TEST_CASE("the today page counts the desk's day and links each line to its page", "[ui][today]")
{
    TodayFixture f;
    f.followUp(0);
    f.followUp(2);
    f.followUp(5); // not due yet
    f.desk.clock.advanceSecs(2 * 24 * 3600);
    f.open(f.desk.lead);

    CHECK(f.page->itemText(u"followups"_s).contains(u"2"_s));
    auto *followUps = f.page->findChild<QCommandLinkButton *>(u"today_followups"_s);
    REQUIRE(followUps);
    CHECK(followUps->description().contains(u"1"_s));
    CHECK(followUps->font().bold());
    CHECK(f.page->itemText(u"late"_s).startsWith(u"No referral"_s));
    CHECK(f.page->itemText(u"sync"_s).contains(u"Not connected"_s));
    CHECK(f.page->itemText(u"backup"_s).contains(u"No backup"_s));
    // The demo catalogue's services were never verified by this desk.
    CHECK_FALSE(f.page->itemText(u"catalogue"_s).startsWith(u"Every service"_s));
    CHECK(f.page->findChild<QLabel *>(u"demoNotice"_s) != nullptr);
    CHECK(f.page->findChild<QLabel *>(u"todayDate"_s)->text().contains(u"Centro di Ascolto"_s));

    // A button opens the page that handles the line.
    QSignalSpy open(f.page.get(), &ui::TodayPage::openPageRequested);
    followUps->click();
    REQUIRE(open.size() == 1);
    CHECK(open.first().first().toString() == u"followups"_s);
    // The backup page is not in this window: the line is there, without a link.
    CHECK_FALSE(f.page->findChild<QCommandLinkButton *>(u"today_backup"_s)->isEnabled());

    // A change is counted again: a backup recorded, a follow-up done.
    test::TempDir stick;
    auto written = services::BackupService::writeBackup(f.desk.profile->database(), stick.path(),
                                                        u"PIO-CDA"_s, 3, f.desk.clock.nowUtc());
    REQUIRE(written.ok());
    REQUIRE(f.desk.services->backups().record(f.desk.lead.operatorId, written).ok());
    f.page->refresh();
    CHECK(f.page->itemText(u"backup"_s).startsWith(u"Last backup: today"_s));
}
