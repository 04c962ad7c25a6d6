// SPDX-License-Identifier: GPL-3.0-or-later
// The desk report (issue 15, point 1) against a hand-computed fixture: March 2026 beside
// February, every figure and table counted by hand below.
#include "connection.h"
#include "reportfixture.h"
#include "reports/deskreport.h"
#include "services/auditservice.h"
#include "services/catalogueio.h"
#include "services/reportservice.h"
#include "services/sessionservice.h"
#include "sql.h"

#include <QFile>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace sportello;
using reports::Figure;

using test::ReportDesk;

TEST_CASE("the desk report counts March beside February as counted by hand", "[reports][services]")
{
    ReportDesk desk;
    const QDate feb(2026, 2, 10);
    // February: one session of Rita's.
    desk.session(desk.segrate, feb, u"ORIENT"_s, u"PRES"_s, {u"CAS.SFRATTO"_s});
    // March: Rita again (returning), Karim and Ana (new), and an anonymous walk-in.
    desk.session(desk.segrate, {2026, 3, 5}, u"ORIENT"_s, u"TEL"_s,
                 {u"CAS.SFRATTO"_s, u"POV.INSUF"_s}, {u"svc-adi"_s});
    desk.session(desk.pioltello, {2026, 3, 12}, u"ASCOLTO"_s, u"PRES"_s, {u"OCC.DISOCC"_s});
    desk.session(0, {2026, 3, 20}, u"ACCOGL"_s, u"PRES"_s, {u"POV"_s});
    desk.session(desk.vimodrone, {2026, 3, 25}, u"FACDIG"_s, u"PRES"_s, {});

    // Rita's referral, sent on 5 March and taken over on 9 March (4 days); Karim's, sent on 12
    // March and still unanswered.
    desk.consent(desk.segrate, people::ConsentPurpose::IdentifiedReferral);
    desk.consent(desk.pioltello, people::ConsentPurpose::IdentifiedReferral);
    desk.clock.set(QDateTime(QDate(2026, 3, 5), QTime(12, 15)));
    const qint64 first = desk.referrals->create(desk.volunteer, desk.toComune()).value();
    desk.moveOn(first, {2026, 3, 5}, referrals::State::Inviata);
    desk.moveOn(first, {2026, 3, 9}, referrals::State::Ricevuta);
    desk.moveOn(first, {2026, 3, 9}, referrals::State::InValutazione);
    desk.moveOn(first, {2026, 3, 9}, referrals::State::PresaInCarico);
    referrals::Referral karims = desk.toComune();
    karims.personId = desk.pioltello;
    karims.needs = {u"OCC.DISOCC"_s};
    desk.clock.set(QDateTime(QDate(2026, 3, 12), QTime(12, 15)));
    const qint64 second = desk.referrals->create(desk.volunteer, karims).value();
    desk.moveOn(second, {2026, 3, 12}, referrals::State::Inviata);

    // Follow-ups due in March: one done, one still open (overdue by 10 April); one due in April.
    desk.consent(desk.segrate, people::ConsentPurpose::PhoneContact);
    desk.clock.set(QDateTime(QDate(2026, 3, 13), QTime(9, 0)));
    const auto followUp = [&](QDate due) {
        people::FollowUp f;
        f.personId = desk.segrate;
        f.due = due;
        return desk.sessions->scheduleFollowUp(desk.volunteer, f).value();
    };
    const qint64 done = followUp({2026, 3, 15});
    followUp({2026, 3, 20});
    followUp({2026, 4, 20});
    REQUIRE(desk.sessions->completeFollowUp(desk.volunteer, done, u"RAGGIUNTO"_s, {}).ok());

    desk.clock.set(QDateTime(QDate(2026, 4, 10), QTime(9, 0)));
    services::ReportService service(desk.services->context());
    const auto report = service.deskReport(desk.lead, reports::Period::month(2026, 3));
    INFO((report ? QString() : report.error().toLogString()).toStdString());
    REQUIRE(report.ok());
    CHECK(report->previousPeriod.from == QDate(2026, 2, 1));
    CHECK(report->previousPeriod.to == QDate(2026, 2, 28));

    const auto is = [](Figure f, qint64 current, qint64 previous) {
        return f.current == current && f.previous == previous;
    };
    CHECK(is(report->sessions, 4, 1));
    CHECK(is(report->anonymousSessions, 1, 0));
    CHECK(is(report->people, 3, 1));
    CHECK(is(report->newPeople, 2, 1));
    CHECK(is(report->returningPeople, 1, 0));
    CHECK(is(report->referrals, 2, 0));
    CHECK(is(report->referralsWithoutAnswer, 1, 0));
    REQUIRE(report->medianDaysToTakeOver.has_value());
    CHECK(*report->medianDaysToTakeOver == 4.0);
    CHECK_FALSE(report->previousMedianDaysToTakeOver.has_value());
    CHECK(is(report->followUpsDone, 1, 0));
    CHECK(is(report->followUpsOverdue, 1, 0));

    const auto cell = [&](const char *table, const QString &code) {
        const reports::Breakdown *b = report->breakdown(QString::fromLatin1(table));
        REQUIRE(b);
        return b->value(code);
    };
    CHECK(is(cell("sessions.type", u"ORIENT"_s), 1, 1));
    CHECK(is(cell("sessions.type", u"ASCOLTO"_s), 1, 0));
    CHECK(is(cell("sessions.type", u"ACCOGL"_s), 1, 0));
    CHECK(is(cell("sessions.type", u"FACDIG"_s), 1, 0));
    CHECK(is(cell("sessions.type", u"FOLLOWUP"_s), 0, 0)); // listed, at zero
    CHECK(report->breakdown(u"sessions.type"_s)->codes.first() == u"ACCOGL"); // vocabulary order
    CHECK(is(cell("sessions.channel", u"PRES"_s), 3, 1));
    CHECK(is(cell("sessions.channel", u"TEL"_s), 1, 0));
    CHECK(report->breakdown(u"sessions.month"_s)->codes == QStringList {u"2026-03"_s});
    CHECK(is(cell("sessions.month", u"2026-03"_s), 4, 0));
    CHECK(is(cell("needs.macro", u"CAS"_s), 1, 1));
    CHECK(is(cell("needs.macro", u"POV"_s), 2, 0)); // Rita's micro-voce and the walk-in's macro
    CHECK(is(cell("needs.macro", u"OCC"_s), 1, 0));
    CHECK(is(cell("needs.micro", u"POV.INSUF"_s), 1, 0));
    CHECK(is(cell("needs.micro", u"CAS.SFRATTO"_s), 1, 1));
    CHECK(report->breakdown(u"services.top"_s)->codes == QStringList {u"svc-adi"_s});
    CHECK(report->breakdown(u"services.top"_s)->labels == QStringList {u"Assegno di Inclusione"_s});
    CHECK(is(cell("referrals.destination", u"SS_COMUNE"_s), 2, 0));
    CHECK(is(cell("referrals.state", u"PRESA_IN_CARICO"_s), 1, 0));
    CHECK(is(cell("referrals.state", u"INVIATA"_s), 1, 0));
    CHECK(is(cell("facilitation.kind", u"IND"_s), 1, 0));
    CHECK(is(cell("facilitation.ambito", u"SPID"_s), 1, 0));
    CHECK(is(cell("facilitation.goal", u"RAGGIUNTO"_s), 1, 0));
    // Ages at 31 March: 69, 26 and 36; at 28 February Rita was 69 too.
    CHECK(is(cell("people.age", u"65-74"_s), 1, 1));
    CHECK(is(cell("people.age", u"18-29"_s), 1, 0));
    CHECK(is(cell("people.age", u"30-44"_s), 1, 0));
    CHECK(is(cell("people.gender", u"F"_s), 2, 1));
    CHECK(is(cell("people.gender", u"M"_s), 1, 0));
    CHECK(is(cell("people.citizenship", u"EXTRA_UE"_s), 1, 0));
    CHECK(is(cell("people.comune", u"015205"_s), 1, 1));
    CHECK(is(cell("people.comune", u"015242"_s), 1, 0));
}

