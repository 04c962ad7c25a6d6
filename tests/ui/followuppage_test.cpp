// SPDX-License-Identifier: GPL-3.0-or-later
// The "Da ricontattare" queue: the tree model under the model tester, the page moving a
// follow-up from upcoming to today to overdue as a fake clock advances, "only mine", "Done…",
// and the sent referrals whose answer is due joining the queue.
#include "../core/services/peoplefixture.h"
#include "followups/followupdialogs.h"
#include "followups/followupmodel.h"
#include "followups/followuppage.h"
#include "services/referralservice.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QCheckBox>
#include <QColor>
#include <QDir>
#include <QFont>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;
using namespace sportello;
using ui::FollowUpModel;

namespace {

people::FollowUp makeFollowUp(qint64 id, qint64 personId, QDate due, const QString &note,
                              qint64 assignee = 1)
{
    people::FollowUp f;
    f.id = id;
    f.personId = personId;
    f.due = due;
    f.note = note;
    f.assigneeId = assignee;
    return f;
}

// A desk with two operators and people who agreed to be called back.
struct Fixture
{
    test::PeopleDesk desk;
    services::ReferralService &referrals = desk.services->referrals();
    qint64 marco = 0; // second operator
    QList<std::pair<qint64, QString>> operators;

    Fixture()
    {
        auto created = desk.accounts->createAccount(desk.lead, u"marco"_s, u"Marco Verdi"_s,
                                                    security::Role::Operatore,
                                                    u"un'altra frase abbastanza lunga"_s, false);
        REQUIRE(created.ok());
        marco = *created;
        operators = {{desk.lead.operatorId, u"Anna"_s}, {marco, u"Marco Verdi"_s}};
    }

    qint64 callable(const QString &given, const QString &family)
    {
        const qint64 id = desk.create(given, family, 1970);
        desk.consent(id, people::ConsentPurpose::PersonalData);
        desk.consent(id, people::ConsentPurpose::PhoneContact);
        return id;
    }

    qint64 schedule(qint64 personId, int inDays, const QString &note, qint64 assignee = 0)
    {
        people::FollowUp f;
        f.personId = personId;
        f.due = desk.clock.today().addDays(inDays);
        f.note = note;
        f.assigneeId = assignee;
        auto id = desk.sessions->scheduleFollowUp(desk.volunteer, f);
        REQUIRE(id.ok());
        return *id;
    }

    // A referral for `personId` sent today, its answer expected in `inDays`.
    qint64 sentReferral(qint64 personId, int inDays, const security::Actor &by)
    {
        referrals::Referral r;
        r.personId = personId;
        r.destinationType = u"CAF"_s;
        r.needs = {u"POV.UTENZE"_s};
        r.feedbackDue = desk.clock.today().addDays(inDays);
        auto id = referrals.create(by, r);
        REQUIRE(id.ok());
        REQUIRE(referrals.move(by, *id, {referrals::State::Inviata, u"PEC"_s, {}, {}}).ok());
        return *id;
    }

    std::unique_ptr<ui::FollowUpPage> page()
    {
        return std::make_unique<ui::FollowUpPage>(
            ui::FollowUpPage::Context {*desk.people, *desk.sessions, referrals, *desk.changes,
                                       desk.clock, desk.volunteer, operators});
    }
};

QModelIndex groupIndex(const FollowUpModel &model, FollowUpModel::Group group)
{
    return model.index(group, 0);
}

QString cell(const FollowUpModel &model, FollowUpModel::Group group, int row, int column)
{
    return model.index(row, column, groupIndex(model, group)).data().toString();
}

QString countsText(const ui::FollowUpPage &page)
{
    auto *label = page.findChild<QLabel *>(u"followUpCounts"_s);
    REQUIRE(label);
    return label->accessibleName();
}

void completeWith(ui::FollowUpPage &page, const QString &outcome, const QString &note)
{
    auto *done = page.findChild<QPushButton *>(u"followUpDone"_s);
    REQUIRE(done);
    REQUIRE(done->isEnabled());
    QTest::mouseClick(done, Qt::LeftButton);
    ui::CompleteFollowUpDialog *dialog = page.completeDialog();
    REQUIRE(dialog);
    REQUIRE(dialog->isVisible());
    dialog->setOutcome(outcome);
    dialog->setNote(note);
    dialog->accept();
    // The queue follows the service's announcement on the next turn of the event loop.
    QCoreApplication::processEvents();
}

} // namespace

