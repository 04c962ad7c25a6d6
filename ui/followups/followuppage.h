// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "followups/followupmodel.h"
#include "security/permissions.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QWidget>

#include <utility>

class QCheckBox;
class QLabel;
class QPushButton;
class QTimer;
class QTreeView;

namespace sportello {
class Clock;
namespace services {
class ChangeNotifier;
class PeopleService;
class ReferralService;
class SessionService;
} // namespace services
} // namespace sportello

namespace sportello::ui {

class CompleteFollowUpDialog;
class DeferredRefresh;

// The "Da ricontattare" page: open follow-ups grouped as overdue, today and upcoming, with the
// counts on top, a filter for the operator's own, "Done…" and a way to the person's record;
// sent referrals whose answer is due join the queue, and open in the referrals page.
class FollowUpPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FollowUpPage)

public:
    struct Context
    {
        services::PeopleService &people; // names of the people in the queue
        services::SessionService &sessions;
        services::ReferralService &referrals; // referrals awaiting an answer
        services::ChangeNotifier &changes; // sessions, follow-ups, referrals, people changed
        const Clock &clock; // what "today" is
        security::Actor actor; // who is at the desk ("only mine")
        QList<std::pair<qint64, QString>> operators; // id → name of the assignees
    };

    explicit FollowUpPage(Context context, QWidget *parent = nullptr);

    [[nodiscard]] FollowUpModel *model() { return &m_model; }
    [[nodiscard]] QTreeView *view() const { return m_view; }
    // The "Done…" dialog while it is open (tests fill it in), else nullptr.
    [[nodiscard]] CompleteFollowUpDialog *completeDialog() const;
    // Overdue plus due today, as last read or counted.
    [[nodiscard]] int dueNow() const { return m_dueNow; }
    [[nodiscard]] bool onlyMine() const;
    void setOnlyMine(bool onlyMine);
    // Makes the follow-up the current row; false when it is not in the queue.
    bool selectFollowUp(qint64 followUpId);
    // Makes the referral the current row; false when it is not in the queue.
    bool selectReferral(qint64 referralId);

public Q_SLOTS:
    // Reads the queue again; runs by itself after any change to follow-ups, sessions,
    // referrals or people, every few minutes (for the day's turn) and when the page is shown.
    void refresh();
    // Opens "Done…" for the current follow-up.
    void completeCurrent();
    // Asks for the record of the current row's person.
    void openCurrentPerson();
    // Asks for the current referral in the referrals page.
    void openCurrentReferral();

Q_SIGNALS:
    void openPersonRequested(qint64 personId);
    void openReferralRequested(qint64 referralId);
    // Overdue plus today changed (for a badge on the navigation).
    void countChanged(int dueNow);
    // A follow-up was marked as done.
    void followUpCompleted(qint64 followUpId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    // After a change or the timer: reads the list again if it is on screen; else only counts
    // what is due, and reads the list when the page is next shown.
    void refreshWhenSeen();
    void updateBadge();
    void setDueNow(int dueNow);
    [[nodiscard]] QString personName(qint64 personId) const;
    [[nodiscard]] QString operatorName(qint64 operatorId) const;
    [[nodiscard]] const people::FollowUp *currentFollowUp() const;
    [[nodiscard]] const referrals::Referral *currentReferral() const;
    [[nodiscard]] qint64 currentPersonId() const;
    bool select(const QModelIndex &index);
    void updateCounts();
    void updateActions();

    Context m_context;
    QHash<qint64, QString> m_operatorNames;
    mutable QHash<qint64, QString> m_personNames; // people of the queue, read when shown
    FollowUpModel m_model;
    int m_dueNow = -1;
    bool m_stale = true; // the list has not been read since it last changed
    QDate m_readOn; // the day it was last read
    QLabel *m_counts = nullptr;
    QLabel *m_error = nullptr;
    QCheckBox *m_onlyMine = nullptr;
    QPushButton *m_refresh = nullptr;
    QTreeView *m_view = nullptr;
    QPushButton *m_done = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_openReferral = nullptr;
    QTimer *m_timer = nullptr;
    QPointer<CompleteFollowUpDialog> m_dialog;
};

} // namespace sportello::ui
