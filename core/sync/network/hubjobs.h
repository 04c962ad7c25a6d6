// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "network/hubanswers.h"
#include "network/hubjob.h"
#include "reports/districtreport.h"
#include "services/networkcatalogue.h"
#include "wire/events.h"
#include "wire/record.h"

#include <QList>
#include <QStringList>

// The request kinds of protocol v1 (docs/hub-api.yaml) a desk sends, one class each.
namespace sportello::sync {

// GET /v1/district: the district's name and comuni, and the catalogue's public key. The
// answer is checked whole (every comune an ISTAT code, the key 32 bytes).
class DistrictJob final : public HubJob
{
    Q_OBJECT

public:
    using HubJob::HubJob;

    [[nodiscard]] const wire::District &district() const { return m_district; }
    [[nodiscard]] const QByteArray &catalogueKey() const { return m_catalogueKey; }

protected:
    [[nodiscard]] QByteArray verb() const override { return "GET"; }
    [[nodiscard]] QString path() const override;
    [[nodiscard]] std::optional<Failure> readAnswer() override;

private:
    wire::District m_district;
    QByteArray m_catalogueKey;
};

// POST /v1/events: a batch, as bytes already built; the answer must hold one result per event,
// in order, each naming the event's id.
class PostEventsJob final : public HubJob
{
    Q_OBJECT

public:
    PostEventsJob(const HubClient &client, QByteArray body, QStringList eventIds,
                  QObject *parent = nullptr);

    [[nodiscard]] const QList<EventResult> &results() const { return m_results; }

protected:
    [[nodiscard]] QByteArray verb() const override { return "POST"; }
    [[nodiscard]] QString path() const override;
    [[nodiscard]] QByteArray payload() const override { return m_body; }
    [[nodiscard]] std::optional<Failure> readAnswer() override;

private:
    QByteArray m_body;
    QStringList m_eventIds;
    QList<EventResult> m_results;
};

// GET /v1/events?after=CURSOR&limit=N: a page of the desk's feed. The envelope of each event
// is checked here (cursor, id, type, time, an object as data); what the data says is checked
// by whoever applies it.
class FeedJob final : public HubJob
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 200;

    FeedJob(const HubClient &client, QString after, QObject *parent = nullptr);

    [[nodiscard]] const QList<wire::FeedEvent> &events() const { return m_events; }
    [[nodiscard]] const QString &next() const { return m_next; }
    [[nodiscard]] bool more() const { return m_more; }

protected:
    [[nodiscard]] QByteArray verb() const override { return "GET"; }
    [[nodiscard]] QString path() const override;
    [[nodiscard]] QUrlQuery query() const override;
    [[nodiscard]] std::optional<Failure> readAnswer() override;

private:
    QString m_after;
    QList<wire::FeedEvent> m_events;
    QString m_next;
    bool m_more = false;
};

// GET /v1/catalogue?since=VERSION with If-None-Match: the district catalogue's delta, accepted
// only when X-Sportello-Signature is the pinned key's Ed25519 signature over the exact body;
// 304 when nothing changed. A bad signature, a truncated body, JSON that is not the delta's
// shape or an HTML page is a failure: the caller applies nothing.
class CatalogueJob final : public HubJob
{
    Q_OBJECT

public:
    CatalogueJob(const HubClient &client, qint64 since, QByteArray etag, QObject *parent = nullptr);

    [[nodiscard]] bool unchanged() const { return m_unchanged; }
    [[nodiscard]] const services::CatalogueUpdate &update() const { return m_update; }

protected:
    [[nodiscard]] QByteArray verb() const override { return "GET"; }
    [[nodiscard]] QString path() const override;
    [[nodiscard]] QUrlQuery query() const override;
    void prepare(QNetworkRequest &request) const override;
    [[nodiscard]] std::optional<Failure> readAnswer() override;

private:
    qint64 m_since = 0;
    QByteArray m_etag;
    bool m_unchanged = false;
    services::CatalogueUpdate m_update;
};

// GET /v1/reports/district?from=YYYY-MM&to=YYYY-MM: the district report, for a token with the
// coordinator scope (403 otherwise). Read whole and checked (reports::districtReportFromJson):
// what comes is already suppressed by the hub.
class DistrictReportJob final : public HubJob
{
    Q_OBJECT

public:
    DistrictReportJob(const HubClient &client, reports::MonthRange months,
                      QObject *parent = nullptr);

    [[nodiscard]] const reports::DistrictReport &report() const { return m_report; }

protected:
    [[nodiscard]] QByteArray verb() const override { return "GET"; }
    [[nodiscard]] QString path() const override;
    [[nodiscard]] QUrlQuery query() const override;
    [[nodiscard]] std::optional<Failure> readAnswer() override;

private:
    reports::MonthRange m_months;
    reports::DistrictReport m_report;
};

} // namespace sportello::sync
