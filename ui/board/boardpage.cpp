// SPDX-License-Identifier: GPL-3.0-or-later
#include "boardpage.h"

#include "board/boardpostform.h"
#include "deferredrefresh.h"
#include "network/boardfetch.h"
#include "prompter.h"
#include "services/boardservice.h"
#include "services/changenotifier.h"
#include "text/boardtext.h"
#include "text/errortext.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sportello::ui {

using text::BoardText;

namespace {

enum Role { KindRole = Qt::UserRole, IdRole, PostRole, StateRole, MineAcceptedRole };

// What the operator reads for a refused post (InvalidArgument "board.<field>", problem).
QString postProblem(const Error &error)
{
    const QString field = error.args.value(0);
    const QString problem = error.args.value(1);
    if (error.code != ErrorCode::InvalidArgument)
        return text::ErrorText::message(error);
    if (field == u"board.when.windows" && problem == u"MISSING")
        return BoardPage::tr("Choose at least one day of the week.");
    if (field.startsWith(u"board.when"))
        return BoardPage::tr("Check the days and hours: the hours must end after they start.");
    if (field == u"board.zone.comune")
        return BoardPage::tr("Choose the comune.");
    if (field == u"board.notes")
        return BoardPage::tr("The notes can hold at most 1,000 characters.");
    if (field == u"board.contact")
        return BoardPage::tr("The person has no phone recorded: record it on their page, or "
                             "leave the desk as the contact.");
    return text::ErrorText::message(error);
}

QString actionLabel(const QString &type)
{
    using namespace board::deskaction;
    if (type == QLatin1StringView(kPostCreate))
        return BoardPage::tr("New post");
    if (type == QLatin1StringView(kPostClose))
        return BoardPage::tr("Post withdrawn");
    if (type == QLatin1StringView(kMatchPropose))
        return BoardPage::tr("Match proposed");
    if (type == QLatin1StringView(kMatchAccept))
        return BoardPage::tr("Match accepted");
    if (type == QLatin1StringView(kMatchDecline))
        return BoardPage::tr("Match declined");
    if (type == QLatin1StringView(kMatchStart))
        return BoardPage::tr("Help started");
    if (type == QLatin1StringView(kMatchConclude))
        return BoardPage::tr("Help concluded");
    if (type == QLatin1StringView(kAccountActivate))
        return BoardPage::tr("Credentials issued");
    return type;
}

QString queueStateLabel(const board::QueuedAction &item)
{
    if (item.state == QLatin1StringView(board::queuestate::kDelivered))
        return BoardPage::tr("On the board");
    if (item.state == QLatin1StringView(board::queuestate::kFailed))
        return BoardPage::tr("Refused by the hub (%1)").arg(item.error);
    return BoardPage::tr("Waiting for the next synchronization");
}

QTableWidget *makeTable(const QString &name, const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

} // namespace

BoardPage::BoardPage(Context context, QWidget *parent)
    : QWidget(parent)
    , m_context(std::move(context))
{
    setObjectName(u"boardPageWidget"_s);
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Neighbourhood board"), this);
    title->setStyleSheet(u"font-size:16pt; font-weight:bold;"_s);
    layout->addWidget(title);
    m_status = new QLabel(this);
    m_status->setObjectName(u"boardStatus"_s);
    m_status->setWordWrap(true);
    m_status->setText(tr("Requests and offers of neighbourly help for the people at the counter "
                         "who have no computer. What you do here reaches the district's board "
                         "with the next synchronization."));
    layout->addWidget(m_status);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"boardTabs"_s);
    m_tabs->setAccessibleName(tr("Neighbourhood board"));
    layout->addWidget(m_tabs, 1);

    m_form = new BoardPostForm(m_context.comuni, this);
    m_tabs->addTab(m_form, tr("New request or offer"));
    connect(m_form, &BoardPostForm::submitted, this, &BoardPage::submit);

    auto *boardTab = new QWidget(this);
    auto *boardLayout = new QVBoxLayout(boardTab);
    m_viewStatus = new QLabel(boardTab);
    m_viewStatus->setObjectName(u"boardViewStatus"_s);
    m_viewStatus->setWordWrap(true);
    boardLayout->addWidget(m_viewStatus);
    m_tree = new QTreeWidget(boardTab);
    m_tree->setObjectName(u"boardTree"_s);
    m_tree->setHeaderLabels({tr("Post, suggestion or match"), tr("Details")});
    m_tree->setAccessibleName(tr("This desk's posts on the board"));
    boardLayout->addWidget(m_tree, 1);
    auto *moves = new QHBoxLayout;
    const QList<QPair<QString, QString>> names {{u"refresh"_s, tr("Read the board again")},
                                                {u"propose"_s, tr("Propose")},
                                                {u"accept"_s, tr("Accept")},
                                                {u"decline"_s, tr("Decline")},
                                                {u"start"_s, tr("Help started")},
                                                {u"conclude"_s, tr("Help concluded")},
                                                {u"close"_s, tr("Withdraw the post")}};
    for (const auto &[name, label] : names) {
        auto *button = new QPushButton(label, boardTab);
        button->setObjectName(u"board_"_s + name);
        m_buttons.insert(name, button);
        moves->addWidget(button);
        if (name == u"refresh")
            connect(button, &QPushButton::clicked, this, &BoardPage::refreshBoard);
        else
            connect(button, &QPushButton::clicked, this, [this, action = name] { act(action); });
    }
    moves->addStretch();
    boardLayout->addLayout(moves);
    m_tabs->addTab(boardTab, tr("On the board"));

