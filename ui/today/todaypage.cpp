// SPDX-License-Identifier: GPL-3.0-or-later
#include "todaypage.h"

#include "board/boardmatch.h"
#include "brand.h"
#include "icons.h"
#include "network/boardfetch.h"
#include "services/backupservice.h"
#include "services/changenotifier.h"
#include "services/desktoday.h"
#include "services/networkservice.h"
#include "support/clock.h"
#include "text/errortext.h"
#include "text/synctext.h"

#include <QCommandLinkButton>
#include <QDir>
#include <QFrame>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sportello::ui {

namespace {
// The board is asked of the hub when the page is shown, not more often than this.
constexpr qint64 kBoardReadEverySeconds = 5 * 60;
} // namespace

TodayPage::TodayPage(Context context, QWidget *parent)
    : QWidget(parent)
    , m_context(std::move(context))
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setAccessibleName(tr("Today"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(6);

    auto *title = new QLabel(tr("Today"), content);
    title->setObjectName(u"todayTitle"_s);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);
    m_date = new QLabel(content);
    m_date->setObjectName(u"todayDate"_s);
    layout->addWidget(m_date);

    if (m_context.profile.demo) {
        auto *demo = new QLabel(tr("This is a <b>demo profile</b>: every person, service and "
                                   "address in it is made up for training (dati dimostrativi). "
                                   "Do not record real people here."),
                                content);
        demo->setObjectName(u"demoNotice"_s);
        demo->setWordWrap(true);
        demo->setFrameShape(QFrame::StyledPanel);
        demo->setMargin(12);
        demo->setStyleSheet(brand::demoNoticeStyle(palette()));
        layout->addWidget(demo);
    }
    m_problem = new QLabel(content);
    m_problem->setObjectName(u"todayProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);

    const auto add = [this, layout, content](const QString &item, const QString &pageId) {
        addItem(item, pageId);
        m_items.value(item)->setParent(content);
        layout->addWidget(m_items.value(item));
    };
    const bool counter
        = security::allows(m_context.actor.role, security::Permission::RecordSessions)
        || security::allows(m_context.actor.role, security::Permission::RecordFacilitation);
    if (counter) {
        add(u"followups"_s, u"followups"_s);
        add(u"late"_s, u"followups"_s);
    }
    add(u"answers"_s, u"referrals"_s);
    add(u"received"_s, u"received"_s);
    if (m_context.board) {
        m_context.board->setParent(this);
        add(u"board"_s, u"board"_s);
        connect(m_context.board, &sync::HubFetch::finished, this, &TodayPage::showBoard);
    }
    add(u"sync"_s, u"sync"_s);
    add(u"catalogue"_s, u"catalogue"_s);
    add(u"backup"_s, u"backup"_s);

    auto *profile = new QLabel(tr("Data folder: %1 · database schema %2")
                                   .arg(QDir::toNativeSeparators(m_context.profile.dataDir))
                                   .arg(m_context.profile.schemaVersion),
                               content);
    profile->setObjectName(u"todayProfile"_s);
    profile->setWordWrap(true);
    profile->setTextInteractionFlags(Qt::TextSelectableByMouse);
    profile->setForegroundRole(QPalette::PlaceholderText);
    layout->addSpacing(12);
    layout->addWidget(profile);
    layout->addStretch(1);

    services::ChangeNotifier &changes = m_context.changes;
    for (const auto signal :
         {&services::ChangeNotifier::followUpChanged, &services::ChangeNotifier::referralChanged})
        connect(&changes, signal, this, &TodayPage::markStale);
    connect(&changes, &services::ChangeNotifier::sessionSaved, this, &TodayPage::markStale);
    connect(&changes, &services::ChangeNotifier::syncChanged, this, &TodayPage::markStale);
    connect(&changes, &services::ChangeNotifier::backupChanged, this, &TodayPage::markStale);
    connect(&changes, &services::ChangeNotifier::catalogueChanged, this, &TodayPage::markStale);
}

TodayPage::~TodayPage() = default;

void TodayPage::addItem(const QString &item, const QString &pageId)
{
    auto *button = new QCommandLinkButton(this);
    button->setObjectName(u"today_"_s + item);
    button->setIcon(pageIcon(pageId));
    m_items.insert(item, button);
    m_pageOf.insert(item, pageId);
    connect(button, &QCommandLinkButton::clicked, this,
            [this, pageId] { Q_EMIT openPageRequested(pageId); });
}

void TodayPage::setItem(const QString &item, const QString &text, const QString &detail,
                        bool needsAttention)
{
    QCommandLinkButton *button = m_items.value(item);
    if (!button)
        return;
    button->setText(text);
    button->setDescription(detail);
    button->setAccessibleName(text);
    button->setAccessibleDescription(detail);
    QFont font = button->font();
    font.setBold(needsAttention);
    button->setFont(font);
    const bool linked = !m_context.hasPage || m_context.hasPage(m_pageOf.value(item));
    button->setEnabled(linked);
}

QString TodayPage::itemText(const QString &item) const
{
    const QCommandLinkButton *button = m_items.value(item);
    return button ? button->text() : QString();
}

void TodayPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale || m_readOn != m_context.clock.today())
        refresh();
    else
        refreshBoard();
}

