// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogue/jsoncodec.h"

#include "catalogue/taxonomy.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace sportello::catalogue::json {

namespace {
QString at(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

QString field(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

QJsonArray arrayOf(const QJsonValue &value, const QString &path, QList<FieldProblem> &problems)
{
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isArray()) {
        problems.append({path, FieldProblem::ExpectedList, {}});
        return {};
    }
    return value.toArray();
}

QJsonObject objectOf(const QJsonValue &value, const QString &path, QList<FieldProblem> &problems)
{
    if (!value.isObject()) {
        problems.append({path, FieldProblem::ExpectedObject, {}});
        return {};
    }
    return value.toObject();
}

// Reads a list of objects, each with `readOne(object, path)`, collecting problems.
template<typename T, typename ReadOne>
QList<T> readList(const QJsonValue &value, const QString &path, QList<FieldProblem> &problems,
                  ReadOne readOne)
{
    QList<T> items;
    const QJsonArray array = arrayOf(value, path, problems);
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString p = at(path, i);
        items.append(readOne(objectOf(array.at(i), p, problems), p));
    }
    return items;
}

void putIfSet(QJsonObject &object, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}
} // namespace

QString readString(const QJsonObject &object, const QString &key, const QString &path,
                   QList<FieldProblem> &problems)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString()) {
        problems.append({field(path, key), FieldProblem::ExpectedText, {}});
        return {};
    }
    return value.toString();
}

bool readBool(const QJsonObject &object, const QString &key, const QString &path,
              QList<FieldProblem> &problems)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return false;
    if (!value.isBool()) {
        problems.append({field(path, key), FieldProblem::ExpectedBool, {}});
        return false;
    }
    return value.toBool();
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDate readDate(const QJsonObject &object, const QString &key, const QString &path,
               QList<FieldProblem> &problems)
{
    const QString text = readString(object, key, path, problems);
    if (text.isEmpty())
        return {};
    const QDate date = QDate::fromString(text, u"yyyy-MM-dd"_s);
    if (!date.isValid())
        problems.append({field(path, key), FieldProblem::InvalidDate, text});
    return date;
}

QTime readTime(const QJsonObject &object, const QString &key, const QString &path,
               QList<FieldProblem> &problems)
{
    const QString text = readString(object, key, path, problems);
    if (text.isEmpty())
        return {};
    QTime time = QTime::fromString(text, u"HH:mm"_s);
    if (!time.isValid())
        time = QTime::fromString(text, u"HH:mm:ss"_s);
    if (!time.isValid())
        problems.append({field(path, key), FieldProblem::InvalidTime, text});
    return time;
}

qint64 euroToCents(double euro)
{
    return static_cast<qint64>(std::llround(euro * 100.0));
}

double centsToEuro(qint64 cents)
{
    return static_cast<double>(cents) / 100.0;
}

QJsonArray writePhones(const QList<Phone> &phones)
{
    QJsonArray array;
    for (const Phone &phone : phones) {
        QJsonObject object {{u"number"_s, phone.number}, {u"type"_s, phone.type}};
        putIfSet(object, u"description"_s, phone.description);
        array.append(object);
    }
    return array;
}

QList<Phone> readPhones(const QJsonValue &value, const QString &path, QList<FieldProblem> &problems)
{
    return readList<Phone>(value, path, problems, [&](const QJsonObject &object, const QString &p) {
        Phone phone;
        phone.number = readString(object, u"number"_s, p, problems).trimmed();
        const QString type = readString(object, u"type"_s, p, problems);
        phone.type = type.isEmpty() ? u"voice"_s : type;
        phone.description = readString(object, u"description"_s, p, problems);
        if (phone.number.isEmpty())
            problems.append({field(p, u"number"_s), FieldProblem::Required, {}});
        return phone;
    });
}

QJsonArray writeContacts(const QList<Contact> &contacts)
{
    QJsonArray array;
    for (const Contact &contact : contacts) {
        QJsonObject object;
        putIfSet(object, u"name"_s, contact.name);
        putIfSet(object, u"title"_s, contact.title);
        putIfSet(object, u"department"_s, contact.department);
        putIfSet(object, u"email"_s, contact.email);
        if (!contact.phones.isEmpty())
            object.insert(u"phones"_s, writePhones(contact.phones));
        array.append(object);
    }
    return array;
}

