// SPDX-License-Identifier: GPL-3.0-or-later
#include "hub/sqlstore.h"
#include "people/vocabulary.h"
#include "referrals/referralstate.h"
#include "wire/record.h"

#include <QHash>

using namespace Qt::StringLiterals;

// The district report's counts: three GROUP BY passes over the referrals of the months (the
// coded fields have columns of their own, migration 0003), folded into the report's tables.
namespace sportello::hub::detail {

namespace {

using reports::CountTable;

const QString kNotStated = QString::fromLatin1(wire::kNotStated);

// The codes of a table's rows or columns: the vocabulary's, in its order, then any other code
// met (ND last). With `all` every code of the vocabulary, so that a short table keeps its shape
// whatever the months hold; without, only those met (a long vocabulary, as the destinations).
QStringList ordered(const QStringList &vocabulary, const QSet<QString> &met, bool all = true)
{
    QStringList codes;
    for (const QString &code : vocabulary) {
        if (all || met.contains(code))
            codes.append(code);
    }
    QStringList others;
    for (const QString &code : met) {
        if (!codes.contains(code) && code != kNotStated)
            others.append(code);
    }
    others.sort();
    codes += others;
    if (met.contains(kNotStated) && !codes.contains(kNotStated))
        codes.append(kNotStated);
    return codes;
}

// Counts by (row code, column code), then laid out as a table.
class Tally
{
public:
    void add(const QString &row, const QString &column, qint64 count)
    {
        m_counts[{row, column}] += count;
        m_rows.insert(row);
        m_columns.insert(column);
    }
    [[nodiscard]] const QSet<QString> &rows() const { return m_rows; }
    [[nodiscard]] const QSet<QString> &columns() const { return m_columns; }

