// SPDX-License-Identifier: GPL-3.0-or-later
#include "followuppage.h"

#include "brand.h"
#include "deferredrefresh.h"
#include "followups/followupdialogs.h"
#include "services/changenotifier.h"
#include "services/peopleservice.h"
#include "services/referralservice.h"
#include "services/sessionservice.h"
#include "support/clock.h"
#include "text/errortext.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sportello::ui {

namespace {

// Often enough that a follow-up becomes "today" soon after midnight on a machine left on.
constexpr int kRefreshIntervalMs = 5 * 60 * 1000;

QString hitName(const people::DirectoryHit &hit)
{
    return QString(hit.givenName + u' ' + hit.familyName).trimmed();
}

} // namespace

FollowUpPage::FollowUpPage(Context context, QWidget *parent)
    : QWidget(parent)
    , m_context(std::move(context))
    , m_model([this](qint64 id) { return personName(id); },
              [this](qint64 id) { return operatorName(id); })
{
    for (const auto &[id, name] : std::as_const(m_context.operators))
        m_operatorNames.insert(id, name);

    QFont base = font();
    base.setPointSizeF(std::max<qreal>(base.pointSizeF(), 11));
    setFont(base);

    auto *title = new QLabel(tr("To call back"), this);
    QFont titleFont = base;
    titleFont.setPointSizeF(base.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_counts = new QLabel(this);
    m_counts->setObjectName(u"followUpCounts"_s);
    QFont countsFont = base;
    countsFont.setPointSizeF(base.pointSizeF() * 1.2);
    m_counts->setFont(countsFont);
    m_counts->setTextFormat(Qt::RichText);

    m_onlyMine = new QCheckBox(tr("Only &mine"), this);
    m_onlyMine->setObjectName(u"followUpOnlyMine"_s);
    m_onlyMine->setAccessibleName(tr("Show only the follow-ups assigned to me"));
    m_onlyMine->setToolTip(m_onlyMine->accessibleName());

    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setObjectName(u"followUpRefresh"_s);
    m_refresh->setAccessibleName(tr("Refresh the list"));
    m_refresh->setShortcut(QKeySequence::Refresh);

    m_error = new QLabel(this);
    m_error->setObjectName(u"followUpError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(brand::errorStyle(palette()));
    m_error->hide();

    m_view = new QTreeView(this);
    m_view->setObjectName(u"followUpView"_s);
    m_view->setAccessibleName(tr("Follow-ups to do"));
    m_view->setModel(&m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAllColumnsShowFocus(true);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setExpandsOnDoubleClick(false);
    // Taller rows: easier to read and to hit for the older volunteers.
    m_view->setStyleSheet(u"QTreeView::item { padding: 5px 2px; }"_s);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(FollowUpModel::Due, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(FollowUpModel::Person, QHeaderView::Interactive);
    header->setSectionResizeMode(FollowUpModel::Note, QHeaderView::Stretch);
    header->setSectionResizeMode(FollowUpModel::Assignee, QHeaderView::ResizeToContents);
    header->resizeSection(FollowUpModel::Person, 260);

    m_done = new QPushButton(tr("&Done…"), this);
    m_done->setObjectName(u"followUpDone"_s);
    m_done->setAccessibleName(tr("Mark the selected follow-up as done"));
    m_open = new QPushButton(tr("&Open person"), this);
    m_open->setObjectName(u"followUpOpenPerson"_s);
    m_open->setAccessibleName(tr("Open the record of the selected person"));
    m_openReferral = new QPushButton(tr("Open referr&al"), this);
    m_openReferral->setObjectName(u"followUpOpenReferral"_s);
    m_openReferral->setAccessibleName(tr("Open the selected referral"));

    auto *top = new QHBoxLayout;
    top->addWidget(title);
    top->addSpacing(24);
    top->addWidget(m_counts, 1);
    top->addWidget(m_onlyMine);
    top->addWidget(m_refresh);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_done);
    actions->addWidget(m_open);
    actions->addWidget(m_openReferral);
    actions->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);
    layout->addLayout(actions);

    m_timer = new QTimer(this);
    m_timer->setInterval(kRefreshIntervalMs);
    m_timer->start();

    connect(m_timer, &QTimer::timeout, this, &FollowUpPage::refreshWhenSeen);
    connect(m_refresh, &QPushButton::clicked, this, &FollowUpPage::refresh);
    connect(m_onlyMine, &QCheckBox::toggled, this, &FollowUpPage::refresh);
    connect(m_done, &QPushButton::clicked, this, &FollowUpPage::completeCurrent);
    connect(m_open, &QPushButton::clicked, this, &FollowUpPage::openCurrentPerson);
    connect(m_openReferral, &QPushButton::clicked, this, &FollowUpPage::openCurrentReferral);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (m_model.followUp(index))
            openCurrentPerson();
        else if (m_model.referral(index))
            openCurrentReferral();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &FollowUpPage::updateActions);
    // The badge counts what is due even while the page is hidden: on every change the list is
    // read again if it is on screen, else only counted (reading it, notes and all, took most
    // of a second at a desk of 200,000 people).
    auto *changed = new DeferredRefresh([this] { refreshWhenSeen(); }, this);
    const services::ChangeNotifier &changes = m_context.changes;
    connect(&changes, &services::ChangeNotifier::sessionSaved, changed, &DeferredRefresh::schedule);
    connect(&changes, &services::ChangeNotifier::followUpChanged, changed,
            &DeferredRefresh::schedule);
    connect(&changes, &services::ChangeNotifier::referralChanged, changed,
            &DeferredRefresh::schedule);
    connect(&changes, &services::ChangeNotifier::personChanged, changed,
            &DeferredRefresh::schedule);
    connect(&changes, &services::ChangeNotifier::personErased, changed, &DeferredRefresh::schedule);

    // The list itself is read when the page is first shown.
    updateBadge();
}

void FollowUpPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Also when the day turned since the last read: what is due changed.
    if (m_stale || m_readOn != m_context.clock.today())
        refresh();
}

