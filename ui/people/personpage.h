// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "people/consentspanel.h"
#include "people/model.h"
#include "people/personfile.h"
#include "people/privacynotice.h"
#include "people/timelinemodel.h"
#include "security/permissions.h"
#include "services/accountservice.h"

#include <QList>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <utility>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;

namespace sportello {
class Clock;
namespace services {
class ChangeNotifier;
class PeopleService;
class PersonEraser;
class PersonFiles;
class ReferralService;
class SessionService;
class SubjectAccessService;
} // namespace services
} // namespace sportello

namespace sportello::ui {

class DeferredRefresh;
class PersonFieldsForm;
class Prompter;
class ScheduleFollowUpDialog;

// One person's record at the counter: a search line to find them, the header (name, year,
// comune, contact preference), the coded fields with an edit mode, the consents with record,
// revoke and the printable form, the timeline and the scheduling of a follow-up. It follows
// the services' change notifications for the person shown: while the page is on screen it
// reads again at once; while hidden it waits until it is shown, so a change made elsewhere
// never writes an audited view the operator did not see.
class PersonPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PersonPage)

public:
    struct Context
    {
        services::PeopleService &people;
        services::SessionService &sessions;
        services::ReferralService &referrals; // the person's referrals join the timeline
        services::PersonEraser &eraser; // for roles allowed to erase (GDPR art. 17)
        services::SubjectAccessService &subjectAccess; // the export for the person (art. 15/20)
        services::ChangeNotifier &changes;
        const Clock &clock;
        Prompter &prompter;
        security::Actor actor; // who is at the desk
        QList<std::pair<qint64, QString>> operators; // id → name (timeline, assignees)
        std::function<people::PrivacyNotice()> notice; // the notice in force (unfilled)
        security::DeskIdentity desk; // fills the notice and the consent form
        // Records the identified files written (consent forms) and lists them at erasure.
        services::PersonFiles *files = nullptr;
    };

    explicit PersonPage(Context context, QWidget *parent = nullptr);
    ~PersonPage() override;

    // The person shown, 0 when none.
    [[nodiscard]] qint64 personId() const { return m_person.id; }
    [[nodiscard]] const people::Person &person() const { return m_person; }
    [[nodiscard]] TimelineModel *timeline() { return &m_timeline; }
    [[nodiscard]] PersonFieldsForm *fields() const { return m_fields; }
    [[nodiscard]] ConsentsPanel *consents() const { return m_consents; }
    [[nodiscard]] QLineEdit *searchField() const { return m_search; }
    // The dialogs while they are open (tests fill them in), else nullptr.
    [[nodiscard]] ScheduleFollowUpDialog *followUpDialog() const;

public Q_SLOTS:
    // Shows a person; asks first when edits would be lost. 0 clears the page.
    void showPerson(qint64 personId);
    // Reads the shown person again.
    void reload();
    void startEditing();
    void saveEdits();
    void cancelEdits();
    void scheduleFollowUp();
    // Erases the person shown, once the operator typed their family name to confirm.
    void eraseShownPerson();
    // Saves everything the desk holds about the person shown as a PDF and a JSON file.
    void exportShownPerson();

Q_SIGNALS:
    // A referral of the timeline was opened (Enter or double click on its row).
    void openReferralRequested(qint64 referralId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    // After an erasure: offers to delete the files the desk wrote about the person.
    void deleteWrittenFiles(const QList<people::PersonFile> &files);
    void buildSearch();
    void buildHeader();
    void buildTimeline();
    void searchPeople(const QString &query);
    void showHeader();
    void loadTimeline();
    void loadReferrals();
    void showTimeline();
    // What a change notification made stale for the person shown; refreshed now when the page
    // is on screen, else when it is shown.
    enum class Staleness { Fresh, Referrals, Timeline, Everything };
    void noteChange(qint64 personId, Staleness staleness);
    void refreshStale();
    void updateActions();
    void showError(const QString &message);

    Context m_context;
    people::Person m_person;
    TimelineModel m_timeline;
    QList<people::TimelineEntry> m_recordEntries; // sessions, follow-ups, consents
    QList<people::TimelineEntry> m_referralEntries;
    Staleness m_stale = Staleness::Fresh;
    DeferredRefresh *m_refresh = nullptr;

    QLineEdit *m_search = nullptr;
    QListWidget *m_results = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_doNotContact = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_hint = nullptr; // shown while no person is
    QWidget *m_body = nullptr;
    PersonFieldsForm *m_fields = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_cancel = nullptr;
    ConsentsPanel *m_consents = nullptr;
    QTableView *m_timelineView = nullptr;
    QPushButton *m_schedule = nullptr;
    QPushButton *m_erase = nullptr;
    QPushButton *m_export = nullptr;
    QPointer<ScheduleFollowUpDialog> m_followUpDialog;
};

} // namespace sportello::ui
