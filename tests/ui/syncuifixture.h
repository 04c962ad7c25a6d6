// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../core/sync/syncfixture.h"
#include "network/synccontroller.h"
#include "scriptedprompter.h"
#include "sync/syncpage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>

// The Sync page, the status bar's line and the enrolment dialog over a desk enrolled in a hub
// that lives in a fake network: the controller's sync thread and the dialog each make their own.
namespace sportello::test {

// GET /v1/district as a hub answers it.
inline FakeAnswer districtAnswer()
{
    const QJsonObject district {
        {u"name"_s, u"Distretto Sociale Est Milano"_s},
        {u"comuni"_s, QJsonArray {u"015175"_s, u"015205"_s, u"015242"_s, u"015185"_s}},
        {u"catalogue_key"_s, QString::fromLatin1(QByteArray(32, '\x07').toBase64())}};
    return jsonAnswer(200, QJsonDocument(district).toJson(QJsonDocument::Compact));
}

// The hub of the widgets' tests: answers the district and stores every event, unless `answer`
// says otherwise (set it before anything runs: it is called in whichever thread asks).
struct WidgetHub
{
    std::function<FakeAnswer(const FakeRequest &)> answer = [](const FakeRequest &request) {
        if (request.url.path() == u"/v1/district")
            return districtAnswer();
        return eventResults(request, [](const QString &) { return u"stored"_s; });
    };

    sync::NetworkFactory factory()
    {
        return [this] {
            return std::make_unique<FakeNetwork>([this](const FakeRequest &request) {
                {
                    const QMutexLocker locker(&m_mutex);
                    m_requests.append(request);
                }
                return answer(request);
            });
        };
    }
    QList<FakeRequest> requests()
    {
        const QMutexLocker locker(&m_mutex);
        return m_requests;
    }

private:
    QMutex m_mutex;
    QList<FakeRequest> m_requests;
};

struct SyncUi
{
    SyncDesk desk;
    WidgetHub hub;
    ScriptedPrompter prompter;
    std::unique_ptr<sync::SyncController> controller;
    std::unique_ptr<ui::SyncPage> page;

    SyncUi()
    {
        sync::SyncController::Options options;
        options.network = hub.factory();
        options.watchReachability = false;
        options.random = [] {
            return 0.5;
        };
        options.notifier = desk.changes;
        controller = std::make_unique<sync::SyncController>(desk.profile->database(), desk.clock,
                                                            secrets(), std::move(options));
    }
    ~SyncUi()
    {
        // The page listens to the controller; the controller's thread uses the desk.
        page.reset();
        controller.reset();
    }

    void open(const security::Actor &actor)
    {
        page = std::make_unique<ui::SyncPage>(
            ui::SyncPage::Context {*desk.network, desk.services->outbox(), *desk.changes,
                                   *controller, hub.factory(), desk.clock, prompter, actor});
        page->resize(1100, 700);
        page->show();
    }

    // Three records: the hub stores the first and refuses the other two for good.
    QStringList queueWithRefusals()
    {
        const QStringList ids = desk.queue(3);
        FakeNetwork net([&ids](const FakeRequest &request) {
            return eventResults(request, [&ids](const QString &id) {
                return id == ids.at(0) ? u"stored"_s
                                       : (id == ids.at(1) ? u"invalid"_s : u"conflict"_s);
            });
        });
        desk.round(net);
        return ids;
    }

    // The outbox item of event `uid`.
    sync::OutboxItem item(const QString &uid) const
    {
        for (const sync::OutboxItem &candidate : desk.outbox()) {
            if (candidate.eventUid == uid)
                return candidate;
        }
        FAIL("no outbox item " << uid.toStdString());
        return {};
    }

    // Runs the round the controller was just asked for, to its end.
    void waitForRound()
    {
        QSignalSpy finished(controller.get(), &sync::SyncController::roundFinished);
        if (controller->isRunning())
            REQUIRE(finished.wait(10000));
    }
};

} // namespace sportello::test
