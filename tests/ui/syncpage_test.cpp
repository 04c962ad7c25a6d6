// SPDX-License-Identifier: GPL-3.0-or-later
// The Sync page and the status bar's line, in Italian as a desk sees them: the outbox's items
// with their states and problems in words, a refused record sent again or given up by a
// coordinator only, the link's summary, "not connected", the counts and a pause.
#include "audit/audit.h"
#include "italianinterface.h"
#include "services/auditservice.h"
#include "sync/outboxmodel.h"
#include "sync/syncstatuswidget.h"
#include "syncuifixture.h"
#include "text/synctext.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace sportello;
using ui::OutboxModel;

namespace state = sync::outboxstate;

namespace {

sync::OutboxItem item(qint64 id, const char *state, const QString &type, const QString &error = {})
{
    sync::OutboxItem item;
    item.id = id;
    item.eventUid = u"0000000%1-0000-4000-8000-000000000000"_s.arg(id);
    item.eventType = type;
    item.state = QString::fromLatin1(state);
    item.createdAt = QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC);
    item.lastError = error;
    return item;
}

QString cell(const OutboxModel &model, int row, OutboxModel::Column column)
{
    return model.index(row, column).data().toString();
}

} // namespace

TEST_CASE("the outbox model says each state, record and problem in Italian", "[ui][sync]")
{
    const test::ItalianInterface italian;
    test::FakeClock clock;
    OutboxModel model(clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    sync::OutboxItem waiting = item(1, state::kQueued, u"referral.created"_s, u"network"_s);
    waiting.attempts = 2;
    waiting.nextAttemptAt = clock.nowUtc().addDays(1);
    model.setItems({waiting, item(2, state::kSending, u"referral.logged"_s),
                    item(3, state::kDelivered, u"referral.status_changed"_s),
                    item(4, state::kFailed, u"referral.updated"_s, u"refused:invalid:data.stato"_s),
                    item(5, state::kDiscarded, u"referral.created"_s, u"refused:conflict"_s),
                    item(6, state::kQueued, u"referral.created"_s)});
    REQUIRE(model.rowCount() == 6);
    CHECK(model.columnCount() == OutboxModel::ColumnCount);
    // What needs a person first: refused, then waiting or sending, then settled; newest first.
    QList<qint64> order;
    for (int row = 0; row < model.rowCount(); ++row)
        order.append(model.index(row, 0).data(OutboxModel::ItemIdRole).toLongLong());
    CHECK(order == QList<qint64> {4, 6, 2, 1, 5, 3});
    const auto at = [&model](qint64 id, OutboxModel::Column column) {
        return cell(model, model.rowOf(id), column);
    };
    CHECK(at(1, OutboxModel::State) == u"in attesa"_s);
    CHECK(at(2, OutboxModel::State) == u"in invio"_s);
    CHECK(at(3, OutboxModel::State) == u"consegnato"_s);
    CHECK(at(4, OutboxModel::State) == u"respinto"_s);
    CHECK(at(5, OutboxModel::State) == u"abbandonato"_s);
    CHECK(at(1, OutboxModel::Event) == u"Nuova segnalazione"_s);
    CHECK(at(3, OutboxModel::Event) == u"Cambio di stato della segnalazione"_s);
    CHECK(at(1, OutboxModel::Attempts) == u"2"_s);
    CHECK(at(1, OutboxModel::Problem)
          == u"Lo hub non è raggiungibile (rete assente o hub spento)."_s);
    CHECK(at(4, OutboxModel::Problem) == u"Respinto: lo hub non accetta il campo data.stato."_s);
    CHECK(at(5, OutboxModel::Problem)
          == u"Respinto: lo hub ha già un record diverso con lo stesso identificativo."_s);
    // The code stays at hand, for whoever asks the Ufficio di Piano.
    CHECK(model.index(model.rowOf(4), OutboxModel::Problem)
              .data(Qt::ToolTipRole)
              .toString()
              .endsWith(u"(refused:invalid:data.stato)"_s));
    CHECK(at(1, OutboxModel::NextAttempt).startsWith(u"domani "_s));
    CHECK(at(6, OutboxModel::NextAttempt) == u"al prossimo giro"_s);
    CHECK(at(4, OutboxModel::NextAttempt).isEmpty()); // a refused item waits for nobody
    CHECK(model.headerData(OutboxModel::Problem, Qt::Horizontal, Qt::DisplayRole).toString()
          == u"Ultimo problema"_s);
    CHECK(model.itemAt(model.rowOf(4))->id == 4);
    CHECK(model.itemAt(6) == nullptr);
    CHECK(model.rowOf(99) == -1);
}

TEST_CASE("every failure code has plain words, an unknown one stays visible", "[ui][sync]")
{
    using text::SyncText;
    const test::ItalianInterface italian;
    for (const QString &code :
         {u"network"_s, u"timeout"_s, u"tls"_s, u"clock"_s, u"captive-portal"_s, u"bad-answer"_s,
          u"http-502"_s, u"busy"_s, u"unauthorized"_s, u"proxy-auth"_s, u"too-large"_s,
          u"redirect"_s, u"bad-signature"_s, u"refused:conflict"_s, u"refused:invalid"_s,
          u"refused:invalid:data.eta"_s, u"refused:bad-json"_s, u"refused:not-found:events"_s}) {
        INFO(code.toStdString());
        const QString words = SyncText::failure(code);
        CHECK(words != code);
        CHECK(words.endsWith(u'.'));
    }
    CHECK(SyncText::failure(u"http-502"_s) == u"Lo hub ha avuto un problema interno (HTTP 502)."_s);
    CHECK(SyncText::failure(u"refused:not-found:events"_s)
          == u"Respinto dallo hub (not-found, campo events)."_s);
    CHECK(SyncText::failure(u"something-new"_s) == u"something-new"_s);
    CHECK(SyncText::pauseReason(u"unauthorized"_s) == u"lo hub non accetta più il token"_s);
    const QDateTime now(QDate(2026, 3, 2), QTime(12, 0));
    CHECK(SyncText::when(QDateTime(QDate(2026, 3, 2), QTime(10, 42)), now) == u"oggi 10:42"_s);
    CHECK(SyncText::when(QDateTime(QDate(2026, 3, 1), QTime(18, 5)), now) == u"ieri 18:05"_s);
    CHECK(SyncText::when(QDateTime(), now).isEmpty());
}

TEST_CASE("a coordinator sends a refused record again or gives it up, confirmed and audited",
          "[ui][sync]")
{
    const test::ItalianInterface italian;
    test::SyncUi f;
    const QStringList ids = f.queueWithRefusals();
    f.open(f.desk.lead);
    OutboxModel &model = *f.page->model();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == 3);
    auto *requeue = f.page->findChild<QPushButton *>(u"outboxRequeue"_s);
    auto *discard = f.page->findChild<QPushButton *>(u"outboxDiscard"_s);
    REQUIRE(requeue);
    REQUIRE(discard);
    CHECK(requeue->text() == u"Invia di &nuovo"_s);
    CHECK(discard->text() == u"A&bbandona"_s);

    // A delivered record offers nothing; a refused one both choices.
    REQUIRE(f.page->selectItem(f.item(ids.at(0)).id));
    CHECK_FALSE(requeue->isEnabled());
    REQUIRE(f.page->selectItem(f.item(ids.at(1)).id));
    CHECK(requeue->isEnabled());
    CHECK(discard->isEnabled());
    CHECK(cell(model, model.rowOf(f.item(ids.at(1)).id), OutboxModel::State) == u"respinto"_s);

    // Declined: nothing changes.
    f.prompter.confirmations = {false};
    QTest::mouseClick(requeue, Qt::LeftButton);
    CHECK(f.item(ids.at(1)).state == QLatin1StringView(state::kFailed));

    // Confirmed: sent again, and the round that follows delivers it.
    f.prompter.confirmations = {true};
    QTest::mouseClick(requeue, Qt::LeftButton);
    CHECK(f.prompter.warnings.isEmpty());
    f.waitForRound();
    CHECK(f.item(ids.at(1)).state == QLatin1StringView(state::kDelivered));

    // The other is given up.
    REQUIRE(f.page->selectItem(f.item(ids.at(2)).id));
    f.prompter.confirmations = {true};
    QTest::mouseClick(discard, Qt::LeftButton);
    CHECK(f.item(ids.at(2)).state == QLatin1StringView(state::kDiscarded));
    REQUIRE(QTest::qWaitFor([&] {
        const int row = model.rowOf(f.item(ids.at(2)).id);
        return row >= 0 && cell(model, row, OutboxModel::State) == u"abbandonato"_s;
    }));
    CHECK_FALSE(requeue->isEnabled());

    const auto entries = f.desk.services->audit().entries(f.desk.lead, {}).value();
    QStringList actions;
    for (const auto &entry : entries)
        actions.append(entry.action);
    CHECK(actions.contains(QString::fromLatin1(audit::kOutboxRequeued)));
    CHECK(actions.contains(QString::fromLatin1(audit::kOutboxDiscarded)));

    // The filter lists one state.
    f.page->setStateFilter(QString::fromLatin1(state::kDiscarded));
    CHECK(model.rowCount() == 1);
    f.page->setStateFilter(QString::fromLatin1(state::kFailed));
    CHECK(model.rowCount() == 0);
}

