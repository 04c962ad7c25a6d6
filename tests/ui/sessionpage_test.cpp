// SPDX-License-Identifier: GPL-3.0-or-later
// The session page driven from the keyboard alone, as at a busy counter: every key goes to
// the widget that has the focus, and the keys are counted.
#include "sessionfixture.h"
#include "sessions/consentbox.h"
#include "sessions/personform.h"
#include "sessions/servicepicker.h"
#include "sessions/sessionwidgets.h"
#include "text/errortext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace sportello;
using sportello::people::ConsentPurpose;
using sportello::test::Fixture;
using sportello::test::focused;
using sportello::test::Keyboard;
using sportello::test::kNoticeVersion;
using sportello::ui::PersonPanel;

TEST_CASE("a whole orientation session for a new person, from the keyboard alone", "[ui][sessions]")
{
    Fixture f;
    Keyboard keys;

    keys.press(Qt::Key_N, Qt::ControlModifier);
    REQUIRE(focused() == f.page->personField());
    keys.type(u"Anna Verdi"_s);
    // Nobody by that name: the first line offers to record her.
    REQUIRE(f.personPicker()->matchList()->isVisible());
    REQUIRE(f.personPicker()->currentId() == u"new"_s);
    keys.press(Qt::Key_Return);
    REQUIRE(f.page->personPanel()->choice() == PersonPanel::Choice::New);
    ui::PersonForm *form = f.page->personPanel()->form();
    CHECK(form->givenNameField()->text() == u"Anna"_s);
    CHECK(form->familyNameField()->text() == u"Verdi"_s);
    REQUIRE(focused() == form->codiceFiscaleField());
    keys.press(Qt::Key_Tab);
    REQUIRE(focused() == form->birthYearField());
    keys.type(u"1958"_s);

    // Alt+C: the consents; she signs the form for her personal data.
    keys.press(Qt::Key_C, Qt::AltModifier);
    ui::ConsentBox *consents = f.page->personPanel()->consents();
    REQUIRE(focused() == consents->checkBox(ConsentPurpose::PersonalData));
    keys.press(Qt::Key_Space);
    CHECK(consents->checkBox(ConsentPurpose::PersonalData)->isChecked());

    // Alt+N: the needs, by a word of the counter and by part of a label.
    keys.press(Qt::Key_N, Qt::AltModifier);
    REQUIRE(focused() == f.page->needPicker()->field());
    keys.type(u"bollet"_s);
    CHECK(f.needAhead()->currentId() == u"POV.UTENZE"_s);
    keys.press(Qt::Key_Return);
    keys.type(u"alim"_s);
    CHECK(f.needAhead()->currentId() == u"POV.ALIM"_s);
    keys.press(Qt::Key_Return);
    REQUIRE(f.page->needPicker()->needs() == QStringList {u"POV.UTENZE"_s, u"POV.ALIM"_s});
    CHECK(f.page->needPicker()->field()->text().isEmpty());

    // Alt+V: the services suggested for these needs; Space ticks the first.
    keys.press(Qt::Key_V, Qt::AltModifier);
    QListWidget *services = f.page->servicePicker()->list();
    REQUIRE(focused() == services);
    REQUIRE(services->count() > 0);
    const QString serviceUid = services->currentItem()->data(ui::kCodeRole).toString();
    keys.press(Qt::Key_Space);
    REQUIRE(f.page->servicePicker()->checkedUids() == QStringList {serviceUid});

    // Alt+O: the outcomes; a first letter moves to the next outcome starting with it, Space
    // ticks.
    keys.press(Qt::Key_O, Qt::AltModifier);
    REQUIRE(focused() == f.page->outcomeList());
    keys.type(u"D"_s);
    keys.press(Qt::Key_Space);
    REQUIRE(ui::checkedCodes(f.page->outcomeList()) == QStringList {u"ORIENT_SERV"_s});

    QSignalSpy saved(f.page.get(), &ui::SessionPage::sessionSaved);
    keys.press(Qt::Key_S, Qt::ControlModifier);
    INFO(f.prompter.warnings.join(u'\n').toStdString());
    REQUIRE(saved.count() == 1);
    CHECK(f.prompter.warnings.isEmpty());
    CHECK(f.page->isSaved());

    CAPTURE(keys.presses);
    CHECK(keys.presses <= 60);

    const qint64 sessionId = saved.at(0).at(0).toLongLong();
    const qint64 personId = saved.at(0).at(1).toLongLong();
    REQUIRE(personId > 0);
    auto person = f.desk.people->person(f.desk.lead, personId);
    REQUIRE(person.ok());
    CHECK(person->givenName == u"Anna"_s);
    CHECK(person->familyName == u"Verdi"_s);
    CHECK(person->birthYear == 1958);
    auto given = f.desk.people->consents(f.desk.lead, personId);
    REQUIRE(given.ok());
    REQUIRE(given->size() == 1);
    CHECK(given->first().purpose == ConsentPurpose::PersonalData);
    CHECK(given->first().method == people::ConsentMethod::SignedForm);
    CHECK(given->first().textVersion == kNoticeVersion);

    auto session = f.desk.sessions->session(f.desk.lead, sessionId);
    REQUIRE(session.ok());
    CHECK(session->personId == personId);
    CHECK(session->type == u"ORIENT"_s);
    CHECK(session->channel == u"PRES"_s);
    CHECK(session->arrival == u"SPONT"_s);
    CHECK(session->needs == QStringList {u"POV.UTENZE"_s, u"POV.ALIM"_s});
    CHECK(session->outcomes == QStringList {u"ORIENT_SERV"_s});
    REQUIRE(session->services.size() == 1);
    CHECK(session->services.first().serviceUid == serviceUid);
    CHECK(session->services.first().catalogueVersion > 0);
    CHECK(session->startedAt == f.desk.clock.nowUtc());

    SECTION("after the save the form is locked until Ctrl+N starts the next session")
    {
        keys.press(Qt::Key_S, Qt::ControlModifier);
        CHECK(saved.count() == 1);
        keys.press(Qt::Key_N, Qt::ControlModifier);
        CHECK_FALSE(f.page->isSaved());
        CHECK(focused() == f.page->personField());
        CHECK(f.page->personField()->text().isEmpty());
        CHECK(f.page->needPicker()->needs().isEmpty());
        CHECK(f.prompter.warnings.isEmpty());
    }
    SECTION("the handout lists the ticked service with the referral code")
    {
        f.page->setReferralCode(u"SEG-2026-0042"_s);
        auto input = f.page->handoutInput();
        REQUIRE(input.ok());
        REQUIRE(input->services.size() == 1);
        CHECK(input->services.first().uid == serviceUid);
        CHECK(input->referralCode == u"SEG-2026-0042"_s);
        CHECK(input->desk.name == u"Sportello di prova"_s);
    }
}

