// SPDX-License-Identifier: GPL-3.0-or-later
#include "wire/record.h"

#include "people/vocabulary.h"
#include "referrals/referralstate.h"

#include <QJsonArray>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace sportello::wire {

namespace {

constexpr int kMaxNeeds = 20;
constexpr int kMaxCodeLength = 64;

const QString kNd = QString::fromLatin1(kNotStated);

using Check = std::function<std::optional<QString>(const QJsonValue &, const District &)>;

struct Field
{
    QString key;
    Check check;
};

std::optional<QString> expectString(const QJsonValue &value)
{
    if (!value.isString())
        return u"must be a string"_s;
    if (value.toString().size() > kMaxCodeLength)
        return u"is longer than %1 characters"_s.arg(kMaxCodeLength);
    return std::nullopt;
}

// A string that `accepts`; the checks are plain loops, not regular expressions: the hub runs
// them on every value of every event it receives.
Check matching(bool (*accepts)(QStringView), const char *what)
{
    const QString message = u"must be %1"_s.arg(QString::fromLatin1(what));
    return [accepts, message](const QJsonValue &value, const District &) -> std::optional<QString> {
        if (auto wrong = expectString(value))
            return wrong;
        if (!accepts(value.toString()))
            return message;
        return std::nullopt;
    };
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isAsciiLetterOrDigit(QChar c)
{
    return isDigit(c) || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// Letters, digits and the characters of `extra`, 1 to 64 of them.
bool isCode(QStringView text, QStringView extra)
{
    if (text.isEmpty() || text.size() > kMaxCodeLength)
        return false;
    return std::all_of(text.begin(), text.end(),
                       [extra](QChar c) { return isAsciiLetterOrDigit(c) || extra.contains(c); });
}

bool isDeskCode(QStringView text)
{
    return isCode(text, u"_.-");
}

// "YYYY-MM" with a month 01…12, or ND.
bool isYearMonth(QStringView text)
{
    if (text == QLatin1StringView(kNotStated))
        return true;
    if (text.size() != 7 || text.at(4) != u'-')
        return false;
    for (const qsizetype i : {0, 1, 2, 3, 5, 6}) {
        if (!isDigit(text.at(i)))
            return false;
    }
    const int month = text.sliced(5).toInt();
    return month >= 1 && month <= 12;
}

// A code of `vocabulary` or ND; `nullable` also takes null.
Check oneOf(std::function<bool(const QString &)> known, bool nullable = false)
{
    return [known = std::move(known), nullable](const QJsonValue &value,
                                                const District &) -> std::optional<QString> {
        if (nullable && value.isNull())
            return std::nullopt;
        if (auto wrong = expectString(value))
            return wrong;
        const QString code = value.toString();
        if (code != kNd && !known(code))
            return u"is not a code of its vocabulary"_s;
        return std::nullopt;
    };
}

Check listed(const QStringList &vocabulary, bool nullable = false)
{
    return oneOf([&vocabulary](const QString &code) { return vocabulary.contains(code); },
                 nullable);
}

std::optional<QString> checkComune(const QJsonValue &value, const District &district)
{
    if (auto wrong = expectString(value))
        return wrong;
    const QString code = value.toString();
    if (code == kNd || code == QString::fromLatin1(kOutsideDistrict))
        return std::nullopt;
    if (!isIstatCode(code))
        return u"must be an ISTAT code, FUORI_DISTRETTO or ND"_s;
    if (!district.contains(code))
        return u"is not a comune of the district (use FUORI_DISTRETTO)"_s;
    return std::nullopt;
}

std::optional<QString> checkNeeds(const QJsonValue &value, const District &)
{
    if (!value.isArray())
        return u"must be an array of need macro-codes"_s;
    const QJsonArray needs = value.toArray();
    if (needs.size() > kMaxNeeds)
        return u"holds more than %1 codes"_s.arg(kMaxNeeds);
    QStringList seen; // at most kMaxNeeds: a list is quicker than a set
    seen.reserve(needs.size());
    for (const QJsonValue &need : needs) {
        const QString code = need.toString();
        if (!need.isString() || !people::Vocabulary::isMacroNeed(code))
            return u"holds a value that is not a need macro-code"_s;
        if (seen.contains(code))
            return u"holds a code twice"_s;
        seen.append(code);
    }
    return std::nullopt;
}

bool isState(const QString &code)
{
    referrals::State state = referrals::State::Bozza;
    return referrals::stateFromCode(code, &state);
}

const QList<Field> &fields()
{
    static const QList<Field> list {
        {u"ref_uuid"_s, matching(isLowercaseUuid, "a lowercase UUID")},
        {u"sportello_id"_s, matching(isDeskCode, "a desk code")},
        {u"anno_mese"_s, matching(isYearMonth, "YYYY-MM or ND")},
        {u"comune_istat"_s, checkComune},
        {u"fascia_eta"_s, listed(ageBands())},
        {u"genere"_s, listed(genders())},
        {u"cittadinanza_macro"_s, listed(citizenshipGroups())},
        {u"nucleo_tipo"_s, listed(householdTypes())},
        {u"bisogni_macro"_s, checkNeeds},
        {u"dest_tipo"_s, listed(referrals::destinationTypes())},
        {u"dest_org"_s,
         [](const QJsonValue &value, const District &) -> std::optional<QString> {
             if (value.isNull())
                 return std::nullopt;
             if (!value.isString() || !isCatalogueUid(value.toString()))
                 return u"must be a catalogue uid or null"_s;
             return std::nullopt;
         }},
        {u"urgenza"_s, listed(referrals::urgencies())},
        {u"stato"_s, oneOf(isState)},
        {u"esito_finale"_s, listed(referrals::finalOutcomes(), /*nullable=*/true)},
        {u"giorni_invio_presa_in_carico"_s, listed(daysToTakeOverBands(), /*nullable=*/true)},
    };
    return list;
}

} // namespace

bool isIstatCode(const QString &code)
{
    return code.size() == 6 && std::all_of(code.begin(), code.end(), isDigit);
}

bool isLowercaseUuid(QStringView text)
{
    constexpr qsizetype kLength = 36;
    if (text.size() != kLength)
        return false;
    for (qsizetype i = 0; i < kLength; ++i) {
        const QChar c = text.at(i);
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? c != u'-' : !(isDigit(c) || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

bool isCatalogueUid(const QString &uid)
{
    return isCode(uid, u"_.:-");
}

const QStringList &referralRecordKeys()
{
    static const QStringList keys = [] {
        QStringList list;
        for (const Field &field : fields())
            list.append(field.key);
        return list;
    }();
    return keys;
}

const QStringList &profileKeys()
{
    static const QStringList keys {u"comune_istat"_s, u"fascia_eta"_s, u"genere"_s,
                                   u"cittadinanza_macro"_s, u"nucleo_tipo"_s};
    return keys;
}

const QStringList &ageBands()
{
    static const QStringList bands {u"0-17"_s,  u"18-29"_s, u"30-44"_s, u"45-54"_s,
                                    u"55-64"_s, u"65-74"_s, u"75+"_s};
    return bands;
}

const QStringList &genders()
{
    static const QStringList codes {u"F"_s, u"M"_s, u"altro"_s};
    return codes;
}

const QStringList &citizenshipGroups()
{
    static const QStringList codes {u"IT"_s, u"UE"_s, u"EXTRA_UE"_s};
    return codes;
}

const QStringList &householdTypes()
{
    static const QStringList codes {u"SOLO"_s, u"COPPIA_SENZA_FIGLI"_s, u"COPPIA_CON_FIGLI"_s,
                                    u"MONOGENITORE"_s, u"ALTRO"_s};
    return codes;
}

const QStringList &daysToTakeOverBands()
{
    static const QStringList bands {u"0-7"_s, u"8-14"_s, u"15-30"_s, u"31-60"_s, u"61+"_s};
    return bands;
}

QString daysToTakeOverBand(int days)
{
    if (days < 0)
        return kNd;
    if (days <= 7)
        return u"0-7"_s;
    if (days <= 14)
        return u"8-14"_s;
    if (days <= 30)
        return u"15-30"_s;
    if (days <= 60)
        return u"31-60"_s;
    return u"61+"_s;
}

std::optional<FieldError> checkReferralRecord(const QJsonObject &record, const District &district,
                                              const QString &path)
{
    const auto at = [&path](const QString &key) {
        return path.isEmpty() ? key : path + u'.' + key;
    };
    const auto unknownKey = [&]() -> std::optional<FieldError> {
        for (auto it = record.constBegin(); it != record.constEnd(); ++it) {
            if (!referralRecordKeys().contains(it.key()))
                return FieldError {at(it.key()), u"is not a field of the referral record"_s};
        }
        return std::nullopt;
    };
    // A record of the right size with every key holds no other: the scan for an unknown key
    // runs only when the sizes say there may be one.
    const QList<Field> &all = fields();
    if (record.size() > all.size()) {
        if (auto unknown = unknownKey())
            return unknown;
    }
    for (const Field &field : all) {
        const QJsonValue value = record.value(field.key);
        if (value.isUndefined()) {
            if (auto unknown = unknownKey())
                return unknown;
            return FieldError {at(field.key), u"is required"_s};
        }
        if (auto wrong = field.check(value, district))
            return FieldError {at(field.key), *wrong};
    }
    return std::nullopt;
}

} // namespace sportello::wire
