// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The referrals page's test desk, shared by its suites: the demo catalogue, Rita (who agreed
// to identified referrals) and Bruno (who did not), the referral service and the page.
#include "../core/services/peoplefixture.h"
#include "referrals/movedialog.h"
#include "referrals/referraldetail.h"
#include "referrals/referrallistmodel.h"
#include "referrals/referralspage.h"
#include "services/catalogueservice.h"
#include "services/changenotifier.h"
#include "services/referralservice.h"

#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <catch2/catch_test_macros.hpp>

namespace sportello::test {

using namespace Qt::StringLiterals;
using referrals::Kind;
using referrals::Referral;
using referrals::State;
using ui::ReferralListModel;

// A desk with the demo catalogue, Rita (who agreed to identified referrals) and Bruno (who
// did not), the referral service and the page.
struct ReferralsPageFixture
{
    test::PeopleDesk desk {true};
    services::ReferralService &referrals = desk.services->referrals();
    services::CatalogueService &catalogue = desk.services->catalogue();
    qint64 rita = 0;
    qint64 bruno = 0;
    std::unique_ptr<ui::ReferralsPage> page;

    ReferralsPageFixture()
    {
        rita = desk.create(u"Rita"_s, u"Marchetti"_s, 1957);
        desk.consent(rita, people::ConsentPurpose::PersonalData);
        desk.consent(rita, people::ConsentPurpose::IdentifiedReferral);
        bruno = desk.create(u"Bruno"_s, u"Galli"_s, 1970);
        desk.consent(bruno, people::ConsentPurpose::PersonalData);
    }

    qint64 create(qint64 personId, const QString &destination, Kind kind = Kind::Sent,
                  const QString &urgency = u"ORD"_s, int feedbackInDays = 0)
    {
        Referral r;
        r.personId = personId;
        r.kind = kind;
        r.destinationType = destination;
        r.needs = {u"POV.NORED"_s};
        r.urgency = urgency;
        r.note = u"Chiede un colloquio con l'assistente sociale."_s;
        if (feedbackInDays > 0)
            r.feedbackDue = desk.clock.today().addDays(feedbackInDays);
        auto id = referrals.create(desk.volunteer, r);
        REQUIRE(id.ok());
        desk.clock.advanceSecs(60);
        return *id;
    }

    void move(qint64 id, State to, const QString &reason = {}, const QString &outcome = {})
    {
        REQUIRE(referrals.move(desk.volunteer, id, {to, reason, outcome, {}}).ok());
        desk.clock.advanceSecs(60);
    }

    void open()
    {
        page = std::make_unique<ui::ReferralsPage>(ui::ReferralsPage::Context {
            referrals,
            *desk.people,
            catalogue,
            *desk.changes,
            desk.clock,
            desk.volunteer,
            {{desk.lead.operatorId, u"Anna"_s}},
        });
        page->resize(1280, 800);
        page->show();
    }

    // The ids listed, in the table's order.
    QList<qint64> listed() const
    {
        QList<qint64> ids;
        for (int row = 0; row < page->proxy()->rowCount(); ++row)
            ids.append(
                page->proxy()->index(row, 0).data(ReferralListModel::ReferralIdRole).toLongLong());
        return ids;
    }

    void pick(qint64 id)
    {
        const QModelIndex index = page->proxy()->mapFromSource(page->model()->indexOf(id));
        REQUIRE(index.isValid());
        page->view()->setCurrentIndex(index);
        REQUIRE(page->detail()->referralId() == id);
    }

    QStringList moveNames() const
    {
        QStringList names;
        for (const QPushButton *button : page->detail()->moveButtons())
            names.append(button->objectName().mid(QStringLiteral("referralMove_").size()));
        return names;
    }

    ui::MoveDialog *startMove(const QString &state)
    {
        auto *button = page->findChild<QPushButton *>(u"referralMove_"_s + state);
        REQUIRE(button);
        REQUIRE(button->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);
        ui::MoveDialog *dialog = page->detail()->moveDialog();
        REQUIRE(dialog);
        REQUIRE(dialog->isVisible());
        return dialog;
    }

    int views() { return static_cast<int>(desk.auditActions(u"referral"_s).count(u"view"_s)); }
};

} // namespace sportello::test
