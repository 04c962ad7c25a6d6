// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "board/deskboard.h"
#include "security/permissions.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace sportello {
namespace services {
class BoardService;
class ChangeNotifier;
} // namespace services
namespace sync {
class BoardFetch;
}
} // namespace sportello

namespace sportello::ui {

class BoardPostForm;
class DeferredRefresh;
class Prompter;

// "Bacheca" (issue 16, point 7): the neighbourhood board for the citizens who come to the
// counter without a computer. The operator enters a request or an offer for the person open on
// the Session page (who gave the board's consent), sees the board as the hub shows it to this
// desk — its posts, the posts that fit each and why, their matches and, once both sides
// accepted, the other side's contact — proposes, answers and moves matches, and issues the
// credentials of the accounts registered on the web after checking who the person is. Every act
// is queued and reaches the hub with the next synchronization; the last tab shows where each
// one stands.
class BoardPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BoardPage)

public:
    struct Context
    {
        services::BoardService &board;
        sync::BoardFetch &fetch;
        services::ChangeNotifier &changes;
        Prompter &prompter;
        security::Actor actor;
        QList<QPair<QString, QString>> comuni; // the district's (ISTAT code, name)
    };

    explicit BoardPage(Context context, QWidget *parent = nullptr);
    ~BoardPage() override;

    // The person open at the counter (0: none).
    void setPerson(qint64 personId, const QString &name);
    // Asks the hub for the board again.
    void refreshBoard();
    // Reads the queue again.
    void refreshQueue();

    [[nodiscard]] BoardPostForm *form() const { return m_form; }
    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }
    [[nodiscard]] QTreeWidget *boardTree() const { return m_tree; }
    [[nodiscard]] QTableWidget *pendingTable() const { return m_pending; }
    [[nodiscard]] QTableWidget *queueTable() const { return m_queue; }
    [[nodiscard]] QLabel *statusLabel() const { return m_status; }
    // The button of a move on the selected item: "propose", "accept", "decline", "start",
    // "conclude", "close", "issue", "refresh".
    [[nodiscard]] QPushButton *button(const QString &name) const;

private:
    void submit();
    void showView();
    void updateButtons();
    void act(const QString &move);
    void issueCredentials();
    void done(const Status &status);

    Context m_context;
    std::optional<board::DeskView> m_view;
    QLabel *m_status = nullptr;
    QTabWidget *m_tabs = nullptr;
    BoardPostForm *m_form = nullptr;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_viewStatus = nullptr;
    QTableWidget *m_pending = nullptr;
    QTableWidget *m_queue = nullptr;
    QHash<QString, QPushButton *> m_buttons;
    DeferredRefresh *m_refresh = nullptr;
};

} // namespace sportello::ui
