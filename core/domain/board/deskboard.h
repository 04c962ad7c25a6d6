// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "board/boardmatch.h"
#include "board/matching.h"

#include <QJsonObject>

#include <optional>
#include <variant>

// What a desk and the hub say to each other about the board (issue 16, point 7; the board's
// paths of docs/hub-api.yaml): the actions a desk queues while offline — a post entered for the
// person at the counter, a proposal, an answer to a match, the credentials of a pending
// account — each with an id of its own so that one sent twice is applied once; and the board
// as the hub shows it to a desk: the accounts waiting for their credentials and the desk's own
// posts with their suggestions and matches. Pure functions, shared by both sides.
namespace sportello::board {

namespace deskaction {
inline constexpr char kPostCreate[] = "post.create";
inline constexpr char kPostClose[] = "post.close";
inline constexpr char kMatchPropose[] = "match.propose";
inline constexpr char kMatchAccept[] = "match.accept";
inline constexpr char kMatchDecline[] = "match.decline";
inline constexpr char kMatchStart[] = "match.start";
inline constexpr char kMatchConclude[] = "match.conclude";
inline constexpr char kAccountActivate[] = "account.activate";
} // namespace deskaction
[[nodiscard]] const QStringList &deskActionTypes();

inline constexpr int kMaxDeskActions = 100;
inline constexpr int kMaxContactLength = 200;

struct DeskAction
{
    QString id; // a uuid the desk made
    QString type; // one of deskActionTypes()
    QJsonObject data;
};
[[nodiscard]] QJsonObject toJson(const DeskAction &action);

// An action in the desk's queue (its board_queue table), until the hub applies it.
namespace queuestate {
inline constexpr char kQueued[] = "QUEUED";
inline constexpr char kDelivered[] = "DELIVERED"; // applied, or already applied
inline constexpr char kFailed[] = "FAILED"; // refused by the hub: see `error`
} // namespace queuestate
struct QueuedAction
{
    DeskAction action;
    QString postId; // of a post.create, kept after delivery
    qint64 personId = 0; // whom a post.create is for; 0: none
    QDateTime createdAt;
    QString state;
    QString error; // "field: problem" of a refusal
    QDateTime settledAt;
};

// An action as posted, checked: its field and what is wrong, or the action.
struct DeskActionError
{
    QString field;
    QString problem; // MISSING, INVALID, TOO_LONG, UNKNOWN_TYPE
};
[[nodiscard]] std::variant<DeskAction, DeskActionError> readDeskAction(const QJsonValue &value);

// A post's fields as the action post.create carries them (and the view shows them); its id is
// the desk's. Reading checks the codes and lengths, not the dates (validatePost does).
[[nodiscard]] QJsonObject postToJson(const Post &post);
[[nodiscard]] std::variant<Post, DeskActionError> postFromJson(const QJsonObject &json);

// What a desk reads of the board.
struct PendingAccount
{
    QString id;
    QString username;
    QString displayName;
    QString kind; // CITTADINO, ORGANIZZAZIONE
    QString comune;
    QDateTime createdAt;
};

struct DeskMatch
{
    Match match;
    bool mineIsOffer = false; // the desk's post is the match's offer
    QString otherName; // once both accepted (contactsDisclosed), else empty
    QString otherContact;
};

struct DeskPost
{
    Post post;
    QList<Suggestion> suggestions; // best first
    QList<DeskMatch> matches;
};

struct DeskView
{
    QList<PendingAccount> pending;
    QList<DeskPost> posts; // newest first
};
[[nodiscard]] QJsonObject toJson(const DeskView &view);
// None when the answer is not a view (a field missing or of the wrong kind).
[[nodiscard]] std::optional<DeskView> deskViewFromJson(const QJsonObject &json);

} // namespace sportello::board
