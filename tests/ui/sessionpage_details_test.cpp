// SPDX-License-Identifier: GPL-3.0-or-later
// The session page's smaller rules: what Ctrl+N and the Alt keys do, consents, follow-ups,
// facilitation fields, and how the person and the needs are matched.
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

TEST_CASE("the session page asks before discarding unsaved work", "[ui][sessions]")
{
    Fixture f;
    Keyboard keys;
    keys.press(Qt::Key_N, Qt::ControlModifier);
    keys.press(Qt::Key_N, Qt::AltModifier);
    keys.type(u"casa"_s);
    keys.press(Qt::Key_Return);
    f.prompter.confirmations = {false};
    keys.press(Qt::Key_N, Qt::ControlModifier);
    CHECK(f.page->needPicker()->needs() == QStringList {u"CAS"_s});
    f.prompter.confirmations = {true};
    keys.press(Qt::Key_N, Qt::ControlModifier);
    CHECK(f.page->needPicker()->needs().isEmpty());
}

TEST_CASE("saving without a person asks for one", "[ui][sessions]")
{
    Fixture f;
    Keyboard keys;
    keys.press(Qt::Key_N, Qt::ControlModifier);
    keys.press(Qt::Key_N, Qt::AltModifier);
    keys.press(Qt::Key_S, Qt::ControlModifier);
    REQUIRE(f.prompter.warnings.size() == 1);
    CHECK(focused() == f.page->personField());
}

TEST_CASE("a group's Alt key always leads to the same field", "[ui][sessions]")
{
    Fixture f;
    Keyboard keys;
    keys.press(Qt::Key_N, Qt::ControlModifier);
    keys.type(u"Anna Verdi"_s);
    keys.press(Qt::Key_Return);
    keys.press(Qt::Key_Tab); // into the new person's form
    REQUIRE(focused() == f.page->personPanel()->form()->birthYearField());
    keys.press(Qt::Key_N, Qt::AltModifier);
    keys.press(Qt::Key_Tab); // off to a service
    keys.press(Qt::Key_P, Qt::AltModifier);
    CHECK(focused() == f.page->personField());
    keys.press(Qt::Key_N, Qt::AltModifier);
    CHECK(focused() == f.page->needPicker()->field());
    keys.press(Qt::Key_D, Qt::AltModifier);
    CHECK(focused() == f.page->typeCombo());
}

TEST_CASE("an existing person's consents are shown as given, with the date", "[ui][sessions]")
{
    Fixture f;
    const qint64 carla = f.desk.create(u"Carla"_s, u"Neri"_s);
    f.desk.consent(carla, ConsentPurpose::PersonalData);
    f.desk.consent(carla, ConsentPurpose::SpecialCategories);
    Keyboard keys;
    keys.press(Qt::Key_N, Qt::ControlModifier);
    keys.type(u"carla"_s);
    keys.press(Qt::Key_Return);
    ui::ConsentBox *consents = f.page->personPanel()->consents();
    for (const auto purpose : {ConsentPurpose::PersonalData, ConsentPurpose::SpecialCategories}) {
        CHECK(consents->checkBox(purpose)->isChecked());
        CHECK_FALSE(consents->checkBox(purpose)->isEnabled());
        CHECK(consents->checkBox(purpose)->text().contains(u"given on"_s));
    }
    // The first consent still missing has the cursor.
    CHECK(focused() == consents->checkBox(ConsentPurpose::IdentifiedReferral));
    // With the consent in force, a special-category need is accepted at once.
    keys.press(Qt::Key_N, Qt::AltModifier);
    keys.type(u"gioco"_s);
    keys.press(Qt::Key_Return);
    CHECK(f.page->needPicker()->needs() == QStringList {u"DIP.GIOCO"_s});
    CHECK(f.prompter.warnings.isEmpty());
}

TEST_CASE("a follow-up is scheduled with the session", "[ui][sessions]")
{
    Fixture f;
    const qint64 carla = f.desk.create(u"Carla"_s, u"Neri"_s);
    Keyboard keys;
    keys.press(Qt::Key_N, Qt::ControlModifier);
    keys.type(u"carla"_s);
    keys.press(Qt::Key_Return);
    keys.press(Qt::Key_B, Qt::AltModifier); // "Call back on"
    auto *followUp = f.page->findChild<QCheckBox *>(u"followUpCheck"_s);
    // A mnemonic clicks the box after its short press animation.
    REQUIRE(QTest::qWaitFor([followUp] { return followUp->isChecked(); }, 2000));
    CHECK(ui::checkedCodes(f.page->outcomeList()).contains(u"RICONTATTO"_s));
    QSignalSpy saved(f.page.get(), &ui::SessionPage::sessionSaved);
    // A call-back needs the consent to be contacted: nothing is saved without it.
    keys.press(Qt::Key_S, Qt::ControlModifier);
    CHECK(saved.isEmpty());
    REQUIRE(f.prompter.warnings.size() == 1);
    ui::ConsentBox *consents = f.page->personPanel()->consents();
    REQUIRE(focused() == consents->checkBox(ConsentPurpose::PhoneContact));
    keys.press(Qt::Key_Space);
    keys.press(Qt::Key_S, Qt::ControlModifier);
    REQUIRE(saved.count() == 1);
    INFO(f.prompter.warnings.join(u'\n').toStdString());
    CHECK(f.prompter.warnings.size() == 1);
    auto followUps = f.desk.sessions->followUpsOf(f.desk.lead, carla);
    REQUIRE(followUps.ok());
    REQUIRE(followUps->size() == 1);
    CHECK(followUps->first().due == f.desk.clock.today().addDays(7));
    CHECK(followUps->first().sessionId == saved.at(0).at(0).toLongLong());
}

