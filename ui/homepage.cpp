// SPDX-License-Identifier: GPL-3.0-or-later
#include "homepage.h"

#include <QDir>
#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sportello::ui {

HomePage::HomePage(const ProfileSummary &profile, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 28);
    layout->setSpacing(16);

    auto *title = new QLabel(tr("Welcome to Sportello"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.0);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);

    auto *slogan = new QLabel(tr("The right information at the right time."), this);
    QFont sloganFont = slogan->font();
    sloganFont.setPointSizeF(sloganFont.pointSizeF() * 1.3);
    sloganFont.setItalic(true);
    slogan->setFont(sloganFont);
    layout->addWidget(slogan);

    if (profile.demo) {
        auto *demo = new QLabel(tr("This is a <b>demo profile</b>: every person, service and "
                                   "address in it is made up for training (dati dimostrativi). "
                                   "Do not record real people here."),
                                this);
        demo->setObjectName(u"demoNotice"_s);
        demo->setWordWrap(true);
        demo->setFrameShape(QFrame::StyledPanel);
        demo->setMargin(12);
        demo->setStyleSheet(u"background:#fff4d6; color:#4a3b00; border:1px solid #e0c060;"_s);
        layout->addWidget(demo);
    }

    auto *box = new QFrame(this);
    box->setFrameShape(QFrame::StyledPanel);
    auto *form = new QFormLayout(box);
    form->setContentsMargins(16, 12, 16, 12);
    auto *dataDir = new QLabel(QDir::toNativeSeparators(profile.dataDir), box);
    dataDir->setTextInteractionFlags(Qt::TextSelectableByMouse);
    dataDir->setWordWrap(true);
    form->addRow(tr("Data folder:"), dataDir);
    form->addRow(tr("Database schema:"), new QLabel(QString::number(profile.schemaVersion), box));
    layout->addWidget(box);
    layout->addStretch(1);
}

} // namespace sportello::ui
