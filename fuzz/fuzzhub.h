// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The hub as `sportello-hub serve` wires it — the API, the board's pages with the Comune's and
// the moderators' sections, the board's desk API — over a SQLite file in a temporary folder,
// with a district and one desk whose token is kDeskToken; requests go straight to
// Api::handle, without TLS or sockets.
#include "hub/api.h"
#include "hub/boarddeskapi.h"
#include "hub/boardstore.h"
#include "hub/ratelimiter.h"
#include "hub/store.h"
#include "hub/tokens.h"
#include "support/clock.h"
#include "web/boardweb.h"
#include "web/comuneweb.h"
#include "web/moderationweb.h"

#include <QTemporaryDir>

#include <memory>

namespace sportello::fuzz {

inline constexpr char kDeskToken[] = "sph1_fuzzfuzzfuzzfuzzfuzzfuzzfuzzfuzzfuzzfuzzfuz";

struct FuzzHub
{
    QTemporaryDir dir;
    ManualClock clock {QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<hub::Store> store;
    std::unique_ptr<hub::BoardStore> board;
    hub::RateLimiter limiter {1e9, 1e9}; // limits are not what is fuzzed
    std::unique_ptr<hub::Api> api;
    std::unique_ptr<hub::web::BoardWeb> web;
    std::unique_ptr<hub::web::ComuneWeb> comune;
    std::unique_ptr<hub::web::ModerationWeb> moderation;
    std::unique_ptr<hub::BoardDeskApi> boardDesk;

    FuzzHub()
    {
        const QString url = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("hub.db"));
        store = std::move(hub::openStore(url, QStringLiteral("fuzz-hub")).value());
        board = std::move(hub::BoardStore::open(url, QStringLiteral("fuzz-board")).value());
        const QStringList comuni {QStringLiteral("015175"), QStringLiteral("015205")};
        (void)store->setDistrict({QStringLiteral("Est Milano"), comuni});
        hub::Desk desk;
        desk.name = QStringLiteral("Pioltello");
        desk.comune = comuni.constFirst();
        desk.createdAt = clock.nowUtc();
        (void)store->addDesk(desk, hub::tokens::hash(kDeskToken));
        api = std::make_unique<hub::Api>(*store, clock, limiter, QByteArray("openapi: 3.1.0\n"));
        web = std::make_unique<hub::web::BoardWeb>(
            *board, clock,
            QList<QPair<QString, QString>> {{comuni.at(0), QStringLiteral("Pioltello")},
                                            {comuni.at(1), QStringLiteral("Segrate")}});
        comune = std::make_unique<hub::web::ComuneWeb>(*web, *store);
        moderation = std::make_unique<hub::web::ModerationWeb>(*web, *board);
        web->addSection(comune.get());
        web->addSection(moderation.get());
        boardDesk = std::make_unique<hub::BoardDeskApi>(*board, clock);
        api->setBoard(web.get());
        api->setBoardDesk(boardDesk.get());
    }
};

} // namespace sportello::fuzz