void TodayPage::markStale()
{
    m_stale = true;
    if (isVisible())
        refresh();
}

void TodayPage::refresh()
{
    m_stale = false;
    const QDate today = m_context.clock.today();
    m_readOn = today;
    QString date = QLocale().toString(today, QLocale::LongFormat);
    if (!m_context.deskName.isEmpty())
        date += u" · "_s + m_context.deskName;
    m_date->setText(date);

    const auto counts = m_context.today.counts(m_context.actor, today);
    if (!counts) {
        m_problem->setText(text::ErrorText::message(counts.error()));
        m_problem->show();
    } else {
        m_problem->hide();
        const QLocale locale;
        const int due = counts->followUpsDue;
        const int overdue = counts->followUpsOverdue;
        setItem(u"followups"_s,
                due == 0 ? tr("Nobody to call back today")
                         : tr("%n follow-up(s) due", nullptr, due),
                overdue > 0 ? tr("%n of them overdue", nullptr, overdue)
                            : tr("The calls and checks promised to people."),
                due > 0);
        setItem(u"late"_s,
                counts->referralsLate == 0
                    ? tr("No referral is late for an answer")
                    : tr("%n referral(s) waiting for an answer past their date", nullptr,
                         counts->referralsLate),
                tr("Ask the service that received them."), counts->referralsLate > 0);
        setItem(u"answers"_s,
                tr("%n answer(s) to this desk's referrals since yesterday", nullptr,
                   counts->answersSinceYesterday),
                tr("What the services the desk referred to said, through the network."),
                counts->answersSinceYesterday > 0);
        setItem(u"received"_s,
                counts->receivedWaiting == 0
                    ? tr("No referral received waits for this desk")
                    : tr("%n referral(s) received wait for this desk's answer", nullptr,
                         counts->receivedWaiting),
                tr("%n received since yesterday", nullptr, counts->receivedSinceYesterday),
                counts->receivedWaiting > 0);
        setItem(u"catalogue"_s,
                counts->unverifiedCatalogue == 0
                    ? tr("Every service of this desk was verified in the last 12 months")
                    : tr("%n service(s) of this desk not verified for 12 months", nullptr,
                         counts->unverifiedCatalogue),
                tr("Check that times, addresses and requirements still hold."),
                counts->unverifiedCatalogue > 0);
    }
    showSync();
    showBackup();
    refreshBoard();
}

