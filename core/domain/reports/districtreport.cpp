// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/districtreport.h"

#include "wire/record.h"

#include <QDate>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace sportello::reports {

namespace {

constexpr int kMaxMonths = 120; // ten years in one report at most
constexpr int kMaxCodes = 1000; // rows or columns of one table

QDate firstDay(const QString &month)
{
    return QDate::fromString(month + u"-01"_s, u"yyyy-MM-dd"_s);
}

QJsonValue jsonCount(const std::optional<qint64> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonArray jsonStrings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

// Reads a list of codes: every one a non-empty string of at most 64 characters.
std::optional<QStringList> codes(const QJsonValue &value)
{
    if (!value.isArray() || value.toArray().size() > kMaxCodes)
        return std::nullopt;
    QStringList list;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString() || item.toString().isEmpty() || item.toString().size() > 64)
            return std::nullopt;
        list.append(item.toString());
    }
    return list;
}

// A count or null; anything else (a negative, a fraction, text) is an error.
bool readCount(const QJsonValue &value, std::optional<qint64> *count)
{
    if (value.isNull()) {
        *count = std::nullopt;
        return true;
    }
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    if (number < 0 || number > 9.0e15 || number != double(qint64(number)))
        return false;
    *count = qint64(number);
    return true;
}

std::variant<PublishedTable, QString> tableFromJson(const QJsonValue &value, const QString &at)
{
    const QJsonObject object = value.toObject();
    if (!value.isObject() || !object.value(u"id"_s).isString())
        return u"%1: not a table with an id"_s.arg(at);
    PublishedTable table;
    table.id = object.value(u"id"_s).toString();
    const auto rows = codes(object.value(u"rows"_s));
    const auto columns = codes(object.value(u"columns"_s));
    if (!rows || !columns)
        return u"%1: rows and columns must be lists of codes"_s.arg(at);
    table.rows = *rows;
    table.columns = *columns;
    if (!object.value(u"row_totals"_s).isBool() || !object.value(u"column_totals"_s).isBool())
        return u"%1: row_totals and column_totals must be true or false"_s.arg(at);
    table.rowTotals = object.value(u"row_totals"_s).toBool();
    table.columnTotals = object.value(u"column_totals"_s).toBool();
    const qsizetype height = table.rows.size() + (table.columnTotals ? 1 : 0);
    const qsizetype width = table.columns.size() + (table.rowTotals ? 1 : 0);
    const QJsonArray values = object.value(u"values"_s).toArray();
    if (values.size() != height)
        return u"%1.values: %2 rows expected"_s.arg(at).arg(height);
    for (qsizetype r = 0; r < height; ++r) {
        const QJsonArray line = values.at(r).toArray();
        if (line.size() != width)
            return u"%1.values[%2]: %3 values expected"_s.arg(at).arg(r).arg(width);
        QList<std::optional<qint64>> read;
        for (const QJsonValue &item : line) {
            std::optional<qint64> count;
            if (!readCount(item, &count))
                return u"%1.values[%2]: a count or null expected"_s.arg(at).arg(r);
            read.append(count);
        }
        table.values.append(read);
    }
    return table;
}

} // namespace

bool MonthRange::isValid() const
{
    const QDate first = firstDay(from);
    const QDate last = firstDay(to);
    if (!first.isValid() || !last.isValid() || first > last)
        return false;
    const int span = (last.year() - first.year()) * 12 + last.month() - first.month() + 1;
    return span <= kMaxMonths;
}

QStringList MonthRange::months() const
{
    QStringList list;
    if (!isValid())
        return list;
    for (QDate month = firstDay(from); month <= firstDay(to); month = month.addMonths(1))
        list.append(month.toString(u"yyyy-MM"_s));
    return list;
}

std::optional<QString> MonthRange::monthOf(const QString &text)
{
    static const QRegularExpression pattern(u"^(\\d{4})-(\\d{2})(-\\d{2})?$"_s);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QDate day
        = match.capturedLength(3) > 0 ? QDate::fromString(text, u"yyyy-MM-dd"_s) : firstDay(text);
    if (!day.isValid())
        return std::nullopt;
    return day.toString(u"yyyy-MM"_s);
}

const QStringList &districtTableIds()
{
    static const QStringList ids {
        u"referrals.desk"_s, // desk × month
        u"referrals.comune"_s, // comune of residence × destination type
        u"referrals.state"_s, // destination type × state
        u"referrals.outcome"_s, // destination type × final outcome
        u"closedloop.destination"_s, // destination type × sent, answered, taken over
        u"closedloop.days"_s, // destination type × band of days to take-over
        u"needs.comune"_s, // need area × comune of residence
        u"people.age"_s, // age band × destination type
        u"people.gender"_s, // gender × destination type
        u"people.citizenship"_s, // citizenship group × destination type
    };
    return ids;
}

std::optional<qint64> PublishedTable::cell(int row, int column) const
{
    return values.value(row).value(column);
}

std::optional<qint64> PublishedTable::rowTotal(int row) const
{
    return rowTotals ? values.value(row).value(columns.size()) : std::nullopt;
}

std::optional<qint64> PublishedTable::columnTotal(int column) const
{
    return columnTotals ? values.value(rows.size()).value(column) : std::nullopt;
}

std::optional<qint64> PublishedTable::grandTotal() const
{
    return rowTotals && columnTotals ? values.value(rows.size()).value(columns.size())
                                     : std::nullopt;
}