    auto *pendingTab = new QWidget(this);
    auto *pendingLayout = new QVBoxLayout(pendingTab);
    auto *pendingHelp = new QLabel(
        tr("People and organizations who registered on the web page of the board and wait for "
           "their credentials. Issue them only to the person in front of you, after checking "
           "an identity document against the name."),
        pendingTab);
    pendingHelp->setWordWrap(true);
    pendingLayout->addWidget(pendingHelp);
    m_pending
        = makeTable(u"boardPending"_s,
                    {tr("Name"), tr("Username"), tr("Kind"), tr("Registered on")}, pendingTab);
    m_pending->setAccessibleName(tr("Accounts waiting for their credentials"));
    pendingLayout->addWidget(m_pending, 1);
    auto *issue = new QPushButton(tr("Issue the credentials…"), pendingTab);
    issue->setObjectName(u"board_issue"_s);
    m_buttons.insert(u"issue"_s, issue);
    connect(issue, &QPushButton::clicked, this, &BoardPage::issueCredentials);
    auto *issueRow = new QHBoxLayout;
    issueRow->addWidget(issue);
    issueRow->addStretch();
    pendingLayout->addLayout(issueRow);
    m_tabs->addTab(pendingTab, tr("Accounts waiting"));

    m_queue = makeTable(u"boardQueue"_s, {tr("When"), tr("What"), tr("Where it stands")}, this);
    m_queue->setAccessibleName(tr("What this desk asked of the board"));
    m_tabs->addTab(m_queue, tr("Sent from this desk"));

    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &BoardPage::updateButtons);
    connect(m_pending, &QTableWidget::itemSelectionChanged, this, &BoardPage::updateButtons);
    connect(&m_context.fetch, &sync::BoardFetch::finished, this, &BoardPage::showView);
    m_refresh = new DeferredRefresh([this] { refreshQueue(); }, this);
    connect(&m_context.changes, &services::ChangeNotifier::syncChanged, m_refresh,
            &DeferredRefresh::schedule);
    m_viewStatus->setText(tr("The board has not been read yet: choose \"Read the board again\"."));
    refreshQueue();
    updateButtons();
}

BoardPage::~BoardPage() = default;

QPushButton *BoardPage::button(const QString &name) const
{
    return m_buttons.value(name);
}

void BoardPage::setPerson(qint64 personId, const QString &name)
{
    m_form->setPerson(personId, name);
}

void BoardPage::submit()
{
    auto entered = m_context.board.enterPost(m_context.actor, m_form->personId(), m_form->post(),
                                             m_form->showOwnContact());
    if (!entered) {
        m_form->setProblem(postProblem(entered.error()));
        return;
    }
    m_form->clear();
    done({});
}

void BoardPage::done(const Status &status)
{
    if (!status) {
        m_context.prompter.warn(this, tr("Neighbourhood board"),
                                text::ErrorText::message(status.error()));
        return;
    }
    m_status->setText(tr("Queued: it reaches the board with the next synchronization (the Sync "
                         "page's \"Synchronize now\" sends it at once)."));
    refreshQueue();
}

void BoardPage::refreshBoard()
{
    m_viewStatus->setText(tr("Reading the board…"));
    m_buttons.value(u"refresh"_s)->setEnabled(false);
    m_context.fetch.start();
}

