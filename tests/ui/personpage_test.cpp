// SPDX-License-Identifier: GPL-3.0-or-later
// A person's record: the timeline model under the model tester, and the page showing sessions,
// consents and follow-ups, recording and revoking consents, editing a coded field, printing the
// consent form and scheduling a follow-up.
#include "../core/services/peoplefixture.h"
#include "followups/followupdialogs.h"
#include "people/consentdialog.h"
#include "people/consentspanel.h"
#include "people/personfieldsform.h"
#include "people/personpage.h"
#include "people/timelinemodel.h"
#include "scriptedprompter.h"
#include "services/changenotifier.h"
#include "services/deskservices.h"
#include "services/referralservice.h"
#include "services/subjectaccessservice.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;
using namespace sportello;
using people::ConsentMethod;
using people::ConsentPurpose;
using people::TimelineEntry;
using ui::PersonFieldsForm;
using ui::TimelineModel;

namespace {

const QString kNoticeVersion = u"desk-3"_s;

// A desk with Mario Rossi, his consents, a session and a follow-up, and the page on it.
struct Fixture
{
    test::PeopleDesk desk;
    test::ScriptedPrompter prompter;
    QString pdfPath;
    qint64 mario = 0;
    qint64 session = 0;
    std::unique_ptr<ui::PersonPage> page;

    Fixture()
    {
        mario = desk.create(u"Mario"_s, u"Rossi"_s, 1958);
        desk.consent(mario, ConsentPurpose::PersonalData);
        desk.clock.advanceSecs(600);
        desk.consent(mario, ConsentPurpose::PhoneContact);
        desk.clock.advanceSecs(600);
        people::Session s;
        s.personId = mario;
        s.type = u"ORIENT"_s;
        s.needs = {u"POV.NORED"_s, u"IMM.LINGUA"_s};
        s.outcomes = {u"INFO"_s};
        s.notes = u"porta la bolletta"_s;
        auto saved = desk.sessions->save(desk.volunteer, s);
        REQUIRE(saved.ok());
        session = *saved;
        people::FollowUp f;
        f.personId = mario;
        f.due = desk.clock.today().addDays(3);
        f.note = u"richiamare"_s;
        REQUIRE(desk.sessions->scheduleFollowUp(desk.volunteer, f).ok());
        desk.clock.advanceSecs(600);

        pdfPath = desk.dir.filePath(u"consenso.pdf"_s);
        page = std::make_unique<ui::PersonPage>(ui::PersonPage::Context {
            *desk.people,
            *desk.sessions,
            desk.services->referrals(),
            desk.services->eraser(),
            desk.services->subjectAccess(),
            *desk.changes,
            desk.clock,
            prompter,
            desk.volunteer,
            {{desk.lead.operatorId, u"Anna"_s}},
            [] {
                people::PrivacyNotice notice;
                notice.text = people::defaultPrivacyNoticeText();
                notice.version = kNoticeVersion;
                return notice;
            },
            {u"Centro di Ascolto"_s, u"Caritas"_s, u"015175"_s, u"PIO-CDA"_s, {u"Via Roma 1"_s}},
        });
        page->resize(1280, 800);
    }

    // Lets the page take in the services' change notifications, as the event loop would.
    static void settle() { QCoreApplication::processEvents(); }

    template<typename T>
    T *child(const QString &name)
    {
        auto *widget = page->findChild<T *>(name);
        REQUIRE(widget);
        return widget;
    }

    void click(const QString &button)
    {
        auto *widget = child<QPushButton>(button);
        REQUIRE(widget->isEnabled());
        QTest::mouseClick(widget, Qt::LeftButton);
    }

    // The kinds of the timeline's rows, newest first.
    QList<TimelineEntry::Kind> kinds()
    {
        QList<TimelineEntry::Kind> list;
        for (const TimelineEntry &entry : page->timeline()->entries())
            list.append(entry.kind);
        return list;
    }