TEST_CASE("FollowUpModel groups the queue and survives resets", "[ui][followups]")
{
    const QHash<qint64, QString> people {{10, u"Mario Rossi"_s}, {11, u"Lucia Bianchi"_s}};
    FollowUpModel model([&people](qint64 id) { return people.value(id); },
                        [](qint64 id) { return id == 1 ? u"Anna"_s : QString(); });
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    // Empty: three groups with no children.
    REQUIRE(model.rowCount() == FollowUpModel::GroupCount);
    for (int group = 0; group < FollowUpModel::GroupCount; ++group)
        CHECK(model.rowCount(model.index(group, 0)) == 0);
    CHECK(model.index(0, 0).data().toString() == u"Overdue (0)"_s);

    const QDate today(2026, 3, 2);
    people::FollowUpQueue queue;
    queue.overdue = {makeFollowUp(1, 10, today.addDays(-3), u"richiamare\nper la DSU"_s)};
    queue.today = {makeFollowUp(2, 11, today, u"bolletta"_s, 7)};
    queue.upcoming = {makeFollowUp(3, 0, today.addDays(2), {}),
                      makeFollowUp(4, 99, today.addDays(5), u"verifica"_s)};
    model.setQueue(queue);

    CHECK(model.count(FollowUpModel::Overdue) == 1);
    CHECK(model.count(FollowUpModel::Today) == 1);
    CHECK(model.count(FollowUpModel::Upcoming) == 2);
    CHECK(model.index(2, 0).data().toString() == u"Upcoming (2)"_s);
    CHECK(cell(model, FollowUpModel::Overdue, 0, FollowUpModel::Person) == u"Mario Rossi"_s);
    // Notes are one line in the row, whole in the tooltip.
    CHECK(cell(model, FollowUpModel::Overdue, 0, FollowUpModel::Note)
          == u"richiamare per la DSU"_s);
    CHECK(model.index(0, FollowUpModel::Note, groupIndex(model, FollowUpModel::Overdue))
              .data(Qt::ToolTipRole)
              .toString()
          == u"richiamare\nper la DSU"_s);
    CHECK(cell(model, FollowUpModel::Overdue, 0, FollowUpModel::Assignee) == u"Anna"_s);
    CHECK(cell(model, FollowUpModel::Today, 0, FollowUpModel::Assignee) == u"Operator #7"_s);
    CHECK(cell(model, FollowUpModel::Upcoming, 0, FollowUpModel::Person) == u"Anonymous walk-in"_s);
    CHECK(cell(model, FollowUpModel::Upcoming, 1, FollowUpModel::Person).contains(u"#99"_s));

    // Overdue rows stand out: warning colour and bold; the others do not.
    const QModelIndex overdue
        = model.index(0, FollowUpModel::Due, groupIndex(model, FollowUpModel::Overdue));
    const QModelIndex upcoming
        = model.index(0, FollowUpModel::Due, groupIndex(model, FollowUpModel::Upcoming));
    CHECK(overdue.data(Qt::ForegroundRole).value<QColor>().isValid());
    CHECK(overdue.data(Qt::FontRole).value<QFont>().bold());
    CHECK_FALSE(upcoming.data(Qt::ForegroundRole).isValid());
    CHECK(overdue.data(FollowUpModel::FollowUpIdRole).toLongLong() == 1);
    CHECK(overdue.data(FollowUpModel::PersonIdRole).toLongLong() == 10);
    CHECK(overdue.data(FollowUpModel::DueRole).toDate() == today.addDays(-3));
    CHECK(overdue.data(Qt::AccessibleTextRole).toString().contains(u"Overdue"_s));
    CHECK(model.indexOf(4).parent().row() == FollowUpModel::Upcoming);
    CHECK_FALSE(model.indexOf(42).isValid());
    // Group rows are headings, not selectable follow-ups.
    CHECK_FALSE(model.flags(model.index(0, 0)).testFlag(Qt::ItemIsSelectable));
    CHECK(model.followUp(model.index(0, 0)) == nullptr);

    // A refresh with other data, then an empty queue.
    queue.overdue.clear();
    queue.today.append(makeFollowUp(5, 10, today, u"nuovo"_s));
    model.setQueue(queue);
    CHECK(model.count(FollowUpModel::Overdue) == 0);
    CHECK(model.rowCount(groupIndex(model, FollowUpModel::Today)) == 2);
    CHECK_FALSE(model.index(0, 0).data(Qt::ForegroundRole).isValid());
    model.setQueue({});
    CHECK(model.rowCount(groupIndex(model, FollowUpModel::Upcoming)) == 0);
}