TEST_CASE("only a coordinator gets the desk report, and a period must be a period",
          "[reports][services]")
{
    test::ReferralDesk desk;
    services::ReportService service(desk.services->context());
    CHECK(service.deskReport(desk.volunteer, reports::Period::month(2026, 3)).error().code
          == ErrorCode::PermissionDenied);
    CHECK(service.deskReport(desk.lead, {QDate(2026, 3, 2), QDate(2026, 3, 1)}).error().code
          == ErrorCode::InvalidArgument);
    // An empty desk: zeros, every vocabulary row present.
    const auto empty = service.deskReport(desk.lead, reports::Period::year(2025));
    REQUIRE(empty.ok());
    CHECK(empty->sessions.current == 0);
    CHECK(empty->breakdown(u"sessions.type"_s)->codes.size() == 6);
    CHECK_FALSE(empty->medianDaysToTakeOver.has_value());
}

TEST_CASE("the period before is the calendar unit before, or as many days", "[reports]")
{
    using reports::Period;
    CHECK(Period::month(2026, 3).previous().from == QDate(2026, 2, 1));
    CHECK(Period::month(2026, 1).previous().to == QDate(2025, 12, 31));
    CHECK(Period::quarter(2026, 2).previous().from == QDate(2026, 1, 1));
    CHECK(Period::quarter(2026, 2).previous().to == QDate(2026, 3, 31));
    CHECK(Period::year(2026).previous().from == QDate(2025, 1, 1));
    const Period custom {QDate(2026, 3, 10), QDate(2026, 3, 19)};
    CHECK(custom.previous().from == QDate(2026, 2, 28));
    CHECK(custom.previous().to == QDate(2026, 3, 9));
}