    int rowOf(TimelineEntry::Kind kind) { return static_cast<int>(kinds().indexOf(kind)); }
};

QString cell(const QAbstractItemModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

} // namespace

TEST_CASE("TimelineModel labels the codes of every kind of entry", "[ui][timeline]")
{
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setOperators({{1, u"Anna"_s}});
    CHECK(model.rowCount() == 0);
    CHECK(model.columnCount() == TimelineModel::ColumnCount);

    const QDateTime at(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC);
    const QList<TimelineEntry> entries {
        {TimelineEntry::Kind::FollowUpDue,
         QDate(2026, 3, 9).startOfDay(Qt::UTC),
         5,
         1,
         {},
         u"richiamare\nper la DSU"_s},
        {TimelineEntry::Kind::Session,
         at,
         3,
         1,
         {u"ORIENT"_s, u"POV.NORED"_s, u"INFO"_s},
         u"note"_s},
        {TimelineEntry::Kind::ConsentGiven,
         at.addSecs(-60),
         2,
         1,
         {u"CONTATTO_TELEFONICO"_s, u"VERBALE"_s, u"desk-1"_s},
         {}},
        {TimelineEntry::Kind::FollowUpDone, at.addSecs(-120), 4, 9, {u"RAGGIUNTO"_s}, {}},
    };
    model.setEntries(entries);
    REQUIRE(model.rowCount() == 4);

    // A due follow-up is a day, not a time.
    CHECK_FALSE(cell(model, 0, TimelineModel::Date).contains(u':'));
    CHECK(cell(model, 0, TimelineModel::Kind) == u"Follow-up due"_s);
    CHECK(cell(model, 0, TimelineModel::What) == u"Still to do"_s);
    CHECK(cell(model, 0, TimelineModel::Note) == u"richiamare per la DSU"_s);
    CHECK(model.index(0, TimelineModel::Note).data(Qt::ToolTipRole).toString()
          == u"richiamare\nper la DSU"_s);
    CHECK(cell(model, 1, TimelineModel::Date).contains(u':'));
    CHECK(cell(model, 1, TimelineModel::What)
          == u"Guidance to services — needs: No income — outcome: Information given"_s);
    CHECK(model.index(1, TimelineModel::What)
              .data(Qt::ToolTipRole)
              .toString()
              .contains(u"POV.NORED"_s));
    CHECK(cell(model, 1, TimelineModel::Operator) == u"Anna"_s);
    CHECK(cell(model, 3, TimelineModel::Operator) == u"Operator #9"_s);
    CHECK(cell(model, 3, TimelineModel::What) == u"Person reached"_s);
    CHECK(model.index(1, TimelineModel::Kind).data(Qt::AccessibleTextRole).toString()
          == u"Event: Session"_s);
    CHECK(model.index(2, TimelineModel::Note).data(Qt::AccessibleTextRole).toString()
          == u"Note: none"_s);
    // The raw time for sorting, on every column.
    CHECK(model.index(1, TimelineModel::Note).data(TimelineModel::DateRole).toDateTime() == at);
    CHECK(model.index(3, 0).data(TimelineModel::KindRole).toInt()
          == static_cast<int>(TimelineEntry::Kind::FollowUpDone));
    CHECK(model.index(2, 0).data(TimelineModel::RecordIdRole).toLongLong() == 2);

    // Reset with other data, and to nothing.
    model.setEntries({entries.at(1)});
    CHECK(model.rowCount() == 1);
    CHECK(cell(model, 0, TimelineModel::Kind) == u"Session"_s);
    model.setOperators({});
    CHECK(cell(model, 0, TimelineModel::Operator) == u"Operator #1"_s);
    model.setEntries({});
    CHECK(model.rowCount() == 0);
}

TEST_CASE("the person page finds a person and shows the whole timeline", "[ui][timeline]")
{
    Fixture f;
    QAbstractItemModelTester tester(f.page->timeline(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    f.page->show();
    CHECK(f.page->personId() == 0);
    CHECK_FALSE(f.child<QWidget>(u"personBody"_s)->isVisible());

    QLineEdit *search = f.page->searchField();
    search->setFocus();
    QTest::keyClicks(search, u"ross"_s);
    auto *results = f.child<QListWidget>(u"personResults"_s);
    REQUIRE(results->isVisible());
    REQUIRE(results->count() == 1);
    CHECK(results->item(0)->text() == u"Rossi Mario (born 1958)"_s);
    QTest::keyClick(search, Qt::Key_Return);
    REQUIRE(f.page->personId() == f.mario);
    CHECK_FALSE(results->isVisible());
    CHECK(f.child<QLabel>(u"personName"_s)->text() == u"Mario Rossi"_s);
    CHECK(f.child<QLabel>(u"personDetails"_s)->text().contains(u"born 1958"_s));
    CHECK_FALSE(f.child<QLabel>(u"personDoNotContact"_s)->isVisible());

    // Two consents, the session, the follow-up due in three days (newest first).
    using K = TimelineEntry::Kind;
    CHECK(f.kinds() == QList<K> {K::FollowUpDue, K::Session, K::ConsentGiven, K::ConsentGiven});
    const TimelineModel &model = *f.page->timeline();
    CHECK(cell(model, 1, TimelineModel::What).contains(u"No income"_s));
    CHECK(cell(model, 1, TimelineModel::Note) == u"porta la bolletta"_s);
    CHECK(cell(model, 1, TimelineModel::Operator) == u"Anna"_s);
    CHECK(cell(model, 2, TimelineModel::What).startsWith(u"Contact by phone"_s));
    CHECK(model.index(1, 0).data(TimelineModel::RecordIdRole).toLongLong() == f.session);
    CHECK(f.page->consents()->consents().size() == 2);

    // A name nobody has.
    QTest::keyClicks(search, u"zzzz"_s);
    REQUIRE(results->count() == 1);
    CHECK(results->item(0)->flags() == Qt::NoItemFlags);
}

TEST_CASE("the person page records, revokes and prints consents", "[ui][timeline]")
{
    Fixture f;
    f.page->show();
    f.page->showPerson(f.mario);
    QSignalSpy changed(f.desk.changes, &services::ChangeNotifier::personChanged);
    ui::ConsentsPanel *consents = f.page->consents();

    f.click(u"personRecordConsent"_s);
    ui::ConsentDialog *dialog = consents->consentDialog();
    REQUIRE(dialog);
    // What the person has not agreed to yet comes first.
    CHECK(dialog->purpose() == ConsentPurpose::SpecialCategories);
    dialog->setPurpose(ConsentPurpose::IdentifiedReferral);
    dialog->setMethod(ConsentMethod::VerbalScripted);
    dialog->accept();
    REQUIRE(consents->consents().size() == 3);
    const people::Consent &given = consents->consents().first();
    CHECK(given.purpose == ConsentPurpose::IdentifiedReferral);
    CHECK(given.method == ConsentMethod::VerbalScripted);
    CHECK(given.textVersion == kNoticeVersion);
    CHECK(changed.size() == 1);
    f.settle();
    CHECK(cell(*f.page->timeline(), f.rowOf(TimelineEntry::Kind::ConsentGiven), TimelineModel::What)
          == u"Identified referral to Social Services — Verbal, with the scripted text — notice "
             "version desk-3"_s);

    // Revoking asks first; "No" changes nothing.
    const people::Consent phone = consents->consents().at(1);
    REQUIRE(phone.purpose == ConsentPurpose::PhoneContact);
    REQUIRE(consents->selectConsent(phone.id));
    f.prompter.confirmations = {false};
    f.click(u"personRevokeConsent"_s);
    CHECK(consents->consents().at(1).inForce());
    f.desk.clock.advanceSecs(60);
    f.prompter.confirmations = {true};
    f.click(u"personRevokeConsent"_s);
    CHECK_FALSE(consents->consents().at(1).inForce());
    CHECK(f.prompter.confirmations.empty());
    CHECK(changed.size() == 2);
    f.settle();
    auto *table = f.child<QTableWidget>(u"personConsents"_s);
    CHECK(table->item(1, 4)->text().startsWith(u"Revoked on"_s));
    // Revoking the phone consent cancels the open call-back: both show in the timeline.
    using K = TimelineEntry::Kind;
    const int revoked = f.rowOf(K::ConsentRevoked);
    const int cancelled = f.rowOf(K::FollowUpDone);
    REQUIRE(revoked >= 0);
    REQUIRE(cancelled >= 0);
    CHECK(cell(*f.page->timeline(), cancelled, TimelineModel::What) == u"Follow-up cancelled"_s);
    CHECK(cell(*f.page->timeline(), f.rowOf(K::FollowUpDue), TimelineModel::What) == u"Done"_s);
    // A revoked consent cannot be revoked again.
    CHECK_FALSE(f.child<QPushButton>(u"personRevokeConsent"_s)->isEnabled());

    // Without the phone consent a follow-up is refused; the dialog stays open with the error
    // and what was typed.
    f.click(u"personScheduleFollowUp"_s);
    ui::ScheduleFollowUpDialog *schedule = f.page->followUpDialog();
    REQUIRE(schedule);
    schedule->setNote(u"richiamare giovedì"_s);
    schedule->accept();
    CHECK(schedule->isVisible());
    CHECK(schedule->errorText().contains(u"Contact by phone"_s));
    CHECK(schedule->followUp().note == u"richiamare giovedì"_s);
    schedule->reject();

    // The consent form as PDF (the second choice after printing), at the path chosen in the
    // file dialog.
    f.prompter.dialogs.push_back([](QDialog &dialog) {
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"deliverSave"_s), Qt::LeftButton);
        return dialog.result();
    });
    f.prompter.savePaths = {f.pdfPath};
    f.click(u"personPrintConsent"_s);
    CHECK(f.prompter.saveTitles == QStringList {u"Consent form"_s});
    QFile pdf(f.pdfPath);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == "%PDF-");
    CHECK(f.prompter.warnings.isEmpty());
}

