// SPDX-License-Identifier: GPL-3.0-or-later
// The coordinator's enrolment dialog, in Italian: what it refuses before asking anyone (an
// address that is not https, a missing certificate or pin, a malformed token or pin), a hub
// that hangs stopped by Cancel, and a desk enrolled through the Sync page against a hub in a
// fake network, with the district's certificate chosen through the prompter; then disconnected.
#include "audit/audit.h"
#include "italianinterface.h"
#include "services/auditservice.h"
#include "sync/enrolmentdialog.h"
#include "syncuifixture.h"
#include "text/errortext.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>

using namespace Qt::StringLiterals;
using namespace sportello;
using ui::EnrolmentDialog;

namespace {

const QString kAddress = u"https://hub.distretto.example.it:8443"_s;
const QString kCaFile = QStringLiteral(SPORTELLO_TEST_DATA_DIR "/sync/district-ca.pem");

template<typename T>
T *child(QWidget &parent, const QString &name)
{
    auto *widget = parent.findChild<T *>(name);
    REQUIRE(widget);
    return widget;
}

// Fills the dialog as a coordinator types it; an empty CA file or pin leaves that field empty.
void fill(QDialog &dialog, const QString &address, const QByteArray &token, const QString &pin)
{
    child<QLineEdit>(dialog, u"hubAddress"_s)->setText(address);
    child<QLineEdit>(dialog, u"hubToken"_s)->setText(QString::fromLatin1(token));
    if (!pin.isNull()) {
        child<QRadioButton>(dialog, u"trustPin"_s)->setChecked(true);
        child<QLineEdit>(dialog, u"hubPin"_s)->setText(pin);
    }
}

void pressConnect(QDialog &dialog)
{
    QTest::mouseClick(child<QDialogButtonBox>(dialog, {})->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
}

struct DialogFixture
{
    test::SyncUi ui;
    QList<std::tuple<sync::HubConfig, QByteArray, wire::District>> enrolled;
    EnrolmentDialog dialog {ui.hub.factory(), ui.desk.clock, ui.prompter,
                            [this](const sync::HubConfig &hub, const QByteArray &token,
                                   const wire::District &district) -> Status {
                                enrolled.append({hub, token, district});
                                return {};
                            }};

    // Presses Connect and waits for the attempt's end; the message shown, empty when enrolled.
    QString connect()
    {
        QSignalSpy finished(&dialog, &EnrolmentDialog::attemptFinished);
        pressConnect(dialog);
        if (finished.isEmpty())
            REQUIRE(finished.wait(10000));
        return dialog.errorText();
    }
};

} // namespace

TEST_CASE("the enrolment dialog refuses what cannot be a hub's link, before asking anyone",
          "[ui][sync][enrolment]")
{
    const test::ItalianInterface italian;
    DialogFixture f;
    f.dialog.show();
    f.dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&f.dialog));
    const QString pin = u"sha256/"_s + QString::fromLatin1(QByteArray(32, '\x01').toBase64());

    fill(f.dialog, u"http://hub.distretto.example.it"_s, test::kToken, pin);
    CHECK(f.connect()
          == u"L'indirizzo dello hub non è valido: deve iniziare con https:// seguito dal nome "
             "del server, per esempio https://hub.example.it:8443."_s);
    CHECK(child<QLineEdit>(f.dialog, u"hubAddress"_s)->hasFocus());

    fill(f.dialog, kAddress, "sph1_troppo-corto", pin);
    CHECK(f.connect().startsWith(u"Il token non è valido: inizia con sph1_"_s));

    fill(f.dialog, kAddress, test::kToken, u"sha256/nonèunimpronta"_s);
    CHECK(f.connect().startsWith(u"L'impronta della chiave non è valida: "_s));
    CHECK(child<QLineEdit>(f.dialog, u"hubPin"_s)->hasFocus());

    // Neither a pin nor a certificate.
    fill(f.dialog, kAddress, test::kToken, u" "_s);
    CHECK(f.connect().startsWith(u"Indicare il certificato del distretto (il file ca.pem) "_s));

    // The certificate chosen: none yet.
    child<QRadioButton>(f.dialog, u"trustCa"_s)->setChecked(true);
    CHECK(f.connect().startsWith(u"Indicare il certificato del distretto (il file ca.pem) "_s));
    // A file that is not there (the prompter's answer).
    f.ui.prompter.openPaths = {u"/nessuna/cartella/ca.pem"_s};
    QTest::mouseClick(child<QPushButton>(f.dialog, u"chooseCa"_s), Qt::LeftButton);
    CHECK(child<QLineEdit>(f.dialog, u"caFile"_s)->text() == u"/nessuna/cartella/ca.pem"_s);
    CHECK(f.connect() == u"Impossibile leggere il file /nessuna/cartella/ca.pem."_s);

    CHECK(f.ui.hub.requests().isEmpty());
    CHECK(f.enrolled.isEmpty());
    CHECK(f.dialog.result() != QDialog::Accepted);
}