TEST_CASE("unmet needs: no service for the need where the person lives, or no answer available",
          "[reports][services]")
{
    ReportDesk desk;
    const auto sql = [&desk](const QString &statement) {
        REQUIRE(storage::run(storage::connectionOf(desk.profile->database()), statement).ok());
    };
    // The catalogue's gaps, made on purpose: nothing answers gambling any more, and the
    // paperwork services (INC.DOC) are for Segrate's residents only.
    sql(u"UPDATE services SET status = 'ended' WHERE id IN (SELECT service_id FROM service_terms"
        " WHERE taxonomy = 'category' AND code IN ('INC.SALUTE', 'INC.LEGALE'))"_s);
    sql(u"UPDATE services SET eligibility_rules = json_set(eligibility_rules, '$.comuni',"
        " json('[\"015205\"]')) WHERE id IN (SELECT service_id FROM service_terms WHERE"
        " taxonomy = 'category' AND code = 'INC.DOC')"_s);
    desk.consent(desk.vimodrone, people::ConsentPurpose::SpecialCategories); // art. 9 need
    desk.session(desk.vimodrone, {2026, 3, 3}, u"ASCOLTO"_s, u"PRES"_s, {u"DIP.GIOCO"_s});
    desk.session(desk.pioltello, {2026, 3, 4}, u"ORIENT"_s, u"PRES"_s, {u"IMM.DOCUM"_s});
    desk.session(desk.segrate, {2026, 3, 5}, u"ORIENT"_s, u"PRES"_s, {u"IMM.DOCUM"_s});
    // A need with services, but this session found no answer for it.
    desk.session(desk.segrate, {2026, 3, 6}, u"ASCOLTO"_s, u"PRES"_s, {u"CAS.SFRATTO"_s}, {},
                 {u"NON_COMP"_s});
    // Three walk-ins with a need nothing answers, one of whom also met no answer: three people,
    // not two (the sessions with and without an answer are the same need, the same place).
    desk.session(0, {2026, 3, 12}, u"ASCOLTO"_s, u"PRES"_s, {u"DIP"_s});
    desk.session(0, {2026, 3, 13}, u"ASCOLTO"_s, u"PRES"_s, {u"DIP"_s});
    desk.session(0, {2026, 3, 14}, u"ASCOLTO"_s, u"PRES"_s, {u"DIP"_s}, {}, {u"NON_COMP"_s});
    // Answered needs: not listed.
    desk.session(0, {2026, 3, 7}, u"ACCOGL"_s, u"PRES"_s, {u"POV"_s});
    desk.session(desk.pioltello, {2026, 3, 8}, u"ORIENT"_s, u"PRES"_s, {u"POV.INSUF"_s});

    const auto report = services::ReportService(desk.services->context())
                            .deskReport(desk.lead, reports::Period::month(2026, 3));
    REQUIRE(report.ok());
    QStringList found;
    for (const reports::UnmetNeed &u : report->unmetNeeds)
        found.append(u"%1@%2:%3%4%5"_s.arg(u.need, u.comune)
                         .arg(u.people)
                         .arg(u.noService ? u" no-service"_s : QString())
                         .arg(u.noAnswer ? u" no-answer"_s : QString()));
    found.sort();
    CHECK(found
          == QStringList {u"CAS.SFRATTO@015205:1 no-answer"_s, u"DIP.GIOCO@015242:1 no-service"_s,
                          u"DIP@ND:3 no-service no-answer"_s, u"IMM.DOCUM@015175:1 no-service"_s});
}