TEST_CASE("the person page edits a coded field and schedules a follow-up", "[ui][timeline]")
{
    Fixture f;
    f.page->show();
    f.page->showPerson(f.mario);
    QSignalSpy followUpChanged(f.desk.changes, &services::ChangeNotifier::followUpChanged);
    QSignalSpy changed(f.desk.changes, &services::ChangeNotifier::personChanged);
    PersonFieldsForm *fields = f.page->fields();
    CHECK(fields->valueText(PersonFieldsForm::Employment) == u"Not asked"_s);

    // Schedule first, while contact is allowed.
    f.click(u"personScheduleFollowUp"_s);
    ui::ScheduleFollowUpDialog *schedule = f.page->followUpDialog();
    REQUIRE(schedule);
    schedule->setDue(f.desk.clock.today().addDays(1));
    schedule->setNote(u"portare l'ISEE"_s);
    schedule->accept();
    CHECK_FALSE(schedule->isVisible());
    REQUIRE(followUpChanged.size() == 1);
    f.settle();
    auto followUps = f.desk.sessions->followUpsOf(f.desk.volunteer, f.mario);
    REQUIRE(followUps.ok());
    CHECK(followUps->size() == 2);
    CHECK(f.page->timeline()->rowCount() == 5);

    f.click(u"personEdit"_s);
    REQUIRE(fields->isEditing());
    CHECK(f.child<QPushButton>(u"personSave"_s)->isVisible());
    CHECK_FALSE(f.child<QPushButton>(u"personEdit"_s)->isVisible());
    fields->setEditorValue(PersonFieldsForm::Employment, u"DISOCCUPATO"_s);
    fields->setEditorValue(PersonFieldsForm::HouseholdSize, 2);
    fields->setEditorValue(PersonFieldsForm::Minors, 3);
    CHECK(fields->isModified());

    // Refused by core: the message shows and nothing typed is lost.
    f.click(u"personSave"_s);
    auto *error = f.child<QLabel>(u"personError"_s);
    CHECK(error->isVisible());
    CHECK(error->text() == u"The number of minors must be smaller than the household size."_s);
    CHECK(fields->isEditing());
    CHECK(fields->edited().employment == u"DISOCCUPATO"_s);
    CHECK(changed.isEmpty());

    fields->setEditorValue(PersonFieldsForm::Minors, 1);
    auto *combo = qobject_cast<QComboBox *>(fields->editor(PersonFieldsForm::ContactPreference));
    REQUIRE(combo);
    combo->setCurrentIndex(combo->findData(QString::fromLatin1(people::kDoNotContact)));
    f.click(u"personSave"_s);
    CHECK_FALSE(error->isVisible());
    CHECK_FALSE(fields->isEditing());
    CHECK(changed.size() == 1);
    f.settle();
    CHECK(fields->valueText(PersonFieldsForm::Employment) == u"Unemployed"_s);
    auto saved = f.desk.people->person(f.desk.lead, f.mario);
    REQUIRE(saved.ok());
    CHECK(saved->employment == u"DISOCCUPATO"_s);
    CHECK(saved->householdSize == 2);
    CHECK(saved->minors == 1);
    CHECK(saved->givenName == u"Mario"_s); // personal fields untouched
    // "Do not contact" stands out, and call-backs are no longer offered.
    CHECK(f.child<QLabel>(u"personDoNotContact"_s)->isVisible());
    CHECK_FALSE(f.child<QPushButton>(u"personScheduleFollowUp"_s)->isEnabled());

    // Cancel throws the edits away.
    f.click(u"personEdit"_s);
    fields->setEditorValue(PersonFieldsForm::Employment, u"AUTONOMO"_s);
    f.click(u"personCancel"_s);
    CHECK(fields->valueText(PersonFieldsForm::Employment) == u"Unemployed"_s);

    // Leaving a person with unsaved edits asks first.
    const qint64 other = f.desk.create(u"Lucia"_s, u"Bianchi"_s);
    f.click(u"personEdit"_s);
    fields->setEditorValue(PersonFieldsForm::Employment, u"AUTONOMO"_s);
    f.page->showPerson(f.mario); // the same person again keeps the edits, without asking
    CHECK(fields->isEditing());
    CHECK(fields->edited().employment == u"AUTONOMO"_s);
    f.prompter.confirmations = {false};
    f.page->showPerson(other);
    CHECK(f.page->personId() == f.mario);
    CHECK(fields->isEditing());
    f.prompter.confirmations = {true};
    f.page->showPerson(other);
    CHECK(f.page->personId() == other);
    CHECK_FALSE(fields->isEditing());

    // Every focusable widget, the editors included, has a name for screen readers.
    f.click(u"personEdit"_s);
    const QList<QWidget *> widgets = f.page->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (widget->focusPolicy() == Qt::NoFocus || !widget->isVisibleTo(f.page.get())
            || qobject_cast<QAbstractSpinBox *>(widget->parentWidget()))
            continue;
        INFO(widget->metaObject()->className() << " " << widget->objectName().toStdString());
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        REQUIRE(accessible);
        CHECK_FALSE(accessible->text(QAccessible::Name).isEmpty());
    }
}

