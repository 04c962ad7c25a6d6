// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "network/networkfactory.h"
#include "support/result.h"
#include "sync/hubconfig.h"
#include "wire/record.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace sportello {
class Clock;
}

namespace sportello::sync {

class DistrictJob;
class HubClient;

// What a coordinator types, or passes to `sportello-cli hub enrol`.
struct EnrolmentRequest
{
    QUrl url;
    QByteArray token;
    QByteArray caPem; // the district CA (ca.pem), or
    QByteArray spkiPin; // the hub's key pin (32 bytes)
    bool http2 = false;
};

// The network half of enrolment: checks what was typed, then asks the hub GET /v1/district
// with the token over the given trust. On success hub() and district() are what
// services::NetworkService::enrol stores (the catalogue key pinned from this answer).
class Enrolment final : public QObject
{
    Q_OBJECT

public:
    Enrolment(QNetworkAccessManager &network, const Clock &clock, EnrolmentRequest request,
              QObject *parent = nullptr);
    // With a manager of its own from `network`, for this enrolment's trust alone: the app's
    // dialog tries a trust that is not yet the desk's, and may try another one next.
    Enrolment(const NetworkFactory &network, const Clock &clock, EnrolmentRequest request,
              QObject *parent = nullptr);
    ~Enrolment() override;

    // Starts; finished() follows, always, once.
    void start();
    void cancel();

    [[nodiscard]] const std::optional<Error> &error() const { return m_error; }
    [[nodiscard]] const HubConfig &hub() const { return m_hub; }
    [[nodiscard]] const wire::District &district() const { return m_district; }

Q_SIGNALS:
    void finished();

private:
    void fail(Error error);

    std::unique_ptr<QNetworkAccessManager> m_ownedNetwork; // empty when the caller's is used
    QNetworkAccessManager &m_network;
    const Clock &m_clock;
    EnrolmentRequest m_request;
    HubConfig m_hub;
    wire::District m_district;
    std::optional<Error> m_error;
    std::unique_ptr<HubClient> m_client;
    QPointer<DistrictJob> m_job; // deleted later once answered
    bool m_finished = false;
};

} // namespace sportello::sync
