// SPDX-License-Identifier: GPL-3.0-or-later
#include "wire/record.h"

#include "people/vocabulary.h"
#include "referrals/referralstate.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

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
    const char *key;
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

Check pattern(const char *regex, const char *what)
{
    const QRegularExpression re(QString::fromLatin1(regex));
    const QString message = u"must be %1"_s.arg(QString::fromLatin1(what));
    return [re, message](const QJsonValue &value, const District &) -> std::optional<QString> {
        if (auto wrong = expectString(value))
            return wrong;
        if (!re.match(value.toString()).hasMatch())
            return message;
        return std::nullopt;
    };
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
    QSet<QString> seen;
    for (const QJsonValue &need : needs) {
        if (!need.isString() || !people::Vocabulary::isMacroNeed(need.toString()))
            return u"holds a value that is not a need macro-code"_s;
        if (seen.contains(need.toString()))
            return u"holds a code twice"_s;
        seen.insert(need.toString());
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
        {"ref_uuid",
         pattern("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$",
                 "a lowercase UUID")},
        {"sportello_id", pattern("^[A-Za-z0-9_.-]{1,64}$", "a desk code")},
        {"anno_mese", pattern("^(ND|[0-9]{4}-(0[1-9]|1[0-2]))$", "YYYY-MM or ND")},
        {"comune_istat", checkComune},
        {"fascia_eta", listed(ageBands())},
        {"genere", listed(genders())},
        {"cittadinanza_macro", listed(citizenshipGroups())},
        {"nucleo_tipo", listed(householdTypes())},
        {"bisogni_macro", checkNeeds},
        {"dest_tipo", listed(referrals::destinationTypes())},
        {"dest_org",
         [](const QJsonValue &value, const District &) -> std::optional<QString> {
             if (value.isNull())
                 return std::nullopt;
             if (!value.isString() || !isCatalogueUid(value.toString()))
                 return u"must be a catalogue uid or null"_s;
             return std::nullopt;
         }},
        {"urgenza", listed(referrals::urgencies())},
        {"stato", oneOf(isState)},
        {"esito_finale", listed(referrals::finalOutcomes(), /*nullable=*/true)},
        {"giorni_invio_presa_in_carico", listed(daysToTakeOverBands(), /*nullable=*/true)},
    };
    return list;
}

} // namespace

bool isIstatCode(const QString &code)
{
    static const QRegularExpression re(u"^[0-9]{6}$"_s);
    return re.match(code).hasMatch();
}

bool isCatalogueUid(const QString &uid)
{
    static const QRegularExpression re(u"^[A-Za-z0-9_.:-]{1,64}$"_s);
    return re.match(uid).hasMatch();
}

const QStringList &referralRecordKeys()
{
    static const QStringList keys = [] {
        QStringList list;
        for (const Field &field : fields())
            list.append(QString::fromLatin1(field.key));
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
    for (auto it = record.constBegin(); it != record.constEnd(); ++it) {
        if (!referralRecordKeys().contains(it.key()))
            return FieldError {at(it.key()), u"is not a field of the referral record"_s};
    }
    for (const Field &field : fields()) {
        const QString key = QString::fromLatin1(field.key);
        if (!record.contains(key))
            return FieldError {at(key), u"is required"_s};
        if (auto wrong = field.check(record.value(key), district))
            return FieldError {at(key), *wrong};
    }
    return std::nullopt;
}

} // namespace sportello::wire
