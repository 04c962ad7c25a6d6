// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncpage.h"

#include "brand.h"
#include "deferredrefresh.h"
#include "enrolmentdialog.h"
#include "network/synccontroller.h"
#include "outboxmodel.h"
#include "prompter.h"
#include "services/changenotifier.h"
#include "services/networkservice.h"
#include "services/outboxservice.h"
#include "support/clock.h"
#include "sync/outbox.h"
#include "text/errortext.h"
#include "text/synctext.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sportello::ui {

using text::SyncText;
namespace itemstate = sync::outboxstate;

namespace {

QLabel *wrappedLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

SyncPage::SyncPage(Context context, QWidget *parent)
    : QWidget(parent)
    , m_context(std::move(context))
    , m_coordinator(security::allows(m_context.actor.role, security::Permission::ConfigureDesk))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    buildSummary();
    buildActions();

    auto *filterRow = new QHBoxLayout;
    m_filter = new QComboBox(this);
    m_filter->setObjectName(u"outboxFilter"_s);
    m_filter->addItem(tr("All records"), QString());
    for (const QString &state : sync::outboxStates())
        m_filter->addItem(SyncText::stateFilter(state), state);
    auto *filterLabel = new QLabel(tr("&Show:"), this);
    filterLabel->setBuddy(m_filter);
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter);
    filterRow->addStretch(1);
    layout->addLayout(filterRow);

    m_model = new OutboxModel(m_context.clock, this);
    m_view = new QTableView(this);
    m_view->setObjectName(u"outboxView"_s);
    m_view->setAccessibleName(tr("Records for the hub"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(OutboxModel::Problem, QHeaderView::Stretch);
    layout->addWidget(m_view, 1);

    if (m_coordinator) {
        auto *itemRow = new QHBoxLayout;
        m_requeue = new QPushButton(tr("Send &again"), this);
        m_requeue->setObjectName(u"outboxRequeue"_s);
        m_requeue->setToolTip(tr("Send the selected refused record to the hub again"));
        m_discard = new QPushButton(tr("&Give up"), this);
        m_discard->setObjectName(u"outboxDiscard"_s);
        m_discard->setToolTip(tr("Never send the selected refused record"));
        itemRow->addWidget(m_requeue);
        itemRow->addWidget(m_discard);
        itemRow->addStretch(1);
        layout->addLayout(itemRow);
        connect(m_requeue, &QPushButton::clicked, this, [this] { requeueSelected(); });
        connect(m_discard, &QPushButton::clicked, this, [this] { discardSelected(); });
    }

    // During a round only the summary follows each batch: the list is read again once the round
    // ends, so a first sync of thousands of records does not reload it after every batch.
    m_refresh = new DeferredRefresh(
        [this] {
            if (m_context.controller.isRunning())
                refreshSummary();
            else
                refresh();
        },
        this);
    connect(&m_context.changes, &services::ChangeNotifier::syncChanged, m_refresh,
            &DeferredRefresh::schedule);
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] { reloadItems(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SyncPage::updateItemActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SyncPage::updateItemActions);

    sync::SyncController &controller = m_context.controller;
    connect(&controller, &sync::SyncController::roundStarted, this, [this] {
        m_progress->setRange(0, 0);
        m_progress->show();
        m_cancel->show();
    });
    connect(&controller, &sync::SyncController::progress, this, [this](int settled, int due) {
        m_progress->setRange(0, std::max(due, 1));
        m_progress->setValue(std::min(settled, due));
        m_refresh->schedule();
    });
    connect(&controller, &sync::SyncController::roundFinished, this,
            [this](const sync::RoundResult &result) {
                m_progress->hide();
                m_cancel->hide();
                showRoundResult(result);
                m_refresh->schedule();
            });
    if (controller.isRunning()) {
        m_progress->setRange(0, 0);
        m_progress->show();
        m_cancel->show();
    }
    refresh();
}

SyncPage::~SyncPage() = default;

void SyncPage::buildSummary()
{
    auto *box = new QGroupBox(tr("Link with the district hub"), this);
    auto *boxLayout = new QVBoxLayout(box);
    m_link = wrappedLabel(u"syncLink"_s, box);
    m_times = wrappedLabel(u"syncTimes"_s, box);
    m_pause = wrappedLabel(u"syncPause"_s, box);
    m_pause->setStyleSheet(brand::errorStyle(palette()));
    m_counts = wrappedLabel(u"syncCounts"_s, box);
    m_roundMessage = wrappedLabel(u"syncRoundMessage"_s, box);
    m_roundMessage->hide();
    for (QLabel *label : {m_link, m_times, m_pause, m_counts, m_roundMessage})
        boxLayout->addWidget(label);
    layout()->addWidget(box);
}

void SyncPage::buildActions()
{
    auto *row = new QHBoxLayout;
    m_syncNow = new QPushButton(tr("S&ync now"), this);
    m_syncNow->setObjectName(u"syncNow"_s);
    m_syncNow->setToolTip(tr("Send what is waiting to the hub now, even while the sync is "
                             "paused"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"syncProgress"_s);
    m_progress->setFormat(tr("%v of %m"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(u"syncCancel"_s);
    // The row keeps its place while no round runs, so nothing jumps when one starts.
    for (QWidget *widget : {static_cast<QWidget *>(m_progress), static_cast<QWidget *>(m_cancel)}) {
        QSizePolicy policy = widget->sizePolicy();
        policy.setRetainSizeWhenHidden(true);
        widget->setSizePolicy(policy);
        widget->hide();
    }
    m_proxy = new QPushButton(tr("&Proxy password…"), this);
    m_proxy->setObjectName(u"syncProxy"_s);
    m_proxy->setToolTip(tr("Type the user name and password the network's proxy asks for"));
    m_proxy->hide();
    row->addWidget(m_syncNow);
    row->addWidget(m_proxy);
    row->addWidget(m_progress, 1);
    row->addWidget(m_cancel);
    connect(m_proxy, &QPushButton::clicked, this, [this] { enterProxyCredentials(); });
    connect(m_syncNow, &QPushButton::clicked, &m_context.controller,
            &sync::SyncController::syncNow);
    connect(m_cancel, &QPushButton::clicked, &m_context.controller, &sync::SyncController::cancel);
    if (m_coordinator) {
        row->addSpacing(24);
        m_connect = new QPushButton(tr("&Connect to the network…"), this);
        m_connect->setObjectName(u"syncConnect"_s);
        m_disconnect = new QPushButton(tr("&Disconnect from the network…"), this);
        m_disconnect->setObjectName(u"syncDisconnect"_s);
        row->addWidget(m_connect);
        row->addWidget(m_disconnect);
        connect(m_connect, &QPushButton::clicked, this, [this] { connectToNetwork(); });
        connect(m_disconnect, &QPushButton::clicked, this, [this] { disconnectFromNetwork(); });
    }
    static_cast<QVBoxLayout *>(layout())->addLayout(row);
}

void SyncPage::refresh()
{
    refreshSummary();
    reloadItems();
}

void SyncPage::refreshSummary()
{
    auto status = m_context.network.status();
    if (!status) {
        m_link->setText(text::ErrorText::message(status.error()));
        return;
    }
    showSummary(*status);
}

void SyncPage::reloadItems()
{
    // A hidden page reads its list when shown.
    m_itemsStale = !isVisible();
    if (m_itemsStale)
        return;
    const qint64 selected = selectedItem() ? selectedItem()->id : 0;
    auto items = m_context.outbox.items(m_filter->currentData().toString());
    if (!items) {
        m_link->setText(text::ErrorText::message(items.error()));
        return;
    }
    m_model->setItems(std::move(items).value());
    if (selected)
        selectItem(selected);
    updateItemActions();
}

void SyncPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_itemsStale)
        reloadItems();
}

void SyncPage::showSummary(const services::SyncStatus &status)
{
    const QDateTime now = m_context.clock.now();
    if (status.enrolled)
        m_link->setText(
            tr("Connected to %1 through the hub %2.").arg(status.districtName, status.hubUrl));
    else
        m_link->setText(text::ErrorText::message(makeError(ErrorCode::HubNotEnrolled)));
    QString times = tr("Last successful sync: %1.")
                        .arg(status.lastSuccess.isValid() ? SyncText::when(status.lastSuccess, now)
                                                          : tr("never"));
    if (status.paused.isEmpty() && !status.lastError.isEmpty())
        times += u' '
            + tr("Last try %1: %2")
                  .arg(SyncText::when(status.lastAttempt, now),
                       SyncText::failure(status.lastError));
    m_times->setText(times);
    m_times->setVisible(status.enrolled || status.lastSuccess.isValid());
    m_pause->setVisible(!status.paused.isEmpty());
    if (!status.paused.isEmpty())
        m_pause->setText(
            tr("The sync is paused: %1 %2")
                .arg(SyncText::failure(status.paused), SyncText::pauseAdvice(status.paused)));
    const auto count = [&status](const char *state) {
        return QLocale().toString(status.counts.value(QString::fromLatin1(state)));
    };
    m_counts->setText(tr("Waiting: %1 · sending: %2 · delivered: %3 · refused: %4 · given up: %5")
                          .arg(count(itemstate::kQueued), count(itemstate::kSending),
                               count(itemstate::kDelivered), count(itemstate::kFailed),
                               count(itemstate::kDiscarded)));
    m_syncNow->setEnabled(status.enrolled);
    m_proxy->setVisible(status.enrolled
                        && (status.paused == u"proxy-auth" || status.lastError == u"proxy-auth"));
    if (m_disconnect)
        m_disconnect->setEnabled(status.enrolled);
}

void SyncPage::showRoundResult(const sync::RoundResult &result)
{
    // What a person pressing "Sync now" wants to hear; automatic rounds speak through the
    // summary, unless the desk itself failed (the keychain, the database).
    const auto fromHub = [](ErrorCode code) {
        return code >= ErrorCode::HubUnreachable && code <= ErrorCode::CatalogueSignatureInvalid;
    };
    const bool ownProblem = result.error && result.error->code != ErrorCode::HubNotEnrolled
        && !fromHub(result.error->code);
    if (!result.forced && !ownProblem)
        return m_roundMessage->hide();
    if (result.error) {
        m_roundMessage->setText(text::ErrorText::message(*result.error));
    } else {
        m_roundMessage->setText(tr("Sync done: %1 delivered, %2 refused by the hub.")
                                    .arg(QLocale().toString(result.delivery.delivered),
                                         QLocale().toString(result.delivery.rejected)));
    }
    m_roundMessage->show();
}

QString SyncPage::summaryText() const
{
    QStringList lines;
    for (const QLabel *label : {m_link, m_times, m_pause, m_counts, m_roundMessage}) {
        if (!label->isHidden() && !label->text().isEmpty())
            lines.append(label->text());
    }
    return lines.join(u'\n');
}

void SyncPage::setStateFilter(const QString &state)
{
    const int index = m_filter->findData(state);
    if (index >= 0)
        m_filter->setCurrentIndex(index);
}

bool SyncPage::selectItem(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_view->selectRow(row);
    return true;
}

const sync::OutboxItem *SyncPage::selectedItem() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->itemAt(rows.first().row());
}

void SyncPage::updateItemActions()
{
    if (!m_coordinator)
        return;
    const sync::OutboxItem *item = selectedItem();
    const bool refused = item && item->state == QLatin1StringView(itemstate::kFailed);
    m_requeue->setEnabled(refused);
    m_discard->setEnabled(refused);
}

bool SyncPage::requeueSelected()
{
    const sync::OutboxItem *item = selectedItem();
    if (!item || item->state != QLatin1StringView(itemstate::kFailed))
        return false;
    const qint64 id = item->id;
    if (!m_context.prompter.confirm(
            this, tr("Send again"),
            tr("The hub refused this record: %1\n\nSend it again? Do it only once the reason has "
               "been dealt with (for example, after the hub was updated).")
                .arg(SyncText::failure(item->lastError))))
        return false;
    if (auto requeued = m_context.network.requeue(m_context.actor, id); !requeued) {
        m_context.prompter.warn(this, tr("Send again"), text::ErrorText::message(requeued.error()));
        return false;
    }
    m_context.controller.requestRound();
    return true;
}

bool SyncPage::discardSelected()
{
    const sync::OutboxItem *item = selectedItem();
    if (!item || item->state != QLatin1StringView(itemstate::kFailed))
        return false;
    const qint64 id = item->id;
    if (!m_context.prompter.confirm(this, tr("Give up"),
                                    tr("Give up this record? It will never be sent to the hub; "
                                       "it stays in the list as given up.")))
        return false;
    if (auto discarded = m_context.network.discard(m_context.actor, id); !discarded) {
        m_context.prompter.warn(this, tr("Give up"), text::ErrorText::message(discarded.error()));
        return false;
    }
    return true;
}

bool SyncPage::connectToNetwork()
{
    // A proxy that wants a password asks for it while the dialog waits for the hub.
    EnrolmentDialog dialog(
        sync::askingProxy(m_context.enrolmentNetwork, [this] { return askProxyCredentials(); }),
        m_context.clock, m_context.prompter,
        [this](const sync::HubConfig &hub, const QByteArray &token,
               const wire::District &district) {
            return m_context.network.enrol(m_context.actor, hub, token, district);
        },
        this);
    if (auto status = m_context.network.status(); status && status->enrolled)
        dialog.setAddress(status->hubUrl);
    if (m_context.prompter.runDialog(dialog) != QDialog::Accepted)
        return false;
    m_roundMessage->hide();
    // What waited for the network goes now.
    m_context.controller.requestRound();
    return true;
}

bool SyncPage::enterProxyCredentials()
{
    if (!askProxyCredentials())
        return false;
    m_context.controller.syncNow();
    return true;
}

std::optional<sync::ProxyCredentials> SyncPage::askProxyCredentials()
{
    const QString title = tr("Network proxy");
    const auto user = m_context.prompter.askText(
        this, title,
        tr("The network's proxy asks for a user name and password before the desk can reach "
           "the hub. They are kept only until the program closes.\n\nUser name:"));
    if (!user || user->trimmed().isEmpty())
        return std::nullopt;
    const auto password
        = m_context.prompter.askPassword(this, title, tr("Password of %1:").arg(user->trimmed()));
    if (!password)
        return std::nullopt;
    // The sync goes through the same proxy: it gets them too.
    m_context.controller.setProxyCredentials(user->trimmed(), *password);
    return sync::ProxyCredentials {user->trimmed(), *password};
}

bool SyncPage::disconnectFromNetwork()
{
    if (!m_context.prompter.confirm(
            this, tr("Disconnect from the network"),
            tr("Disconnect this desk from the district network? Its token is removed from this "
               "computer's keychain; what is waiting stays here and is sent once the desk is "
               "connected again.")))
        return false;
    m_context.controller.cancel();
    if (auto left = m_context.network.leave(m_context.actor); !left) {
        m_context.prompter.warn(this, tr("Disconnect from the network"),
                                text::ErrorText::message(left.error()));
        return false;
    }
    return true;
}

} // namespace sportello::ui
