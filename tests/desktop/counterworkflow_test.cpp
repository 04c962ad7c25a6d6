// SPDX-License-Identifier: GPL-3.0-or-later
// The whole counter workflow through the real main window, as the desktop executable builds
// it: log in, a new session for a new person from the keyboard, needs, a suggested service,
// the handout PDF, a follow-up, save, the follow-up in the queue when its day comes, lock.
#include "../ui/scriptedprompter.h"
#include "deskcomposition.h"
#include "followups/followuppage.h"
#include "handout/handoutdialog.h"
#include "mainwindow.h"
#include "memorysecretstore.h"
#include "search/cataloguesearch.h"
#include "security/deskshell.h"
#include "security/loginpanel.h"
#include "services/accountservice.h"
#include "services/catalogueio.h"
#include "services/deskservices.h"
#include "services/peopleservice.h"
#include "services/searchcontroller.h"
#include "services/sessionservice.h"
#include "sessions/consentbox.h"
#include "sessions/needpicker.h"
#include "sessions/personform.h"
#include "sessions/personpanel.h"
#include "sessions/servicepicker.h"
#include "sessions/sessionpage.h"
#include "sessions/sessionwidgets.h"
#include "sessions/typeahead.h"
#include "storage/database.h"
#include "storage/profile.h"
#include "testhelpers.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;
using namespace sportello;

namespace {

QWidget *focused()
{
    return QApplication::focusWidget();
}

// Keys go to the focus widget, as the window system would send them.
void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = focused();
    REQUIRE(target != nullptr);
    QTest::keyClick(target, key, modifiers);
}

void type(const QString &text)
{
    for (const QChar c : text) {
        QWidget *target = focused();
        REQUIRE(target != nullptr);
        QTest::keyClicks(target, QString(c));
    }
}

} // namespace