TEST_CASE("the report says how far it got, and stops when told", "[reports][services]")
{
    test::ReferralDesk desk;
    services::ReportService service(desk.services->context());
    QList<int> seen;
    int total = 0;
    const auto full
        = service.deskReport(desk.lead, reports::Period::year(2026), [&](int done, int of) {
              seen.append(done);
              total = of;
              return true;
          });
    REQUIRE(full.ok());
    REQUIRE(total > 10);
    CHECK(seen.first() == 0);
    CHECK(seen.last() == total); // the end is reported
    CHECK(std::is_sorted(seen.cbegin(), seen.cend()));
    // Cancelled a third of the way: no report, the reason says so.
    int calls = 0;
    const auto stopped
        = service.deskReport(desk.lead, reports::Period::year(2026), [&](int done, int of) {
              ++calls;
              return done < of / 3;
          });
    REQUIRE_FALSE(stopped.ok());
    CHECK(stopped.error().code == ErrorCode::Cancelled);
    CHECK(calls <= total / 3 + 2);
}

TEST_CASE("the coded exports count people by Caritas macro-voce and by the facilitation "
          "monitoring's breakdowns",
          "[reports][services]")
{
    ReportDesk desk;
    // Rita (F, IT, 1957): housing and poverty; Karim (M, EXTRA_UE, 2000): work, then a second
    // session with work again (one person); an anonymous walk-in: poverty; Ana (F, UE, 1990): a
    // facilitation session.
    desk.session(desk.segrate, {2026, 3, 5}, u"ORIENT"_s, u"PRES"_s,
                 {u"CAS.SFRATTO"_s, u"POV.INSUF"_s});
    desk.session(desk.pioltello, {2026, 3, 6}, u"ORIENT"_s, u"PRES"_s, {u"OCC.DISOCC"_s});
    desk.session(desk.pioltello, {2026, 3, 9}, u"ORIENT"_s, u"PRES"_s, {u"OCC"_s});
    desk.session(0, {2026, 3, 10}, u"ACCOGL"_s, u"PRES"_s, {u"POV"_s});
    desk.session(desk.vimodrone, {2026, 3, 11}, u"FACDIG"_s, u"PRES"_s, {u"DIG.IDENT"_s});
    services::ReportService service(desk.services->context());

    const auto caritas = service.caritasReportAsSystem(reports::Period::month(2026, 3));
    REQUIRE(caritas.ok());
    const reports::CodedGrid &byGender = caritas->byGender;
    const auto cell = [](const reports::CodedGrid &g, const QString &row, int column) {
        return g.cells.at(g.rows.indexOf(row)).at(column);
    };
    CHECK(cell(byGender, u"Povertà economica"_s, 0) == 1); // Rita
    CHECK(cell(byGender, u"Povertà economica"_s, 2) == 1); // the walk-in, sex not known
    CHECK(cell(byGender, u"Problemi di occupazione"_s, 1) == 1); // Karim once
    CHECK(cell(byGender, u"Problemi abitativi"_s, 0) == 1);
    CHECK(cell(byGender, u"Altri problemi"_s, 0) == 1); // Ana's digital need
    const reports::CodedGrid &byCitizenship = caritas->byCitizenship;
    CHECK(cell(byCitizenship, u"Povertà economica"_s, 0) == 1); // Rita, Italian
    CHECK(cell(byCitizenship, u"Problemi di occupazione"_s, 1) == 1); // Karim, foreign
    CHECK(cell(byCitizenship, u"Altri problemi"_s, 1) == 1); // Ana, EU: foreign
    CHECK(cell(byCitizenship, u"Povertà economica"_s, 2) == 1); // the walk-in

    const auto facilita = service.facilitaReportAsSystem(reports::Period::month(2026, 3));
    REQUIRE(facilita.ok());
    const auto figure = [&](const char *id, const QString &category) {
        for (const reports::Breakdown &b : facilita->breakdowns) {
            if (b.id == QLatin1StringView(id))
                return b.value(category).current;
        }
        FAIL("no breakdown " << id);
        return qint64(-1);
    };
    CHECK(figure("facilita.age", u"30-54"_s) == 1); // Ana, 36 at the end of March
    CHECK(figure("facilita.gender", u"Femmina"_s) == 1);
    CHECK(figure("facilita.service", u"Facilitazione individuale"_s) == 1);
    CHECK(figure("facilita.ambito", u"SPID"_s) == 1);
    CHECK(figure("facilita.education", u"Non rilevato"_s) == 1); // not asked
    CHECK(figure("facilita.age", u"18-29"_s) == 0); // Karim had no facilitation session
}

