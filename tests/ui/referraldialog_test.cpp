// SPDX-License-Identifier: GPL-3.0-or-later
// The referral dialog driven from the keyboard, and the session page that offers it.
#include "../core/services/referralfixture.h"
#include "referrals/referraldialog.h"
#include "services/catalogueio.h"
#include "services/catalogueservice.h"
#include "services/deskservices.h"
#include "sessionfixture.h"
#include "sessions/sessionwidgets.h"
#include "text/errortext.h"
#include "text/referraltext.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace sportello;
using sportello::test::focused;
using sportello::test::Keyboard;

namespace {

// The referral desk with the demo catalogue (which has the social emergency service).
struct DialogDesk : test::ReferralDesk
{
    services::CatalogueService *catalogue = nullptr;

    explicit DialogDesk(bool withCatalogue = true)
    {
        catalogue = &services->catalogue();
        if (withCatalogue) {
            QFile file(u":/sportello/catalogue/demo-catalogue.json"_s);
            REQUIRE(file.open(QIODevice::ReadOnly));
            REQUIRE(services->catalogueIo().importJson(file.readAll(), u"demo"_s, u"t"_s).ok());
        }
    }

    ui::ReferralDialog::Context context(const QStringList &needs)
    {
        return {*referrals, *catalogue, clock, volunteer, 0, personId, needs, u"SS_COMUNE"_s};
    }
};

void showAndFocus(QWidget &widget)
{
    widget.show();
    widget.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&widget));
}

void tabTo(Keyboard &keys, QWidget *target)
{
    for (int i = 0; i < 20 && focused() != target; ++i)
        keys.press(Qt::Key_Tab);
    REQUIRE(focused() == target);
}

} // namespace

TEST_CASE("a referral is created in the dialog from the keyboard", "[ui][referrals]")
{
    DialogDesk desk;
    ui::ReferralDialog dialog(desk.context({u"CAS.SFRATTO"_s, u"POV.INSUF"_s}));
    showAndFocus(dialog);
    Keyboard keys;

    REQUIRE(focused() == dialog.kindCombo());
    CHECK(ui::currentCode(dialog.destinationCombo()) == u"SS_COMUNE"_s);
    CHECK(ui::checkedCodes(dialog.needList()) == QStringList {u"CAS.SFRATTO"_s, u"POV.INSUF"_s});
    CHECK(dialog.feedbackEdit()->date() == desk.clock.today().addDays(14));
    CHECK_FALSE(dialog.emergencyLabel()->isVisibleTo(&dialog));

    // The concrete service, found by part of its name in the catalogue's popup.
    keys.press(Qt::Key_S, Qt::AltModifier);
    REQUIRE(focused() == dialog.catalogueCombo());
    keys.type(u"intervento soc"_s);
    QAbstractItemView *popup = dialog.catalogueCombo()->completer()->popup();
    REQUIRE(popup->isVisible());
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    CHECK_FALSE(popup->isVisible());
    CHECK(dialog.catalogueCombo()->currentText().startsWith(u"Pronto intervento sociale"_s));

    // Alt+N: the needs; the second one is unticked.
    keys.press(Qt::Key_N, Qt::AltModifier);
    REQUIRE(focused() == dialog.needList());
    keys.press(Qt::Key_Down);
    keys.press(Qt::Key_Space);
    CHECK(ui::checkedCodes(dialog.needList()) == QStringList {u"CAS.SFRATTO"_s});

    // Alt+U: urgent; the social emergency service's number shows at once.
    keys.press(Qt::Key_U, Qt::AltModifier);
    REQUIRE(focused() == dialog.urgencyCombo());
    keys.press(Qt::Key_Down);
    keys.press(Qt::Key_Down);
    REQUIRE(ui::currentCode(dialog.urgencyCombo()) == u"URG"_s);
    CHECK(dialog.emergencyLabel()->isVisible());

    keys.press(Qt::Key_O, Qt::AltModifier);
    REQUIRE(focused() == dialog.noteEdit());
    keys.type(u"Sfratto il 12 gennaio"_s);

    // Enter in a field does not create a half-written referral.
    keys.press(Qt::Key_A, Qt::AltModifier);
    REQUIRE(focused() == dialog.feedbackEdit());
    keys.press(Qt::Key_Return);
    CHECK(dialog.isVisible());
    CHECK(dialog.created().id == 0);
    CHECK(desk.referrals->list(desk.volunteer, {}).value().isEmpty());

    tabTo(keys, dialog.okButton());
    keys.press(Qt::Key_Return);
    REQUIRE(dialog.result() == QDialog::Accepted);
    CHECK_FALSE(dialog.isVisible());

    const referrals::Referral &created = dialog.created();
    REQUIRE(created.id > 0);
    CHECK(created.uid.size() == 36);
    auto stored = desk.referrals->referral(desk.volunteer, created.id);
    REQUIRE(stored.ok());
    CHECK(stored->kind == referrals::Kind::Sent);
    CHECK(stored->personId == desk.personId);
    CHECK(stored->destinationType == u"SS_COMUNE"_s);
    CHECK(stored->destinationUid == u"svc-pis"_s);
    CHECK(stored->needs == QStringList {u"CAS.SFRATTO"_s});
    CHECK(stored->urgency == u"URG"_s);
    CHECK(stored->note == u"Sfratto il 12 gennaio"_s);
    CHECK(stored->feedbackDue == desk.clock.today().addDays(14));
    CHECK(stored->state == referrals::State::Bozza);
}