TEST_CASE("hidden, the queue counts what is due without reading it; shown, it reads it",
          "[ui][followups]")
{
    Fixture f;
    const qint64 mario = f.callable(u"Mario"_s, u"Rossi"_s);
    f.schedule(mario, 0, u"oggi"_s);
    f.schedule(mario, 3, u"fra tre giorni"_s);
    f.schedule(mario, 1, u"domani, per Marco"_s, f.marco);
    f.desk.consent(mario, people::ConsentPurpose::IdentifiedReferral);
    f.sentReferral(mario, 1, f.desk.volunteer);

    auto page = f.page();
    CHECK(page->dueNow() == 1); // counted at once…
    for (int group = 0; group < FollowUpModel::GroupCount; ++group)
        CHECK(page->model()->count(FollowUpModel::Group(group)) == 0); // …not read

    // A day later and a change: the count follows while the page is hidden.
    f.desk.clock.advanceDays(1);
    f.schedule(mario, 5, u"la prossima settimana"_s);
    QCoreApplication::processEvents();
    CHECK(page->dueNow() == 3); // yesterday's, Marco's today, the referral's answer
    CHECK(page->model()->count(FollowUpModel::Overdue) == 0);

    // Shown: the list is read, and agrees with the count.
    page->resize(1000, 600);
    page->show();
    FollowUpModel &model = *page->model();
    CHECK(model.count(FollowUpModel::Overdue) == 1);
    CHECK(model.count(FollowUpModel::Today) == 2);
    CHECK(model.count(FollowUpModel::Upcoming) == 2);
    CHECK(page->dueNow() == 3);

    // Only mine, hidden again: counted without Marco's, as the list then shows.
    page->hide();
    page->setOnlyMine(true);
    f.schedule(mario, 9, u"fra nove giorni"_s);
    QCoreApplication::processEvents();
    CHECK(page->dueNow() == 2);
    page->show();
    CHECK(model.count(FollowUpModel::Overdue) + model.count(FollowUpModel::Today) == 2);
}

TEST_CASE("a follow-up moves from upcoming to today to overdue as days pass", "[ui][followups]")
{
    Fixture f;
    const qint64 mario = f.callable(u"Mario"_s, u"Rossi"_s);
    const qint64 followUp = f.schedule(mario, 2, u"chiedere della DSU"_s);

    auto page = f.page();
    page->resize(1000, 600);
    page->show();
    FollowUpModel &model = *page->model();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy counts(page.get(), &ui::FollowUpPage::countChanged);

    REQUIRE(model.count(FollowUpModel::Upcoming) == 1);
    CHECK(model.count(FollowUpModel::Today) == 0);
    CHECK(cell(model, FollowUpModel::Upcoming, 0, FollowUpModel::Person) == u"Mario Rossi"_s);
    CHECK(cell(model, FollowUpModel::Upcoming, 0, FollowUpModel::Note) == u"chiedere della DSU"_s);
    CHECK(cell(model, FollowUpModel::Upcoming, 0, FollowUpModel::Assignee) == u"Anna"_s);
    CHECK(countsText(*page) == u"0 overdue, 0 due today, 1 upcoming"_s);
    CHECK(page->dueNow() == 0);
    // The cursor rests on the only follow-up, so the keyboard can act on it at once.
    CHECK(page->view()->currentIndex().data(FollowUpModel::FollowUpIdRole).toLongLong()
          == followUp);

    f.desk.clock.advanceDays(2);
    page->refresh();
    REQUIRE(model.count(FollowUpModel::Today) == 1);
    CHECK(model.count(FollowUpModel::Upcoming) == 0);
    CHECK(countsText(*page) == u"0 overdue, 1 due today, 0 upcoming"_s);
    REQUIRE(counts.size() == 1);
    CHECK(counts.takeFirst().at(0).toInt() == 1);

    f.desk.clock.advanceDays(1);
    page->refresh();
    REQUIRE(model.count(FollowUpModel::Overdue) == 1);
    CHECK(model.count(FollowUpModel::Today) == 0);
    CHECK(countsText(*page) == u"1 overdue, 0 due today, 0 upcoming"_s);
    CHECK(counts.isEmpty()); // still one due now
    const QModelIndex row
        = model.index(0, FollowUpModel::Person, groupIndex(model, FollowUpModel::Overdue));
    CHECK(row.data(Qt::FontRole).value<QFont>().bold());
    CHECK(row.data(Qt::ForegroundRole).value<QColor>().isValid());

    // Open person hands the person's id to the app.
    QSignalSpy open(page.get(), &ui::FollowUpPage::openPersonRequested);
    QTest::mouseClick(page->findChild<QPushButton *>(u"followUpOpenPerson"_s), Qt::LeftButton);
    REQUIRE(open.size() == 1);
    CHECK(open.at(0).at(0).toLongLong() == mario);

    QSignalSpy completed(page.get(), &ui::FollowUpPage::followUpCompleted);
    completeWith(*page, u"RAGGIUNTO"_s, u"fatto"_s);
    CHECK(model.count(FollowUpModel::Overdue) == 0);
    CHECK(countsText(*page) == u"Nobody to call back."_s);
    REQUIRE(counts.size() == 1);
    CHECK(counts.at(0).at(0).toInt() == 0);
    REQUIRE(completed.size() == 1);
    CHECK(completed.at(0).at(0).toLongLong() == followUp);
    CHECK_FALSE(page->findChild<QPushButton *>(u"followUpDone"_s)->isEnabled());

    auto done = f.desk.sessions->followUpsOf(f.desk.volunteer, mario);
    REQUIRE(done.ok());
    REQUIRE(done->size() == 1);
    CHECK(done->at(0).outcome == u"RAGGIUNTO"_s);
    CHECK(done->at(0).outcomeNote == u"fatto"_s);
}

