// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"

#include "support/version.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sportello::ui {

AboutDialog::AboutDialog(const ProfileSummary &profile, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Sportello"));
    setObjectName(u"aboutDialog"_s);

    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("<h2>Sportello %1</h2>").arg(QString::fromLatin1(kVersion)), this);
    layout->addWidget(title);
    auto *blurb = new QLabel(tr("Help-desk software for the social-services network: catalogue "
                                "of services, listening sessions, referrals."),
                             this);
    blurb->setWordWrap(true);
    layout->addWidget(blurb);

    auto *form = new QFormLayout;
    auto addRow = [&](const QString &label, const QString &value, const QString &name) {
        auto *field = new QLabel(value, this);
        field->setObjectName(name);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        field->setWordWrap(true);
        form->addRow(label, field);
    };
    addRow(tr("Version:"), QString::fromLatin1(kVersion), u"versionValue"_s);
    addRow(tr("Licence:"), tr("GNU General Public License, version 3 or later"), u"licenceValue"_s);
    addRow(tr("Data folder:"), QDir::toNativeSeparators(profile.dataDir), u"dataDirValue"_s);
    addRow(tr("Database schema:"), QString::number(profile.schemaVersion), u"schemaValue"_s);
    addRow(tr("Qt version:"), QString::fromLatin1(qVersion()), u"qtValue"_s);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace sportello::ui
