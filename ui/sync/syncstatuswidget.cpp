// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncstatuswidget.h"

#include "deferredrefresh.h"
#include "icons.h"
#include "network/synccontroller.h"
#include "services/changenotifier.h"
#include "services/networkservice.h"
#include "support/clock.h"
#include "sync/outbox.h"
#include "text/errortext.h"
#include "text/synctext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace sportello::ui {

using text::SyncText;

SyncStatusWidget::SyncStatusWidget(Context context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(u"syncStatusWidget"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label = new QLabel(this);
    m_label->setObjectName(u"syncStatus"_s);
    m_syncNow = new QToolButton(this);
    m_syncNow->setObjectName(u"statusSyncNow"_s);
    m_syncNow->setText(tr("Sync now"));
    m_syncNow->setToolTip(tr("Send what is waiting to the district hub now, even while the sync "
                             "is paused"));
    m_syncNow->setAutoRaise(true);
    m_syncNow->setIcon(icon(Icon::Sync));
    m_syncNow->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    layout->addWidget(m_label);
    layout->addWidget(m_syncNow);

    m_refresh = new DeferredRefresh([this] { refresh(); }, this);
    connect(&m_context.changes, &services::ChangeNotifier::syncChanged, m_refresh,
            &DeferredRefresh::schedule);
    sync::SyncController &controller = m_context.controller;
    connect(m_syncNow, &QToolButton::clicked, &controller, &sync::SyncController::syncNow);
    connect(&controller, &sync::SyncController::roundStarted, this, [this] {
        m_settled = -1;
        m_due = 0;
        refresh();
    });
    connect(&controller, &sync::SyncController::progress, this, [this](int settled, int due) {
        m_settled = settled;
        m_due = due;
        m_refresh->schedule();
    });
    connect(&controller, &sync::SyncController::roundFinished, this, [this] { refresh(); });
    refresh();
}

QString SyncStatusWidget::text() const
{
    return m_label->text();
}

void SyncStatusWidget::refresh()
{
    auto status = m_context.network.status();
    if (!status) {
        m_label->setText(tr("Sync state unknown"));
        m_label->setToolTip(text::ErrorText::message(status.error()));
        return;
    }
    m_label->setText(describe(*status));
    m_syncNow->setVisible(status->enrolled);

    // The details a line cannot hold.
    QStringList details;
    if (status->enrolled)
        details.append(tr("Hub: %1 (%2)").arg(status->hubUrl, status->districtName));
    if (!status->paused.isEmpty())
        details.append(SyncText::failure(status->paused) + u' '
                       + SyncText::pauseAdvice(status->paused));
    else if (!status->lastError.isEmpty())
        details.append(tr("Last try %1: %2")
                           .arg(SyncText::when(status->lastAttempt, m_context.clock.now()),
                                SyncText::failure(status->lastError)));
    details.append(tr("Delivered so far: %1")
                       .arg(QLocale().toString(status->counts.value(
                           QString::fromLatin1(sync::outboxstate::kDelivered)))));
    m_label->setToolTip(details.join(u'\n'));
}

QString SyncStatusWidget::describe(const services::SyncStatus &status) const
{
    QStringList parts;
    const int pending = status.pending();
    if (m_context.controller.isRunning() && status.enrolled) {
        parts.append(m_settled >= 0 && m_due > 0
                         ? tr("Synchronizing… %1 of %2")
                               .arg(QLocale().toString(m_settled), QLocale().toString(m_due))
                         : tr("Synchronizing…"));
    } else if (!status.enrolled) {
        parts.append(tr("Not connected to the network"));
    } else if (!status.paused.isEmpty()) {
        parts.append(tr("Paused: %1").arg(SyncText::pauseReason(status.paused)));
    } else if (status.lastSuccess.isValid()) {
        parts.append(
            tr("Last sync: %1").arg(SyncText::when(status.lastSuccess, m_context.clock.now())));
    } else {
        parts.append(tr("Never synchronized"));
    }
    if (pending > 0)
        parts.append(tr("%n waiting", nullptr, pending));
    else if (status.enrolled)
        parts.append(tr("nothing waiting"));
    if (status.failed() > 0)
        parts.append(tr("%n refused", nullptr, status.failed()));
    if (status.enrolled && status.paused.isEmpty() && !status.lastError.isEmpty()
        && !m_context.controller.isRunning())
        parts.append(tr("last try failed"));
    return parts.join(u" · "_s);
}

} // namespace sportello::ui