void FollowUpPage::refreshWhenSeen()
{
    if (isVisible()) {
        refresh();
        return;
    }
    m_stale = true;
    updateBadge();
}

void FollowUpPage::updateBadge()
{
    const qint64 assignee = onlyMine() ? m_context.actor.operatorId : 0;
    const QDate today = m_context.clock.today();
    auto followUps = m_context.sessions.dueFollowUpCount(m_context.actor, assignee, today);
    auto referrals = followUps
        ? m_context.referrals.awaitingFeedbackCount(m_context.actor, today, assignee)
        : Result<int>(followUps.error());
    if (!referrals)
        return; // the list says why when it is shown
    setDueNow(*followUps + *referrals);
}

void FollowUpPage::setDueNow(int dueNow)
{
    if (dueNow == m_dueNow)
        return;
    m_dueNow = dueNow;
    Q_EMIT countChanged(m_dueNow);
}

CompleteFollowUpDialog *FollowUpPage::completeDialog() const
{
    return m_dialog.data();
}

bool FollowUpPage::onlyMine() const
{
    return m_onlyMine->isChecked();
}

void FollowUpPage::setOnlyMine(bool onlyMine)
{
    m_onlyMine->setChecked(onlyMine);
}

QString FollowUpPage::personName(qint64 personId) const
{
    if (personId <= 0)
        return {};
    const auto cached = m_personNames.constFind(personId);
    if (cached != m_personNames.cend())
        return *cached;
    auto hit = m_context.people.nameOf(m_context.actor, personId);
    const QString name = hit ? hitName(*hit) : QString();
    m_personNames.insert(personId, name);
    return name;
}

QString FollowUpPage::operatorName(qint64 operatorId) const
{
    return m_operatorNames.value(operatorId);
}

const people::FollowUp *FollowUpPage::currentFollowUp() const
{
    return m_model.followUp(m_view->currentIndex());
}

const referrals::Referral *FollowUpPage::currentReferral() const
{
    return m_model.referral(m_view->currentIndex());
}

qint64 FollowUpPage::currentPersonId() const
{
    if (const people::FollowUp *followUp = currentFollowUp())
        return followUp->personId;
    if (const referrals::Referral *referral = currentReferral())
        return referral->personId;
    return 0;
}