TEST_CASE("a volunteer sees the link and the records, and no coordinator's action", "[ui][sync]")
{
    const test::ItalianInterface italian;
    test::SyncUi f;
    f.queueWithRefusals();
    f.open(f.desk.volunteer);
    CHECK(f.page->model()->rowCount() == 3);
    CHECK(f.page->findChild<QPushButton *>(u"outboxRequeue"_s) == nullptr);
    CHECK(f.page->findChild<QPushButton *>(u"outboxDiscard"_s) == nullptr);
    CHECK(f.page->findChild<QPushButton *>(u"syncConnect"_s) == nullptr);
    CHECK(f.page->findChild<QPushButton *>(u"syncDisconnect"_s) == nullptr);
    auto *syncNow = f.page->findChild<QPushButton *>(u"syncNow"_s);
    REQUIRE(syncNow);
    CHECK(syncNow->text() == u"Sincroni&zza ora"_s);
    CHECK(f.page->summaryText().contains(u"Collegato a Est Milano tramite lo hub "
                                         "https://hub.example.it:8443."_s));
    CHECK(f.page->summaryText().contains(
        u"In attesa: 0 · in invio: 0 · consegnati: 1 · respinti: 2 · abbandonati: 0"_s));

    // The service refuses a volunteer anyway.
    const qint64 refused = f.item(f.desk.outbox().at(1).eventUid).id;
    CHECK(f.desk.network->requeue(f.desk.volunteer, refused).code() == ErrorCode::PermissionDenied);

    // "Sincronizza ora" runs a round, with the progress and Cancel while it runs.
    QSignalSpy finished(f.controller.get(), &sync::SyncController::roundFinished);
    QTest::mouseClick(syncNow, Qt::LeftButton);
    CHECK(f.page->findChild<QProgressBar *>(u"syncProgress"_s)->isVisible());
    CHECK(f.page->findChild<QPushButton *>(u"syncCancel"_s)->isVisible());
    REQUIRE(finished.wait(10000));
    CHECK_FALSE(f.page->findChild<QProgressBar *>(u"syncProgress"_s)->isVisible());
    CHECK(f.page->summaryText().contains(u"Sincronizzazione eseguita: 0 consegnati, 0 respinti "
                                         "dallo hub."_s));
}