TEST_CASE("a similar name is offered as the person already recorded", "[ui][sessions]")
{
    Fixture f;
    const qint64 mario = f.desk.create(u"Mario"_s, u"Rossi"_s, 1980);
    Keyboard keys;
    keys.press(Qt::Key_N, Qt::ControlModifier);
    keys.type(u"Rossi Mairo"_s);
    ui::TypeAhead *picker = f.personPicker();
    REQUIRE(picker->matchList()->isVisible());

    SECTION("the search finds him while typing")
    {
        CHECK(picker->currentId() == u"p:%1"_s.arg(mario));
        keys.press(Qt::Key_Return);
        CHECK(f.page->personPanel()->choice() == PersonPanel::Choice::Existing);
        CHECK(f.page->personPanel()->personId() == mario);
        CHECK(f.page->personField()->text() == u"Mario Rossi"_s);
        // No consent recorded yet: the cursor goes to the consents.
        CHECK(focused()
              == f.page->personPanel()->consents()->checkBox(ConsentPurpose::PersonalData));
    }
    SECTION("asking for a new person anyway offers him as a possible duplicate")
    {
        while (picker->currentId() != u"new"_s)
            keys.press(Qt::Key_Down);
        keys.press(Qt::Key_Return);
        REQUIRE(f.page->personPanel()->choice() == PersonPanel::Choice::New);
        QListWidget *duplicates = f.page->personPanel()->form()->duplicateList();
        REQUIRE(duplicates->isVisible());
        REQUIRE(focused() == duplicates);
        CHECK(duplicates->count() == 2); // Mario Rossi, then "None of these"
        CHECK(duplicates->currentItem()->text().contains(u"Mario Rossi"_s));

        SECTION("Enter takes the existing record")
        {
            keys.press(Qt::Key_Return);
            REQUIRE(f.page->personPanel()->choice() == PersonPanel::Choice::Existing);
            QSignalSpy saved(f.page.get(), &ui::SessionPage::sessionSaved);
            keys.press(Qt::Key_S, Qt::ControlModifier);
            REQUIRE(saved.count() == 1);
            CHECK(saved.at(0).at(1).toLongLong() == mario);
            auto rossi = f.desk.people->search(f.desk.lead, u"Rossi"_s);
            REQUIRE(rossi.ok());
            CHECK(rossi->size() == 1);
        }
        SECTION("the last line records a new person, and saving does not ask again")
        {
            keys.press(Qt::Key_End);
            CHECK(duplicates->currentItem()->text().contains(u"None of these"_s));
            keys.press(Qt::Key_Return);
            CHECK_FALSE(duplicates->isVisible());
            CHECK(focused() == f.page->personPanel()->form()->codiceFiscaleField());
            QSignalSpy saved(f.page.get(), &ui::SessionPage::sessionSaved);
            keys.press(Qt::Key_S, Qt::ControlModifier);
            INFO(f.prompter.warnings.join(u'\n').toStdString());
            REQUIRE(saved.count() == 1);
            const qint64 created = saved.at(0).at(1).toLongLong();
            CHECK(created != mario);
            CHECK(created > 0);
        }
    }
}

