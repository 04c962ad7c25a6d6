// SPDX-License-Identifier: GPL-3.0-or-later
// The referrals page: the table model and its sorting proxy under the model tester, the
// filters, the detail read only for the referral picked (an audited view), its history, the
// moves the state machine allows through the move dialog, and the consent gate on sending.
#include "referrals/movedialog.h"
#include "referrals/referraldetail.h"
#include "referrals/referraldialog.h"
#include "referrals/referrallistmodel.h"
#include "referrals/referralspage.h"
#include "referralspagefixture.h"
#include "services/catalogueservice.h"
#include "services/changenotifier.h"
#include "services/personeraser.h"
#include "services/referralservice.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QColor>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;
using namespace sportello;
using referrals::Kind;
using referrals::Referral;
using referrals::State;
using ui::ReferralListModel;

namespace {

using Fixture = test::ReferralsPageFixture;

Referral made(qint64 id, qint64 personId, const QString &destination, const QDateTime &created)
{
    Referral r;
    r.id = id;
    r.personId = personId;
    r.destinationType = destination;
    r.needs = {u"POV.NORED"_s, u"CAS.SFRATTO"_s};
    r.createdAt = r.updatedAt = created;
    return r;
}

} // namespace

TEST_CASE("ReferralListModel shows, sorts and filters referrals by age", "[ui][referrals]")
{
    ReferralListModel model(
        [](qint64 id) { return id == 10 ? u"Rita Marchetti"_s : QString(); },
        [](const QString &uid) { return uid == u"org-1" ? u"Comune di Pioltello"_s : QString(); });
    ui::ReferralSortProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0);
    CHECK(model.columnCount() == ReferralListModel::ColumnCount);

    const QDate today(2026, 3, 20);
    const QDateTime created(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    Referral sent = made(1, 10, u"SS_COMUNE"_s, created);
    sent.destinationUid = u"org-1"_s;
    sent.state = State::Inviata;
    sent.sentAt = created.addDays(3);
    sent.urgency = u"URG"_s;
    sent.feedbackDue = today.addDays(-1);
    Referral draft = made(2, 0, u"CAF"_s, created.addDays(10));
    draft.feedbackDue = today.addDays(5);
    Referral logged = made(3, 99, u"CPI"_s, created.addDays(1));
    logged.kind = Kind::Logged;
    logged.urgency = u"PRIOR"_s;
    model.setReferrals({sent, draft, logged}, today);
    REQUIRE(model.rowCount() == 3);

    const auto cell = [&model](int row, int column) {
        return model.index(row, column).data().toString();
    };
    CHECK(cell(0, ReferralListModel::Person) == u"Rita Marchetti"_s);
    CHECK(cell(1, ReferralListModel::Person) == u"Anonymous"_s);
    CHECK(cell(2, ReferralListModel::Person).contains(u"#99"_s));
    CHECK(cell(0, ReferralListModel::Destination)
          == u"Social services of the Comune (case take-over) — Comune di Pioltello"_s);
    CHECK(cell(1, ReferralListModel::Destination) == u"CAF (ISEE/DSU, 730, bonuses)"_s);
    CHECK(cell(0, ReferralListModel::Needs).startsWith(u"No income; "_s));
    CHECK(cell(0, ReferralListModel::Urgency) == u"Urgent (same day)"_s);
    CHECK(cell(0, ReferralListModel::State) == u"Sent"_s);
    CHECK(cell(1, ReferralListModel::State) == u"Draft"_s);
    CHECK(cell(2, ReferralListModel::State) == u"Logged only"_s);
    // Days since it was sent; since it was created when never sent.
    CHECK(cell(0, ReferralListModel::Age) == u"15"_s);
    CHECK(cell(1, ReferralListModel::Age) == u"8"_s);
    CHECK(cell(2, ReferralListModel::Age) == u"17"_s);
    // The late answer stands out; the one still to come does not.
    const QModelIndex late = model.index(0, ReferralListModel::FeedbackDue);
    CHECK(late.data(ReferralListModel::OverdueRole).toBool());
    CHECK(late.data(Qt::ForegroundRole).value<QColor>().isValid());
    CHECK(late.data(Qt::AccessibleTextRole).toString().endsWith(u", late"_s));
    CHECK_FALSE(model.index(1, ReferralListModel::FeedbackDue).data(Qt::ForegroundRole).isValid());
    CHECK_FALSE(model.index(1, 0).data(ReferralListModel::OverdueRole).toBool());
    CHECK(model.index(2, 0).data(ReferralListModel::ReferralIdRole).toLongLong() == 3);
    CHECK(model.index(2, 0).data(ReferralListModel::PersonIdRole).toLongLong() == 99);
    CHECK(model.indexOf(2).row() == 1);
    CHECK_FALSE(model.indexOf(42).isValid());

    const auto order = [&proxy] {
        QList<qint64> ids;
        for (int row = 0; row < proxy.rowCount(); ++row)
            ids.append(proxy.index(row, 0).data(ReferralListModel::ReferralIdRole).toLongLong());
        return ids;
    };
    proxy.sort(ReferralListModel::Age, Qt::DescendingOrder);
    CHECK(order() == QList<qint64> {3, 1, 2});
    proxy.sort(ReferralListModel::Urgency, Qt::DescendingOrder);
    CHECK(order() == QList<qint64> {1, 3, 2});
    proxy.sort(ReferralListModel::Created, Qt::AscendingOrder);
    CHECK(order() == QList<qint64> {1, 3, 2});
    // No expected date sorts after every date.
    proxy.sort(ReferralListModel::FeedbackDue, Qt::AscendingOrder);
    CHECK(order() == QList<qint64> {1, 2, 3});

    proxy.setMinimumAge(10);
    CHECK(order() == QList<qint64> {1, 3});
    proxy.setMinimumAge(16);
    CHECK(order() == QList<qint64> {3});
    proxy.setMinimumAge(0);
    CHECK(proxy.rowCount() == 3);

    model.setReferrals({}, today);
    CHECK(proxy.rowCount() == 0);
}

