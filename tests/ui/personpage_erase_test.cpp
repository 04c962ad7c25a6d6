// SPDX-License-Identifier: GPL-3.0-or-later
// Erasing a person from their page: only a coordinator sees the button, the page asks for a
// Yes and the typed name before anything goes, and clears itself afterwards.
#include "../core/services/peoplefixture.h"
#include "connection.h"
#include "people/personpage.h"
#include "rawdatabase.h"
#include "scriptedprompter.h"
#include "services/changenotifier.h"
#include "services/personeraser.h"
#include "services/personfiles.h"
#include "services/referralservice.h"
#include "services/subjectaccessservice.h"
#include "sql.h"
#include "sqlite.h"
#include "text/errortext.h"

#include <QDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;
using namespace sportello;

namespace {

// A desk with Mario Rossi and one session of his, and the page opened on him.
struct Fixture
{
    test::PeopleDesk desk;
    test::ScriptedPrompter prompter;
    qint64 mario = 0;
    qint64 session = 0;
    std::unique_ptr<ui::PersonPage> page;

    Fixture()
    {
        mario = desk.create(u"Mario"_s, u"Rossi"_s, 1958);
        desk.consent(mario, people::ConsentPurpose::PersonalData);
        people::Session s;
        s.personId = mario;
        s.needs = {u"POV.NORED"_s};
        s.notes = u"porta la bolletta"_s;
        session = desk.sessions->save(desk.volunteer, s).value();
    }

    // The page for `actor`, over the desk's own services (the real eraser among them).
    void open(const security::Actor &actor)
    {
        page = std::make_unique<ui::PersonPage>(ui::PersonPage::Context {
            *desk.people,
            *desk.sessions,
            desk.services->referrals(),
            desk.services->eraser(),
            desk.services->subjectAccess(),
            *desk.changes,
            desk.clock,
            prompter,
            actor,
            {{desk.lead.operatorId, u"Anna"_s}},
            [] {
                people::PrivacyNotice notice;
                notice.text = people::defaultPrivacyNoticeText();
                notice.version = u"test-1"_s;
                return notice;
            },
            {},
            &desk.services->files(),
        });
        page->resize(1280, 800);
        page->show();
        page->showPerson(mario);
        REQUIRE(page->personId() == mario);
    }

    QPushButton *eraseButton()
    {
        auto *button = page->findChild<QPushButton *>(u"personErase"_s);
        REQUIRE(button);
        return button;
    }

    bool marioOnRecord() { return desk.people->person(desk.lead, mario).ok(); }
};

} // namespace

TEST_CASE("only a coordinator sees the button to erase a person", "[ui][people][erasure]")
{
    Fixture f;
    f.open(f.desk.volunteer);
    CHECK(f.eraseButton()->isHidden());
    f.open(f.desk.facilitator);
    CHECK(f.eraseButton()->isHidden());
    f.open(f.desk.lead);
    CHECK(f.eraseButton()->isVisible());
    CHECK(f.eraseButton()->isEnabled());
    // Not while the details are being edited, nor with nobody shown.
    f.page->startEditing();
    CHECK_FALSE(f.eraseButton()->isEnabled());
    f.page->cancelEdits();
    CHECK(f.eraseButton()->isEnabled());
}

TEST_CASE("the person page erases only after a Yes and the typed name", "[ui][people][erasure]")
{
    Fixture f;
    f.open(f.desk.lead);
    QSignalSpy erased(f.desk.changes, &services::ChangeNotifier::personErased);

    // No at the first question.
    f.prompter.confirmations = {false};
    QTest::mouseClick(f.eraseButton(), Qt::LeftButton);
    // Yes, then Cancel instead of the name.
    f.prompter.confirmations = {true};
    f.prompter.texts = {QString()};
    QTest::mouseClick(f.eraseButton(), Qt::LeftButton);
    // Yes, then another name.
    f.prompter.confirmations = {true};
    f.prompter.texts = {u"Rossini"_s};
    QTest::mouseClick(f.eraseButton(), Qt::LeftButton);
    CHECK(f.marioOnRecord());
    CHECK(f.page->personId() == f.mario);
    CHECK(erased.isEmpty());
    REQUIRE(f.prompter.warnings.size() == 1);
    CHECK(f.prompter.warnings.first().contains(u"nothing was erased"_s));

    // Yes and the name, in other case and spacing.
    f.prompter.confirmations = {true};
    f.prompter.texts = {u"  rossi "_s};
    QTest::mouseClick(f.eraseButton(), Qt::LeftButton);
    CHECK(f.prompter.warnings.size() == 1);
    CHECK_FALSE(f.marioOnRecord());
    REQUIRE(erased.size() == 1);
    CHECK(erased.first().first().toLongLong() == f.mario);
    // The page clears itself from the service's announcement, on the next turn of the loop.
    QCoreApplication::processEvents();
    CHECK(f.page->personId() == 0);
    CHECK_FALSE(f.page->findChild<QWidget *>(u"personBody"_s)->isVisible());
    // The search no longer finds him; his session stays, anonymous.
    QTest::keyClicks(f.page->searchField(), u"ross"_s);
    auto *results = f.page->findChild<QListWidget *>(u"personResults"_s);
    REQUIRE(results->count() == 1);
    CHECK(results->item(0)->data(Qt::UserRole).toLongLong() == 0);
    auto kept = f.desk.sessions->session(f.desk.lead, f.session);
    REQUIRE(kept.ok());
    CHECK(kept->personId == 0);
    CHECK(kept->notes.isEmpty());
}