PublishedTable publish(const CountTable &table, int threshold)
{
    PublishedTable published;
    published.id = table.id;
    published.rows = table.rows;
    published.columns = table.columns;
    published.rowTotals = table.grid.rowTotals;
    published.columnTotals = table.grid.columnTotals;
    if (table.rows.isEmpty()) {
        // No row: only the column totals, every one zero.
        if (published.columnTotals) {
            published.values.append(QList<std::optional<qint64>>(
                table.columns.size() + (published.rowTotals ? 1 : 0), qint64(0)));
        }
        return published;
    }
    published.values = publishedValues(table.grid, threshold);
    return published;
}

const PublishedTable *DistrictReport::table(const QString &id) const
{
    for (const PublishedTable &t : tables) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

std::optional<QString> medianBand(const QList<qint64> &perBand)
{
    qint64 total = 0;
    for (const qint64 count : perBand)
        total += count;
    if (total <= 0)
        return std::nullopt;
    const QStringList &bands = wire::daysToTakeOverBands();
    // The lower median: the band of the ((total + 1) / 2)-th referral in order of days.
    const qint64 rank = (total + 1) / 2;
    qint64 seen = 0;
    for (qsizetype i = 0; i < perBand.size() && i < bands.size(); ++i) {
        seen += perBand.at(i);
        if (seen >= rank)
            return bands.at(i);
    }
    return std::nullopt;
}

DistrictReport publishDistrict(const DistrictCounts &counts, int threshold)
{
    DistrictReport report;
    report.district = counts.district;
    report.months = counts.months;
    report.threshold = clampThreshold(threshold);
    report.desks = counts.desks;
    for (const CountTable &table : counts.tables)
        report.tables.append(publish(table, report.threshold));
    QList<qint64> all(wire::daysToTakeOverBands().size(), 0);
    const auto median = [&](const QString &key, const QList<qint64> &perBand) {
        qint64 total = 0;
        for (const qint64 count : perBand)
            total += count;
        if (total >= report.threshold) {
            if (auto band = medianBand(perBand))
                report.medianTakeOver.insert(key, *band);
        }
    };
    for (auto it = counts.takeOverBands.cbegin(); it != counts.takeOverBands.cend(); ++it) {
        median(it.key(), it.value());
        for (qsizetype i = 0; i < it.value().size() && i < all.size(); ++i)
            all[i] += it.value().at(i);
    }
    median(QString(), all);
    return report;
}

QJsonObject toJson(const DistrictReport &report)
{
    QJsonArray tables;
    for (const PublishedTable &table : report.tables) {
        QJsonArray values;
        for (const auto &line : table.values) {
            QJsonArray row;
            for (const std::optional<qint64> &value : line)
                row.append(jsonCount(value));
            values.append(row);
        }
        tables.append(QJsonObject {{u"id"_s, table.id},
                                   {u"rows"_s, jsonStrings(table.rows)},
                                   {u"columns"_s, jsonStrings(table.columns)},
                                   {u"row_totals"_s, table.rowTotals},
                                   {u"column_totals"_s, table.columnTotals},
                                   {u"values"_s, values}});
    }
    QJsonObject medians;
    for (auto it = report.medianTakeOver.cbegin(); it != report.medianTakeOver.cend(); ++it)
        medians.insert(it.key().isEmpty() ? u"*"_s : it.key(), it.value());
    return {{u"district"_s, report.district},
            {u"from"_s, report.months.from},
            {u"to"_s, report.months.to},
            {u"threshold"_s, report.threshold},
            {u"desks"_s, report.desks},
            {u"tables"_s, tables},
            {u"median_days_to_take_over"_s, medians}};
}

std::variant<DistrictReport, QString> districtReportFromJson(const QJsonObject &json)
{
    DistrictReport report;
    if (!json.value(u"district"_s).isString())
        return u"district: a name expected"_s;
    report.district = json.value(u"district"_s).toString();
    report.months = {json.value(u"from"_s).toString(), json.value(u"to"_s).toString()};
    if (!report.months.isValid())
        return u"from, to: months YYYY-MM in order expected"_s;
    const int threshold = json.value(u"threshold"_s).toInt(0);
    if (threshold < kMinimumThreshold || threshold != json.value(u"threshold"_s).toDouble())
        return u"threshold: a whole number of at least %1 expected"_s.arg(kMinimumThreshold);
    report.threshold = threshold;
    std::optional<qint64> desks;
    if (!readCount(json.value(u"desks"_s), &desks) || !desks)
        return u"desks: a count expected"_s;
    report.desks = *desks;
    const QJsonValue tables = json.value(u"tables"_s);
    if (!tables.isArray() || tables.toArray().size() > 100)
        return u"tables: a list expected"_s;
    for (qsizetype i = 0; i < tables.toArray().size(); ++i) {
        auto table = tableFromJson(tables.toArray().at(i), u"tables[%1]"_s.arg(i));
        if (auto *error = std::get_if<QString>(&table))
            return *error;
        report.tables.append(std::get<PublishedTable>(std::move(table)));
    }
    const QJsonValue medians = json.value(u"median_days_to_take_over"_s);
    if (!medians.isObject())
        return u"median_days_to_take_over: an object expected"_s;
    const QJsonObject object = medians.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!wire::daysToTakeOverBands().contains(it.value().toString()))
            return u"median_days_to_take_over.%1: a band of days expected"_s.arg(it.key());
        report.medianTakeOver.insert(it.key() == u"*" ? QString() : it.key(),
                                     it.value().toString());
    }
    return report;
}

} // namespace sportello::reports