TEST_CASE("the referrals page filters by state, destination, kind and age", "[ui][referrals]")
{
    Fixture f;
    const qint64 comune = f.create(f.rita, u"SS_COMUNE"_s);
    const qint64 caf = f.create(0, u"CAF"_s);
    const qint64 logged = f.create(f.rita, u"CPI"_s, Kind::Logged);
    const qint64 closed = f.create(f.rita, u"CAF"_s);
    f.move(comune, State::Inviata, u"PEC"_s);
    f.move(closed, State::Annullata, u"RISOLTO"_s);
    f.open();
    QAbstractItemModelTester tester(f.page->proxy(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);

    // At first: the sent referrals still going on, newest first.
    CHECK(f.listed() == QList<qint64> {caf, comune});
    CHECK(f.page->findChild<QLabel *>(u"referralCounts"_s)
              ->accessibleName()
              .startsWith(u"2 referral"_s));

    REQUIRE(f.page->setStateFilter(u"ANY"_s));
    CHECK(f.listed() == QList<qint64> {closed, caf, comune});
    REQUIRE(f.page->setKindFilter(QString()));
    CHECK(f.listed() == QList<qint64> {closed, logged, caf, comune});
    REQUIRE(f.page->setKindFilter(u"REGISTRATA"_s));
    CHECK(f.listed() == QList<qint64> {logged});
    // A logged referral is never "going on".
    REQUIRE(f.page->setStateFilter(u"OPEN"_s));
    CHECK(f.listed().isEmpty());

    REQUIRE(f.page->setKindFilter(u"INVIO"_s));
    REQUIRE(f.page->setStateFilter(u"INVIATA"_s));
    CHECK(f.listed() == QList<qint64> {comune});
    REQUIRE(f.page->setStateFilter(u"ANY"_s));
    REQUIRE(f.page->setDestinationFilter(u"CAF"_s));
    CHECK(f.listed() == QList<qint64> {closed, caf});
    CHECK_FALSE(f.page->setDestinationFilter(u"NOWHERE"_s));

    // Age counts from the sending; a week later only the one sent is a week old... and the
    // drafts are as old as their creation.
    REQUIRE(f.page->setDestinationFilter(QString()));
    f.desk.clock.advanceDays(8);
    f.page->refresh();
    REQUIRE(f.page->setMinimumAge(7));
    CHECK(f.listed().size() == 3);
    REQUIRE(f.page->setMinimumAge(14));
    CHECK(f.listed().isEmpty());
    CHECK(f.page->findChild<QLabel *>(u"referralCounts"_s)
              ->accessibleName()
              .startsWith(u"0 referral"_s));

    // Sorting from the header: by person, then back to the newest first.
    REQUIRE(f.page->setMinimumAge(0));
    f.page->view()->sortByColumn(ReferralListModel::Person, Qt::AscendingOrder);
    CHECK(f.listed().first() == caf); // "Anonymous" before "Rita Marchetti"
    f.page->view()->sortByColumn(ReferralListModel::Created, Qt::DescendingOrder);
    CHECK(f.listed() == QList<qint64> {closed, caf, comune});

    f.page->clearFilters();
    CHECK(f.listed().size() == 4);
}

TEST_CASE("the detail reads only the referral picked and shows its whole history",
          "[ui][referrals]")
{
    Fixture f;
    const qint64 id = f.create(f.rita, u"SS_COMUNE"_s, Kind::Sent, u"PRIOR"_s, 10);
    const qint64 other = f.create(f.bruno, u"CAF"_s);
    f.move(id, State::Inviata, u"PEC"_s);
    f.move(id, State::Ricevuta);
    f.move(id, State::InValutazione);
    f.open();
    // Listing reads no note: nothing is viewed until the operator picks a row.
    CHECK(f.views() == 0);
    CHECK(f.page->detail()->referralId() == 0);
    CHECK(f.page->findChild<QLabel *>(u"referralDetailHint"_s)->isVisible());

    f.pick(id);
    CHECK(f.views() == 1);
    ui::ReferralDetail *detail = f.page->detail();
    CHECK(detail->fieldText(u"person"_s) == u"Rita Marchetti"_s);
    CHECK(detail->fieldText(u"state"_s) == u"Under assessment"_s);
    CHECK(detail->fieldText(u"urgency"_s) == u"Priority"_s);
    CHECK(detail->fieldText(u"needs"_s) == u"No income"_s);
    CHECK(detail->fieldText(u"note"_s) == u"Chiede un colloquio con l'assistente sociale."_s);
    CHECK(detail->fieldText(u"created"_s).endsWith(u" by Anna"_s));
    CHECK_FALSE(detail->fieldText(u"sent"_s).isEmpty());

    // Creation, then each step: from → to, the reason in words, who.
    QTreeWidget *history = detail->historyView();
    REQUIRE(history->topLevelItemCount() == 4);
    CHECK(history->topLevelItem(0)->text(1) == u"Created as Draft"_s);
    CHECK(history->topLevelItem(1)->text(1) == u"Draft → Sent"_s);
    CHECK(history->topLevelItem(1)->text(2) == u"By PEC (certified e-mail)"_s);
    CHECK(history->topLevelItem(1)->text(3) == u"Anna"_s);
    CHECK(history->topLevelItem(3)->text(1) == u"Received → Under assessment"_s);
    CHECK(history->topLevelItem(1)->text(0).contains(u':'));

    // Only the legal next steps are offered.
    CHECK(f.moveNames()
          == QStringList {u"PRESA_IN_CARICO"_s, u"NON_PRESA_IN_CARICO"_s, u"REINDIRIZZATA"_s});
    CHECK(detail->openPersonButton()->isVisible());
    CHECK(detail->letterButton()->isVisible());
    QSignalSpy person(f.page.get(), &ui::ReferralsPage::openPersonRequested);
    QSignalSpy letter(f.page.get(), &ui::ReferralsPage::letterRequested);
    QTest::mouseClick(detail->openPersonButton(), Qt::LeftButton);
    QTest::mouseClick(detail->letterButton(), Qt::LeftButton);
    REQUIRE(person.size() == 1);
    CHECK(person.at(0).at(0).toLongLong() == f.rita);
    REQUIRE(letter.size() == 1);
    CHECK(letter.at(0).at(0).toLongLong() == id);

    // A refresh keeps the pick without reading it again; another row is another view.
    f.page->refresh();
    CHECK(f.page->detail()->referralId() == id);
    CHECK(f.views() == 1);
    f.pick(other);
    CHECK(f.views() == 2);
    CHECK(f.moveNames() == QStringList {u"INVIATA"_s, u"ANNULLATA"_s});
}

TEST_CASE("moves go through the dialog, which asks what each step needs", "[ui][referrals]")
{
    Fixture f;
    const qint64 id = f.create(f.rita, u"SS_COMUNE"_s);
    f.open();
    f.pick(id);
    QSignalSpy changed(f.desk.changes, &services::ChangeNotifier::referralChanged);

    // Sending: the channel is optional.
    ui::MoveDialog *dialog = f.startMove(u"INVIATA"_s);
    REQUIRE(dialog->reasonCombo());
    CHECK(dialog->reasonCombo()->itemData(0).toString().isEmpty());
    CHECK(dialog->outcomeCombo() == nullptr);
    REQUIRE(dialog->setReason(u"EMAIL"_s));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    CHECK(dialog->result() == QDialog::Accepted);
    CHECK_FALSE(dialog->isVisible());
    REQUIRE(changed.size() == 1);
    CHECK(changed.at(0).at(0).toLongLong() == id);
    CHECK(f.referrals.referral(f.desk.volunteer, id)->state == State::Inviata);
    CHECK(f.page->detail()->fieldText(u"state"_s) == u"Sent"_s);
    CHECK(f.page->detail()->historyView()->topLevelItem(1)->text(2) == u"By e-mail"_s);
    CHECK(f.moveNames() == QStringList {u"RICEVUTA"_s, u"RESPINTA_INCOMPLETA"_s});
    // The row shows the new state too (the list follows the notification, on the next turn of
    // the event loop), and stays the current one.
    QCoreApplication::processEvents();
    const QModelIndex current = f.page->view()->currentIndex();
    CHECK(current.data(ReferralListModel::ReferralIdRole).toLongLong() == id);
    CHECK(current.siblingAtColumn(ReferralListModel::State).data().toString() == u"Sent"_s);

    for (const State state : {State::Ricevuta, State::InValutazione})
        f.move(id, state);
    f.page->refresh();
    CHECK(f.page->detail()->fieldText(u"state"_s) == u"Under assessment"_s);

    // Not taken on needs its reason: no "not given" entry.
    dialog = f.startMove(u"NON_PRESA_IN_CARICO"_s);
    REQUIRE(dialog->reasonCombo());
    CHECK(dialog->reasonCombo()->findData(QString()) < 0);
    dialog->reject();

    // Redirected asks where to, never where it already goes.
    dialog = f.startMove(u"REINDIRIZZATA"_s);
    REQUIRE(dialog->destinationCombo());
    CHECK(dialog->reasonCombo() == nullptr);
    CHECK(dialog->destinationCombo()->findData(u"SS_COMUNE"_s) < 0);
    REQUIRE(dialog->setDestination(u"CAV"_s));
    dialog->accept();
    CHECK(f.referrals.referral(f.desk.volunteer, id)->destinationType == u"CAV");
    CHECK(f.moveNames() == QStringList {u"CHIUSA"_s});

    // Closing asks how it ended; then nothing is left to do.
    dialog = f.startMove(u"CHIUSA"_s);
    REQUIRE(dialog->outcomeCombo());
    REQUIRE(dialog->setFinalOutcome(u"PARZ"_s));
    dialog->accept();
    CHECK(f.page->detail()->fieldText(u"outcome"_s) == u"Partly resolved"_s);
    CHECK(f.moveNames().isEmpty());
    CHECK(f.page->findChild<QLabel *>(u"referralNoMoves"_s)->isVisible());
    CHECK(changed.size() == 5); // sent, received, under assessment, redirected, closed
    QCoreApplication::processEvents();
    // Closed, it left the open referrals, but the detail still shows where it ended.
    CHECK_FALSE(f.page->model()->indexOf(id).isValid());
    CHECK(f.page->detail()->referralId() == id);
}

TEST_CASE("sending without the consent is refused in words and nothing moves", "[ui][referrals]")
{
    Fixture f;
    const qint64 id = f.create(f.bruno, u"SS_COMUNE"_s);
    f.open();
    f.pick(id);
    QSignalSpy changed(f.desk.changes, &services::ChangeNotifier::referralChanged);
    ui::MoveDialog *dialog = f.startMove(u"INVIATA"_s);
    dialog->accept();
    // The dialog stays, with the reason in words, so the operator knows nothing was sent.
    REQUIRE(f.page->detail()->moveDialog() == dialog);
    CHECK(dialog->isVisible());
    CHECK(dialog->errorLabel()->isVisible());
    const QString error = dialog->errorLabel()->text();
    CHECK(error.startsWith(u"The referral was not sent."_s));
    CHECK(error.contains(u"Identified referral to Social Services"_s));
    CHECK(changed.isEmpty());
    CHECK(f.referrals.referral(f.desk.volunteer, id)->state == State::Bozza);
    dialog->reject();
}

TEST_CASE("a logged referral shows no moves and no letter", "[ui][referrals]")
{
    Fixture f;
    const qint64 logged = f.create(f.rita, u"CPI"_s, Kind::Logged);
    const qint64 anonymous = f.create(0, u"CAF"_s);
    f.open();
    REQUIRE(f.page->setStateFilter(u"ANY"_s));
    REQUIRE(f.page->setKindFilter(QString()));
    f.pick(logged);
    CHECK(f.moveNames().isEmpty());
    auto *noMoves = f.page->findChild<QLabel *>(u"referralNoMoves"_s);
    CHECK(noMoves->isVisible());
    CHECK(noMoves->text().contains(u"nothing is sent"_s));
    CHECK_FALSE(f.page->detail()->letterButton()->isVisible());
    CHECK(f.page->detail()->openPersonButton()->isVisible());
    CHECK(f.page->detail()->fieldText(u"kind"_s) == u"Logged only"_s);
    // The move slot refuses too, whatever calls it.
    f.page->detail()->startMove(State::Annullata);
    CHECK(f.page->detail()->moveDialog() == nullptr);

    // An anonymous referral moves, but has no person to open and no letter.
    f.pick(anonymous);
    CHECK(f.moveNames() == QStringList {u"INVIATA"_s, u"ANNULLATA"_s});
    CHECK(f.page->detail()->fieldText(u"person"_s) == u"Anonymous"_s);
    CHECK_FALSE(f.page->detail()->openPersonButton()->isVisible());
    CHECK_FALSE(f.page->detail()->letterButton()->isVisible());
}

TEST_CASE("showing a referral clears the filters that hide it", "[ui][referrals]")
{
    Fixture f;
    const qint64 cancelled = f.create(f.rita, u"CAF"_s);
    const qint64 open = f.create(f.rita, u"SS_COMUNE"_s);
    f.move(cancelled, State::Annullata, u"ERRORE"_s);
    f.open();
    CHECK(f.listed() == QList<qint64> {open});
    REQUIRE(f.page->showReferral(cancelled));
    CHECK(f.page->stateFilter()->currentData().toString() == u"ANY"_s);
    CHECK(f.page->detail()->referralId() == cancelled);
    CHECK(f.page->view()->currentIndex().data(ReferralListModel::ReferralIdRole).toLongLong()
          == cancelled);
    CHECK(f.page->detail()->fieldText(u"state"_s) == u"Cancelled"_s);
    CHECK_FALSE(f.page->showReferral(4242));

    // Every focusable widget has a name for screen readers.
    f.pick(open);
    const QList<QWidget *> widgets = f.page->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (widget->focusPolicy() == Qt::NoFocus || !widget->isVisibleTo(f.page.get()))
            continue;
        INFO(widget->metaObject()->className() << " " << widget->objectName().toStdString());
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        REQUIRE(accessible);
        CHECK_FALSE(accessible->text(QAccessible::Name).isEmpty());
    }
}