TEST_CASE("Esc cancels the dialog and creates nothing", "[ui][referrals]")
{
    DialogDesk desk(false);
    ui::ReferralDialog dialog(desk.context({u"POV"_s}));
    showAndFocus(dialog);
    Keyboard keys;
    keys.press(Qt::Key_Escape);
    CHECK(dialog.result() == QDialog::Rejected);
    CHECK_FALSE(dialog.isVisible());
    CHECK(desk.referrals->list(desk.volunteer, {}).value().isEmpty());
}

TEST_CASE("an urgent referral shows the social emergency contact", "[ui][referrals]")
{
    SECTION("from the catalogue's service with ACC.PIS")
    {
        DialogDesk desk;
        ui::ReferralDialog dialog(desk.context({}));
        showAndFocus(dialog);
        CHECK_FALSE(dialog.emergencyLabel()->isVisible());
        ui::selectCode(dialog.urgencyCombo(), u"URG"_s);
        REQUIRE(dialog.emergencyLabel()->isVisible());
        const QString text = dialog.emergencyLabel()->text();
        CHECK(text.contains(u"Pronto intervento sociale"_s));
        CHECK(text.contains(u"02 9999 6024"_s));
        CHECK(text.contains(u"112"_s));
        // A service of the category without a number to call is left out.
        CHECK_FALSE(text.contains(u"Piano freddo"_s));
        ui::selectCode(dialog.urgencyCombo(), u"PRIOR"_s);
        CHECK_FALSE(dialog.emergencyLabel()->isVisible());
    }
    SECTION("without one, the advice to call 112")
    {
        DialogDesk desk(false);
        ui::ReferralDialog dialog(desk.context({}));
        showAndFocus(dialog);
        ui::selectCode(dialog.urgencyCombo(), u"URG"_s);
        REQUIRE(dialog.emergencyLabel()->isVisible());
        CHECK(dialog.emergencyLabel()->text().contains(u"no social emergency service"_s));
        CHECK(dialog.emergencyLabel()->text().contains(u"112"_s));
    }
}

TEST_CASE("a refused referral shows why and keeps what was typed", "[ui][referrals]")
{
    DialogDesk desk;
    // The session carried a health need, but the person gave no special-category consent.
    ui::ReferralDialog dialog(desk.context({u"SAL.MENTALE"_s, u"POV.INSUF"_s}));
    showAndFocus(dialog);
    Keyboard keys;
    ui::selectCode(dialog.destinationCombo(), u"ASST_SPEC"_s);
    ui::selectCode(dialog.urgencyCombo(), u"PRIOR"_s);
    dialog.noteEdit()->setFocus();
    keys.type(u"Chiede un colloquio"_s);
    dialog.okButton()->click();

    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    REQUIRE(dialog.errorLabel()->isVisible());
    CHECK(dialog.errorLabel()->text()
          == text::ErrorText::message(
              makeError(ErrorCode::ConsentMissing, {},
                        {people::consentPurposeCode(people::ConsentPurpose::SpecialCategories),
                         u"SAL.MENTALE"_s})));
    CHECK(focused() == dialog.needList());
    CHECK(dialog.noteEdit()->toPlainText() == u"Chiede un colloquio"_s);
    CHECK(ui::currentCode(dialog.destinationCombo()) == u"ASST_SPEC"_s);
    CHECK(ui::currentCode(dialog.urgencyCombo()) == u"PRIOR"_s);
    CHECK(ui::checkedCodes(dialog.needList()) == QStringList {u"SAL.MENTALE"_s, u"POV.INSUF"_s});
    CHECK(desk.referrals->list(desk.volunteer, {}).value().isEmpty());

    // Without the health need it goes through.
    dialog.needList()->setCurrentRow(0);
    keys.press(Qt::Key_Space);
    dialog.okButton()->click();
    REQUIRE(dialog.result() == QDialog::Accepted);
    auto stored = desk.referrals->referral(desk.volunteer, dialog.created().id);
    REQUIRE(stored.ok());
    CHECK(stored->needs == QStringList {u"POV.INSUF"_s});
    CHECK(stored->note == u"Chiede un colloquio"_s);
}

