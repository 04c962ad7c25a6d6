// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/reportservice.h"

#include "people/needcategories.h"
#include "people/vocabulary.h"
#include "referrals/referralstate.h"
#include "services/authorizer.h"
#include "services/servicecontext.h"
#include "storage/reportqueries.h"
#include "support/clock.h"
#include "wire/anonymizer.h"
#include "wire/record.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sportello::services {

namespace {

using Rows = QList<std::pair<QString, qint64>>;

// The codes of a vocabulary, in its order.
QStringList codesOf(const QList<catalogue::Term> &terms, int group = -1)
{
    QStringList codes;
    for (const catalogue::Term &term : terms) {
        if (group < 0 || term.group == group)
            codes.append(QString::fromUtf8(term.code));
    }
    return codes;
}

// The codes each table lists first, in the order a reader expects; codes the database holds
// outside the list follow in its order. Empty: the database's order (largest first).
QStringList orderOf(const QString &id)
{
    using people::Vocabulary;
    if (id == u"sessions.type")
        return codesOf(Vocabulary::sessionTypes());
    if (id == u"sessions.channel")
        return codesOf(Vocabulary::sessionChannels());
    if (id == u"needs.macro")
        return codesOf(Vocabulary::needs(), 0);
    if (id == u"needs.micro")
        return codesOf(Vocabulary::needs(), 1);
    if (id == u"referrals.destination")
        return referrals::destinationTypes();
    if (id == u"referrals.state") {
        QStringList codes;
        for (const referrals::State state : referrals::allStates())
            codes.append(referrals::stateCode(state));
        return codes;
    }
    if (id == u"referrals.outcome")
        return referrals::finalOutcomes();
    if (id == u"facilitation.ambito")
        return codesOf(Vocabulary::digitalAmbiti());
    if (id == u"facilitation.kind")
        return codesOf(Vocabulary::facilitationKinds());
    if (id == u"facilitation.goal")
        return {u"RAGGIUNTO"_s, u"NON_RAGGIUNTO"_s};
    if (id == u"people.age")
        return wire::ageBands() + QStringList {QString::fromLatin1(wire::kNotStated)};
    if (id == u"people.gender")
        return codesOf(Vocabulary::genders());
    if (id == u"people.citizenship")
        return codesOf(Vocabulary::citizenships());
    if (id == u"people.comune")
        return codesOf(Vocabulary::residences());
    return {};
}

// Birth years into age bands at the end of the period.
Rows ageBands(const Rows &birthYears, const QDate &on)
{
    Rows bands;
    for (const auto &[year, count] : birthYears) {
        const QString band = wire::ageBand(year.toInt(), QDate(), on);
        auto it = std::find_if(bands.begin(), bands.end(),
                               [&band](const auto &row) { return row.first == band; });
        if (it == bands.end())
            bands.append({band, count});
        else
            it->second += count;
    }
    return bands;
}

reports::Breakdown merge(const QString &id, const Rows &current, const Rows &previous)
{
    reports::Breakdown breakdown;
    breakdown.id = id;
    const QStringList order = orderOf(id);
    // Vocabularies list every code, even at zero; the rest only what was counted.
    for (const QString &code : order)
        breakdown.add(code, {});
    for (const auto &[code, count] : current)
        breakdown.add(code, {count, 0});
    for (const auto &[code, count] : previous) {
        // A month or a top service of the period before is not a row of this one.
        if (id == u"sessions.month" || id == u"services.top")
            continue;
        breakdown.add(code, {0, count});
    }
    return breakdown;
}

// Needs the catalogue cannot answer where the people live, or that met "no answer available".
QList<reports::UnmetNeed> unmetNeeds(const QList<storage::RecordedNeed> &recorded,
                                     const QList<storage::ServiceReach> &services)
{
    const auto answered = [&services](const QString &need, const QString &comune) {
        const QStringList categories = people::catalogueCategoriesFor(need);
        for (const storage::ServiceReach &service : services) {
            const bool reaches = service.comuni.isEmpty() || service.comuni.contains(comune)
                || comune == QLatin1StringView(wire::kNotStated);
            if (!reaches)
                continue;
            for (const QString &category : service.categories) {
                if (categories.contains(category))
                    return true;
            }
        }
        return false;
    };
    QList<reports::UnmetNeed> unmet;
    for (const storage::RecordedNeed &r : recorded) {
        const bool noService = !answered(r.need, r.comune);
        // No service: everyone with the need there; else those who met no answer.
        const qint64 people = noService ? r.people : r.peopleWithoutAnswer;
        if (people > 0)
            unmet.append({r.need, r.comune, people, noService, r.peopleWithoutAnswer > 0});
    }
    std::stable_sort(unmet.begin(), unmet.end(),
                     [](const reports::UnmetNeed &a, const reports::UnmetNeed &b) {
                         return a.people > b.people;
                     });
    return unmet;
}

std::optional<double> median(QList<qint64> values)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 ? double(values.at(mid))
                             : (double(values.at(mid - 1)) + double(values.at(mid))) / 2.0;
}

} // namespace