TEST_CASE("saving with an unchecked possible duplicate shows it first", "[ui][sessions]")
{
    Fixture f;
    const qint64 mario = f.desk.create(u"Mario"_s, u"Rossi"_s, 1980);
    Keyboard keys;
    keys.press(Qt::Key_N, Qt::ControlModifier);
    keys.type(u"Rossi Mairo"_s);
    while (f.personPicker()->currentId() != u"new"_s)
        keys.press(Qt::Key_Down);
    keys.press(Qt::Key_Return);
    // The operator walks away from the list without answering and saves.
    keys.press(Qt::Key_N, Qt::AltModifier);
    keys.type(u"lavoro"_s);
    keys.press(Qt::Key_Return);
    QSignalSpy saved(f.page.get(), &ui::SessionPage::sessionSaved);
    keys.press(Qt::Key_S, Qt::ControlModifier);
    CHECK(saved.isEmpty());
    REQUIRE(f.prompter.warnings.size() == 1);
    CHECK(f.prompter.warnings.first().contains(u"already be recorded"_s));
    CHECK(focused() == f.page->personPanel()->form()->duplicateList());
    // Nothing typed is lost.
    CHECK(f.page->needPicker()->needs() == QStringList {u"OCC"_s});
    auto rossi = f.desk.people->search(f.desk.lead, u"Rossi"_s);
    REQUIRE(rossi.ok());
    CHECK(rossi->size() == 1);
    CHECK(rossi->first().personId == mario);
}