TEST_CASE("the counter workflow through the real main window", "[desktop][workflow]")
{
    test::TempDir dir;
    test::FakeClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    auto profile = storage::Profile::open(dir.path(), sportello::test::secrets());
    REQUIRE(profile.ok());
    storage::Database &database = (*profile)->database();
    test::ScriptedPrompter prompter;
    app::DeskComposition desk(database, clock, test::secrets(), prompter, {});
    services::DeskServices &deskServices = desk.services();
    {
        QFile file(u":/sportello/catalogue/demo-catalogue.json"_s);
        REQUIRE(file.open(QIODevice::ReadOnly));
        REQUIRE(deskServices.catalogueIo().importJson(file.readAll(), u"demo"_s, u"test"_s).ok());
    }
    auto first = deskServices.accounts().firstRun(
        {u"Centro di Ascolto"_s, u"Caritas"_s, u"015175"_s, u"PIO-CDA"_s, {u"Via Roma 1"_s}},
        u"anna"_s, u"Anna Bianchi"_s, u"frase della coordinatrice"_s);
    REQUIRE(first.ok());
    REQUIRE(deskServices.accounts()
                .createAccount(first->coordinator, u"marco"_s, u"Marco Verdi"_s,
                               security::Role::Operatore, u"frase del volontario"_s, false)
                .ok());

    ui::MainWindow &window = desk.window();
    window.resize(1280, 800);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    desk.shell().start();
    REQUIRE(window.isLocked());

    // The volunteer logs in.
    ui::LoginPanel &login = desk.shell().loginPanel();
    login.usernameField()->setFocus();
    type(u"marco"_s);
    press(Qt::Key_Tab);
    type(u"frase del volontario"_s);
    press(Qt::Key_Return);
    REQUIRE(QTest::qWaitFor([&login] { return !login.isChecking(); }, 30'000));
    REQUIRE_FALSE(window.isLocked());
    // The services to suggest come from the search snapshot, made on its own thread at a low
    // priority: the first may be of the catalogue before the import above.
    services::SearchController &search = deskServices.search();
    REQUIRE(QTest::qWaitFor([&search] { return search.isReady() && search.index()->size() > 0; },
                            30'000));
    QCoreApplication::processEvents(); // the session page's deferred reload
    REQUIRE(window.pageIds().contains(u"session"_s));
    CHECK_FALSE(window.pageIds().contains(u"accounts"_s)); // not for volunteers

    // Ctrl+N from the catalogue: the session page, cursor in the person field.
    window.showPage(u"catalogue"_s);
    press(Qt::Key_N, Qt::ControlModifier);
    REQUIRE(window.currentPageId() == u"session"_s);
    auto *page = window.findChild<ui::SessionPage *>();
    REQUIRE(page != nullptr);
    REQUIRE(focused() == page->personField());

    type(u"Lucia Ferri"_s);
    REQUIRE(page->personPanel()->picker()->currentId() == u"new"_s);
    press(Qt::Key_Return);
    ui::PersonForm *form = page->personPanel()->form();
    REQUIRE(focused() == form->codiceFiscaleField());
    press(Qt::Key_Tab);
    type(u"1961"_s);

    // Consents: personal data and phone contact, on the signed form.
    ui::ConsentBox *consents = page->personPanel()->consents();
    press(Qt::Key_C, Qt::AltModifier);
    REQUIRE(focused() == consents->checkBox(people::ConsentPurpose::PersonalData));
    press(Qt::Key_Space);
    consents->checkBox(people::ConsentPurpose::PhoneContact)->setFocus();
    press(Qt::Key_Space);

    // Two needs, then the first service the catalogue suggests for them.
    press(Qt::Key_N, Qt::AltModifier);
    type(u"bollet"_s);
    press(Qt::Key_Return);
    type(u"affitto"_s);
    press(Qt::Key_Return);
    REQUIRE(page->needPicker()->needs().size() == 2);
    press(Qt::Key_V, Qt::AltModifier);
    QListWidget *services = page->servicePicker()->list();
    REQUIRE(focused() == services);
    REQUIRE(services->count() > 0);
    press(Qt::Key_Space);
    const QStringList serviceUids = page->servicePicker()->checkedUids();
    REQUIRE(serviceUids.size() == 1);

    // The handout of that service, saved as a PDF before the session is saved: the page's own
    // button opens the dialog, whose "Save PDF…" asks where in the file dialog.
    const QString pdf = dir.filePath(u"handout.pdf"_s);
    prompter.savePaths = {pdf};
    int handoutServices = 0;
    prompter.dialogs.push_back([&handoutServices](QDialog &dialog) {
        auto *handout = qobject_cast<ui::HandoutDialog *>(&dialog);
        REQUIRE(handout);
        handoutServices = int(handout->content().services.size());
        CHECK(handout->content().desk.name == u"Centro di Ascolto"_s);
        auto *save = handout->findChild<QPushButton *>(u"savePdf"_s);
        REQUIRE(save);
        QTest::mouseClick(save, Qt::LeftButton);
        return int(QDialog::Rejected); // then Close
    });
    QWidget *before = focused();
    QTest::mouseClick(page->findChild<QPushButton *>(u"handoutButton"_s), Qt::LeftButton);
    before->setFocus();
    CHECK(prompter.dialogTitles == QStringList {u"Handout for the citizen"_s});
    CHECK(handoutServices == 1);
    CHECK(prompter.saveTitles == QStringList {u"Save handout as PDF"_s});
    QFile written(pdf);
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK(written.read(4) == "%PDF");

    // Outcome, and a call back in a week.
    press(Qt::Key_O, Qt::AltModifier);
    type(u"D"_s);
    press(Qt::Key_Space);
    press(Qt::Key_B, Qt::AltModifier);
    auto *followUp = page->findChild<QCheckBox *>(u"followUpCheck"_s);
    REQUIRE(followUp != nullptr);
    REQUIRE(QTest::qWaitFor([followUp] { return followUp->isChecked(); }, 2000));

    QSignalSpy saved(page, &ui::SessionPage::sessionSaved);
    press(Qt::Key_S, Qt::ControlModifier);
    INFO(prompter.warnings.join(u'\n').toStdString());
    REQUIRE(saved.count() == 1);
    CHECK(prompter.warnings.isEmpty());
    const qint64 sessionId = saved.at(0).at(0).toLongLong();
    const qint64 personId = saved.at(0).at(1).toLongLong();
    REQUIRE(personId > 0);

    auto session = deskServices.sessions().session(first->coordinator, sessionId);
    REQUIRE(session.ok());
    CHECK(session->needs.size() == 2);
    CHECK(session->services.size() == 1);
    CHECK(session->services.first().serviceUid == serviceUids.first());
    CHECK(session->outcomes.contains(u"ORIENT_SERV"_s));
    CHECK(session->deskCode == u"PIO-CDA"_s);

    // The follow-up waits in "To call back" and comes due on its day.
    window.showPage(u"followups"_s);
    auto *followUps = window.findChild<ui::FollowUpPage *>();
    REQUIRE(followUps != nullptr);
    CHECK(followUps->dueNow() == 0);
    clock.advanceDays(7);
    followUps->refresh();
    CHECK(followUps->dueNow() == 1);
    auto queue = deskServices.sessions().followUpQueue(first->coordinator);
    REQUIRE(queue.ok());
    REQUIRE(queue->today.size() == 1);
    CHECK(queue->today.first().personId == personId);

    // Ctrl+L: every page goes, and nothing of the person stays on screen.
    press(Qt::Key_L, Qt::ControlModifier);
    CHECK(window.isLocked());
    CHECK(window.pageIds().isEmpty());
    // Deleted once control is back in the event loop (MainWindow::clearPages).
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(window.findChild<ui::SessionPage *>() == nullptr);
    for (const QLineEdit *field : window.findChildren<QLineEdit *>())
        CHECK_FALSE(field->text().contains(u"Ferri"_s));
}