ReportService::ReportService(const ServiceContext &context)
    : m_context(context)
{ }

Status ReportService::authorize(const security::Actor &actor) const
{
    return Authorizer(m_context).require(actor, security::Permission::ViewReports, u"report"_s, {});
}

Result<reports::DeskReport> ReportService::deskReport(const security::Actor &actor,
                                                      const reports::Period &period,
                                                      const Progress &progress) const
{
    if (auto allowed = authorize(actor); !allowed)
        return allowed.error();
    return deskReportAsSystem(period, progress);
}

Result<reports::DeskReport> ReportService::deskReportAsSystem(const reports::Period &period,
                                                              const Progress &progress) const
{
    if (!period.isValid())
        return makeError(ErrorCode::InvalidArgument, u"period"_s, {u"period"_s});
    reports::DeskReport report;
    report.period = period;
    report.previousPeriod = period.previous();
    const QDate today = m_context.clock.today();
    storage::ReportQueries queries(m_context.database);
    // Both periods' statements, then the unmet needs' two.
    constexpr int total = 2 * storage::ReportQueries::kSteps + 2;
    int done = 0;
    const storage::ReportQueries::Step step = [&] {
        return !progress || progress(done++, total);
    };
    auto current = queries.count(period.from, period.to, today, kTopServices, step);
    if (!current)
        return current.error();
    auto previous = queries.count(report.previousPeriod.from, report.previousPeriod.to, today,
                                  kTopServices, step);
    if (!previous)
        return previous.error();
    const auto figure = [](qint64 a, qint64 b) {
        return reports::Figure {a, b};
    };
    report.sessions = figure(current->sessions, previous->sessions);
    report.anonymousSessions = figure(current->anonymousSessions, previous->anonymousSessions);
    report.people = figure(current->people, previous->people);
    report.newPeople = figure(current->newPeople, previous->newPeople);
    report.returningPeople
        = figure(current->people - current->newPeople, previous->people - previous->newPeople);
    report.referrals = figure(current->referrals, previous->referrals);
    report.referralsWithoutAnswer
        = figure(current->referralsWithoutAnswer, previous->referralsWithoutAnswer);
    report.takenOver = figure(current->daysToTakeOver.size(), previous->daysToTakeOver.size());
    report.medianDaysToTakeOver = median(current->daysToTakeOver);
    report.previousMedianDaysToTakeOver = median(previous->daysToTakeOver);
    report.followUpsDone = figure(current->followUpsDone, previous->followUpsDone);
    report.followUpsOverdue = figure(current->followUpsOverdue, previous->followUpsOverdue);

    current->tables.insert(u"people.age"_s,
                           ageBands(current->tables.value(u"people.birth_year"_s), period.to));
    previous->tables.insert(
        u"people.age"_s,
        ageBands(previous->tables.value(u"people.birth_year"_s), report.previousPeriod.to));
    for (const QString &id :
         {u"sessions.type"_s, u"sessions.channel"_s, u"sessions.month"_s, u"needs.macro"_s,
          u"needs.micro"_s, u"services.top"_s, u"services.category"_s, u"referrals.destination"_s,
          u"referrals.state"_s, u"referrals.outcome"_s, u"facilitation.ambito"_s,
          u"facilitation.kind"_s, u"facilitation.goal"_s, u"people.age"_s, u"people.gender"_s,
          u"people.citizenship"_s, u"people.comune"_s}) {
        reports::Breakdown breakdown
            = merge(id, current->tables.value(id), previous->tables.value(id));
        if (id == u"services.top") {
            for (const QString &uid : std::as_const(breakdown.codes))
                breakdown.labels.append(current->serviceNames.value(uid, uid));
        }
        report.breakdowns.append(std::move(breakdown));
    }
    if (!step())
        return makeError(ErrorCode::Cancelled, u"report cancelled"_s);
    auto recorded = queries.recordedNeeds(period.from, period.to);
    if (!recorded)
        return recorded.error();
    if (!step())
        return makeError(ErrorCode::Cancelled, u"report cancelled"_s);
    auto services = queries.activeServices();
    if (!services)
        return services.error();
    report.unmetNeeds = unmetNeeds(*recorded, *services);
    if (progress)
        progress(total, total);
    return report;
}