QList<Contact> readContacts(const QJsonValue &value, const QString &path,
                            QList<FieldProblem> &problems)
{
    return readList<Contact>(
        value, path, problems, [&](const QJsonObject &object, const QString &p) {
            Contact contact;
            contact.name = readString(object, u"name"_s, p, problems);
            contact.title = readString(object, u"title"_s, p, problems);
            contact.department = readString(object, u"department"_s, p, problems);
            contact.email = readString(object, u"email"_s, p, problems);
            contact.phones = readPhones(object.value(u"phones"_s), field(p, u"phones"_s), problems);
            return contact;
        });
}

QJsonArray writeLanguages(const QList<Language> &languages)
{
    QJsonArray array;
    for (const Language &language : languages)
        array.append(QJsonObject {{u"code"_s, language.code}, {u"name"_s, language.name}});
    return array;
}

QList<Language> readLanguages(const QJsonValue &value, const QString &path,
                              QList<FieldProblem> &problems)
{
    return readList<
        Language>(value, path, problems, [&](const QJsonObject &object, const QString &p) {
        Language language {readString(object, u"code"_s, p, problems).toLower(),
                           readString(object, u"name"_s, p, problems)};
        if (language.code.size() < 2 || language.code.size() > 3)
            problems.append({field(p, u"code"_s), FieldProblem::InvalidLanguage, language.code});
        return language;
    });
}

QJsonArray writeChannels(const QList<Channel> &channels)
{
    QJsonArray array;
    for (const Channel &channel : channels) {
        QJsonObject object {{u"type"_s, Taxonomy::channelCode(channel.type)}};
        putIfSet(object, u"details"_s, channel.details);
        array.append(object);
    }
    return array;
}

QList<Channel> readChannels(const QJsonValue &value, const QString &path,
                            QList<FieldProblem> &problems)
{
    return readList<Channel>(
        value, path, problems, [&](const QJsonObject &object, const QString &p) {
            Channel channel;
            const QString type = readString(object, u"type"_s, p, problems);
            if (!Taxonomy::channelFromCode(type, &channel.type))
                problems.append({field(p, u"type"_s), FieldProblem::UnknownCode, type});
            channel.details = readString(object, u"details"_s, p, problems);
            return channel;
        });
}

QJsonArray writeCostOptions(const QList<CostOption> &options)
{
    QJsonArray array;
    for (const CostOption &cost : options) {
        QJsonObject object {{u"amount"_s, cost.amount}, {u"currency"_s, cost.currency}};
        putIfSet(object, u"option"_s, cost.option);
        putIfSet(object, u"amount_description"_s, cost.description);
        array.append(object);
    }
    return array;
}

QList<CostOption> readCostOptions(const QJsonValue &value, const QString &path,
                                  QList<FieldProblem> &problems)
{
    return readList<CostOption>(
        value, path, problems, [&](const QJsonObject &object, const QString &p) {
            CostOption cost;
            cost.option = readString(object, u"option"_s, p, problems);
            const QJsonValue amount = object.value(u"amount"_s);
            if (!amount.isUndefined() && !amount.isNull() && !amount.isDouble())
                problems.append({field(p, u"amount"_s), FieldProblem::ExpectedNumber, {}});
            cost.amount = amount.toDouble();
            if (cost.amount < 0)
                problems.append({field(p, u"amount"_s), FieldProblem::InvalidAmount, {}});
            const QString currency = readString(object, u"currency"_s, p, problems);
            cost.currency = currency.isEmpty() ? u"EUR"_s : currency;
            cost.description = readString(object, u"amount_description"_s, p, problems);
            return cost;
        });
}

