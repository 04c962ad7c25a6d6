// SPDX-License-Identifier: GPL-3.0-or-later
// fuzz-hub-answers: what the desk reads in the hub's answers — the district, a batch's results,
// a page of the feed, the catalogue's delta, a problem+json or an HTML page in place of JSON,
// the board's view and the district report. The first byte picks the reader, the rest is the
// answer's body. A reader that accepts an answer gives back only what the protocol allows.
#include "board/deskboard.h"
#include "fuzzsupport.h"
#include "network/hubanswers.h"
#include "reports/districtreport.h"
#include "sync/failure.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace sportello;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray body = fuzz::bytesOf(data + 1, size - 1);
    switch (data[0] % 7) {
    case 0: {
        auto read = sync::readDistrictAnswer(body);
        if (const auto *answer = std::get_if<sync::DistrictAnswer>(&read))
            fuzz::require(answer->catalogueKey.size() == 32 && !answer->district.name.isEmpty());
        break;
    }
    case 1: {
        const QStringList ids {u"0b6c6b8e-3f0a-4f8e-9a53-0d4f3c1e2a10"_s,
                               u"0b6c6b8e-3f0a-4f8e-9a53-0d4f3c1e2a11"_s};
        auto read = sync::readEventResults(body, ids);
        if (const auto *results = std::get_if<QList<sync::EventResult>>(&read))
            fuzz::require(results->size() == ids.size());
        break;
    }
    case 2: {
        auto read = sync::readFeedPage(body, 200);
        if (const auto *page = std::get_if<sync::FeedPage>(&read))
            fuzz::require(page->events.size() <= 200 && !page->next.isEmpty());
        break;
    }
    case 3: {
        auto read = sync::readCatalogueDelta(body);
        if (const auto *update = std::get_if<services::CatalogueUpdate>(&read))
            fuzz::require(update->version >= 0 && update->since >= 0);
        break;
    }
    case 4: {
        const QDateTime now(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC);
        for (const int status : {200, 400, 401, 409, 422, 429, 503}) {
            (void)sync::classifyAnswer(status, "application/problem+json", body, "30", now);
            (void)sync::classifyAnswer(status, "text/html", body, body.left(40), now);
        }
        (void)sync::parseRetryAfter(body.left(64), now);
        break;
    }
    case 5:
        (void)board::deskViewFromJson(QJsonDocument::fromJson(body).object());
        break;
    default:
        (void)reports::districtReportFromJson(QJsonDocument::fromJson(body).object());
        break;
    }
    return 0;
}
