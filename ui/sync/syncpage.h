// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "network/networkfactory.h"
#include "security/permissions.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace sportello {
class Clock;
namespace services {
class ChangeNotifier;
class NetworkService;
class OutboxService;
struct SyncStatus;
} // namespace services
namespace sync {
class SyncController;
struct OutboxItem;
struct RoundResult;
} // namespace sync
} // namespace sportello

namespace sportello::ui {

class DeferredRefresh;
class OutboxModel;
class Prompter;

// The desk's link with its district hub, for every operator: the state of the link, the
// outbox's items (what waits, what the hub refused and why, when the next try is), "Sync now"
// with the progress of a long round and Cancel. A coordinator also connects the desk to the
// network or disconnects it, and sends a refused item again or gives it up (the services check
// the permission and audit each of these).
class SyncPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncPage)

public:
    struct Context
    {
        services::NetworkService &network;
        services::OutboxService &outbox;
        services::ChangeNotifier &changes;
        sync::SyncController &controller;
        sync::NetworkFactory enrolmentNetwork; // the managers of the enrolment dialog
        const Clock &clock;
        Prompter &prompter;
        security::Actor actor;
    };

    explicit SyncPage(Context context, QWidget *parent = nullptr);
    ~SyncPage() override;

    [[nodiscard]] OutboxModel *model() const { return m_model; }
    // Reads the status and the items again (the items once shown, when hidden).
    void refresh();
    // Lists the items in `state` only (every item when empty).
    void setStateFilter(const QString &state);
    // Selects the item `id` in the list; false when it is not listed.
    bool selectItem(qint64 id);
    // The summary above the list, as shown.
    [[nodiscard]] QString summaryText() const;

    // The actions behind the buttons; false when refused or declined (a warning was shown when
    // refused).
    bool requeueSelected();
    bool discardSelected();
    bool connectToNetwork();
    bool disconnectFromNetwork();
    // The proxy's user name and password, asked when it answered 407; given to the sync for
    // this run of the program only, then a round.
    bool enterProxyCredentials();

protected:
    void showEvent(QShowEvent *event) override;

private:
    // Asks the proxy's user name and password, and gives them to the sync too; nullopt when
    // declined.
    std::optional<sync::ProxyCredentials> askProxyCredentials();
    void refreshSummary();
    void reloadItems();
    void buildSummary();
    void buildActions();
    void showSummary(const services::SyncStatus &status);
    void updateItemActions();
    void showRoundResult(const sync::RoundResult &result);
    [[nodiscard]] const sync::OutboxItem *selectedItem() const;

    Context m_context;
    bool m_coordinator = false;
    bool m_itemsStale = false; // the list changed while the page was hidden
    OutboxModel *m_model = nullptr;
    DeferredRefresh *m_refresh = nullptr;
    QLabel *m_link = nullptr;
    QLabel *m_times = nullptr;
    QLabel *m_pause = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_roundMessage = nullptr;
    QPushButton *m_syncNow = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_proxy = nullptr; // shown while the proxy wants a password
    QPushButton *m_connect = nullptr;
    QPushButton *m_disconnect = nullptr;
    QComboBox *m_filter = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_requeue = nullptr;
    QPushButton *m_discard = nullptr;
};

} // namespace sportello::ui