    [[nodiscard]] CountTable table(const QString &id, const QStringList &rows,
                                   const QStringList &columns, bool rowTotals = true) const
    {
        CountTable table;
        table.id = id;
        table.rows = rows;
        table.columns = columns;
        table.grid.rowTotals = rowTotals;
        for (const QString &row : rows) {
            QList<qint64> line;
            line.reserve(columns.size());
            for (const QString &column : columns)
                line.append(m_counts.value({row, column}));
            table.grid.cells.append(line);
        }
        return table;
    }

private:
    QHash<std::pair<QString, QString>, qint64> m_counts;
    QSet<QString> m_rows;
    QSet<QString> m_columns;
};

QStringList stateCodes()
{
    QStringList codes;
    for (const referrals::State state : referrals::allStates()) {
        if (state != referrals::State::Bozza)
            codes.append(referrals::stateCode(state));
    }
    return codes;
}

QStringList macroNeeds()
{
    QStringList codes;
    for (const auto &term : people::Vocabulary::needs()) {
        if (term.group == 0) // a macro-voce
            codes.append(QString::fromLatin1(term.code));
    }
    return codes;
}

const QString kSent = u"INVIATE"_s;
const QString kAnswered = u"RISPOSTE"_s;
const QString kTakenOver = u"PRESE_IN_CARICO"_s;

} // namespace

Result<reports::DistrictCounts> SqlStore::districtCounts(const reports::MonthRange &months)
{
    if (!months.isValid())
        return makeError(ErrorCode::InvalidArgument, u"months"_s, {months.from, months.to});
    reports::DistrictCounts counts;
    counts.months = months;
    auto district = this->district();
    if (!district)
        return district.error();
    counts.district = district->name;

    if (auto began = m_backend.beginSnapshot(); !began)
        return began.error();
    auto fail = [this](Error error) -> Result<reports::DistrictCounts> {
        m_backend.rollback();
        return error;
    };
    // A draft is not a referral yet: it counts nowhere.
    const QString where = u" WHERE r.anno_mese >= ? AND r.anno_mese <= ? AND r.stato <> 'BOZZA'"_s;
    const QVariantList range {months.from, months.to};

    // Every desk, revoked ones too: their referrals count.
    Tally byDesk;
    QStringList deskNames;
    QHash<QString, QString> names; // by id
    {
        auto desks = m_backend.run(u"SELECT id, name FROM desks ORDER BY name"_s);
        if (!desks)
            return fail(desks.error());
        while (desks->next()) {
            names.insert(desks->value(0).toString(), desks->value(1).toString());
            deskNames.append(desks->value(1).toString());
        }
        counts.desks = deskNames.size();
    }

    // Where the people live, where they were sent, what became of it, and from which desk in
    // which month, in one pass. The columns go in the order of SQLite's report index, so that
    // it groups as it reads, with no sort.
    Tally comuneDest, destState, destOutcome, loop, days;
    QHash<QString, QList<qint64>> bands;
    const QStringList &bandCodes = wire::daysToTakeOverBands();
    {
        const QString columns = u"r.anno_mese, r.comune, r.dest_tipo, r.stato, r.esito, r.giorni,"
                                " r.answered, r.origin_desk"_s;
        auto rows = m_backend.run(u"SELECT "_s + columns + u", COUNT(*) FROM referrals r"_s + where
                                      + u" GROUP BY "_s + columns,
                                  range);
        if (!rows)
            return fail(rows.error());
        while (rows->next()) {
            const QString comune = rows->value(1).toString();
            const QString dest = rows->value(2).toString();
            const QString state = rows->value(3).toString();
            const QVariant outcome = rows->value(4);
            const QVariant band = rows->value(5);
            const bool answered = rows->value(6).toInt() != 0 || decisions().contains(state);
            const qint64 n = rows->value(8).toLongLong();
            byDesk.add(names.value(rows->value(7).toString()), rows->value(0).toString(), n);
            comuneDest.add(comune, dest, n);
            destState.add(dest, state, n);
            if (!outcome.isNull())
                destOutcome.add(dest, outcome.toString(), n);
            if (state == u"ANNULLATA")
                continue;
            loop.add(dest, kSent, n);
            if (answered)
                loop.add(dest, kAnswered, n);
            if (!band.isNull() && bandCodes.contains(band.toString())) {
                loop.add(dest, kTakenOver, n);
                days.add(dest, band.toString(), n);
                QList<qint64> &perBand = bands[dest];
                perBand.resize(bandCodes.size());
                perBand[bandCodes.indexOf(band.toString())] += n;
            }
        }
    }

    // For whom.
    Tally age, gender, citizenship;
    {
        auto rows = m_backend.run(
            u"SELECT r.dest_tipo, r.fascia_eta, r.genere, r.cittadinanza, COUNT(*)"
            " FROM referrals r"_s
                + where + u" GROUP BY r.dest_tipo, r.fascia_eta, r.genere, r.cittadinanza"_s,
            range);
        if (!rows)
            return fail(rows.error());
        while (rows->next()) {
            const QString dest = rows->value(0).toString();
            const qint64 n = rows->value(4).toLongLong();
            age.add(rows->value(1).toString(), dest, n);
            gender.add(rows->value(2).toString(), dest, n);
            citizenship.add(rows->value(3).toString(), dest, n);
        }
    }

    // Which needs, where: a referral counts once under each of its need areas.
    Tally needs;
    const QStringList needCodes = macroNeeds();
    {
        auto rows = m_backend.run(u"SELECT r.bisogni, r.comune, COUNT(*) FROM referrals r"_s + where
                                      + u" GROUP BY r.bisogni, r.comune"_s,
                                  range);
        if (!rows)
            return fail(rows.error());
        while (rows->next()) {
            const QStringList areas = rows->value(0).toString().split(u',', Qt::SkipEmptyParts);
            for (const QString &area : areas)
                needs.add(area, rows->value(1).toString(), rows->value(2).toLongLong());
        }
    }
    if (auto committed = m_backend.commit(); !committed)
        return committed.error();

    QStringList comuni = district->comuni;
    comuni.append(QString::fromLatin1(wire::kOutsideDistrict));
    const QStringList comuneRows = ordered(comuni, comuneDest.rows());
    const QStringList dests
        = ordered(referrals::destinationTypes(),
                  comuneDest.columns() + destState.rows() + age.columns(), false);
    counts.tables = {
        byDesk.table(u"referrals.desk"_s, ordered(deskNames, byDesk.rows()), months.months()),
        comuneDest.table(u"referrals.comune"_s, comuneRows, dests),
        destState.table(u"referrals.state"_s, dests,
                        ordered(stateCodes(), destState.columns(), false)),
        destOutcome.table(u"referrals.outcome"_s, dests,
                          ordered(referrals::finalOutcomes(), destOutcome.columns(), false)),
        // Answered and taken over are parts of sent: a row total would add them up.
        loop.table(u"closedloop.destination"_s, dests, {kSent, kAnswered, kTakenOver}, false),
        days.table(u"closedloop.days"_s, dests, bandCodes),
        needs.table(u"needs.comune"_s, ordered(needCodes, needs.rows()),
                    ordered(comuni, needs.columns())),
        age.table(u"people.age"_s, ordered(wire::ageBands(), age.rows()), dests),
        gender.table(u"people.gender"_s, ordered(wire::genders(), gender.rows()), dests),
        citizenship.table(u"people.citizenship"_s,
                          ordered(wire::citizenshipGroups(), citizenship.rows()), dests),
    };
    for (auto it = bands.cbegin(); it != bands.cend(); ++it)
        counts.takeOverBands.insert(it.key(), it.value());
    return counts;
}

} // namespace sportello::hub::detail
