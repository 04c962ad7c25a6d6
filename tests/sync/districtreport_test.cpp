// SPDX-License-Identifier: GPL-3.0-or-later
// The district report over the real sportello-hub fed by two desks (issue 15, points 6 and 8):
// a coordinator's desk asks for it and sees every desk's referrals with no count from 1 to 4,
// on its report page's "Distretto" tab and in the CSV it exports; a desk without the scope is
// told so.
#include "../ui/scriptedprompter.h"
#include "localhub.h"
#include "network/districtreportfetch.h"
#include "reports/districtview.h"

#include <QTableWidget>

using namespace Qt::StringLiterals;
using namespace sportello;

using test::enrol;
using test::LocalHub;
using test::syncClean;

namespace {

sync::NetworkFactory plainNetwork()
{
    return [] {
        return std::make_unique<QNetworkAccessManager>();
    };
}

// Sends `count` referrals to the Comune's social services from `desk`, and syncs them.
void sendReferrals(test::ReferralDesk &desk, QNetworkAccessManager &network, int count)
{
    desk.consent(desk.personId, people::ConsentPurpose::IdentifiedReferral);
    for (int i = 0; i < count; ++i) {
        const qint64 id = desk.referrals->create(desk.volunteer, desk.toComune()).value();
        REQUIRE(
            desk.referrals->move(desk.volunteer, id, {referrals::State::Inviata, {}, {}, {}}).ok());
    }
    syncClean(desk, network);
}

const reports::MonthRange kDecade {u"2020-01"_s, u"2029-12"_s};

} // namespace

TEST_CASE("a coordinator's desk reads the district report of two desks, small counts hidden",
          "[sync][hub][report]")
{
    LocalHub hub;
    test::ReferralDesk pioltello;
    test::ReferralDesk segrate;
    test::ReferralDesk office;
    QNetworkAccessManager pioltelloNetwork;
    QNetworkAccessManager segrateNetwork;
    QNetworkAccessManager officeNetwork;
    REQUIRE_FALSE(enrol(pioltello, pioltelloNetwork, hub.request()).has_value());
    sync::EnrolmentRequest segrateRequest = hub.request();
    segrateRequest.token = hub.addDesk(u"SEG-CDA"_s, u"015205"_s).toLatin1();
    REQUIRE_FALSE(enrol(segrate, segrateNetwork, segrateRequest).has_value());
    sync::EnrolmentRequest officeRequest = hub.request();
    officeRequest.token = hub.addDesk(u"UDP"_s, u"015175"_s, {}, true).toLatin1();
    REQUIRE_FALSE(enrol(office, officeNetwork, officeRequest).has_value());

    sendReferrals(pioltello, pioltelloNetwork, 6);
    sendReferrals(segrate, segrateNetwork, 1);

    services::NetworkService officeService(office.services->context(), test::secrets());
    sync::DistrictReportFetch fetch(officeService, plainNetwork(), office.clock);
    QSignalSpy done(&fetch, &sync::DistrictReportFetch::finished);
    fetch.start(kDecade);
    REQUIRE(done.wait(30000));
    INFO((fetch.error() ? fetch.error()->toLogString() : QString()).toStdString());
    REQUIRE(fetch.report().has_value());
    const reports::DistrictReport &report = *fetch.report();
    CHECK(report.desks == 3);
    CHECK(report.threshold == 5);
    const reports::PublishedTable *byDesk = report.table(u"referrals.desk"_s);
    REQUIRE(byDesk);
    CHECK(byDesk->rows == QStringList {u"PIO-CDA"_s, u"SEG-CDA"_s, u"UDP"_s});
    CHECK(byDesk->grandTotal() == qint64(7));
    CHECK_FALSE(byDesk->rowTotal(1).has_value()); // Segrate's single referral
    for (const reports::PublishedTable &table : report.tables) {
        for (const auto &row : table.values) {
            for (const std::optional<qint64> &value : row) {
                INFO(table.id.toStdString());
                CHECK((!value || *value == 0 || *value >= 5));
            }
        }
    }

    SECTION("on the report page's Distretto tab, and exported as it came")
    {
        test::ScriptedPrompter prompter;
        ui::DistrictView view({fetch, office.clock, prompter});
        view.setMonths(QDate(2020, 1, 1), QDate(2029, 12, 1));
        QSignalSpy shown(&view, &ui::DistrictView::reportShown);
        REQUIRE(view.request());
        REQUIRE(shown.wait(30000));
        CHECK(view.tables().size() >= reports::districtTableIds().size());
        const test::TempDir dir;
        prompter.savePaths << dir.filePath(u"distretto.csv"_s);
        REQUIRE(view.exportCsv());
        QFile csv(dir.filePath(u"distretto.csv"_s));
        REQUIRE(csv.open(QIODevice::ReadOnly));
        const QByteArray bytes = csv.readAll();
        CHECK(bytes.contains("SEG-CDA;"));
        CHECK_FALSE(bytes.contains(";1;"));
        CHECK_FALSE(bytes.contains(";1\r\n"));
    }

    SECTION("asked again while a request is in flight, the new request is the one answered")
    {
        QSignalSpy again(&fetch, &sync::DistrictReportFetch::finished);
        fetch.start(kDecade);
        fetch.start({u"2020-01"_s, u"2020-12"_s});
        REQUIRE(again.wait(30000));
        CHECK(again.size() == 1);
        REQUIRE(fetch.report().has_value());
        CHECK(fetch.report()->months.to == u"2020-12");
    }

    SECTION("a desk without the coordinator scope is told it is not one")
    {
        services::NetworkService service(pioltello.services->context(), test::secrets());
        sync::DistrictReportFetch refused(service, plainNetwork(), pioltello.clock);
        QSignalSpy ended(&refused, &sync::DistrictReportFetch::finished);
        refused.start(kDecade);
        REQUIRE(ended.wait(30000));
        REQUIRE(refused.error().has_value());
        CHECK(refused.error()->code == ErrorCode::HubForbidden);
        CHECK_FALSE(refused.report().has_value());
    }
}