TEST_CASE("a special-category need waits for the consent, and nothing else is lost",
          "[ui][sessions]")
{
    Fixture f;
    Keyboard keys;
    keys.press(Qt::Key_N, Qt::ControlModifier);
    keys.type(u"Lucia Bianchi"_s);
    keys.press(Qt::Key_Return);
    keys.press(Qt::Key_N, Qt::AltModifier);
    keys.type(u"bollet"_s);
    keys.press(Qt::Key_Return);
    keys.type(u"SAL.FIS"_s);
    REQUIRE(f.needAhead()->currentId() == u"SAL.FISICA"_s);
    keys.press(Qt::Key_Return);

    REQUIRE(f.prompter.warnings.size() == 1);
    CHECK(f.prompter.warnings.first()
          == text::ErrorText::message(makeError(
              ErrorCode::ConsentMissing, {},
              {people::consentPurposeCode(ConsentPurpose::SpecialCategories), u"SAL.FISICA"_s})));
    CHECK(f.page->needPicker()->needs() == QStringList {u"POV.UTENZE"_s});
    CHECK(f.page->needPicker()->field()->text() == u"SAL.FIS"_s);
    CHECK(f.page->personPanel()->form()->givenNameField()->text() == u"Lucia"_s);

    // The person agrees: tick the special-category box and add the need again.
    keys.press(Qt::Key_C, Qt::AltModifier);
    keys.press(Qt::Key_Tab);
    ui::ConsentBox *consents = f.page->personPanel()->consents();
    REQUIRE(focused() == consents->checkBox(ConsentPurpose::SpecialCategories));
    keys.press(Qt::Key_Space);
    keys.press(Qt::Key_N, Qt::AltModifier);
    REQUIRE(focused() == f.page->needPicker()->field());
    keys.press(Qt::Key_Down);
    keys.press(Qt::Key_Return);
    CHECK(f.prompter.warnings.size() == 1);
    CHECK(f.page->needPicker()->needs() == QStringList {u"POV.UTENZE"_s, u"SAL.FISICA"_s});

    QSignalSpy saved(f.page.get(), &ui::SessionPage::sessionSaved);
    keys.press(Qt::Key_S, Qt::ControlModifier);
    REQUIRE(saved.count() == 1);
    const qint64 personId = saved.at(0).at(1).toLongLong();
    auto special
        = f.desk.people->hasConsent(f.desk.lead, personId, ConsentPurpose::SpecialCategories);
    REQUIRE(special.ok());
    CHECK(*special);
    auto session = f.desk.sessions->session(f.desk.lead, saved.at(0).at(0).toLongLong());
    REQUIRE(session.ok());
    CHECK(session->needs == QStringList {u"POV.UTENZE"_s, u"SAL.FISICA"_s});

    SECTION("Backspace in the empty field removes the last need, Delete the selected one")
    {
        keys.press(Qt::Key_N, Qt::ControlModifier);
        keys.type(u"x"_s);
        keys.press(Qt::Key_Down); // past "New person: x"
        keys.press(Qt::Key_Return); // anonymous walk-in
        REQUIRE(f.page->personPanel()->choice() == PersonPanel::Choice::Anonymous);
        keys.press(Qt::Key_N, Qt::AltModifier);
        for (const QString &word : {u"casa"_s, u"spid"_s, u"lavoro"_s}) {
            keys.type(word);
            keys.press(Qt::Key_Return);
        }
        CHECK(f.page->needPicker()->needs() == QStringList {u"CAS"_s, u"DIG.IDENT"_s, u"OCC"_s});
        keys.press(Qt::Key_Backspace);
        CHECK(f.page->needPicker()->needs() == QStringList {u"CAS"_s, u"DIG.IDENT"_s});
        keys.press(Qt::Key_Tab);
        REQUIRE(focused() == f.page->needPicker()->chosenList());
        keys.press(Qt::Key_Delete); // the first, current when the list got the focus
        CHECK(f.page->needPicker()->needs() == QStringList {u"DIG.IDENT"_s});
        // An anonymous walk-in cannot have special-category needs.
        CHECK_FALSE(f.page->needPicker()->add(u"DIP.GIOCO"_s));
        CHECK(f.prompter.warnings.size() == 2);
    }
}

TEST_CASE("an anonymous walk-in counts without a person record", "[ui][sessions]")
{
    Fixture f;
    Keyboard keys;
    keys.press(Qt::Key_N, Qt::ControlModifier);
    keys.press(Qt::Key_Down); // in the empty field: the anonymous walk-in
    REQUIRE(f.personPicker()->currentId() == u"anon"_s);
    keys.press(Qt::Key_Return);
    REQUIRE(f.page->personPanel()->choice() == PersonPanel::Choice::Anonymous);
    CHECK(focused() == f.page->typeCombo());
    CHECK_FALSE(
        f.page->personPanel()->consents()->checkBox(ConsentPurpose::PersonalData)->isEnabled());
    keys.press(Qt::Key_N, Qt::AltModifier);
    keys.type(u"spid"_s);
    keys.press(Qt::Key_Return);
    QSignalSpy saved(f.page.get(), &ui::SessionPage::sessionSaved);
    keys.press(Qt::Key_S, Qt::ControlModifier);
    REQUIRE(saved.count() == 1);
    CHECK(saved.at(0).at(1).toLongLong() == 0);
    auto session = f.desk.sessions->session(f.desk.lead, saved.at(0).at(0).toLongLong());
    REQUIRE(session.ok());
    CHECK(session->personId == 0);
    CHECK(session->needs == QStringList {u"DIG.IDENT"_s});
}