TEST_CASE("the follow-up page filters its own and keeps the cursor", "[ui][followups]")
{
    Fixture f;
    const qint64 mario = f.callable(u"Mario"_s, u"Rossi"_s);
    const qint64 lucia = f.callable(u"Lucia"_s, u"Bianchi"_s);
    const qint64 mine = f.schedule(mario, 0, u"oggi"_s);
    const qint64 theirs = f.schedule(lucia, 4, u"fra quattro giorni"_s, f.marco);
    const qint64 later = f.schedule(lucia, 9, {});

    auto page = f.page();
    page->show();
    QAbstractItemModelTester tester(page->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    FollowUpModel &model = *page->model();
    CHECK(page->dueNow() == 1);
    CHECK(model.count(FollowUpModel::Upcoming) == 2);
    CHECK(cell(model, FollowUpModel::Upcoming, 0, FollowUpModel::Assignee) == u"Marco Verdi"_s);

    REQUIRE(page->selectFollowUp(later));
    auto *onlyMine = page->findChild<QCheckBox *>(u"followUpOnlyMine"_s);
    REQUIRE(onlyMine);
    onlyMine->setChecked(true);
    CHECK(page->onlyMine());
    CHECK(model.count(FollowUpModel::Upcoming) == 1);
    CHECK_FALSE(model.indexOf(theirs).isValid());
    CHECK(model.indexOf(mine).isValid());
    // The follow-up under the cursor is still there, so the cursor stays on it.
    CHECK(page->view()->currentIndex().data(FollowUpModel::FollowUpIdRole).toLongLong() == later);
    onlyMine->setChecked(false);
    CHECK(model.indexOf(theirs).isValid());

    // From the keyboard: Enter on a row opens the person, Alt+D closes the follow-up.
    page->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(page.get()));
    REQUIRE(page->selectFollowUp(mine));
    page->view()->setFocus();
    QSignalSpy open(page.get(), &ui::FollowUpPage::openPersonRequested);
    QTest::keyClick(page->view(), Qt::Key_Return);
    REQUIRE(open.size() == 1);
    CHECK(open.at(0).at(0).toLongLong() == mario);
    QSignalSpy counts(page.get(), &ui::FollowUpPage::countChanged);
    QTest::keyClick(page->view(), Qt::Key_D, Qt::AltModifier);
    // A mnemonic animates the button: the click comes a moment later.
    for (int i = 0; i < 50 && !page->completeDialog(); ++i)
        QTest::qWait(20);
    ui::CompleteFollowUpDialog *dialog = page->completeDialog();
    REQUIRE(dialog);
    dialog->setOutcome(u"NON_RAGGIUNGIBILE"_s);
    dialog->accept();
    QCoreApplication::processEvents();
    CHECK_FALSE(model.indexOf(mine).isValid());
    REQUIRE(counts.size() == 1);
    CHECK(counts.at(0).at(0).toInt() == 0);

    // Every focusable widget has a name for screen readers.
    const QList<QWidget *> widgets = page->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (widget->focusPolicy() == Qt::NoFocus || !widget->isVisibleTo(page.get()))
            continue;
        INFO(widget->metaObject()->className() << " " << widget->objectName().toStdString());
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        REQUIRE(accessible);
        CHECK_FALSE(accessible->text(QAccessible::Name).isEmpty());
    }
}