QJsonObject writeRules(const EligibilityRules &rules)
{
    QJsonObject object;
    if (rules.minAge)
        object.insert(u"min_age"_s, *rules.minAge);
    if (rules.maxAge)
        object.insert(u"max_age"_s, *rules.maxAge);
    if (!rules.comuni.isEmpty())
        object.insert(u"comuni"_s, writeStrings(rules.comuni));
    if (rules.isee) {
        QJsonObject isee {{u"type"_s, Taxonomy::iseeTypeCode(rules.isee->type)},
                          {u"max"_s, centsToEuro(rules.isee->maxCents)}};
        putIfSet(isee, u"valid_from"_s, dateText(rules.isee->validFrom));
        if (rules.isee->altMaxCents > 0) {
            isee.insert(u"alt_max"_s, centsToEuro(rules.isee->altMaxCents));
            isee.insert(u"alt_min_children"_s, rules.isee->altMinChildren);
        }
        object.insert(u"isee"_s, isee);
    }
    if (rules.householdAny) {
        QJsonArray flags;
        for (int bit = 1; bit <= kAllHouseholdFlags; bit <<= 1) {
            if (rules.householdAny & bit)
                flags.append(Taxonomy::householdFlagCode(static_cast<HouseholdFlag>(bit)));
        }
        object.insert(u"household_any"_s, flags);
    }
    if (rules.minHouseholdSize > 0)
        object.insert(u"min_household_size"_s, rules.minHouseholdSize);
    if (rules.residencePermit)
        object.insert(u"residence_permit"_s, true);
    return object;
}

namespace {
std::optional<int> readOptionalInt(const QJsonObject &object, const QString &key,
                                   const QString &path, int min, int max,
                                   QList<FieldProblem> &problems)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    const double number = value.toDouble(-1.0);
    if (!value.isDouble() || number != std::floor(number) || number < min || number > max) {
        problems.append({field(path, key), FieldProblem::OutOfRange, u"%1–%2"_s.arg(min).arg(max)});
        return std::nullopt;
    }
    return static_cast<int>(number);
}

qint64 readMoney(const QJsonObject &object, const QString &key, const QString &path,
                 QList<FieldProblem> &problems)
{
    const QJsonValue value = object.value(key);
    if (!value.isDouble() || value.toDouble() < 0) {
        problems.append({field(path, key), FieldProblem::InvalidAmount, {}});
        return 0;
    }
    return euroToCents(value.toDouble());
}
} // namespace

EligibilityRules readRules(const QJsonValue &value, const QString &path,
                           QList<FieldProblem> &problems)
{
    EligibilityRules rules;
    if (value.isUndefined() || value.isNull())
        return rules;
    const QJsonObject object = objectOf(value, path, problems);
    rules.minAge = readOptionalInt(object, u"min_age"_s, path, 0, 130, problems);
    rules.maxAge = readOptionalInt(object, u"max_age"_s, path, 0, 130, problems);
    rules.comuni = readStrings(object.value(u"comuni"_s), field(path, u"comuni"_s), problems);
    if (object.contains(u"isee"_s)) {
        const QString p = field(path, u"isee"_s);
        const QJsonObject isee = objectOf(object.value(u"isee"_s), p, problems);
        IseeRule rule;
        const QString type = readString(isee, u"type"_s, p, problems);
        if (!type.isEmpty() && !Taxonomy::iseeTypeFromCode(type, &rule.type))
            problems.append({field(p, u"type"_s), FieldProblem::UnknownCode, type});
        rule.maxCents = readMoney(isee, u"max"_s, p, problems);
        rule.validFrom = readDate(isee, u"valid_from"_s, p, problems);
        if (isee.contains(u"alt_max"_s)) {
            rule.altMaxCents = readMoney(isee, u"alt_max"_s, p, problems);
            rule.altMinChildren
                = readOptionalInt(isee, u"alt_min_children"_s, p, 1, 20, problems).value_or(1);
        }
        rules.isee = rule;
    }
    const QStringList flags
        = readStrings(object.value(u"household_any"_s), field(path, u"household_any"_s), problems);
    for (const QString &flag : flags) {
        const int bit = Taxonomy::householdFlagFromCode(flag);
        if (bit == 0)
            problems.append({field(path, u"household_any"_s), FieldProblem::UnknownCode, flag});
        rules.householdAny |= bit;
    }
    rules.minHouseholdSize
        = readOptionalInt(object, u"min_household_size"_s, path, 1, 30, problems).value_or(0);
    rules.residencePermit = readBool(object, u"residence_permit"_s, path, problems);
    return rules;
}

