// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profilesummary.h"

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace sportello::ui {

class AboutDialog;
class ManualWindow;

// The desktop shell: navigation between the capabilities, menus, status bar and About dialog.
// Pages are built by app and handed over with addPage(), so the shell knows no service.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(ProfileSummary profile, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Adds a page to the navigation; `id` is stable (tests, settings), `title` translated.
    void addPage(const QString &id, const QString &title, const QIcon &icon, QWidget *page);
    [[nodiscard]] QStringList pageIds() const;
    // Shows a count next to a page's title (e.g. follow-ups due), none when 0.
    void setPageBadge(const QString &id, const QString &title, int count);
    [[nodiscard]] QString currentPageId() const;
    void showPage(const QString &id);

    // Opens the About dialog over the window (not blocking) and returns it.
    AboutDialog *showAbout();
    // Opens the manual at the part about the page on screen (F1, Help ▸ Manual).
    ManualWindow *showManual();

    // Locked: only the lock screen shows, and every page has been removed (the next operator
    // must never see the previous one's work).
    void setLockScreen(QWidget *lockScreen);
    void setLocked(bool locked);
    [[nodiscard]] bool isLocked() const;
    // Removes every page at once from view; each is deleted when control returns to the
    // event loop.
    void clearPages();
    void setOperatorText(const QString &text);
    // Adds a widget to the right of the status bar that stays whoever is logged in (the sync's
    // state): it must show nothing personal, since it stays while the desk is locked.
    void addStatusWidget(QWidget *widget);

Q_SIGNALS:
    void lockRequested();
    void changePasswordRequested();
    // The page `id` became the current one (pages refresh what may have changed).
    void pageShown(const QString &id);

private:
    void buildMenus();
    void focusFirstField();
    void buildStatusBar();

    ProfileSummary m_profile;
    QStackedWidget *m_root = nullptr;
    QWidget *m_content = nullptr;
    QWidget *m_lockScreen = nullptr;
    QLabel *m_operatorLabel = nullptr;
    QAction *m_lockAction = nullptr;
    ManualWindow *m_manual = nullptr; // made when first asked for
    QAction *m_passwordAction = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QWidget *m_statusWidgets = nullptr;
};

} // namespace sportello::ui