TEST_CASE("FollowUpModel puts referrals awaiting an answer after the call-backs",
          "[ui][followups][referrals]")
{
    FollowUpModel model([](qint64 id) { return id == 10 ? u"Mario Rossi"_s : QString(); },
                        [](qint64 id) { return id == 1 ? u"Anna"_s : QString(); });
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QDate today(2026, 3, 2);
    people::FollowUpQueue queue;
    queue.today = {makeFollowUp(1, 10, today, u"bolletta"_s)};
    referrals::Referral late;
    late.id = 7;
    late.personId = 10;
    late.destinationType = u"CAF"_s;
    late.feedbackDue = today.addDays(-4);
    late.createdBy = 1;
    referrals::Referral due = late;
    due.id = 8;
    due.personId = 0;
    due.destinationType = u"SS_COMUNE"_s;
    due.feedbackDue = today;
    model.setQueue(queue, {late, due}, today);

    CHECK(model.count(FollowUpModel::Overdue) == 1);
    CHECK(model.count(FollowUpModel::Today) == 2);
    CHECK(model.count(FollowUpModel::Upcoming) == 0);
    CHECK(model.index(0, 0).data().toString() == u"Overdue (1)"_s);
    // The late referral is the overdue group's only row; the due one follows the call-back.
    const QModelIndex lateRow = model.indexOfReferral(7);
    REQUIRE(lateRow.isValid());
    CHECK(lateRow.parent().row() == FollowUpModel::Overdue);
    CHECK(lateRow.row() == 0);
    const QModelIndex dueRow = model.indexOfReferral(8);
    CHECK(dueRow.parent().row() == FollowUpModel::Today);
    CHECK(dueRow.row() == 1);
    CHECK(model.followUp(lateRow) == nullptr);
    REQUIRE(model.referral(lateRow));
    CHECK(model.referral(lateRow)->id == 7);
    CHECK(model.referral(model.indexOf(1)) == nullptr);
    CHECK(lateRow.data(FollowUpModel::ReferralIdRole).toLongLong() == 7);
    CHECK(lateRow.data(FollowUpModel::FollowUpIdRole).toLongLong() == 0);
    CHECK(lateRow.data(FollowUpModel::PersonIdRole).toLongLong() == 10);
    CHECK(lateRow.data(FollowUpModel::DueRole).toDate() == today.addDays(-4));
    CHECK(model.indexOf(1).data(FollowUpModel::ReferralIdRole).toLongLong() == 0);

    const QString note = lateRow.siblingAtColumn(FollowUpModel::Note).data().toString();
    CHECK(note.startsWith(u"Referral to CAF"_s));
    CHECK(note.contains(u"awaiting feedback since"_s));
    CHECK(lateRow.siblingAtColumn(FollowUpModel::Person).data().toString() == u"Mario Rossi"_s);
    CHECK(dueRow.siblingAtColumn(FollowUpModel::Person).data().toString()
          == u"Anonymous walk-in"_s);
    CHECK(lateRow.siblingAtColumn(FollowUpModel::Assignee).data().toString() == u"Anna"_s);
    CHECK(lateRow.data(Qt::ForegroundRole).value<QColor>().isValid());
    CHECK_FALSE(dueRow.data(Qt::ForegroundRole).isValid());

    model.setQueue(queue);
    CHECK_FALSE(model.indexOfReferral(7).isValid());
    CHECK(model.count(FollowUpModel::Today) == 1);
}