TEST_CASE("a draft returned as incomplete is completed from the detail", "[referrals][ui]")
{
    Fixture f;
    const qint64 id = f.create(f.rita, u"SS_COMUNE"_s, Kind::Sent, u"ORD"_s, 7);
    f.move(id, State::Inviata, u"PEC"_s);
    f.open();
    f.pick(id);
    CHECK_FALSE(f.page->detail()->editDraftButton()->isVisible()); // sent: no longer a draft

    f.move(id, State::RespintaIncompleta, u"DOC_MANCANTI"_s);
    f.move(id, State::Bozza);
    f.page->refresh();
    f.pick(id);
    REQUIRE(f.page->detail()->editDraftButton()->isVisible());
    f.page->detail()->editDraftButton()->click();
    ui::ReferralDialog *editor = f.page->draftEditor();
    REQUIRE(editor != nullptr);
    CHECK_FALSE(editor->kindCombo()->isEnabled());
    CHECK_FALSE(editor->destinationCombo()->isEnabled());
    CHECK(editor->noteEdit()->toPlainText().startsWith(u"Chiede"_s));
    editor->noteEdit()->setPlainText(u"Allegato il verbale di sfratto."_s);
    editor->urgencyCombo()->setCurrentIndex(editor->urgencyCombo()->findData(u"URG"_s));
    editor->okButton()->click();
    CHECK(editor->result() == QDialog::Accepted);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(f.page->draftEditor() == nullptr);

    const Referral stored = f.referrals.referral(f.desk.volunteer, id).value();
    CHECK(stored.urgency == u"URG");
    CHECK(stored.note == u"Allegato il verbale di sfratto.");
    CHECK(stored.state == State::Bozza);
    CHECK(f.page->detail()->fieldText(u"note"_s).startsWith(u"Allegato"_s));
}