TEST_CASE("the status bar says not connected, the counts, a pause and a round", "[ui][sync]")
{
    const test::ItalianInterface italian;
    test::SyncUi f;
    f.desk.queue(2);
    REQUIRE(f.desk.network->leaveAsSystem().ok());
    ui::SyncStatusWidget status({*f.desk.network, *f.desk.changes, *f.controller, f.desk.clock});
    status.show();
    auto *syncNow = status.findChild<QToolButton *>(u"statusSyncNow"_s);
    REQUIRE(syncNow);
    CHECK(status.text() == u"Non collegato alla rete · 2 in attesa"_s);
    CHECK_FALSE(syncNow->isVisible());

    // Enrolled again (a change announced): never synchronized yet.
    REQUIRE(f.desk.network
                ->enrolAsSystem(test::fakeHub(), test::kToken,
                                {u"Est Milano"_s, {u"015175"_s, u"015205"_s}})
                .ok());
    REQUIRE(QTest::qWaitFor([&] { return status.text().startsWith(u"Mai sincronizzato"_s); }));
    CHECK(status.text() == u"Mai sincronizzato · 2 in attesa"_s);
    CHECK(syncNow->isVisible());
    CHECK(syncNow->text() == u"Sincronizza ora"_s);

    // One refused, one delivered, by a round of the controller.
    f.hub.answer = [first = f.desk.outbox().at(0).eventUid](const test::FakeRequest &request) {
        return test::eventResults(request, [first](const QString &id) {
            return id == first ? u"stored"_s : u"invalid"_s;
        });
    };
    QSignalSpy finished(f.controller.get(), &sync::SyncController::roundFinished);
    QTest::mouseClick(syncNow, Qt::LeftButton);
    REQUIRE(finished.wait(10000));
    REQUIRE(QTest::qWaitFor([&] { return status.text().contains(u"respint"_s); }));
    CHECK(status.text().startsWith(u"Ultima sincronizzazione: oggi "_s));
    CHECK(status.text().endsWith(u" · nulla in attesa · 1 respinto"_s));

    // Paused until someone acts.
    REQUIRE(f.desk.network->setPaused(u"unauthorized"_s).ok());
    REQUIRE(QTest::qWaitFor([&] { return status.text().startsWith(u"In pausa"_s); }));
    CHECK(status.text()
          == u"In pausa: lo hub non accetta più il token · nulla in attesa · "
             "1 respinto"_s);
    CHECK(status.findChild<QLabel *>(u"syncStatus"_s)->toolTip().contains(u"con un nuovo token"_s));
}

