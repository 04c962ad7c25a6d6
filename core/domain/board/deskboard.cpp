// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/deskboard.h"

#include "support/codetable.h"

#include <QJsonArray>
#include <QUuid>

#include <array>

using namespace Qt::StringLiterals;

namespace sportello::board {

namespace {

constexpr qsizetype kMaxIdLength = 64;
constexpr qsizetype kMaxNeighbourhoodLength = 80;

DeskActionError problem(const QString &field, const char *what)
{
    return {field, QString::fromLatin1(what)};
}

bool isUuid(const QString &text)
{
    return text.size() == 36 && !QUuid::fromString(text).isNull();
}

constexpr std::array<std::pair<Nearness, const char *>, 3> kNearness {{
    {Nearness::SameNeighbourhood, "SAME_NEIGHBOURHOOD"},
    {Nearness::SameComune, "SAME_COMUNE"},
    {Nearness::NeighbouringComune, "NEIGHBOURING_COMUNE"},
}};

QJsonObject suggestionToJson(const Suggestion &s)
{
    QJsonObject json {{u"post_id"_s, s.postId},
                      {u"nearness"_s, codes::codeOf(kNearness, s.nearness)},
                      {u"weekday"_s, s.when.weekday},
                      {u"any_time"_s, s.when.anyTime},
                      {u"minutes_per_week"_s, s.when.minutesPerWeek},
                      {u"spare_capacity"_s, s.spareCapacity}};
    if (s.when.date.isValid())
        json.insert(u"date"_s, s.when.date.toString(Qt::ISODate));
    if (!s.when.anyTime) {
        json.insert(u"from"_s, s.when.from.toString(u"HH:mm"_s));
        json.insert(u"to"_s, s.when.to.isValid() ? s.when.to.toString(u"HH:mm"_s) : QString());
    }
    return json;
}

std::optional<Suggestion> suggestionFromJson(const QJsonObject &json)
{
    Suggestion s;
    s.postId = json.value(u"post_id"_s).toString();
    if (s.postId.isEmpty()
        || !codes::valueOf(kNearness, json.value(u"nearness"_s).toString(), &s.nearness))
        return std::nullopt;
    s.when.weekday = json.value(u"weekday"_s).toInt();
    s.when.anyTime = json.value(u"any_time"_s).toBool();
    s.when.minutesPerWeek = json.value(u"minutes_per_week"_s).toInt();
    s.spareCapacity = json.value(u"spare_capacity"_s).toInt();
    if (json.contains(u"date"_s))
        s.when.date = QDate::fromString(json.value(u"date"_s).toString(), Qt::ISODate);
    if (!s.when.anyTime) {
        s.when.from = QTime::fromString(json.value(u"from"_s).toString(), u"HH:mm"_s);
        s.when.to = QTime::fromString(json.value(u"to"_s).toString(), u"HH:mm"_s);
        if (!s.when.from.isValid())
            return std::nullopt;
    }
    return s;
}

QJsonObject matchToJson(const DeskMatch &m)
{
    QJsonObject json {{u"id"_s, m.match.id},
                      {u"offer_id"_s, m.match.offerId},
                      {u"request_id"_s, m.match.requestId},
                      {u"state"_s, matchStateCode(m.match.state)},
                      {u"offer_accepted"_s, m.match.offerAccepted},
                      {u"request_accepted"_s, m.match.requestAccepted},
                      {u"mine_is_offer"_s, m.mineIsOffer}};
    if (!m.match.cancelReason.isEmpty())
        json.insert(u"cancel_reason"_s, m.match.cancelReason);
    if (m.match.contactsDisclosed()) {
        json.insert(u"other_name"_s, m.otherName);
        json.insert(u"other_contact"_s, m.otherContact);
    }
    return json;
}

std::optional<DeskMatch> matchFromJson(const QJsonObject &json)
{
    DeskMatch m;
    m.match.id = json.value(u"id"_s).toString();
    m.match.offerId = json.value(u"offer_id"_s).toString();
    m.match.requestId = json.value(u"request_id"_s).toString();
    if (m.match.id.isEmpty()
        || !matchStateFromCode(json.value(u"state"_s).toString(), &m.match.state))
        return std::nullopt;
    m.match.offerAccepted = json.value(u"offer_accepted"_s).toBool();
    m.match.requestAccepted = json.value(u"request_accepted"_s).toBool();
    m.match.cancelReason = json.value(u"cancel_reason"_s).toString();
    m.mineIsOffer = json.value(u"mine_is_offer"_s).toBool();
    m.otherName = json.value(u"other_name"_s).toString();
    m.otherContact = json.value(u"other_contact"_s).toString();
    return m;
}

} // namespace

const QStringList &deskActionTypes()
{
    using namespace deskaction;
    static const QStringList types {
        QString::fromLatin1(kPostCreate),    QString::fromLatin1(kPostClose),
        QString::fromLatin1(kMatchPropose),  QString::fromLatin1(kMatchAccept),
        QString::fromLatin1(kMatchDecline),  QString::fromLatin1(kMatchStart),
        QString::fromLatin1(kMatchConclude), QString::fromLatin1(kAccountActivate)};
    return types;
}

QJsonObject toJson(const DeskAction &action)
{
    return {{u"id"_s, action.id}, {u"type"_s, action.type}, {u"data"_s, action.data}};
}

std::variant<DeskAction, DeskActionError> readDeskAction(const QJsonValue &value)
{
    using namespace deskaction;
    if (!value.isObject())
        return problem(QString(), "INVALID");
    const QJsonObject json = value.toObject();
    DeskAction action;
    action.id = json.value(u"id"_s).toString();
    action.type = json.value(u"type"_s).toString();
    if (!isUuid(action.id))
        return problem(u"id"_s, "INVALID");
    if (!deskActionTypes().contains(action.type))
        return problem(u"type"_s, "UNKNOWN_TYPE");
    if (!json.value(u"data"_s).isObject())
        return problem(u"data"_s, "MISSING");
    action.data = json.value(u"data"_s).toObject();
    const auto needsId = [&](const QString &key) -> std::optional<DeskActionError> {
        const QString id = action.data.value(key).toString();
        if (id.isEmpty() || id.size() > kMaxIdLength)
            return problem(u"data."_s + key, id.isEmpty() ? "MISSING" : "INVALID");
        return std::nullopt;
    };
    std::optional<DeskActionError> wrong;
    if (action.type == QLatin1StringView(kPostCreate)) {
        const auto post = postFromJson(action.data);
        if (const auto *error = std::get_if<DeskActionError>(&post))
            return DeskActionError {u"data."_s + error->field, error->problem};
        if (!isUuid(std::get<Post>(post).id))
            return problem(u"data.post_id"_s, "INVALID");
    } else if (action.type == QLatin1StringView(kPostClose)) {
        wrong = needsId(u"post_id"_s);
    } else if (action.type == QLatin1StringView(kMatchPropose)) {
        wrong = needsId(u"post_id"_s);
        if (!wrong)
            wrong = needsId(u"other_id"_s);
    } else if (action.type == QLatin1StringView(kAccountActivate)) {
        wrong = needsId(u"account_id"_s);
    } else {
        wrong = needsId(u"match_id"_s);
    }
    if (wrong)
        return *wrong;
    return action;
}

QJsonObject postToJson(const Post &post)
{
    QJsonObject json {{u"post_id"_s, post.id},
                      {u"kind"_s, postKindCode(post.kind)},
                      {u"category"_s, categoryCode(post.category)},
                      {u"comune"_s, post.zone.comune},
                      {u"neighbourhood"_s, post.zone.neighbourhood},
                      {u"when"_s, toJson(post.when)},
                      {u"for_whom"_s, forWhomCode(post.forWhom)},
                      {u"notes"_s, post.notes},
                      {u"capacity"_s, post.capacity},
                      {u"state"_s, postStateCode(post.state)},
                      {u"contact_name"_s, post.contactName},
                      {u"contact"_s, post.contact}};
    if (post.createdAt.isValid())
        json.insert(u"created_at"_s, post.createdAt.toUTC().toString(Qt::ISODateWithMs));
    return json;
}

std::variant<Post, DeskActionError> postFromJson(const QJsonObject &json)
{
    Post post;
    post.id = json.value(u"post_id"_s).toString();
    if (post.id.isEmpty() || post.id.size() > kMaxIdLength)
        return problem(u"post_id"_s, post.id.isEmpty() ? "MISSING" : "INVALID");
    if (!postKindFromCode(json.value(u"kind"_s).toString(), &post.kind))
        return problem(u"kind"_s, "INVALID");
    if (!categoryFromCode(json.value(u"category"_s).toString(), &post.category))
        return problem(u"category"_s, "INVALID");
    post.zone.comune = json.value(u"comune"_s).toString();
    post.zone.neighbourhood = json.value(u"neighbourhood"_s).toString();
    if (post.zone.neighbourhood.size() > kMaxNeighbourhoodLength)
        return problem(u"neighbourhood"_s, "TOO_LONG");
    if (!json.value(u"when"_s).isObject()
        || !whenFromJson(json.value(u"when"_s).toObject(), &post.when))
        return problem(u"when"_s, "INVALID");
    if (!forWhomFromCode(json.value(u"for_whom"_s).toString(), &post.forWhom))
        return problem(u"for_whom"_s, "INVALID");
    post.notes = json.value(u"notes"_s).toString();
    if (post.notes.size() > kMaxNotesLength)
        return problem(u"notes"_s, "TOO_LONG");
    post.capacity = json.value(u"capacity"_s).toInt(1);
    if (json.contains(u"state"_s)
        && !postStateFromCode(json.value(u"state"_s).toString(), &post.state))
        return problem(u"state"_s, "INVALID");
    post.contactName = json.value(u"contact_name"_s).toString().trimmed();
    post.contact = json.value(u"contact"_s).toString().trimmed();
    if (post.contactName.size() > kMaxContactLength)
        return problem(u"contact_name"_s, "TOO_LONG");
    if (post.contact.size() > kMaxContactLength)
        return problem(u"contact"_s, "TOO_LONG");
    post.createdAt
        = QDateTime::fromString(json.value(u"created_at"_s).toString(), Qt::ISODateWithMs);
    return post;
}

QJsonObject toJson(const DeskView &view)
{
    QJsonArray pending;
    for (const PendingAccount &a : view.pending)
        pending.append(QJsonObject {{u"id"_s, a.id},
                                    {u"username"_s, a.username},
                                    {u"display_name"_s, a.displayName},
                                    {u"kind"_s, a.kind},
                                    {u"comune"_s, a.comune},
                                    {u"created_at"_s, a.createdAt.toUTC().toString(Qt::ISODate)}});
    QJsonArray posts;
    for (const DeskPost &p : view.posts) {
        QJsonArray suggestions;
        for (const Suggestion &s : p.suggestions)
            suggestions.append(suggestionToJson(s));
        QJsonArray matches;
        for (const DeskMatch &m : p.matches)
            matches.append(matchToJson(m));
        posts.append(QJsonObject {{u"post"_s, postToJson(p.post)},
                                  {u"suggestions"_s, suggestions},
                                  {u"matches"_s, matches}});
    }
    return {{u"pending"_s, pending}, {u"posts"_s, posts}};
}

std::optional<DeskView> deskViewFromJson(const QJsonObject &json)
{
    if (!json.value(u"pending"_s).isArray() || !json.value(u"posts"_s).isArray())
        return std::nullopt;
    DeskView view;
    for (const QJsonValue &value : json.value(u"pending"_s).toArray()) {
        const QJsonObject a = value.toObject();
        PendingAccount account {
            a.value(u"id"_s).toString(),
            a.value(u"username"_s).toString(),
            a.value(u"display_name"_s).toString(),
            a.value(u"kind"_s).toString(),
            a.value(u"comune"_s).toString(),
            QDateTime::fromString(a.value(u"created_at"_s).toString(), Qt::ISODate)};
        if (account.id.isEmpty() || account.username.isEmpty())
            return std::nullopt;
        view.pending.append(account);
    }
    for (const QJsonValue &value : json.value(u"posts"_s).toArray()) {
        const QJsonObject p = value.toObject();
        const auto post = postFromJson(p.value(u"post"_s).toObject());
        if (!std::holds_alternative<Post>(post) || !p.value(u"suggestions"_s).isArray()
            || !p.value(u"matches"_s).isArray())
            return std::nullopt;
        DeskPost entry {std::get<Post>(post), {}, {}};
        for (const QJsonValue &s : p.value(u"suggestions"_s).toArray()) {
            const auto suggestion = suggestionFromJson(s.toObject());
            if (!suggestion)
                return std::nullopt;
            entry.suggestions.append(*suggestion);
        }
        for (const QJsonValue &m : p.value(u"matches"_s).toArray()) {
            const auto match = matchFromJson(m.toObject());
            if (!match)
                return std::nullopt;
            entry.matches.append(*match);
        }
        view.posts.append(entry);
    }
    return view;
}

} // namespace sportello::board
