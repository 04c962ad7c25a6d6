// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/networkcatalogue.h"
#include "wire/events.h"
#include "wire/record.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <variant>

// What the desk reads in the hub's answers (docs/hub-api.yaml), as pure functions over the
// answer's bytes: the jobs of hubjobs.h call them, and the fuzzers (fuzz/) feed them anything.
// Each returns the value read, or why the answer is unusable (English, for the log only):
// nothing of a bad answer is used.
namespace sportello::sync {

// What the hub did with one event of a batch.
struct EventResult
{
    enum class Outcome { Stored, Duplicate, Conflict, Invalid };
    Outcome outcome = Outcome::Stored;
    QString field; // for Invalid: the JSON path within the event
};

struct DistrictAnswer
{
    wire::District district;
    QByteArray catalogueKey; // Ed25519 public key, 32 bytes
};

struct FeedPage
{
    QList<wire::FeedEvent> events;
    QString next;
    bool more = false;
};

// GET /v1/district: every comune an ISTAT code (once), the key 32 bytes.
[[nodiscard]] std::variant<DistrictAnswer, QString> readDistrictAnswer(const QByteArray &body);
// POST /v1/events: one result per event sent, in order, each naming its event.
[[nodiscard]] std::variant<QList<EventResult>, QString>
readEventResults(const QByteArray &body, const QStringList &eventIds);
// GET /v1/events: at most `pageSize` events, each envelope checked (cursor, id, type, time,
// an object as data).
[[nodiscard]] std::variant<FeedPage, QString> readFeedPage(const QByteArray &body, int pageSize);
// GET /v1/catalogue, once its signature was checked: the delta's shape (version, since,
// district, upserts, removals). The ETag is the caller's to add.
[[nodiscard]] std::variant<services::CatalogueUpdate, QString>
readCatalogueDelta(const QByteArray &body);

} // namespace sportello::sync
