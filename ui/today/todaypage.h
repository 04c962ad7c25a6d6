// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profilesummary.h"
#include "security/permissions.h"

#include <QDateTime>
#include <QHash>
#include <QWidget>

#include <functional>

class QCommandLinkButton;
class QLabel;

namespace sportello {
class Clock;
namespace services {
class BackupService;
class ChangeNotifier;
class DeskToday;
class NetworkService;
} // namespace services
namespace sync {
class BoardFetch;
}
} // namespace sportello

namespace sportello::ui {

// The desk's today, the page after login (issue 18, point 3): follow-ups due and overdue,
// referrals waiting for an answer past their date, what came back from the network since
// yesterday, board matches waiting for the desk's reply, the sync state, this desk's catalogue
// entries not verified for 12 months and the last backup — each a button to the page that
// handles it. Counts only, read when the page is shown (decision 57); the board is asked of
// the hub then, at most every few minutes.
class TodayPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TodayPage)

public:
    struct Context
    {
        services::DeskToday &today;
        services::BackupService &backups;
        services::NetworkService &network;
        services::ChangeNotifier &changes;
        const Clock &clock;
        security::Actor actor;
        ProfileSummary profile;
        QString deskName;
        // The board as the hub gives it; null when this operator has no board page. The page
        // takes it.
        sync::BoardFetch *board = nullptr;
        // Whether the window has the page `id`: an item whose page the operator lacks is shown
        // without a link.
        std::function<bool(const QString &id)> hasPage;
    };

    explicit TodayPage(Context context, QWidget *parent = nullptr);
    ~TodayPage() override;

    // Reads the counts again (the board too, when it was read long enough ago).
    void refresh();
    // The item's line as shown ("followups", "late", "answers", "received", "board", "sync",
    // "catalogue", "backup"); empty for an item not shown.
    [[nodiscard]] QString itemText(const QString &item) const;

Q_SIGNALS:
    void openPageRequested(const QString &pageId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void addItem(const QString &item, const QString &pageId);
    void setItem(const QString &item, const QString &text, const QString &detail,
                 bool needsAttention);
    void refreshBoard();
    void showBoard();
    void showSync();
    void showBackup();
    void markStale();

    Context m_context;
    QLabel *m_date = nullptr;
    QLabel *m_problem = nullptr;
    QHash<QString, QCommandLinkButton *> m_items;
    QHash<QString, QString> m_pageOf;
    QDateTime m_boardReadAt;
    QDate m_readOn; // the day the counts were read: a new day reads them again
    bool m_stale = true;
};

} // namespace sportello::ui