QJsonObject writeSchedule(const WeeklySchedule &schedule)
{
    QJsonObject object {{u"freq"_s, u"WEEKLY"_s},
                        {u"byday"_s, byDayFromWeekdays(schedule.weekdays)},
                        {u"opens_at"_s, schedule.opensAt.toString(u"HH:mm"_s)},
                        {u"closes_at"_s, schedule.closesAt.toString(u"HH:mm"_s)}};
    putIfSet(object, u"valid_from"_s, dateText(schedule.validFrom));
    putIfSet(object, u"valid_to"_s, dateText(schedule.validTo));
    putIfSet(object, u"description"_s, schedule.description);
    return object;
}

WeeklySchedule readSchedule(const QJsonValue &value, const QString &path,
                            QList<FieldProblem> &problems)
{
    const QJsonObject object = objectOf(value, path, problems);
    WeeklySchedule schedule;
    const QString freq = readString(object, u"freq"_s, path, problems);
    if (!freq.isEmpty() && freq.toUpper() != u"WEEKLY"_s)
        problems.append({field(path, u"freq"_s), FieldProblem::Unsupported, freq});
    const QString byDay = readString(object, u"byday"_s, path, problems);
    schedule.weekdays = weekdaysFromByDay(byDay);
    if (schedule.weekdays == 0)
        problems.append({field(path, u"byday"_s), FieldProblem::InvalidWeekdays, byDay});
    schedule.opensAt = readTime(object, u"opens_at"_s, path, problems);
    schedule.closesAt = readTime(object, u"closes_at"_s, path, problems);
    if (!schedule.opensAt.isValid() || !schedule.closesAt.isValid())
        problems.append({path, FieldProblem::ScheduleTimes, {}});
    else if (schedule.opensAt >= schedule.closesAt)
        problems.append({field(path, u"closes_at"_s), FieldProblem::ScheduleTimes, {}});
    schedule.validFrom = readDate(object, u"valid_from"_s, path, problems);
    schedule.validTo = readDate(object, u"valid_to"_s, path, problems);
    if (schedule.validFrom.isValid() && schedule.validTo.isValid()
        && schedule.validTo < schedule.validFrom)
        problems.append({field(path, u"valid_to"_s), FieldProblem::DateOrder, {}});
    schedule.description = readString(object, u"description"_s, path, problems);
    return schedule;
}

QJsonObject writeException(const ScheduleException &exception)
{
    QJsonObject object {{u"date"_s, dateText(exception.day)}, {u"closed"_s, exception.closed}};
    if (!exception.closed) {
        object.insert(u"opens_at"_s, exception.opensAt.toString(u"HH:mm"_s));
        object.insert(u"closes_at"_s, exception.closesAt.toString(u"HH:mm"_s));
    }
    putIfSet(object, u"note"_s, exception.note);
    return object;
}

ScheduleException readException(const QJsonValue &value, const QString &path,
                                QList<FieldProblem> &problems)
{
    const QJsonObject object = objectOf(value, path, problems);
    ScheduleException exception;
    exception.day = readDate(object, u"date"_s, path, problems);
    if (!exception.day.isValid())
        problems.append({field(path, u"date"_s), FieldProblem::Required, {}});
    exception.closed = object.value(u"closed"_s).toBool(true);
    if (!exception.closed) {
        exception.opensAt = readTime(object, u"opens_at"_s, path, problems);
        exception.closesAt = readTime(object, u"closes_at"_s, path, problems);
        if (!(exception.opensAt.isValid() && exception.closesAt.isValid()
              && exception.opensAt < exception.closesAt))
            problems.append({path, FieldProblem::ScheduleTimes, {}});
    }
    exception.note = readString(object, u"note"_s, path, problems);
    return exception;
}

QJsonArray writeStrings(const QStringList &strings)
{
    return QJsonArray::fromStringList(strings);
}

QStringList readStrings(const QJsonValue &value, const QString &path, QList<FieldProblem> &problems)
{
    QStringList strings;
    const QJsonArray array = arrayOf(value, path, problems);
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString())
            problems.append({at(path, i), FieldProblem::ExpectedText, {}});
        else
            strings.append(array.at(i).toString());
    }
    return strings;
}

} // namespace sportello::catalogue::json