TEST_CASE("a failed erasure is explained and the person stays on the page", "[ui][people][erasure]")
{
    Fixture f;
    f.open(f.desk.lead);
    // Another program holds the database's write lock past a short wait.
    REQUIRE(storage::run(storage::connectionOf(f.desk.profile->database()),
                         u"PRAGMA busy_timeout = 50"_s)
                .ok());
    auto other = sportello::test::openRawDatabase(f.desk.profile->database().filePath());
    REQUIRE(other.ok());
    REQUIRE(storage::SqlQuery(*other).exec(u"BEGIN IMMEDIATE"_s));
    f.prompter.confirmations = {true};
    f.prompter.texts = {u"Rossi"_s};
    QTest::mouseClick(f.eraseButton(), Qt::LeftButton);
    REQUIRE(storage::SqlQuery(*other).exec(u"ROLLBACK"_s));
    *other = {};
    REQUIRE(f.prompter.warnings.size() == 1);
    CHECK(f.prompter.warnings.first()
          == text::ErrorText::message(makeError(ErrorCode::DatabaseBusy)));
    QCoreApplication::processEvents();
    CHECK(f.page->personId() == f.mario);
    CHECK(f.marioOnRecord());
}

TEST_CASE("a consent form saved with the name is recorded, and erasing the person offers to "
          "delete it",
          "[ui][people][erasure][files]")
{
    Fixture f;
    f.open(f.desk.lead);
    const QString pdf = f.desk.dir.filePath(u"modulo.pdf"_s);
    const auto choose = [&f](const char *button) {
        f.prompter.dialogs.push_back([button](QDialog &dialog) {
            auto *choice = dialog.findChild<QPushButton *>(QString::fromLatin1(button));
            REQUIRE(choice);
            QTest::mouseClick(choice, Qt::LeftButton);
            return dialog.result();
        });
    };
    // Printing is what the question offers first; cancelling the print dialog writes nothing.
    choose("deliverPrint");
    QTest::mouseClick(f.page->findChild<QPushButton *>(u"personPrintConsent"_s), Qt::LeftButton);
    CHECK(f.prompter.dialogTitles.size() == 2); // the question, then the print dialog
    CHECK(f.desk.services->files().ofPerson(f.desk.lead, f.mario)->isEmpty());

    choose("deliverSave");
    f.prompter.savePaths = {pdf};
    QTest::mouseClick(f.page->findChild<QPushButton *>(u"personPrintConsent"_s), Qt::LeftButton);
    REQUIRE(QFileInfo(pdf).size() > 0);
    CHECK((QFileInfo(pdf).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == 0);
    auto files = f.desk.services->files().ofPerson(f.desk.lead, f.mario);
    REQUIRE(files.ok());
    REQUIRE(files->size() == 1);
    CHECK(files->first().path == pdf);
    CHECK(files->first().kind == u"consent_form"_s);
    // A facilitator may not list them.
    CHECK(f.desk.services->files().ofPerson(f.desk.facilitator, f.mario).error().code
          == ErrorCode::PermissionDenied);

    // Erased: the file is named and deleted once the coordinator agrees.
    f.prompter.confirmations = {true, true};
    f.prompter.texts = {u"Rossi"_s};
    QTest::mouseClick(f.eraseButton(), Qt::LeftButton);
    CHECK_FALSE(f.marioOnRecord());
    CHECK_FALSE(QFileInfo::exists(pdf));
    CHECK(f.prompter.warnings.isEmpty());
}
