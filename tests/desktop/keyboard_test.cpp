// SPDX-License-Identifier: GPL-3.0-or-later
// The keyboard alone (issue 18, point 6): a coordinator reaches the navigation by Tab, opens
// the reports by typing the page's name, shows the desk's report and exports it; records a
// session that refers the person to social services and the referral itself; puts a request
// on the neighbourhood board — without the mouse. (Log in and a new session by keyboard:
// counterworkflow_test.)
#include "board/boardpostform.h"
#include "desktopfixture.h"
#include "referrals/referraldialog.h"
#include "reports/reportpage.h"
#include "services/boardservice.h"
#include "services/desksettings.h"
#include "services/peopleservice.h"
#include "services/referralservice.h"
#include "sessions/needpicker.h"
#include "sessions/personpanel.h"
#include "sessions/sessionpage.h"
#include "sessions/typeahead.h"

#include <QApplication>
#include <QFile>
#include <QGuiApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;
using namespace sportello;

namespace {

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = QApplication::focusWidget();
    REQUIRE(target != nullptr);
    QTest::keyClick(target, key, modifiers);
}

// Text typed one key at a time into whatever has the focus, as a person types.
void type(const QString &text)
{
    for (const QChar ch : text) {
        QWidget *target = QApplication::focusWidget();
        REQUIRE(target != nullptr);
        QTest::keyClicks(target, QString(ch));
    }
}

void tabTo(const QWidget *target)
{
    for (int presses = 0; presses < 40 && QApplication::focusWidget() != target; ++presses)
        press(Qt::Key_Tab);
    REQUIRE(QApplication::focusWidget() == target);
}

// Tab until the focus is in the navigation, then type the start of a page's name.
void goToPage(test::Desktop &d, const QString &typed, const QString &pageId)
{
    auto *navigation = d.window().findChild<QListWidget *>(u"navigation"_s);
    REQUIRE(navigation);
    tabTo(navigation);
    QTest::keyClicks(navigation, typed);
    REQUIRE(d.window().currentPageId() == pageId);
}

// A person the desk knows, with the consents given on the signed form.
qint64 knownPerson(test::Desktop &d, const QString &given, const QString &family,
                   std::initializer_list<people::ConsentPurpose> purposes)
{
    people::Person person;
    person.givenName = given;
    person.familyName = family;
    auto created = d.services().people().create(d.lead, person);
    INFO((created ? QString() : created.error().toLogString()).toStdString());
    REQUIRE(created.ok());
    const qint64 id = *created;
    for (const people::ConsentPurpose purpose : purposes)
        REQUIRE(d.services()
                    .people()
                    .recordConsent(d.lead, id, purpose, people::ConsentMethod::SignedForm, u"t-1"_s)
                    .ok());
    return id;
}

// Ctrl+N, the person's name and Enter: the session page with that person at the counter.
ui::SessionPage *openSessionFor(test::Desktop &d, const QString &typed, qint64 personId)
{
    d.window().activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&d.window()));
    press(Qt::Key_N, Qt::ControlModifier);
    REQUIRE(d.window().currentPageId() == u"session"_s);
    auto *page = d.window().findChild<ui::SessionPage *>();
    REQUIRE(page);
    REQUIRE(QApplication::focusWidget() == page->personField());
    type(typed);
    // The matches come from a search: Enter once the person is highlighted, as a person waits
    // to see the name.
    ui::TypeAhead *picker = page->personPanel()->picker();
    REQUIRE(QTest::qWaitFor(
        [picker, personId] { return picker->currentId() == u"p:"_s + QString::number(personId); },
        10000));
    press(Qt::Key_Return);
    REQUIRE(page->personPanel()->choice() == ui::PersonPanel::Choice::Existing);
    return page;
}

} // namespace

TEST_CASE("a coordinator shows and exports the desk report with the keyboard alone",
          "[desktop][keyboard]")
{
    test::Desktop d;
    d.window().activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&d.window()));
    auto *navigation = d.window().findChild<QListWidget *>(u"navigation"_s);
    REQUIRE(navigation);
    // After login the focus is in the first page's first field (MainWindow::focusFirstField).
    REQUIRE(QApplication::focusWidget() != nullptr);

    // Tab until the list of pages has the focus: it is on the way, not out of reach.
    for (int presses = 0; presses < 100 && QApplication::focusWidget() != navigation; ++presses)
        press(Qt::Key_Tab);
    REQUIRE(QApplication::focusWidget() == navigation);
    // Typing a page's first letters goes to it.
    QTest::keyClicks(navigation, u"Rep"_s);
    REQUIRE(d.window().currentPageId() == u"reports"_s);
    auto *page = d.window().findChild<ui::ReportPage *>();
    REQUIRE(page);

    // Tab into the page, as a person goes on from the list.
    for (int presses = 0; presses < 10 && !page->isAncestorOf(QApplication::focusWidget());
         ++presses)
        press(Qt::Key_Tab);
    REQUIRE(page->isAncestorOf(QApplication::focusWidget()));

    // The page shows the last year when first opened; then the key asks for it again.
    auto *exportButton = page->findChild<QPushButton *>(u"reportExport"_s);
    REQUIRE(exportButton);
    REQUIRE(QTest::qWaitFor([exportButton] { return exportButton->isEnabled(); }, 30000));
    QSignalSpy shown(page, &ui::ReportPage::reportShown);
    press(Qt::Key_S, Qt::AltModifier); // &Show, clicked as a mnemonic clicks: shortly
    REQUIRE(shown.wait(30000));
    REQUIRE(QTest::qWaitFor([exportButton] { return exportButton->isEnabled(); }, 30000));

    test::TempDir out;
    const QString path = out.filePath(u"rapporto.csv"_s);
    d.prompter.savePaths = {path};
    press(Qt::Key_E, Qt::AltModifier); // &Export CSV…, clicked as a mnemonic clicks: shortly
    REQUIRE(QTest::qWaitFor([&path] { return QFile::exists(path); }, 10000));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.size() > 0);
    CHECK(d.prompter.warnings.isEmpty());
}

