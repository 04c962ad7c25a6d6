// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "referrals/networkinbox.h"
#include "security/permissions.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace sportello {
class Clock;
namespace services {
class ChangeNotifier;
class NetworkInbox;
} // namespace services
} // namespace sportello

namespace sportello::ui {

class DeferredRefresh;
class Prompter;

// "Segnalazioni ricevute": the referrals other desks of the network addressed to this one as
// their destination — the anonymized record and the referral's code only, never a person — and
// this desk's answer to each: take it on, decline it with a reason, close it with an outcome.
// Each answer goes back through the hub to the desk that sent the referral.
class ReceivedReferralsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReceivedReferralsPage)

public:
    struct Context
    {
        services::NetworkInbox &inbox;
        services::ChangeNotifier &changes;
        Prompter &prompter;
        security::Actor actor;
    };

    explicit ReceivedReferralsPage(Context context, QWidget *parent = nullptr);
    ~ReceivedReferralsPage() override;

    // Reads the list again.
    void refresh();

    [[nodiscard]] QTableWidget *table() const { return m_table; }
    [[nodiscard]] QPushButton *takeOnButton() const { return m_takeOn; }
    [[nodiscard]] QPushButton *declineButton() const { return m_decline; }
    [[nodiscard]] QPushButton *closeButton() const { return m_close; }
    // Selects the row of the received referral `id`; false when it is not listed.
    bool select(qint64 id);

private:
    enum Column { Received, Code, Destination, Needs, Urgency, Profile, Answer, ColumnCount };

    void updateButtons();
    void answer(const QString &state);
    [[nodiscard]] const referrals::ReceivedReferral *current() const;

    Context m_context;
    QList<referrals::ReceivedReferral> m_items;
    QLabel *m_status = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_takeOn = nullptr;
    QPushButton *m_decline = nullptr;
    QPushButton *m_close = nullptr;
    DeferredRefresh *m_refresh = nullptr;
};

} // namespace sportello::ui
