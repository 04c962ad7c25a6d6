// SPDX-License-Identifier: GPL-3.0-or-later
#include "manualwindow.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLocale>
#include <QPushButton>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sportello::ui {

namespace {

// Which part of the manual speaks of each page: the counter's pages are the volunteers', the
// desk's administration the coordinators'.
QString partFor(const QString &pageId, bool italian)
{
    static const QStringList counter {u"today"_s,    u"session"_s, u"followups"_s, u"referrals"_s,
                                      u"received"_s, u"board"_s,   u"people"_s};
    static const QStringList desk {u"catalogue"_s, u"reports"_s, u"audit"_s,
                                   u"accounts"_s,  u"backup"_s,  u"sync"_s};
    if (counter.contains(pageId))
        return italian ? u"volontari.md"_s : u"volunteers.md"_s;
    if (desk.contains(pageId))
        return italian ? u"coordinatori.md"_s : u"coordinators.md"_s;
    return u"index.md"_s;
}

} // namespace

ManualWindow::ManualWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
{
    setObjectName(u"manualWindow"_s);
    setWindowTitle(tr("Sportello manual"));
    resize(900, 760);
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    auto *back = new QPushButton(tr("&Back"), this);
    auto *index = new QPushButton(tr("&Contents"), this);
    bar->addWidget(back);
    bar->addWidget(index);
    bar->addStretch(1);
    layout->addLayout(bar);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(u"manualBrowser"_s);
    m_browser->setAccessibleName(tr("Manual"));
    m_browser->setOpenExternalLinks(true);
    layout->addWidget(m_browser, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);

    back->setEnabled(false);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QPushButton::setEnabled);
    connect(back, &QPushButton::clicked, m_browser, &QTextBrowser::backward);
    connect(index, &QPushButton::clicked, this, [this] { showFor({}); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QWidget::close);
    connect(m_browser, &QTextBrowser::sourceChanged, this, &ManualWindow::fitPictures);
}

void ManualWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitPictures();
}

void ManualWindow::fitPictures()
{
    // The screenshots are of the whole window: shown at the reading column's width, in
    // proportion (a width alone keeps the picture's aspect).
    const int width = std::max(320, m_browser->viewport()->width() - 40);
    QTextCursor cursor(m_browser->document());
    for (QTextBlock block = m_browser->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            QTextImageFormat image = fragment.charFormat().toImageFormat();
            if (!image.isValid())
                continue;
            image.setWidth(width);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(image);
        }
    }
}

QUrl ManualWindow::urlFor(const QString &pageId)
{
    const bool italian = QLocale().language() == QLocale::Italian;
    return QUrl(u"qrc:/manuale/%1/%2"_s.arg(italian ? u"it"_s : u"en"_s, partFor(pageId, italian)));
}

void ManualWindow::showFor(const QString &pageId)
{
    m_browser->setSource(urlFor(pageId), QTextDocument::MarkdownResource);
    show();
    fitPictures(); // now that the column has its width
    raise();
    activateWindow();
}

} // namespace sportello::ui
