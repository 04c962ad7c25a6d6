// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUrl>
#include <QWidget>

class QTextBrowser;

namespace sportello::ui {

// The manual shipped inside the program (docs/manuale, compiled in as resources), offline: F1
// or Help ▸ Manual opens the part about the page on screen, in the interface's language
// (Italian, else English). Its screenshots are the app's own, made by `./dev screenshots`.
class ManualWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManualWindow)

public:
    explicit ManualWindow(QWidget *parent = nullptr);

    // The manual's file about the page `pageId` (empty: the index), in the language in force
    // ("qrc:/manuale/it/volontari.md").
    [[nodiscard]] static QUrl urlFor(const QString &pageId);
    // Shows the part about `pageId` and raises the window.
    void showFor(const QString &pageId);
    [[nodiscard]] QTextBrowser *browser() const { return m_browser; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitPictures();

    QTextBrowser *m_browser = nullptr;
};

} // namespace sportello::ui