bool FollowUpPage::select(const QModelIndex &index)
{
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

bool FollowUpPage::selectFollowUp(qint64 followUpId)
{
    return select(m_model.indexOf(followUpId));
}

bool FollowUpPage::selectReferral(qint64 referralId)
{
    return select(m_model.indexOfReferral(referralId));
}

void FollowUpPage::refresh()
{
    m_stale = false;
    m_readOn = m_context.clock.today();
    const people::FollowUp *current = currentFollowUp();
    const qint64 currentId = current ? current->id : 0;
    const referrals::Referral *referral = currentReferral();
    const qint64 currentReferralId = referral ? referral->id : 0;
    const qint64 assignee = onlyMine() ? m_context.actor.operatorId : 0;
    const QDate today = m_context.clock.today();
    auto queue = m_context.sessions.followUpQueue(m_context.actor, assignee, today);
    auto awaiting = queue ? m_context.referrals.awaitingFeedback(m_context.actor, today)
                          : Result<QList<referrals::Referral>>(queue.error());
    if (!awaiting) {
        m_error->setText(text::ErrorText::message(awaiting.error()));
        m_error->show();
        m_model.setQueue({});
    } else {
        m_error->hide();
        // "Only mine": the referrals this operator made.
        if (assignee > 0)
            awaiting->removeIf(
                [assignee](const referrals::Referral &r) { return r.createdBy != assignee; });
        // Names are read when a row is first shown and kept until the next refresh: the model
        // asks for them at every paint. Reading them all here took seconds with thousands of
        // follow-ups, right after login, while the person directory was still loading.
        m_personNames.clear();
        m_model.setQueue(std::move(queue).value(), *awaiting, today);
    }
    m_view->expandAll();
    for (int group = 0; group < FollowUpModel::GroupCount; ++group)
        m_view->setFirstColumnSpanned(group, {}, true);
    // Keep the cursor on the same follow-up, else on the first one, so the keyboard can go on.
    if (!selectFollowUp(currentId) && !selectReferral(currentReferralId)) {
        for (int group = 0; group < FollowUpModel::GroupCount; ++group) {
            const QModelIndex first = m_model.index(0, 0, m_model.index(group, 0));
            if (first.isValid()) {
                m_view->setCurrentIndex(first);
                break;
            }
        }
    }
    updateCounts();
    updateActions();
}

void FollowUpPage::updateCounts()
{
    const int overdue = m_model.count(FollowUpModel::Overdue);
    const int today = m_model.count(FollowUpModel::Today);
    const int upcoming = m_model.count(FollowUpModel::Upcoming);
    QString plain;
    QString rich;
    if (overdue + today + upcoming == 0) {
        plain = tr("Nobody to call back.");
        rich = plain.toHtmlEscaped();
    } else {
        const QString overdueText = tr("%n overdue", nullptr, overdue);
        const QString todayText = tr("%n due today", nullptr, today);
        const QString upcomingText = tr("%n upcoming", nullptr, upcoming);
        plain = tr("%1, %2, %3").arg(overdueText, todayText, upcomingText);
        const QString overdueRich = overdue > 0 ? u"<b style=\"%1\">%2</b>"_s.arg(
                                        brand::errorStyle(palette()), overdueText.toHtmlEscaped())
                                                : overdueText.toHtmlEscaped();
        rich = tr("%1, %2, %3")
                   .arg(overdueRich, todayText.toHtmlEscaped(), upcomingText.toHtmlEscaped());
    }
    m_counts->setText(rich);
    m_counts->setAccessibleName(plain);
    m_counts->setToolTip(plain);
    setDueNow(overdue + today);
}

void FollowUpPage::updateActions()
{
    const people::FollowUp *current = currentFollowUp();
    // A referral is not called back: it is followed up in the referrals page.
    m_done->setEnabled(current != nullptr);
    m_open->setEnabled(currentPersonId() > 0);
    m_openReferral->setEnabled(currentReferral() != nullptr);
}

void FollowUpPage::completeCurrent()
{
    const people::FollowUp *current = currentFollowUp();
    if (!current)
        return;
    const qint64 id = current->id;
    const QString who
        = m_model
              .data(m_view->currentIndex().siblingAtColumn(FollowUpModel::Person), Qt::DisplayRole)
              .toString();
    QString summary
        = tr("%1, due on %2").arg(who, QLocale().toString(current->due, QLocale::LongFormat));
    if (!current->note.isEmpty())
        summary += u'\n' + current->note;
    if (m_dialog)
        m_dialog->close();
    m_dialog = new CompleteFollowUpDialog(
        summary,
        [this, id](const QString &outcome, const QString &note) {
            return m_context.sessions.completeFollowUp(m_context.actor, id, outcome, note);
        },
        this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The queue follows the change notification.
    connect(m_dialog, &QDialog::accepted, this, [this, id] { Q_EMIT followUpCompleted(id); });
    m_dialog->open();
}

void FollowUpPage::openCurrentPerson()
{
    if (const qint64 personId = currentPersonId(); personId > 0)
        Q_EMIT openPersonRequested(personId);
}

void FollowUpPage::openCurrentReferral()
{
    if (const referrals::Referral *current = currentReferral())
        Q_EMIT openReferralRequested(current->id);
}

} // namespace sportello::ui