Result<reports::CaritasReport>
ReportService::caritasReportAsSystem(const reports::Period &period) const
{
    if (!period.isValid())
        return makeError(ErrorCode::InvalidArgument, u"period"_s, {u"period"_s});
    QList<std::pair<QString, QString>> caritasOf;
    for (const QString &macro : codesOf(people::Vocabulary::needs(), 0))
        caritasOf.append({macro, reports::caritasMacro(macro)});
    storage::ReportQueries queries(m_context.database);
    reports::CaritasReport report;
    report.period = period;
    const auto grid
        = [&](const QString &column, const QStringList &columns,
              const std::function<int(const QString &)> &columnOf) -> Result<reports::CodedGrid> {
        auto rows = queries.caritasPeople(period.from, period.to, caritasOf, column);
        if (!rows)
            return rows.error();
        reports::CodedGrid g;
        g.rows = reports::caritasMacros();
        g.columns = columns;
        g.cells = QList<QList<qint64>>(g.rows.size(), QList<qint64>(columns.size(), 0));
        for (const storage::CodedCount &c : std::as_const(*rows)) {
            const qsizetype row = g.rows.indexOf(c.first);
            if (row >= 0)
                g.cells[row][columnOf(c.second)] += c.people;
        }
        return g;
    };
    auto byGender = grid(u"gender"_s, {u"Femmine"_s, u"Maschi"_s, u"Altro o non rilevato"_s},
                         [](const QString &g) { return g == u"F" ? 0 : (g == u"M" ? 1 : 2); });
    if (!byGender)
        return byGender.error();
    auto byCitizenship = grid(
        u"citizenship"_s, {u"Italiani"_s, u"Stranieri"_s, u"Non rilevata"_s},
        [](const QString &c) { return c == u"IT" ? 0 : (c == u"UE" || c == u"EXTRA_UE" ? 1 : 2); });
    if (!byCitizenship)
        return byCitizenship.error();
    report.byGender = *byGender;
    report.byCitizenship = *byCitizenship;
    return report;
}

Result<reports::FacilitaReport>
ReportService::facilitaReportAsSystem(const reports::Period &period) const
{
    if (!period.isValid())
        return makeError(ErrorCode::InvalidArgument, u"period"_s, {u"period"_s});
    storage::ReportQueries queries(m_context.database);
    reports::FacilitaReport report;
    report.period = period;
    struct Spec
    {
        QString id;
        QString column;
        QString categories; // facilitaCategories() key; empty: the desk's own codes
        std::function<QString(const QString &)> map;
    };
    const QList<Spec> specs {
        {u"facilita.age"_s, u"birth_year"_s, u"age"_s,
         [&period](const QString &year) {
             const int y = year.toInt();
             return reports::facilitaAgeBand(y > 0 ? period.to.year() - y : -1);
         }},
        {u"facilita.gender"_s, u"gender"_s, u"gender"_s, reports::facilitaGender},
        {u"facilita.education"_s, u"education"_s, u"education"_s, reports::facilitaEducation},
        {u"facilita.employment"_s, u"employment"_s, u"employment"_s, reports::facilitaEmployment},
        {u"facilita.service"_s, u"kind"_s, u"service"_s, reports::facilitaServiceType},
        {u"facilita.ambito"_s, u"ambito"_s, QString(),
         [](const QString &code) {
             return code;
         }},
    };
    for (const Spec &spec : specs) {
        auto rows = queries.facilitation(period.from, period.to, spec.column);
        if (!rows)
            return rows.error();
        reports::Breakdown breakdown;
        breakdown.id = spec.id;
        const QStringList order = spec.categories.isEmpty()
            ? codesOf(people::Vocabulary::digitalAmbiti())
            : reports::facilitaCategories(spec.categories);
        for (const QString &category : order)
            breakdown.add(category, {});
        for (const storage::CodedCount &c : std::as_const(*rows))
            breakdown.add(spec.map(c.first), {c.people, 0});
        report.breakdowns.append(breakdown);
    }
    return report;
}

} // namespace sportello::services