TEST_CASE("Cancel stops a hub that does not answer and keeps what was typed",
          "[ui][sync][enrolment]")
{
    const test::ItalianInterface italian;
    DialogFixture f;
    f.ui.hub.answer = [](const test::FakeRequest &) {
        test::FakeAnswer answer;
        answer.kind = test::FakeAnswer::Kind::Hang;
        return answer;
    };
    f.dialog.show();
    fill(f.dialog, kAddress, test::kToken,
         u"sha256/"_s + QString::fromLatin1(QByteArray(32, '\x01').toBase64()));
    pressConnect(f.dialog);
    REQUIRE(QTest::qWaitFor([&f] { return !f.ui.hub.requests().isEmpty(); }, 10000));
    CHECK(f.dialog.isBusy());
    CHECK_FALSE(child<QLineEdit>(f.dialog, u"hubAddress"_s)->isEnabled());
    CHECK(child<QLabel>(f.dialog, u"enrolmentProgress"_s)->isVisible());

    f.dialog.reject();
    CHECK_FALSE(f.dialog.isBusy());
    CHECK(f.dialog.isVisible()); // stopped, not closed
    CHECK(f.dialog.errorText() == text::ErrorText::message(makeError(ErrorCode::Cancelled)));
    CHECK(child<QLineEdit>(f.dialog, u"hubAddress"_s)->isEnabled());
    CHECK(child<QLineEdit>(f.dialog, u"hubAddress"_s)->text() == kAddress);
    CHECK(f.enrolled.isEmpty());
    // A second Cancel closes.
    f.dialog.reject();
    CHECK_FALSE(f.dialog.isVisible());
}

TEST_CASE("a coordinator connects the desk from the Sync page, then disconnects it",
          "[ui][sync][enrolment]")
{
    const test::ItalianInterface italian;
    test::SyncUi f;
    f.desk.queue(2);
    REQUIRE(f.desk.network->leaveAsSystem().ok());
    f.open(f.desk.lead);
    CHECK(f.page->summaryText().startsWith(u"Lo sportello non è collegato alla rete del "
                                           "distretto."_s));
    auto *connectButton = f.page->findChild<QPushButton *>(u"syncConnect"_s);
    REQUIRE(connectButton);
    CHECK(connectButton->text() == u"&Collega alla rete…"_s);
    CHECK_FALSE(f.page->findChild<QPushButton *>(u"syncDisconnect"_s)->isEnabled());

    // The dialog, filled as a coordinator would, the certificate chosen through the prompter.
    f.prompter.openPaths = {kCaFile};
    QString dialogError;
    f.prompter.dialogs.push_back([&](QDialog &dialog) {
        fill(dialog, kAddress, test::kToken, QString());
        QTest::mouseClick(child<QPushButton>(dialog, u"chooseCa"_s), Qt::LeftButton);
        // No exception may cross the page's event handling: a failure returns Rejected.
        auto *enrolment = qobject_cast<EnrolmentDialog *>(&dialog);
        if (!enrolment)
            return int(QDialog::Rejected);
        QSignalSpy finished(enrolment, &EnrolmentDialog::attemptFinished);
        pressConnect(dialog);
        if (finished.isEmpty() && !finished.wait(10000))
            return int(QDialog::Rejected);
        dialogError = enrolment->errorText();
        return dialog.result();
    });
    QSignalSpy rounds(f.controller.get(), &sync::SyncController::roundFinished);
    QTest::mouseClick(connectButton, Qt::LeftButton);
    INFO(dialogError.toStdString());
    CHECK(dialogError.isEmpty());
    CHECK(f.prompter.dialogTitles == QStringList {u"Collega alla rete del distretto"_s});

    // The hub was asked for its district with the token, over the district's trust.
    const QList<test::FakeRequest> asked = f.hub.requests();
    REQUIRE_FALSE(asked.isEmpty());
    CHECK(asked.first().url == QUrl(kAddress + u"/v1/district"_s));
    CHECK(asked.first().authorization == "Bearer " + test::kToken);
    const sync::HubConfig hub = f.desk.network->hub().value();
    CHECK(hub.url == QUrl(kAddress));
    CHECK(hub.caPem.contains("BEGIN CERTIFICATE"));
    CHECK(hub.catalogueKey == QByteArray(32, '\x07'));
    CHECK(f.desk.network->token().value() == test::kToken);
    REQUIRE(QTest::qWaitFor([&] {
        return f.page->summaryText().contains(u"Collegato a Distretto Sociale Est Milano"_s);
    }));

    // What waited goes at once.
    REQUIRE(rounds.wait(10000));
    CHECK(f.desk.countIn(sync::outboxstate::kDelivered) == 2);

    // Disconnecting asks first.
    auto *disconnectButton = f.page->findChild<QPushButton *>(u"syncDisconnect"_s);
    REQUIRE(QTest::qWaitFor([disconnectButton] { return disconnectButton->isEnabled(); }));
    f.prompter.confirmations = {false};
    QTest::mouseClick(disconnectButton, Qt::LeftButton);
    CHECK(f.desk.network->status().value().enrolled);
    f.prompter.confirmations = {true};
    QTest::mouseClick(disconnectButton, Qt::LeftButton);
    CHECK_FALSE(f.desk.network->status().value().enrolled);
    CHECK(f.desk.network->token().code() == ErrorCode::HubNotEnrolled);

    const QList<audit::AuditEntry> entries
        = f.desk.services->audit().entries(f.desk.lead, {}).value();
    QStringList actions;
    for (const auto &entry : entries)
        actions.append(entry.action);
    CHECK(actions.contains(QString::fromLatin1(audit::kHubEnrolled)));
    CHECK(actions.contains(QString::fromLatin1(audit::kHubLeft)));
}
