// SPDX-License-Identifier: GPL-3.0-or-later
// "Segnalazioni ricevute": the referrals addressed to this desk through the network, codes only,
// and the desk's answers — each allowed only where it makes sense, each queued for the hub.
#include "../core/services/referralfixture.h"
#include "referrals/movedialog.h"
#include "referrals/receivedpage.h"
#include "scriptedprompter.h"
#include "services/networkinbox.h"
#include "support/uuid.h"

#include <QComboBox>
#include <QJsonArray>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sportello;

TEST_CASE("received referrals are listed by code and answered through the dialog",
          "[ui][referrals][network]")
{
    test::ReferralDesk desk;
    services::NetworkInbox inbox(desk.services->context());
    const QString ref = newTimeOrderedUuid();
    REQUIRE(inbox
                .apply({wire::FeedEvent {u"1"_s,
                                         {newTimeOrderedUuid(), u"referral.created"_s,
                                          desk.clock.nowUtc(),
                                          [&ref] {
                                              QJsonObject r = test::receivedRecord(ref);
                                              r[u"urgenza"_s] = u"URG"_s;
                                              r[u"fascia_eta"_s] = u"45-54"_s;
                                              return r;
                                          }()}}},
                       u"1"_s)
                ->received
            == 1);
    test::ScriptedPrompter prompter;
    ui::ReceivedReferralsPage page({inbox, *desk.changes, prompter, desk.volunteer});
    page.resize(1100, 500);
    page.show();
    REQUIRE(page.table()->rowCount() == 1);
    CHECK(page.table()->item(0, 1)->text() == ref.right(8).toUpper()); // v7: the random end
    CHECK(page.table()->item(0, 4)->text() == u"Urgent (same day)"_s);
    CHECK(page.table()->item(0, 6)->text() == u"Received"_s);
    // Nothing selected: nothing to answer.
    CHECK_FALSE(page.takeOnButton()->isEnabled());
    const qint64 id = inbox.received(desk.volunteer).value().first().id;
    REQUIRE(page.select(id));
    CHECK(page.takeOnButton()->isEnabled());
    CHECK(page.declineButton()->isEnabled());
    CHECK_FALSE(page.closeButton()->isEnabled());

    // Declining asks for the reason; the answer is recorded and shown.
    prompter.dialogs.push_back([](QDialog &dialog) {
        auto &move = dynamic_cast<ui::MoveDialog &>(dialog);
        REQUIRE(move.setReason(u"NON_COMPETENZA"_s));
        move.accept();
        return dialog.result();
    });
    QTest::mouseClick(page.declineButton(), Qt::LeftButton);
    CHECK(page.table()->item(0, 6)->text().startsWith(u"Not taken on"_s));
    CHECK_FALSE(page.takeOnButton()->isEnabled());
    CHECK_FALSE(page.declineButton()->isEnabled());
    CHECK_FALSE(page.closeButton()->isEnabled());
    // And it waits in the outbox for the hub.
    const auto queued = desk.services->outbox().items(u"QUEUED"_s).value();
    REQUIRE_FALSE(queued.isEmpty());
    CHECK(queued.last().eventType == u"referral.answered");
}