TEST_CASE("a digital facilitation records its own fields", "[ui][sessions]")
{
    Fixture f;
    Keyboard keys;
    keys.press(Qt::Key_N, Qt::ControlModifier);
    keys.press(Qt::Key_Down);
    keys.press(Qt::Key_Return); // anonymous walk-in: the cursor is on the type
    REQUIRE(focused() == f.page->typeCombo());
    auto *facilitation = f.page->findChild<QWidget *>(u"facilitationBox"_s);
    CHECK(facilitation->isHidden());
    keys.type(u"D"_s); // the next type starting with D
    REQUIRE(ui::currentCode(f.page->typeCombo()) == u"FACDIG"_s);
    CHECK_FALSE(facilitation->isHidden());
    keys.press(Qt::Key_G, Qt::AltModifier); // the facilitation group: kind stays "individual"
    REQUIRE(focused()->objectName() == u"facilitationKind"_s);
    keys.press(Qt::Key_Tab); // ambiti: SPID is the first
    keys.press(Qt::Key_Space);
    keys.press(Qt::Key_Tab); // goal
    keys.type(u"N"_s); // the next item starting with N: "Not reached"
    auto *goal = f.page->findChild<QComboBox *>(u"facilitationGoal"_s);
    REQUIRE(goal->currentIndex() == 2);
    keys.press(Qt::Key_Tab); // why: the first reason
    REQUIRE(focused()->objectName() == u"facilitationReason"_s);
    keys.press(Qt::Key_N, Qt::AltModifier);
    keys.type(u"spid"_s);
    keys.press(Qt::Key_Return);
    QSignalSpy saved(f.page.get(), &ui::SessionPage::sessionSaved);
    keys.press(Qt::Key_S, Qt::ControlModifier);
    INFO(f.prompter.warnings.join(u'\n').toStdString());
    REQUIRE(saved.count() == 1);
    auto session = f.desk.sessions->session(f.desk.lead, saved.at(0).at(0).toLongLong());
    REQUIRE(session.ok());
    CHECK(session->type == u"FACDIG"_s);
    CHECK(session->facilitation.kind == u"IND"_s);
    CHECK(session->facilitation.ambiti == QStringList {u"SPID"_s});
    CHECK(session->facilitation.goal == people::Facilitation::Goal::NotReached);
    CHECK(session->facilitation.failureReason
          == QString::fromLatin1(people::Vocabulary::facilitationFailures().first().code));
}

TEST_CASE("a codice fiscale typed in the person field fills the new person's record",
          "[ui][sessions]")
{
    Fixture f;
    Keyboard keys;
    keys.press(Qt::Key_N, Qt::ControlModifier);
    keys.type(u"RSSMRA80A01F205X"_s);
    REQUIRE(f.personPicker()->currentId() == u"new"_s);
    keys.press(Qt::Key_Return);
    ui::PersonForm *form = f.page->personPanel()->form();
    CHECK(form->codiceFiscaleField()->text() == u"RSSMRA80A01F205X"_s);
    CHECK(form->familyNameField()->text().isEmpty());
    CHECK(focused() == form->givenNameField());
}

TEST_CASE("the person's typed name is split into given and family name", "[ui][sessions]")
{
    const auto split = [](const QString &typed) {
        const ui::TypedName name = ui::splitTypedName(typed);
        return QStringList {name.given, name.family};
    };
    CHECK(split(u"Anna Verdi"_s) == QStringList {u"Anna"_s, u"Verdi"_s});
    CHECK(split(u"  maria   grazia rossi "_s) == QStringList {u"Maria Grazia"_s, u"Rossi"_s});
    CHECK(split(u"Maria De Luca"_s) == QStringList {u"Maria"_s, u"De Luca"_s});
    CHECK(split(u"ROSSI Mario"_s) == QStringList {u"Mario"_s, u"ROSSI"_s});
    CHECK(split(u"Rossi, Mario"_s) == QStringList {u"Mario"_s, u"Rossi"_s});
    CHECK(split(u"Rossi"_s) == QStringList {QString(), u"Rossi"_s});
    CHECK(split(u"d'amico luca"_s) == QStringList {u"D'Amico"_s, u"Luca"_s});
}

TEST_CASE("needs are found by label, Italian label, code and everyday words", "[ui][sessions]")
{
    using ui::NeedPicker;
    CHECK(NeedPicker::matches(u"bollet"_s).first() == u"POV.UTENZE"_s);
    CHECK(NeedPicker::matches(u"POV.UT"_s) == QStringList {u"POV.UTENZE"_s});
    CHECK(NeedPicker::matches(u"casa"_s).first() == u"CAS"_s);
    CHECK(NeedPicker::matches(u"POVERTA"_s).first() == u"POV"_s); // "Povertà", accent-free
    CHECK(NeedPicker::matches(u"utility"_s) == QStringList {u"POV.UTENZE"_s});
    CHECK(NeedPicker::matches(u"casa affitto"_s).contains(u"CAS.AFFITTO"_s));
    CHECK(NeedPicker::matches(u"bollet"_s, {u"POV.UTENZE"_s}).isEmpty());
    CHECK(NeedPicker::matches(u"   "_s).isEmpty());
    CHECK(NeedPicker::matches(u"zzzz"_s).isEmpty());
}