TEST_CASE("a session and its referral to social services with the keyboard alone",
          "[desktop][keyboard]")
{
    test::Desktop d;
    const qint64 carla
        = knownPerson(d, u"Carla"_s, u"Neri"_s, {people::ConsentPurpose::PersonalData});
    ui::SessionPage *page = openSessionFor(d, u"carla"_s, carla);

    // A need, and the outcome that refers her on, picked in the list by typing its name.
    press(Qt::Key_N, Qt::AltModifier);
    type(u"CAS.SFR"_s);
    press(Qt::Key_Return);
    REQUIRE(page->needPicker()->needs() == QStringList {u"CAS.SFRATTO"_s});
    press(Qt::Key_O, Qt::AltModifier);
    REQUIRE(QApplication::focusWidget() == page->outcomeList());
    QTest::keyClicks(page->outcomeList(), u"Referral"_s); // (a space would tick it)
    REQUIRE(page->outcomeList()->currentItem());
    press(Qt::Key_Space);

    QSignalSpy saved(page, &ui::SessionPage::sessionSaved);
    press(Qt::Key_S, Qt::ControlModifier);
    INFO(d.prompter.warnings.join(u'\n').toStdString());
    REQUIRE(saved.count() == 1);
    const qint64 sessionId = saved.at(0).at(0).toLongLong();

    // The referral is offered with the focus on its button: Space opens the dialog, the
    // destination already social services; Tab to OK and Enter record it.
    REQUIRE(QApplication::focusWidget() == page->referralButton());
    QSignalSpy created(page, &ui::SessionPage::referralCreated);
    press(Qt::Key_Space);
    ui::ReferralDialog *dialog = page->referralDialog();
    REQUIRE(dialog);
    dialog->activateWindow(); // the window manager's part
    REQUIRE(QTest::qWaitFor(
        [dialog] { return QGuiApplication::focusWindow() == dialog->windowHandle(); }));
    tabTo(dialog->okButton());
    press(Qt::Key_Return);
    REQUIRE(created.count() == 1);

    auto stored = d.services().referrals().referral(d.lead, created.at(0).at(0).toLongLong());
    REQUIRE(stored.ok());
    CHECK(stored->sessionId == sessionId);
    CHECK(stored->personId == carla);
    CHECK(stored->destinationType == u"SS_COMUNE"_s);
    CHECK(stored->needs == QStringList {u"CAS.SFRATTO"_s});
}

TEST_CASE("a request on the neighbourhood board with the keyboard alone", "[desktop][keyboard]")
{
    test::Desktop d;
    // The board's comuni are the district's, as the hub sent them: the pages are made again
    // at the next login.
    REQUIRE(
        d.services().settings().setDistrict({u"Est Milano"_s, {u"015175"_s, u"015205"_s}}).ok());
    d.desk->shell().lockNow();
    auto again = d.services().accounts().login(u"anna"_s, u"frase della coordinatrice"_s);
    REQUIRE(again.ok());
    d.lead = *again;
    // The pages of the first login go once control is back in the event loop.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    d.desk->shell().enter(d.lead);
    const qint64 lina
        = knownPerson(d, u"Lina"_s, u"Gatti"_s,
                      {people::ConsentPurpose::PersonalData, people::ConsentPurpose::Board});
    openSessionFor(d, u"lina"_s, lina);

    // To the board by its name in the navigation; the form is for the person at the counter.
    goToPage(d, u"Neigh"_s, u"board"_s);
    auto *form = d.window().findChild<ui::BoardPostForm *>();
    REQUIRE(form);
    REQUIRE(form->personId() == lina);
    auto *kind = form->findChild<QWidget *>(u"boardKind"_s);
    REQUIRE(kind);
    tabTo(kind); // a request is the first kind
    press(Qt::Key_N, Qt::AltModifier);
    type(u"Centro"_s);
    tabTo(form->findChild<QWidget *>(u"boardDay1"_s));
    press(Qt::Key_Space); // Mondays
    press(Qt::Key_T, Qt::AltModifier);
    type(u"Spesa al mercato"_s);
    tabTo(form->findChild<QWidget *>(u"boardSubmit"_s));
    press(Qt::Key_Space);

    INFO(d.prompter.warnings.join(u'\n').toStdString());
    auto recent = d.services().board().recent(d.lead);
    REQUIRE(recent.ok());
    REQUIRE(recent->size() == 1);
    CHECK(recent->first().personId == lina);
    CHECK(recent->first().action.type == u"post.create"_s);
    CHECK(d.prompter.warnings.isEmpty());
}