TEST_CASE("TimelineModel describes a referral by destination, state and urgency",
          "[ui][timeline][referrals]")
{
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QDateTime at(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC);
    model.setEntries({
        {TimelineEntry::Kind::Referral,
         at,
         4,
         1,
         {u"CAF"_s, u"INVIATA"_s, u"INVIO"_s, u"URG"_s},
         {}},
        {TimelineEntry::Kind::Referral,
         at,
         5,
         1,
         {u"CPI"_s, u"BOZZA"_s, u"REGISTRATA"_s, u"ORD"_s},
         {}},
    });
    CHECK(cell(model, 0, TimelineModel::Kind) == u"Referral"_s);
    CHECK(cell(model, 0, TimelineModel::What)
          == u"CAF (ISEE/DSU, 730, bonuses) — Sent — Urgent (same day)"_s);
    // A logged one never moves: its kind says more than its state; ordinary urgency is left out.
    CHECK(cell(model, 1, TimelineModel::What) == u"Job centre (CPI) / SIISL — Logged only"_s);
    CHECK(model.index(0, TimelineModel::What)
              .data(Qt::ToolTipRole)
              .toString()
              .contains(u"INVIATA"_s));
}

TEST_CASE("the person's referrals join the timeline and open from it", "[ui][timeline][referrals]")
{
    Fixture f;
    f.desk.consent(f.mario, ConsentPurpose::IdentifiedReferral);
    f.desk.clock.advanceSecs(60);
    referrals::Referral r;
    r.personId = f.mario;
    r.destinationType = u"SS_COMUNE"_s;
    r.needs = {u"POV.NORED"_s};
    r.urgency = u"PRIOR"_s;
    services::ReferralService &referralService = f.desk.services->referrals();
    const qint64 referral = referralService.create(f.desk.volunteer, r).value();
    REQUIRE(
        referralService.move(f.desk.volunteer, referral, {referrals::State::Inviata, {}, {}, {}})
            .ok());

    QAbstractItemModelTester tester(f.page->timeline(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    f.page->show();
    f.page->showPerson(f.mario);
    using K = TimelineEntry::Kind;
    // The newest first: the follow-up due in three days, the referral made just now, the
    // consent to send it a minute before, then the older entries.
    CHECK(f.kinds()
          == QList<K> {K::FollowUpDue, K::Referral, K::ConsentGiven, K::Session, K::ConsentGiven,
                       K::ConsentGiven});
    const int row = f.rowOf(K::Referral);
    const TimelineModel &model = *f.page->timeline();
    CHECK(cell(model, row, TimelineModel::What).contains(u"Sent — Priority"_s));
    CHECK(model.index(row, 0).data(TimelineModel::RecordIdRole).toLongLong() == referral);

    // Enter on the referral's row asks the app to show it; on another row nothing happens.
    auto *view = f.child<QTableView>(u"personTimeline"_s);
    QSignalSpy open(f.page.get(), &ui::PersonPage::openReferralRequested);
    f.page->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(f.page.get()));
    view->setFocus();
    view->setCurrentIndex(model.index(f.rowOf(K::Session), 0));
    QTest::keyClick(view, Qt::Key_Return);
    CHECK(open.isEmpty());
    view->setCurrentIndex(model.index(row, 0));
    QTest::keyClick(view, Qt::Key_Return);
    REQUIRE(open.size() == 1);
    CHECK(open.at(0).at(0).toLongLong() == referral);
}

TEST_CASE("a referral moved elsewhere shows in the timeline without another audited view",
          "[ui][timeline][referrals][changes]")
{
    Fixture f;
    f.desk.consent(f.mario, ConsentPurpose::IdentifiedReferral);
    services::ReferralService &referralService = f.desk.services->referrals();
    referrals::Referral r;
    r.personId = f.mario;
    r.destinationType = u"SS_COMUNE"_s;
    r.needs = {u"POV.NORED"_s};
    const qint64 referral = referralService.create(f.desk.volunteer, r).value();
    f.page->show();
    f.page->showPerson(f.mario);
    const auto referralText = [&f] {
        const int row = f.rowOf(TimelineEntry::Kind::Referral);
        REQUIRE(row >= 0);
        return cell(*f.page->timeline(), row, TimelineModel::What);
    };
    CHECK(referralText().contains(u"Draft"_s));
    const auto views = [&f] {
        audit::AuditFilter filter;
        filter.action = QString::fromLatin1(audit::kView);
        return f.desk.audit->entries(filter).value().size();
    };
    const qsizetype viewsBefore = views();

    // Moved on another page (or by the sync): the page on screen follows at once.
    REQUIRE(
        referralService.move(f.desk.volunteer, referral, {referrals::State::Inviata, {}, {}, {}})
            .ok());
    f.settle();
    CHECK(referralText().contains(u"Sent"_s));

    // Hidden, it waits until it is shown again.
    f.page->hide();
    REQUIRE(
        referralService.move(f.desk.volunteer, referral, {referrals::State::Ricevuta, {}, {}, {}})
            .ok());
    f.settle();
    CHECK(referralText().contains(u"Sent"_s));
    f.page->show();
    f.settle();
    CHECK(referralText().contains(u"Received"_s));
    // A referral's entry is codes only: reading it again is not a view of the person.
    CHECK(views() == viewsBefore);
}

TEST_CASE("person page screenshot", "[.][screenshot]")
{
    Fixture f;
    people::Session s;
    s.personId = f.mario;
    s.type = u"ASCOLTO"_s;
    s.needs = {u"POV.INSUF"_s};
    s.outcomes = {u"ORIENT_SERV"_s};
    s.notes = u"Ha ricevuto lo sfratto, cerca casa popolare. Torna con l'ISEE."_s;
    f.desk.clock.advanceDays(1);
    REQUIRE(f.desk.sessions->save(f.desk.volunteer, s).ok());
    f.page->show();
    f.page->showPerson(f.mario);
    QCoreApplication::processEvents();
    REQUIRE(f.page->grab().save(QDir::temp().filePath(u"personpage.png"_s)));
    f.click(u"personEdit"_s);
    QCoreApplication::processEvents();
    REQUIRE(f.page->grab().save(QDir::temp().filePath(u"personpage-edit.png"_s)));
    // Next to the main window's navigation the page is narrower.
    f.page->resize(1040, 800);
    QCoreApplication::processEvents();
    REQUIRE(f.page->grab().save(QDir::temp().filePath(u"personpage-narrow.png"_s)));
    f.click(u"personRecordConsent"_s);
    ui::ConsentDialog *dialog = f.page->consents()->consentDialog();
    REQUIRE(dialog);
    dialog->setMethod(ConsentMethod::VerbalScripted);
    QCoreApplication::processEvents();
    REQUIRE(dialog->grab().save(QDir::temp().filePath(u"consentdialog.png"_s)));
}
