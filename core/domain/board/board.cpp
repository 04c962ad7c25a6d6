// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/board.h"

#include "support/codetable.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace sportello::board {

namespace {

constexpr std::array<std::pair<Category, const char *>, 13> kCategories {{
    {Category::Trasporto, "TRASPORTO"},
    {Category::Pedibus, "PEDIBUS"},
    {Category::AttivitaSportive, "ATTIVITA_SPORTIVE"},
    {Category::Doposcuola, "DOPOSCUOLA"},
    {Category::FornituraAlimenti, "FORNITURA_ALIMENTI"},
    {Category::MensaSociale, "MENSA_SOCIALE"},
    {Category::RitiroRicette, "RITIRO_RICETTE"},
    {Category::ConsegnaFarmaci, "CONSEGNA_FARMACI"},
    {Category::AccompagnamentoCommissioni, "ACCOMPAGNAMENTO_COMMISSIONI"},
    {Category::AccompagnamentoFunzioniReligiose, "ACCOMPAGNAMENTO_FUNZIONI_RELIGIOSE"},
    {Category::Compagnia, "COMPAGNIA"},
    {Category::TeleConforto, "TELE_CONFORTO"},
    {Category::Altro, "ALTRO"},
}};

constexpr std::array<std::pair<PostKind, const char *>, 2> kKinds {{
    {PostKind::Offer, "OFFERTA"},
    {PostKind::Request, "RICHIESTA"},
}};

constexpr std::array<std::pair<ForWhom, const char *>, 3> kForWhom {{
    {ForWhom::Self, "SE_STESSO"},
    {ForWhom::FamilyMember, "FAMILIARE"},
    {ForWhom::FollowedPerson, "PERSONA_SEGUITA"},
}};

constexpr std::array<std::pair<PostState, const char *>, 3> kPostStates {{
    {PostState::Open, "APERTO"},
    {PostState::Paused, "SOSPESO"},
    {PostState::Closed, "CHIUSO"},
}};

constexpr int kAllWeekdays = 0x7f;

} // namespace

const QList<Category> &allCategories()
{
    static const QList<Category> all = [] {
        QList<Category> list;
        for (const auto &[category, code] : kCategories)
            list.append(category);
        return list;
    }();
    return all;
}

QString categoryCode(Category category)
{
    return codes::codeOf(kCategories, category);
}

bool categoryFromCode(const QString &code, Category *category)
{
    return codes::valueOf(kCategories, code, category);
}

QString postKindCode(PostKind kind)
{
    return codes::codeOf(kKinds, kind);
}

bool postKindFromCode(const QString &code, PostKind *kind)
{
    return codes::valueOf(kKinds, code, kind);
}

QString forWhomCode(ForWhom who)
{
    return codes::codeOf(kForWhom, who);
}

bool forWhomFromCode(const QString &code, ForWhom *who)
{
    return codes::valueOf(kForWhom, code, who);
}

QString postStateCode(PostState state)
{
    return codes::codeOf(kPostStates, state);
}

bool postStateFromCode(const QString &code, PostState *state)
{
    return codes::valueOf(kPostStates, code, state);
}

bool When::isCurrent(const QDate &today) const
{
    if (isOneDay())
        return date >= today;
    return !validTo.isValid() || validTo >= today;
}

QList<PostProblem> validatePost(const Post &post, const QDate &today)
{
    QList<PostProblem> problems;
    const auto problem = [&problems](const QString &field, const QString &what) {
        problems.append({field, what});
    };
    static const QRegularExpression istat(u"^[0-9]{6}$"_s);
    if (post.zone.comune.isEmpty())
        problem(u"zone.comune"_s, u"MISSING"_s);
    else if (!istat.match(post.zone.comune).hasMatch())
        problem(u"zone.comune"_s, u"INVALID"_s);
    const When &when = post.when;
    if (when.isOneDay()) {
        if (when.date < today)
            problem(u"when.date"_s, u"IN_THE_PAST"_s);
    } else {
        if (when.validFrom.isValid() && when.validTo.isValid() && when.validTo < when.validFrom)
            problem(u"when.validity"_s, u"INVALID"_s);
        else if (when.validTo.isValid() && when.validTo < today)
            problem(u"when.validity"_s, u"IN_THE_PAST"_s);
    }
    for (const TimeWindow &w : when.windows) {
        const bool days = when.isOneDay() || (w.weekdays > 0 && (w.weekdays & ~kAllWeekdays) == 0);
        if (!days || !w.from.isValid() || !w.to.isValid() || w.to <= w.from) {
            problem(u"when.windows"_s, u"INVALID"_s);
            break;
        }
    }
    if (post.notes.size() > kMaxNotesLength)
        problem(u"notes"_s, u"TOO_LONG"_s);
    if (post.kind == PostKind::Offer && (post.capacity < 1 || post.capacity > kMaxCapacity))
        problem(u"capacity"_s, u"OUT_OF_RANGE"_s);
    return problems;
}

QJsonObject toJson(const When &when)
{
    QJsonObject json;
    if (when.isOneDay())
        json.insert(u"date"_s, when.date.toString(Qt::ISODate));
    if (when.validFrom.isValid())
        json.insert(u"valid_from"_s, when.validFrom.toString(Qt::ISODate));
    if (when.validTo.isValid())
        json.insert(u"valid_to"_s, when.validTo.toString(Qt::ISODate));
    QJsonArray windows;
    for (const TimeWindow &w : when.windows)
        windows.append(QJsonObject {{u"days"_s, w.weekdays},
                                    {u"from"_s, w.from.toString(u"HH:mm"_s)},
                                    {u"to"_s, w.to.toString(u"HH:mm"_s)}});
    json.insert(u"windows"_s, windows);
    return json;
}

bool whenFromJson(const QJsonObject &json, When *when)
{
    When read;
    const auto date = [&json](const QString &key, QDate *into) {
        if (!json.contains(key))
            return true;
        *into = QDate::fromString(json.value(key).toString(), Qt::ISODate);
        return into->isValid();
    };
    if (!date(u"date"_s, &read.date) || !date(u"valid_from"_s, &read.validFrom)
        || !date(u"valid_to"_s, &read.validTo) || !json.value(u"windows"_s).isArray())
        return false;
    for (const QJsonValue &value : json.value(u"windows"_s).toArray()) {
        const QJsonObject w = value.toObject();
        TimeWindow window;
        window.weekdays = w.value(u"days"_s).toInt(-1);
        window.from = QTime::fromString(w.value(u"from"_s).toString(), u"HH:mm"_s);
        window.to = QTime::fromString(w.value(u"to"_s).toString(), u"HH:mm"_s);
        if (window.weekdays < 0 || (window.weekdays & ~kAllWeekdays) != 0 || !window.from.isValid()
            || !window.to.isValid())
            return false;
        read.windows.append(window);
    }
    *when = read;
    return true;
}

} // namespace sportello::board