void BoardPage::showView()
{
    m_buttons.value(u"refresh"_s)->setEnabled(true);
    if (const auto &error = m_context.fetch.error()) {
        m_viewStatus->setText(
            tr("The board cannot be read now: %1").arg(text::ErrorText::message(*error)));
        return;
    }
    if (!m_context.fetch.view())
        return;
    m_view = m_context.fetch.view();
    m_viewStatus->setText(
        tr("Read at %1. The other side's name and contact appear once both have accepted.")
            .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    m_tree->clear();
    for (const board::DeskPost &entry : std::as_const(m_view->posts)) {
        const board::Post &post = entry.post;
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(0,
                      BoardText::postKindLabel(post.kind) + u" · "_s
                          + BoardText::categoryLabel(post.category));
        item->setText(1,
                      BoardText::postStateLabel(post.state)
                          + (post.notes.isEmpty() ? QString() : u" — "_s + post.notes));
        item->setData(0, KindRole, u"post"_s);
        item->setData(0, IdRole, post.id);
        item->setData(0, StateRole, board::postStateCode(post.state));
        for (const board::Suggestion &s : entry.suggestions) {
            auto *child = new QTreeWidgetItem(item);
            child->setText(0, tr("Suggested"));
            child->setText(1, BoardText::explanation(s));
            child->setData(0, KindRole, u"suggestion"_s);
            child->setData(0, IdRole, s.postId);
            child->setData(0, PostRole, post.id);
        }
        for (const board::DeskMatch &m : entry.matches) {
            auto *child = new QTreeWidgetItem(item);
            child->setText(0, tr("Match: %1").arg(BoardText::matchStateLabel(m.match.state)));
            child->setText(1,
                           m.match.contactsDisclosed()
                               ? tr("%1, %2").arg(m.otherName, m.otherContact)
                               : tr("Contacts once both accept"));
            child->setData(0, KindRole, u"match"_s);
            child->setData(0, IdRole, m.match.id);
            child->setData(0, StateRole, board::matchStateCode(m.match.state));
            child->setData(0, MineAcceptedRole,
                           m.mineIsOffer ? m.match.offerAccepted : m.match.requestAccepted);
        }
        item->setExpanded(true);
    }
    if (m_view->posts.isEmpty()) {
        auto *none = new QTreeWidgetItem(m_tree);
        none->setText(0, tr("This desk has no post on the board yet."));
    }
    m_tree->resizeColumnToContents(0);
    m_pending->setRowCount(int(m_view->pending.size()));
    for (int row = 0; row < m_view->pending.size(); ++row) {
        const board::PendingAccount &a = m_view->pending.at(row);
        const QStringList cells {
            a.displayName, a.username,
            a.kind == u"ORGANIZZAZIONE" ? tr("Organization") : tr("Citizen"),
            QLocale().toString(a.createdAt.toLocalTime().date(), QLocale::ShortFormat)};
        for (int column = 0; column < cells.size(); ++column)
            m_pending->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        m_pending->item(row, 0)->setData(Qt::UserRole, a.id);
    }
    updateButtons();
}

void BoardPage::refreshQueue()
{
    auto items = m_context.board.recent(m_context.actor);
    if (!items) {
        m_status->setText(text::ErrorText::message(items.error()));
        return;
    }
    m_queue->setRowCount(int(items->size()));
    for (int row = 0; row < items->size(); ++row) {
        const board::QueuedAction &item = items->at(row);
        const QStringList cells {
            QLocale().toString(item.createdAt.toLocalTime(), QLocale::ShortFormat),
            actionLabel(item.action.type), queueStateLabel(item)};
        for (int column = 0; column < cells.size(); ++column)
            m_queue->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
}

void BoardPage::updateButtons()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    const QString kind = item ? item->data(0, KindRole).toString() : QString();
    const QString state = item ? item->data(0, StateRole).toString() : QString();
    const bool mineAccepted = item && item->data(0, MineAcceptedRole).toBool();
    const bool proposed = kind == u"match" && state == u"PROPOSTA";
    m_buttons.value(u"propose"_s)->setEnabled(kind == u"suggestion");
    m_buttons.value(u"accept"_s)->setEnabled(proposed && !mineAccepted);
    m_buttons.value(u"decline"_s)->setEnabled(proposed);
    m_buttons.value(u"start"_s)->setEnabled(kind == u"match" && state == u"ACCETTATA");
    m_buttons.value(u"conclude"_s)->setEnabled(kind == u"match" && state == u"IN_CORSO");
    m_buttons.value(u"close"_s)->setEnabled(kind == u"post" && state == u"APERTO");
    m_buttons.value(u"issue"_s)
        ->setEnabled(m_pending->currentRow() >= 0 && m_pending->currentItem() != nullptr);
}

void BoardPage::act(const QString &move)
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return;
    const QString id = item->data(0, IdRole).toString();
    using namespace board::deskaction;
    if (move == u"propose")
        return done(
            m_context.board.propose(m_context.actor, item->data(0, PostRole).toString(), id));
    if (move == u"close") {
        if (!m_context.prompter.confirm(this, tr("Withdraw the post"),
                                        tr("Withdraw this post from the board? Its matches "
                                           "under way stay as they are.")))
            return;
        return done(m_context.board.closePost(m_context.actor, id));
    }
    static const QHash<QString, const char *> moves {{u"accept"_s, kMatchAccept},
                                                     {u"decline"_s, kMatchDecline},
                                                     {u"start"_s, kMatchStart},
                                                     {u"conclude"_s, kMatchConclude}};
    done(m_context.board.moveMatch(m_context.actor, id, QString::fromLatin1(moves.value(move))));
}

void BoardPage::issueCredentials()
{
    const int row = m_pending->currentRow();
    if (row < 0 || !m_pending->item(row, 0))
        return;
    const QString name = m_pending->item(row, 0)->text();
    const QString username = m_pending->item(row, 1)->text();
    if (!m_context.prompter.confirm(
            this, tr("Issue the credentials"),
            tr("Have you checked an identity document of %1 (username %2)? The account becomes "
               "active with the next synchronization and the person can then log in with the "
               "password they chose.")
                .arg(name, username)))
        return;
    done(m_context.board.issueCredentials(m_context.actor,
                                          m_pending->item(row, 0)->data(Qt::UserRole).toString()));
}

} // namespace sportello::ui