TEST_CASE("a sent referral joins the queue when its answer is due", "[ui][followups][referrals]")
{
    Fixture f;
    const qint64 mario = f.callable(u"Mario"_s, u"Rossi"_s);
    f.desk.consent(mario, people::ConsentPurpose::IdentifiedReferral);
    const qint64 referral = f.sentReferral(mario, 2, f.desk.volunteer);
    const security::Actor marco {f.marco, u"marco"_s, u"Marco Verdi"_s, security::Role::Operatore};
    const qint64 theirs = f.sentReferral(0, 3, marco);

    auto page = f.page();
    page->show();
    FollowUpModel &model = *page->model();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy counts(page.get(), &ui::FollowUpPage::countChanged);
    CHECK_FALSE(model.indexOfReferral(referral).isValid()); // not yet due
    CHECK(page->dueNow() == 0);

    f.desk.clock.advanceDays(2);
    page->refresh();
    const QModelIndex row = model.indexOfReferral(referral);
    REQUIRE(row.isValid());
    CHECK(row.parent().row() == FollowUpModel::Today);
    CHECK(page->dueNow() == 1); // the badge counts it
    REQUIRE(counts.size() == 1);
    CHECK(counts.at(0).at(0).toInt() == 1);
    CHECK(countsText(*page) == u"0 overdue, 1 due today, 0 upcoming"_s);

    // A referral is not called back: "Done…" does not apply, "Open referral" does.
    REQUIRE(page->selectReferral(referral));
    auto *done = page->findChild<QPushButton *>(u"followUpDone"_s);
    auto *openReferral = page->findChild<QPushButton *>(u"followUpOpenReferral"_s);
    auto *openPerson = page->findChild<QPushButton *>(u"followUpOpenPerson"_s);
    REQUIRE(openReferral);
    CHECK_FALSE(done->isEnabled());
    CHECK(openReferral->isEnabled());
    CHECK(openPerson->isEnabled());
    QSignalSpy opened(page.get(), &ui::FollowUpPage::openReferralRequested);
    QTest::mouseClick(openReferral, Qt::LeftButton);
    REQUIRE(opened.size() == 1);
    CHECK(opened.at(0).at(0).toLongLong() == referral);
    // Enter on the row opens it too.
    page->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(page.get()));
    page->view()->setFocus();
    QTest::keyClick(page->view(), Qt::Key_Return);
    REQUIRE(opened.size() == 2);
    QSignalSpy person(page.get(), &ui::FollowUpPage::openPersonRequested);
    QTest::mouseClick(openPerson, Qt::LeftButton);
    REQUIRE(person.size() == 1);
    CHECK(person.at(0).at(0).toLongLong() == mario);

    // A day later both are due, the first one late; "only mine" leaves out Marco's.
    f.desk.clock.advanceDays(1);
    page->refresh();
    CHECK(model.indexOfReferral(referral).parent().row() == FollowUpModel::Overdue);
    CHECK(model.indexOfReferral(theirs).parent().row() == FollowUpModel::Today);
    CHECK(page->dueNow() == 2);
    // The cursor stayed on the referral as it moved to another group.
    CHECK(page->view()->currentIndex().data(FollowUpModel::ReferralIdRole).toLongLong()
          == referral);
    page->setOnlyMine(true);
    CHECK_FALSE(model.indexOfReferral(theirs).isValid());
    CHECK(model.indexOfReferral(referral).isValid());
    page->setOnlyMine(false);

    // Once the destination answers, it leaves the queue.
    for (const auto state : {referrals::State::Ricevuta, referrals::State::InValutazione,
                             referrals::State::PresaInCarico})
        REQUIRE(f.referrals.move(f.desk.volunteer, referral, {state, {}, {}, {}}).ok());
    page->refresh();
    CHECK_FALSE(model.indexOfReferral(referral).isValid());
    CHECK(page->dueNow() == 1);
}

TEST_CASE("follow-up page screenshot", "[.][screenshot]")
{
    Fixture f;
    const qint64 mario = f.callable(u"Mario"_s, u"Rossi"_s);
    const qint64 lucia = f.callable(u"Lucia"_s, u"Bianchi"_s);
    const qint64 ahmed = f.callable(u"Ahmed"_s, u"Benali"_s);
    f.schedule(mario, 0, u"Chiedere se ha portato l'ISEE al CAF"_s);
    f.schedule(lucia, 1, u"Verificare la domanda di bonus bollette"_s);
    f.schedule(ahmed, 2, u"Appuntamento con l'assistente sociale?"_s, f.marco);
    f.schedule(mario, 6, u"Controllare l'esito della domanda ADI"_s);
    f.schedule(lucia, 3, {}, f.marco);
    f.desk.clock.advanceDays(2);
    auto page = f.page();
    page->resize(1280, 800);
    page->show();
    QCoreApplication::processEvents();
    const QString path = QDir::temp().filePath(u"followuppage.png"_s);
    REQUIRE(page->grab().save(path));
}