TEST_CASE("while the proxy wants a password, the page asks for it and syncs at once", "[ui][sync]")
{
    const test::ItalianInterface italian;
    test::SyncUi f;
    f.open(f.desk.volunteer);
    auto *proxy = f.page->findChild<QPushButton *>(u"syncProxy"_s);
    REQUIRE(proxy);
    CHECK(proxy->isHidden());
    REQUIRE(f.desk.network->setPaused(u"proxy-auth"_s).ok());
    f.page->refresh();
    CHECK_FALSE(proxy->isHidden());
    CHECK(proxy->text() == u"&Password del proxy…"_s);
    CHECK(f.page->summaryText().contains(u"Password del proxy"_s));

    // Cancelled at the password: nothing is given, no round.
    QSignalSpy started(f.controller.get(), &sync::SyncController::roundStarted);
    f.prompter.texts = {u"utente"_s, QString()};
    CHECK_FALSE(f.page->enterProxyCredentials());
    CHECK(started.isEmpty());
    // Typed: a round that goes through the pause.
    QSignalSpy finished(f.controller.get(), &sync::SyncController::roundFinished);
    f.prompter.texts = {u" utente "_s, u"segreta"_s};
    QTest::mouseClick(proxy, Qt::LeftButton);
    REQUIRE(started.size() == 1);
    CHECK(started.first().first().toBool()); // forced
    REQUIRE(finished.wait(10000));
}