TEST_CASE("a name that is not in the catalogue is refused in the dialog", "[ui][referrals]")
{
    DialogDesk desk;
    ui::ReferralDialog dialog(desk.context({u"POV"_s}));
    showAndFocus(dialog);
    dialog.catalogueCombo()->lineEdit()->setText(u"Ufficio che non esiste"_s);
    dialog.okButton()->click();
    CHECK(dialog.isVisible());
    REQUIRE(dialog.errorLabel()->isVisible());
    CHECK(dialog.errorLabel()->text().contains(u"Ufficio che non esiste"_s));
    CHECK(dialog.catalogueCombo()->currentText() == u"Ufficio che non esiste"_s);
    CHECK(desk.referrals->list(desk.volunteer, {}).value().isEmpty());

    SECTION("left empty, the referral has no concrete destination")
    {
        dialog.catalogueCombo()->lineEdit()->clear();
        dialog.okButton()->click();
        REQUIRE(dialog.result() == QDialog::Accepted);
        CHECK(desk.referrals->referral(desk.volunteer, dialog.created().id)
                  .value()
                  .destinationUid.isEmpty());
    }
}

TEST_CASE("a logged referral waits for no answer", "[ui][referrals]")
{
    DialogDesk desk(false);
    ui::ReferralDialog dialog(desk.context({u"OCC.DISOCC"_s}));
    showAndFocus(dialog);
    ui::selectCode(dialog.destinationCombo(), u"CPI"_s);
    dialog.kindCombo()->setCurrentIndex(
        dialog.kindCombo()->findData(static_cast<int>(referrals::Kind::Logged)));
    CHECK_FALSE(dialog.feedbackEdit()->isEnabled());
    dialog.okButton()->click();
    REQUIRE(dialog.result() == QDialog::Accepted);
    auto stored = desk.referrals->referral(desk.volunteer, dialog.created().id);
    REQUIRE(stored.ok());
    CHECK(stored->kind == referrals::Kind::Logged);
    CHECK(stored->destinationType == u"CPI"_s);
    CHECK_FALSE(stored->feedbackDue.isValid());
}

