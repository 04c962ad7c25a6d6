// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/districttext.h"

#include "people/vocabulary.h"
#include "referrals/referralstate.h"
#include "text/peopletext.h"
#include "text/referraltext.h"
#include "wire/record.h"

#include <QDate>
#include <QLocale>

using namespace Qt::StringLiterals;
using sportello::reports::CsvValue;

namespace sportello::text {

namespace {

QString monthName(const QString &month)
{
    const QDate day = QDate::fromString(month + u"-01"_s, u"yyyy-MM-dd"_s);
    return day.isValid() ? QLocale().toString(day, u"MMMM yyyy"_s) : month;
}

// The label of a destination type, of a comune, of a code of the record's vocabularies.
QString destination(const QString &code)
{
    return code == QLatin1StringView(wire::kNotStated) ? DistrictText::tr("Not stated")
                                                       : ReferralText::destinationLabel(code);
}

QString comune(const QString &code)
{
    if (code == QLatin1StringView(wire::kOutsideDistrict))
        return DistrictText::tr("Outside the district");
    if (code == QLatin1StringView(wire::kNotStated))
        return DistrictText::tr("Not stated");
    const QString label = PeopleText::term(people::Vocabulary::residences(), code);
    return label == code ? code : u"%1 (%2)"_s.arg(label, code);
}

} // namespace

QString DistrictText::title(const QString &id)
{
    if (id == u"referrals.desk")
        return tr("Referrals by desk and month");
    if (id == u"referrals.comune")
        return tr("Referrals by comune of residence and destination");
    if (id == u"referrals.state")
        return tr("Referrals by destination and state");
    if (id == u"referrals.outcome")
        return tr("Closed referrals by destination and final outcome");
    if (id == u"closedloop.destination")
        return tr("Closed loop: referrals sent, answered and taken over, by destination");
    if (id == u"closedloop.days")
        return tr("Days from sending to take-over, by destination");
    if (id == u"needs.comune")
        return tr("Need areas of the referrals by comune of residence");
    if (id == u"people.age")
        return tr("Referrals by age band and destination");
    if (id == u"people.gender")
        return tr("Referrals by gender and destination");
    if (id == u"people.citizenship")
        return tr("Referrals by citizenship and destination");
    return id;
}

QString DistrictText::rowLabel(const QString &id, const QString &code)
{
    if (code == QLatin1StringView(wire::kNotStated) && id != u"referrals.comune"
        && id != u"needs.comune")
        return tr("Not stated");
    if (id == u"referrals.desk")
        return code;
    if (id == u"referrals.comune")
        return comune(code);
    if (id == u"needs.comune")
        return PeopleText::need(code);
    if (id == u"people.age")
        return code;
    if (id == u"people.gender")
        return PeopleText::term(people::Vocabulary::genders(), code.toUpper());
    if (id == u"people.citizenship")
        return PeopleText::term(people::Vocabulary::citizenships(), code);
    return destination(code);
}

QString DistrictText::columnLabel(const QString &id, const QString &code)
{
    if (id == u"referrals.desk") { // twelve columns or more: "gen 2026"
        const QDate day = QDate::fromString(code + u"-01"_s, u"yyyy-MM-dd"_s);
        return day.isValid() ? QLocale().toString(day, u"MMM yyyy"_s) : code;
    }
    if (id == u"needs.comune")
        return comune(code);
    if (id == u"referrals.state") {
        referrals::State state = referrals::State::Bozza;
        return referrals::stateFromCode(code, &state) ? ReferralText::stateLabel(state) : code;
    }
    if (id == u"referrals.outcome")
        return ReferralText::finalOutcomeLabel(code);
    if (id == u"closedloop.destination") {
        if (code == u"INVIATE")
            return tr("Sent");
        if (code == u"RISPOSTE")
            return tr("Answered");
        if (code == u"PRESE_IN_CARICO")
            return tr("Taken over");
        return code;
    }
    if (id == u"closedloop.days")
        return tr("%1 days").arg(code);
    return destination(code);
}

QString DistrictText::months(const reports::MonthRange &months)
{
    return tr("%1 – %2").arg(monthName(months.from), monthName(months.to));
}

QList<ReportCsv::Section> DistrictText::sections(const reports::DistrictReport &report)
{
    QList<ReportCsv::Section> all;
    all.append({QString(),
                {{tr("District report"), report.district},
                 {tr("Months"), months(report.months)},
                 {tr("Desks of the network"), CsvValue::count(report.desks)},
                 {tr("Source"),
                  tr("the anonymized referral records the desks sent to the hub; "
                     "a record carries its month, not its day")}}});

    // The closed loop in short: the share answered from the counts shown, the median band
    // only where enough referrals were taken over.
    if (const reports::PublishedTable *loop = report.table(u"closedloop.destination"_s)) {
        ReportCsv::Section summary {u"closedloop.summary"_s, {}};
        summary.rows.append(
            {tr("Closed loop"), tr("Share answered"), tr("Median days to take-over")});
        const auto add = [&](const QString &label, const std::optional<qint64> &sent,
                             const std::optional<qint64> &answered, const QString &medianKey) {
            CsvValue share = ReportCsv::cell(std::nullopt);
            if (sent == qint64(0))
                share = CsvValue(tr("none sent"));
            else if (sent && answered)
                share
                    = CsvValue(QLocale().toString(100.0 * double(*answered) / double(*sent), 'f', 0)
                               + u" %"_s);
            const QString median = report.medianTakeOver.value(medianKey);
            summary.rows.append({label, share,
                                 median.isEmpty() ? ReportCsv::cell(std::nullopt)
                                                  : CsvValue(tr("%1 days").arg(median))});
        };
        for (int r = 0; r < loop->rows.size(); ++r) {
            if (loop->cell(r, 0) == qint64(0))
                continue; // a destination nobody was sent to
            add(destination(loop->rows.at(r)), loop->cell(r, 0), loop->cell(r, 1),
                loop->rows.at(r));
        }
        add(tr("All destinations"), loop->columnTotal(0), loop->columnTotal(1), QString());
        all.append(summary);
    }

    for (const reports::PublishedTable &table : report.tables) {
        ReportCsv::Section section {table.id, {}};
        QList<CsvValue> heading {title(table.id)};
        for (const QString &column : table.columns)
            heading.append(columnLabel(table.id, column));
        if (table.rowTotals)
            heading.append(tr("Total"));
        section.rows.append(heading);
        for (qsizetype r = 0; r < table.values.size(); ++r) {
            const bool totals = r == table.rows.size();
            QList<CsvValue> row {totals ? tr("Total") : rowLabel(table.id, table.rows.at(r))};
            for (const std::optional<qint64> &value : table.values.at(r))
                row.append(ReportCsv::cell(value));
            section.rows.append(row);
        }
        all.append(section);
    }
    all.append({QString(), {{ReportCsv::hiddenNote(report.threshold)}}});
    return all;
}

QByteArray DistrictText::csv(const reports::DistrictReport &report)
{
    return ReportCsv::bytes(sections(report));
}

} // namespace sportello::text
