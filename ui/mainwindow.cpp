// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "aboutdialog.h"
#include "help/manualwindow.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace sportello::ui {

namespace {
constexpr int kPageIdRole = Qt::UserRole + 1;
}

MainWindow::MainWindow(ProfileSummary profile, QWidget *parent)
    : QMainWindow(parent)
    , m_profile(std::move(profile))
{
    setWindowTitle(m_profile.demo ? tr("Sportello — demo profile") : tr("Sportello"));
    setObjectName(u"mainWindow"_s);

    m_root = new QStackedWidget(this);
    m_root->setObjectName(u"root"_s);
    auto *central = new QWidget(m_root);
    m_content = central;
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_navigation = new QListWidget(central);
    m_navigation->setObjectName(u"navigation"_s);
    m_navigation->setAccessibleName(tr("Sections"));
    m_navigation->setIconSize(QSize(28, 28));
    m_navigation->setSpacing(2);
    m_navigation->setFixedWidth(210);
    m_navigation->setFrameShape(QFrame::NoFrame);
    QFont navFont = m_navigation->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.15);
    m_navigation->setFont(navFont);

    m_pages = new QStackedWidget(central);
    m_pages->setObjectName(u"pages"_s);

    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    m_root->addWidget(central);
    setCentralWidget(m_root);

    connect(m_navigation, &QListWidget::currentRowChanged, m_pages,
            &QStackedWidget::setCurrentIndex);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (const QListWidgetItem *item = m_navigation->item(row))
            Q_EMIT pageShown(item->data(kPageIdRole).toString());
    });

    buildMenus();
    buildStatusBar();
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(const QString &id, const QString &title, const QIcon &icon, QWidget *page)
{
    page->setObjectName(id + u"Page"_s);
    m_pages->addWidget(page);
    auto *item = new QListWidgetItem(icon, title, m_navigation);
    item->setData(kPageIdRole, id);
    item->setSizeHint(QSize(0, 44));
    if (m_navigation->currentRow() < 0)
        m_navigation->setCurrentRow(0);
}

void MainWindow::setPageBadge(const QString &id, const QString &title, int count)
{
    for (int row = 0; row < m_navigation->count(); ++row) {
        QListWidgetItem *item = m_navigation->item(row);
        if (item->data(kPageIdRole).toString() != id)
            continue;
        item->setText(count > 0 ? tr("%1 (%2)").arg(title, QLocale().toString(count)) : title);
        QFont font = item->font();
        font.setBold(count > 0);
        item->setFont(font);
    }
}

QStringList MainWindow::pageIds() const
{
    QStringList ids;
    for (int row = 0; row < m_navigation->count(); ++row)
        ids.append(m_navigation->item(row)->data(kPageIdRole).toString());
    return ids;
}

QString MainWindow::currentPageId() const
{
    const QListWidgetItem *item = m_navigation->currentItem();
    return item ? item->data(kPageIdRole).toString() : QString();
}

void MainWindow::showPage(const QString &id)
{
    const int row = static_cast<int>(pageIds().indexOf(id));
    if (row >= 0)
        m_navigation->setCurrentRow(row);
}

void MainWindow::setLockScreen(QWidget *lockScreen)
{
    m_lockScreen = lockScreen;
    m_root->addWidget(lockScreen);
}

void MainWindow::setLocked(bool locked)
{
    if (locked && m_lockScreen)
        m_root->setCurrentWidget(m_lockScreen);
    else
        m_root->setCurrentWidget(m_content);
    m_lockAction->setEnabled(!locked);
    m_passwordAction->setEnabled(!locked);
    m_navigation->setEnabled(!locked);
    if (locked)
        setOperatorText(tr("Locked"));
    else if (!m_content->isAncestorOf(QApplication::focusWidget()))
        focusFirstField();
}

void MainWindow::focusFirstField()
{
    // The keyboard starts on the page's first field, as a click would put it: the login
    // screen's fields that had the focus are gone (or were disabled while the password was
    // being checked).
    QWidget *page = m_pages->currentWidget();
    if (!page)
        return;
    for (QWidget *w = page->nextInFocusChain(); w && w != page && page->isAncestorOf(w);
         w = w->nextInFocusChain()) {
        if ((w->focusPolicy() & Qt::TabFocus) && w->isEnabled() && w->isVisibleTo(this)) {
            w->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
    m_navigation->setFocus(Qt::OtherFocusReason);
}

bool MainWindow::isLocked() const
{
    return m_lockScreen && m_root->currentWidget() == m_lockScreen;
}

void MainWindow::clearPages()
{
    m_navigation->clear();
    while (m_pages->count() > 0) {
        QWidget *page = m_pages->widget(0);
        m_pages->removeWidget(page);
        // Later, not now: the lock may come while a page's own code waits in a modal dialog's
        // event loop; it must find its page alive when that returns.
        page->hide();
        page->setEnabled(false);
        page->deleteLater();
    }
}

void MainWindow::setOperatorText(const QString &text)
{
    m_operatorLabel->setText(text);
}

void MainWindow::addStatusWidget(QWidget *widget)
{
    m_statusWidgets->layout()->addWidget(widget);
}

AboutDialog *MainWindow::showAbout()
{
    // Window-modal and not blocking: it goes when closed.
    auto *dialog = new AboutDialog(m_profile, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    return dialog;
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_lockAction = file->addAction(tr("&Lock now"), this, &MainWindow::lockRequested);
    m_lockAction->setObjectName(u"lockAction"_s);
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockAction->setShortcutContext(Qt::ApplicationShortcut);
    m_passwordAction
        = file->addAction(tr("Change &password…"), this, &MainWindow::changePasswordRequested);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *manual = help->addAction(tr("&Manual"), this, [this] { showManual(); });
    manual->setObjectName(u"manualAction"_s);
    manual->setShortcut(QKeySequence::HelpContents);
    manual->setShortcutContext(Qt::ApplicationShortcut);
    QAction *about = help->addAction(tr("&About Sportello"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

ManualWindow *MainWindow::showManual()
{
    if (!m_manual)
        m_manual = new ManualWindow(this);
    // While locked, no page is on screen: the manual's contents.
    m_manual->showFor(isLocked() ? QString() : currentPageId());
    return m_manual;
}

void MainWindow::buildStatusBar()
{
    auto *profileLabel = new QLabel(statusBar());
    profileLabel->setObjectName(u"profileStatus"_s);
    profileLabel->setText(m_profile.demo ? tr("Demo profile (demo data)") : tr("Desk profile"));
    profileLabel->setToolTip(m_profile.dataDir);
    statusBar()->addWidget(profileLabel);
    m_operatorLabel = new QLabel(statusBar());
    m_operatorLabel->setObjectName(u"operatorStatus"_s);
    statusBar()->addWidget(m_operatorLabel);

    // Widgets the app adds (the sync's state) sit left of the schema's label, which stays last.
    m_statusWidgets = new QWidget(statusBar());
    m_statusWidgets->setObjectName(u"statusWidgets"_s);
    auto *statusLayout = new QHBoxLayout(m_statusWidgets);
    statusLayout->setContentsMargins(0, 0, 0, 0);
    statusBar()->addPermanentWidget(m_statusWidgets);

    auto *schemaLabel
        = new QLabel(tr("Database schema %1").arg(m_profile.schemaVersion), statusBar());
    schemaLabel->setObjectName(u"schemaStatus"_s);
    statusBar()->addPermanentWidget(schemaLabel);
}

} // namespace sportello::ui