TEST_CASE("the exports' threshold is a coordinator's setting within 3 and 20, audited",
          "[reports][services][settings]")
{
    ReportDesk desk;
    services::DeskSettings &settings = desk.services->settings();
    CHECK(settings.reportThreshold() == 5);
    REQUIRE(settings.setReportThreshold(desk.lead, 7).ok());
    CHECK(settings.reportThreshold() == 7);
    for (const int wrong : {2, 0, 21, -5}) {
        const Status refused = settings.setReportThreshold(desk.lead, wrong);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::InvalidArgument);
        CHECK(refused.error().args.value(0) == u"report_threshold"_s);
    }
    const Status denied = settings.setReportThreshold(desk.volunteer, 10);
    REQUIRE_FALSE(denied.ok());
    CHECK(denied.error().code == ErrorCode::PermissionDenied);
    CHECK(settings.reportThreshold() == 7);
    // The audit log tells which threshold applied when.
    audit::AuditFilter filter;
    filter.action = QString::fromLatin1(audit::kEdit);
    filter.limit = 0;
    auto edits = desk.services->audit().entries(desk.lead, filter);
    REQUIRE(edits.ok());
    CHECK(std::count_if(edits->cbegin(), edits->cend(),
                        [](const audit::AuditEntry &row) {
                            return row.entityType == u"setting"
                                && row.entityId == u"reports.threshold=7";
                        })
          == 1);
}