void TodayPage::showSync()
{
    auto status = m_context.network.status();
    if (!status) {
        setItem(u"sync"_s, tr("Sync state unknown"), text::ErrorText::message(status.error()),
                true);
        return;
    }
    const QDateTime now = m_context.clock.now();
    if (!status->enrolled) {
        setItem(u"sync"_s, tr("Not connected to the district network"),
                tr("Referrals stay on this desk until a coordinator connects it."), false);
        return;
    }
    const QString waiting = tr("%n item(s) waiting to be sent", nullptr, status->pending());
    if (!status->paused.isEmpty()) {
        setItem(u"sync"_s, tr("Sync paused: %1").arg(text::SyncText::pauseReason(status->paused)),
                text::SyncText::pauseAdvice(status->paused), true);
    } else if (status->failed() > 0) {
        setItem(
            u"sync"_s,
            tr("%n item(s) refused by the hub wait for a coordinator", nullptr, status->failed()),
            waiting, true);
    } else if (status->lastSuccess.isValid()) {
        setItem(u"sync"_s,
                tr("Last sync with the network: %1")
                    .arg(text::SyncText::when(status->lastSuccess, now)),
                waiting, false);
    } else {
        setItem(u"sync"_s, tr("Never synchronized with the network"), waiting, true);
    }
}

void TodayPage::showBackup()
{
    const services::BackupStatus status = m_context.backups.status();
    const services::BackupPlan plan = m_context.backups.plan();
    const QDateTime now = m_context.clock.nowUtc();
    QString text = status.lastSuccess.isValid()
        ? tr("Last backup: %1").arg(text::SyncText::when(status.lastSuccess, now))
        : tr("No backup of this desk yet");
    QString detail;
    bool attention = !status.lastSuccess.isValid();
    if (status.lastErrorCode != 0) {
        const Error error {ErrorCode(status.lastErrorCode), {}, {status.lastErrorArgument}};
        detail = tr("The last attempt failed: %1").arg(text::ErrorText::message(error));
        attention = true;
    } else if (plan.folder.isEmpty()) {
        detail = tr("No backup folder is chosen: a coordinator sets it on the Backup page.");
    } else if (plan.periodDays > 0) {
        detail = tr("Every %n day(s), to %1", nullptr, plan.periodDays)
                     .arg(QDir::toNativeSeparators(plan.folder));
        attention = attention
            || (status.lastSuccess.isValid()
                && status.lastSuccess.addDays(plan.periodDays + 1) < now);
    } else {
        detail
            = tr("Only when a coordinator asks, to %1").arg(QDir::toNativeSeparators(plan.folder));
    }
    setItem(u"backup"_s, text, detail, attention);
}

void TodayPage::refreshBoard()
{
    sync::BoardFetch *board = m_context.board;
    if (!board || board->isRunning())
        return;
    auto status = m_context.network.status();
    if (!status || !status->enrolled) {
        setItem(u"board"_s, tr("The neighbourhood board needs the district network"),
                tr("A coordinator connects the desk on the Synchronization page."), false);
        return;
    }
    const QDateTime now = m_context.clock.nowUtc();
    if (m_boardReadAt.isValid() && m_boardReadAt.secsTo(now) < kBoardReadEverySeconds)
        return;
    m_boardReadAt = now;
    if (itemText(u"board"_s).isEmpty())
        setItem(u"board"_s, tr("Reading the neighbourhood board…"), QString(), false);
    board->start();
}

void TodayPage::showBoard()
{
    sync::BoardFetch *board = m_context.board;
    if (board->error()) {
        if (board->error()->code == ErrorCode::Cancelled)
            return;
        m_boardReadAt = {}; // asked again at the next showing
        setItem(u"board"_s, tr("The neighbourhood board could not be read"),
                text::ErrorText::message(*board->error()), false);
        return;
    }
    if (!board->view())
        return;
    int waiting = 0;
    for (const board::DeskPost &post : board->view()->posts) {
        for (const board::DeskMatch &match : post.matches) {
            const bool mine
                = match.mineIsOffer ? match.match.offerAccepted : match.match.requestAccepted;
            if (match.match.state == board::MatchState::Proposta && !mine)
                ++waiting;
        }
    }
    const int accounts = int(board->view()->pending.size());
    setItem(u"board"_s,
            waiting == 0 ? tr("No board match waits for a reply")
                         : tr("%n board match(es) wait for a reply", nullptr, waiting),
            accounts > 0 ? tr("%n new board account(s) to activate", nullptr, accounts)
                         : tr("Offers and requests of help in the neighbourhood."),
            waiting > 0 || accounts > 0);
}

} // namespace sportello::ui
