// SPDX-License-Identifier: GPL-3.0-or-later
// The referrals page and a destination's answers received through the network: the steps the
// network brought say so, in the history and in the list, and an answer the state machine did
// not allow is shown for the operator to act on.
#include "referralspagefixture.h"

#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace sportello;
using referrals::State;
using ui::ReferralListModel;
using Fixture = test::ReferralsPageFixture;

TEST_CASE("the history says which steps came from the network, and shows an answer not applied",
          "[ui][referrals]")
{
    Fixture f;
    const qint64 id = f.create(f.rita, u"SS_COMUNE"_s);
    f.move(id, State::Inviata, u"PEC"_s);
    const QString uid = f.referrals.referral(f.desk.lead, id).value().uid;
    referrals::NetworkAnswer answer;
    answer.refUuid = uid;
    answer.answeredAt = f.desk.clock.nowUtc();
    answer.eventUid = u"0190f1a2-0000-7000-8000-000000000001"_s;
    answer.state = u"PRESA_IN_CARICO"_s;
    REQUIRE(f.referrals.applyNetworkAnswer(answer).value());
    answer.eventUid = u"0190f1a2-0000-7000-8000-000000000002"_s;
    answer.state = u"RICEVUTA"_s; // not allowed from PRESA_IN_CARICO: kept
    REQUIRE_FALSE(f.referrals.applyNetworkAnswer(answer).value());
    f.open();
    f.pick(id);
    QTreeWidget *history = f.page->detail()->historyView();
    REQUIRE(history->topLevelItemCount() == 6);
    CHECK(history->topLevelItem(1)->text(3) == u"Anna"_s);
    CHECK(history->topLevelItem(2)->text(1) == u"Sent → Received"_s);
    CHECK(history->topLevelItem(2)->text(3) == u"from the network"_s);
    CHECK(history->topLevelItem(4)->text(1) == u"Under assessment → Taken on"_s);
    CHECK(history->topLevelItem(4)->text(3) == u"from the network"_s);
    CHECK(history->topLevelItem(5)->text(1) == u"Answer not applied: Received"_s);
    CHECK_FALSE(history->topLevelItem(5)->toolTip(1).isEmpty());
    CHECK(f.page->detail()->fieldText(u"state"_s) == u"Taken on"_s);
    // The list says the last step came from the network.
    const int row = int(f.listed().indexOf(id));
    REQUIRE(row >= 0);
    CHECK(f.page->proxy()->index(row, ReferralListModel::State).data().toString()
          == u"Taken on (from the network)"_s);
}
