// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

namespace sportello::board {

// The Bacheca cittadina dei servizi di prossimità e vicinato (issue 16, DESIGN §2.9): what
// citizens and organizations offer, what they ask for, in thirteen categories. Shared by the
// hub, which holds the board, and the desk, which posts for the people at its counter.
enum class Category {
    Trasporto,
    Pedibus,
    AttivitaSportive,
    Doposcuola,
    FornituraAlimenti,
    MensaSociale,
    RitiroRicette,
    ConsegnaFarmaci,
    AccompagnamentoCommissioni,
    AccompagnamentoFunzioniReligiose,
    Compagnia,
    TeleConforto,
    Altro,
};

[[nodiscard]] const QList<Category> &allCategories();
// Stable codes (TRASPORTO, PEDIBUS, …, ALTRO): what the hub stores and the protocol carries.
[[nodiscard]] QString categoryCode(Category category);
[[nodiscard]] bool categoryFromCode(const QString &code, Category *category);

enum class PostKind { Offer, Request };
[[nodiscard]] QString postKindCode(PostKind kind); // OFFERTA, RICHIESTA
[[nodiscard]] bool postKindFromCode(const QString &code, PostKind *kind);

// Whom a request is for, or an offer meant for.
enum class ForWhom { Self, FamilyMember, FollowedPerson };
[[nodiscard]] QString forWhomCode(ForWhom who); // SE_STESSO, FAMILIARE, PERSONA_SEGUITA
[[nodiscard]] bool forWhomFromCode(const QString &code, ForWhom *who);

// Open posts are matched; a paused one keeps its matches and gets no new suggestion; a closed
// one is done (fulfilled or withdrawn).
enum class PostState { Open, Paused, Closed };
[[nodiscard]] QString postStateCode(PostState state); // APERTO, SOSPESO, CHIUSO
[[nodiscard]] bool postStateFromCode(const QString &code, PostState *state);

// Where: a comune (ISTAT code) and, where the district defines them, a neighbourhood of it.
struct Zone
{
    QString comune;
    QString neighbourhood; // empty: the whole comune
    friend bool operator==(const Zone &, const Zone &) = default;
};

// A time window on some weekdays: bit 0 = Monday … bit 6 = Sunday, as in the catalogue.
struct TimeWindow
{
    int weekdays = 0;
    QTime from;
    QTime to;
    friend bool operator==(const TimeWindow &, const TimeWindow &) = default;
};

// When: one date, or a weekly pattern valid between two dates (either may be open). On one
// date the windows' weekdays are not used. No window at all: any time of the day(s).
struct When
{
    QDate date; // valid: that day only
    QList<TimeWindow> windows;
    QDate validFrom; // a weekly pattern's first day; null: from now
    QDate validTo; // its last day; null: until withdrawn

    [[nodiscard]] bool isOneDay() const { return date.isValid(); }
    // Whether the post can still happen on or after `today`.
    [[nodiscard]] bool isCurrent(const QDate &today) const;
    friend bool operator==(const When &, const When &) = default;
};

struct Post
{
    QString id; // the hub's (a uuid)
    QString accountId; // whoever posted it (a citizen, an organization, a desk)
    PostKind kind = PostKind::Request;
    Category category = Category::Altro;
    Zone zone;
    When when;
    ForWhom forWhom = ForWhom::Self;
    QString notes;
    int capacity = 1; // an offer: how many people at once it can serve
    PostState state = PostState::Open;
    QDateTime createdAt;
    // Whom the other side of an accepted match sees instead of the account: a desk's post for
    // a person without internet names the desk, or the person if they consented. Empty: the
    // account's own name and contact.
    QString contactName;
    QString contact;
};

// What is wrong with a post as entered, by field: "zone.comune", "when.date",
// "when.windows", "when.validity", "notes", "capacity"; empty when it can be posted on `today`.
struct PostProblem
{
    QString field;
    QString problem; // MISSING, INVALID, IN_THE_PAST, TOO_LONG, OUT_OF_RANGE
    friend bool operator==(const PostProblem &, const PostProblem &) = default;
};
inline constexpr int kMaxNotesLength = 1000;
inline constexpr int kMaxCapacity = 50;
[[nodiscard]] QList<PostProblem> validatePost(const Post &post, const QDate &today);

// When as stored and carried: {"date": "2026-12-08"} or {"valid_from": …, "valid_to": …},
// with "windows": [{"days": 2, "from": "10:00", "to": "12:00"}] (days: the weekday mask).
[[nodiscard]] QJsonObject toJson(const When &when);
// False for anything else than what toJson() writes.
[[nodiscard]] bool whenFromJson(const QJsonObject &json, When *when);

} // namespace sportello::board