TEST_CASE("Tab visits the controls in the documented order", "[ui][sessions]")
{
    Fixture f;
    f.desk.create(u"Carla"_s, u"Neri"_s);
    Keyboard keys;
    keys.press(Qt::Key_N, Qt::ControlModifier);
    keys.type(u"carla"_s);
    keys.press(Qt::Key_Return);
    REQUIRE(f.page->personPanel()->choice() == PersonPanel::Choice::Existing);
    f.page->personField()->setFocus(Qt::OtherFocusReason);

    QStringList visited;
    for (int i = 0; i < 40; ++i) {
        visited.append(focused()->objectName());
        keys.press(Qt::Key_Tab);
        if (focused() == f.page->personField())
            break;
    }
    const QStringList expected = {
        u"personField"_s,
        u"consent_DATI_PERSONALI"_s,
        u"consent_CATEGORIE_PARTICOLARI"_s,
        u"consent_INVIO_IDENTIFICATO"_s,
        u"consent_CONTATTO_TELEFONICO"_s,
        u"consent_BACHECA"_s,
        u"consentMethod"_s,
        u"sessionType"_s,
        u"sessionChannel"_s,
        u"sessionArrival"_s,
        u"sessionStarted"_s,
        u"sessionDuration"_s,
        u"needField"_s,
        u"serviceList"_s,
        u"serviceSearchField"_s,
        u"outcomeList"_s,
        u"sessionNotes"_s,
        u"sessionNextStep"_s,
        u"followUpCheck"_s,
        u"saveSessionButton"_s,
        u"handoutButton"_s,
        u"newSessionButton"_s,
    };
    CHECK(visited == expected);
    CHECK(focused() == f.page->personField());

    // Every control a volunteer reaches has a name for screen readers.
    for (QWidget *widget : f.page->tabOrder()) {
        INFO(widget->objectName().toStdString());
        CHECK_FALSE(widget->accessibleName().isEmpty());
    }

    SECTION("with a new person and digital facilitation, their fields join in place")
    {
        keys.press(Qt::Key_A, Qt::ControlModifier);
        keys.type(u"x"_s); // back to choosing: the new person
        keys.press(Qt::Key_Return);
        REQUIRE(f.page->personPanel()->choice() == PersonPanel::Choice::New);
        ui::selectCode(f.page->typeCombo(), u"FACDIG"_s);
        f.page->personField()->setFocus(Qt::OtherFocusReason);
        visited.clear();
        for (int i = 0; i < 60; ++i) {
            visited.append(focused()->objectName());
            keys.press(Qt::Key_Tab);
            if (focused() == f.page->personField())
                break;
        }
        const auto at = [&visited](const QString &name) {
            return visited.indexOf(name);
        };
        CHECK(at(u"givenName"_s) == 1);
        CHECK(at(u"language"_s) < at(u"consent_DATI_PERSONALI"_s));
        CHECK(at(u"sessionDuration"_s) < at(u"facilitationKind"_s));
        CHECK(at(u"facilitationReason"_s) < 0); // enabled only when the goal is not reached
        CHECK(at(u"facilitationGoal"_s) < at(u"needField"_s));
    }
}

TEST_CASE("right after login the person field says the list is loading, then offers the match",
          "[ui][sessions][directory]")
{
    Fixture f;
    const qint64 mario = f.desk.create(u"Mario"_s, u"Rossi"_s, 1980);
    QSignalSpy ready(f.desk.changes, &services::ChangeNotifier::peopleDirectoryReady);
    f.desk.people->preloadDirectory(); // as DeskShell does at login
    Keyboard keys;
    keys.press(Qt::Key_N, Qt::ControlModifier);
    keys.type(u"Rossi"_s);
    ui::TypeAhead *picker = f.personPicker();
    REQUIRE(picker->matchList()->isVisible());
    const QAbstractItemModel *matches = picker->matchList()->model();
    const int last = matches->rowCount() - 1;
    CHECK(matches->index(last, 0).data().toString().contains(u"loading"_s));
    CHECK_FALSE(matches->index(last, 0).flags().testFlag(Qt::ItemIsEnabled));
    // Nobody is offered yet; Enter still means a new person (whose save waits for the names).
    CHECK(picker->currentId() == u"new"_s);
    for (int row = 0; row < matches->rowCount(); ++row)
        CHECK_FALSE(matches->index(row, 0).data().toString().contains(u"Mario"_s));

    REQUIRE(ready.wait(30000));
    CHECK(picker->currentId() == u"p:%1"_s.arg(mario));
    for (int row = 0; row < matches->rowCount(); ++row)
        CHECK_FALSE(matches->index(row, 0).data().toString().contains(u"loading"_s));
}