TEST_CASE("referrals page screenshot", "[.][screenshot]")
{
    Fixture f;
    const QString org = f.catalogue.organizations().value().first().uid;
    const qint64 comune = f.create(f.rita, u"SS_COMUNE"_s, Kind::Sent, u"PRIOR"_s, 7);
    const qint64 bruno = f.create(f.bruno, u"CAF"_s, Kind::Sent, u"ORD"_s, 14);
    f.create(0, u"CPI"_s, Kind::Logged);
    Referral withOffice;
    withOffice.personId = f.rita;
    withOffice.destinationType = u"CASA"_s;
    withOffice.destinationUid = org;
    withOffice.needs = {u"CAS.SFRATTO"_s};
    withOffice.urgency = u"URG"_s;
    withOffice.feedbackDue = f.desk.clock.today().addDays(2);
    const qint64 casa = f.referrals.create(f.desk.volunteer, withOffice).value();
    f.move(comune, State::Inviata, u"PEC"_s);
    f.move(casa, State::Inviata, u"EMAIL"_s);
    f.desk.clock.advanceDays(9);
    f.move(comune, State::Ricevuta);
    f.open();
    f.page->resize(1040, 760);
    f.pick(comune);
    QCoreApplication::processEvents();
    REQUIRE(f.page->grab().save(QDir::temp().filePath(u"referralspage.png"_s)));
    ui::MoveDialog *dialog = f.startMove(u"IN_VALUTAZIONE"_s);
    QCoreApplication::processEvents();
    REQUIRE(dialog->grab().save(QDir::temp().filePath(u"referralmove.png"_s)));
    dialog->accept();
    dialog = f.startMove(u"NON_PRESA_IN_CARICO"_s);
    QCoreApplication::processEvents();
    REQUIRE(dialog->grab().save(QDir::temp().filePath(u"referralmove-decline.png"_s)));
    dialog->reject();
    f.pick(bruno);
    dialog = f.startMove(u"INVIATA"_s);
    dialog->accept();
    QCoreApplication::processEvents();
    REQUIRE(dialog->grab().save(QDir::temp().filePath(u"referralmove-consent.png"_s)));
}

TEST_CASE("the referral shown no longer names a person erased meanwhile",
          "[ui][referrals][changes]")
{
    Fixture f;
    const qint64 id = f.create(f.rita, u"SS_COMUNE"_s);
    f.open();
    f.pick(id);
    CHECK(f.page->detail()->fieldText(u"person"_s).contains(u"Marchetti"_s));
    CHECK(f.page->detail()->fieldText(u"note"_s).startsWith(u"Chiede"_s));

    // Erased at her request, from another page.
    REQUIRE(f.desk.services->eraser().erase(f.desk.lead, f.rita).ok());
    QCoreApplication::processEvents();
    CHECK(f.page->detail()->referralId() == id);
    CHECK_FALSE(f.page->detail()->fieldText(u"person"_s).contains(u"Marchetti"_s));
    CHECK(f.page->detail()->fieldText(u"note"_s).isEmpty());
    CHECK(f.page->detail()->referral().personId == 0);
}