TEST_CASE("a session referring the person to social services offers the referral",
          "[ui][referrals][sessions]")
{
    test::Fixture f;
    const qint64 carla = f.desk.create(u"Carla"_s, u"Neri"_s, 1970);
    f.desk.consent(carla, people::ConsentPurpose::PersonalData);
    Keyboard keys;
    keys.press(Qt::Key_N, Qt::ControlModifier);
    keys.type(u"carla"_s);
    keys.press(Qt::Key_Return);
    REQUIRE(f.page->personPanel()->choice() == ui::PersonPanel::Choice::Existing);
    keys.press(Qt::Key_N, Qt::AltModifier);
    keys.type(u"CAS.SFR"_s);
    keys.press(Qt::Key_Return);
    REQUIRE(f.page->needPicker()->needs() == QStringList {u"CAS.SFRATTO"_s});
    ui::setCheckedCodes(f.page->outcomeList(), {u"SEGNAL_SS"_s});

    CHECK_FALSE(f.page->referralButton()->isEnabled());
    CHECK_FALSE(f.page->letterButton()->isVisible());
    QSignalSpy saved(f.page.get(), &ui::SessionPage::sessionSaved);
    keys.press(Qt::Key_S, Qt::ControlModifier);
    INFO(f.prompter.warnings.join(u'\n').toStdString());
    REQUIRE(saved.count() == 1);
    const qint64 sessionId = saved.at(0).at(0).toLongLong();

    // Offered, not imposed: the button has the focus and the status line says so.
    REQUIRE(f.page->referralButton()->isEnabled());
    CHECK(focused() == f.page->referralButton());
    CHECK(f.page->findChild<QLabel *>(u"sessionStatus"_s)->text().contains(u"Alt+R"_s));
    CHECK(f.page->referralDialog() == nullptr);

    QSignalSpy created(f.page.get(), &ui::SessionPage::referralCreated);
    keys.press(Qt::Key_Space);
    ui::ReferralDialog *dialog = f.page->referralDialog();
    REQUIRE(dialog != nullptr);
    // The window manager's part: the new dialog becomes the active window.
    dialog->activateWindow();
    // (QWindow::isActive() already holds for a transient child of the active window, so wait
    // for the focus window itself.)
    REQUIRE(QTest::qWaitFor(
        [dialog] { return QGuiApplication::focusWindow() == dialog->windowHandle(); }));
    REQUIRE(focused() == dialog->kindCombo());
    CHECK(ui::currentCode(dialog->destinationCombo()) == u"SS_COMUNE"_s);
    CHECK(ui::checkedCodes(dialog->needList()) == QStringList {u"CAS.SFRATTO"_s});
    tabTo(keys, dialog->okButton());
    keys.press(Qt::Key_Return);

    REQUIRE(created.count() == 1);
    f.page->activateWindow(); // the window manager's part again
    REQUIRE(
        QTest::qWaitFor([&f] { return QGuiApplication::focusWindow() == f.page->windowHandle(); }));
    CHECK(f.page->referralDialog() == nullptr); // closed and deleted
    const qint64 referralId = created.at(0).at(0).toLongLong();
    CHECK(created.at(0).at(1).toLongLong() == carla);
    auto stored = f.referrals->referral(f.desk.volunteer, referralId);
    REQUIRE(stored.ok());
    CHECK(stored->sessionId == sessionId);
    CHECK(stored->personId == carla);
    CHECK(stored->destinationType == u"SS_COMUNE"_s);

    // The handout carries the short code; a sent referral offers its letter.
    auto handout = f.page->handoutInput();
    REQUIRE(handout.ok());
    CHECK(handout->referralCode == stored->uid.right(8).toUpper());
    CHECK(handout->referralCode == text::ReferralText::referralCode(stored->uid));
    CHECK(f.page->letterButton()->isVisible());
    CHECK(f.page->letterButton()->isEnabled());
    CHECK(focused() == f.page->letterButton());

    SECTION("the letter needs the consent to an identified referral")
    {
        test::TempDir dir;
        const QString path = dir.filePath(u"lettera.pdf"_s);
        f.prompter.savePaths = {path};
        keys.press(Qt::Key_Space);
        REQUIRE(f.prompter.warnings.size() == 1);
        CHECK(f.prompter.warnings.first().contains(u"consent"_s));
        CHECK(f.prompter.saveTitles.isEmpty()); // the file dialog never opened
        CHECK_FALSE(QFile::exists(path));

        f.desk.consent(carla, people::ConsentPurpose::IdentifiedReferral);
        // Printing comes first; saving as PDF is the second choice.
        f.prompter.dialogs.push_back([](QDialog &dialog) {
            CHECK(dialog.findChild<QPushButton *>(u"deliverPrint"_s)->isDefault());
            QTest::mouseClick(dialog.findChild<QPushButton *>(u"deliverSave"_s), Qt::LeftButton);
            return dialog.result();
        });
        keys.press(Qt::Key_Space);
        CHECK(f.prompter.warnings.size() == 1);
        CHECK(f.prompter.saveTitles.size() == 1);
        CHECK(QFile::exists(path));
    }
    SECTION("a new session starts without a referral")
    {
        keys.press(Qt::Key_N, Qt::ControlModifier);
        CHECK_FALSE(f.page->referralButton()->isEnabled());
        CHECK_FALSE(f.page->letterButton()->isVisible());
        CHECK(f.page->handoutInput().value().referralCode.isEmpty());
    }
}

TEST_CASE("a session without a referral outcome leaves the handout in focus",
          "[ui][referrals][sessions]")
{
    test::Fixture f;
    Keyboard keys;
    keys.press(Qt::Key_N, Qt::ControlModifier);
    keys.press(Qt::Key_Down); // in the empty field: the anonymous walk-in
    keys.press(Qt::Key_Return);
    REQUIRE(f.page->personPanel()->choice() == ui::PersonPanel::Choice::Anonymous);
    keys.press(Qt::Key_N, Qt::AltModifier);
    keys.type(u"lavoro"_s);
    keys.press(Qt::Key_Return);
    ui::setCheckedCodes(f.page->outcomeList(), {u"INFO"_s});
    keys.press(Qt::Key_S, Qt::ControlModifier);
    INFO(f.prompter.warnings.join(u'\n').toStdString());
    REQUIRE(f.page->isSaved());
    CHECK(f.page->referralButton()->isEnabled());
    CHECK(focused() != f.page->referralButton());

    // Asked for anyway, it opens with the first destination and, for an anonymous walk-in,
    // creates a referral that has no letter.
    f.page->referralButton()->click();
    ui::ReferralDialog *dialog = f.page->referralDialog();
    REQUIRE(dialog != nullptr);
    CHECK(dialog->destinationCombo()->currentIndex() == 0);
    dialog->okButton()->click();
    CHECK_FALSE(f.page->letterButton()->isVisible());
}
