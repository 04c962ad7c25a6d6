// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "people/consentspanel.h"
#include "people/model.h"
#include "people/privacynotice.h"
#include "people/timelinemodel.h"
#include "security/accountservice.h"
#include "security/permissions.h"

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
namespace people {
class PeopleService;
class SessionService;
} // namespace people
namespace referrals {
class ReferralService;
}
} // namespace sportello

namespace sportello::ui {

class PersonFieldsForm;
class Prompter;
class ScheduleFollowUpDialog;

// One person's record at the counter: a search line to find them, the header (name, year,
// comune, contact preference), the coded fields with an edit mode, the consents with record,
// revoke and the printable form, the timeline and the scheduling of a follow-up.
class PersonPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PersonPage)

public:
    using PathChooser = ConsentsPanel::PathChooser;

    struct Context
    {
        people::PeopleService &people;
        people::SessionService &sessions;
        const Clock &clock;
        Prompter &prompter;
        security::Actor actor; // who is at the desk
        QList<std::pair<qint64, QString>> operators; // id → name (timeline, assignees)
        std::function<people::PrivacyNotice()> notice; // the notice in force (unfilled)
        security::DeskIdentity desk; // fills the notice and the consent form
        PathChooser choosePdfPath = {};
        // Erases a person for good (GDPR art. 17); the button shows only for a role allowed
        // to, and only when this is set.
        std::function<Status(qint64)> erase = {};
        // The person's referrals join the timeline; null: the timeline shows none.
        referrals::ReferralService *referrals = nullptr;
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

Q_SIGNALS:
    // The person's record, consents or follow-ups were saved (the follow-up queue may change).
    void personChanged(qint64 personId);
    // A referral of the timeline was opened (Enter or double click on its row).
    void openReferralRequested(qint64 referralId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildSearch();
    void buildHeader();
    void buildTimeline();
    void searchPeople(const QString &query);
    void showHeader();
    void loadTimeline();
    void updateActions();
    void showError(const QString &message);

    Context m_context;
    people::Person m_person;
    TimelineModel m_timeline;

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
    QPointer<ScheduleFollowUpDialog> m_followUpDialog;
};

} // namespace sportello::ui
