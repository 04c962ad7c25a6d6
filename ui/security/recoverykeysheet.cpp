// SPDX-License-Identifier: GPL-3.0-or-later
#include "recoverykeysheet.h"

#include "print/a4print.h"
#include "print/savepdf.h"
#include "prompter.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sportello::ui {

QString RecoveryKeySheet::html(const QString &desk, const QString &key)
{
    return u"<h1>"_s + tr("Sportello — recovery key").toHtmlEscaped() + u"</h1><p>"_s
        + tr("Desk: %1").arg(desk).toHtmlEscaped()
        + u"</p><p style=\"font-family:monospace; font-size:18pt;\"><b>"_s + key.toHtmlEscaped()
        + u"</b></p><p>"_s
        + tr("With this key a coordinator can open the desk's data when every password is "
             "lost. Keep it in a locked drawer or safe, never on the computer.")
              .toHtmlEscaped()
        + u"</p>"_s;
}

void RecoveryKeySheet::print(Prompter &prompter, QWidget *parent, const QString &html)
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, parent);
    if (prompter.runDialog(dialog) == QDialog::Accepted) {
        QTextDocument document;
        document.setHtml(html);
        document.print(&printer);
    }
}

QString RecoveryKeySheet::saveAsPdf(Prompter &prompter, QWidget *parent, const QString &html)
{
    const QString title = tr("Save the recovery key");
    if (!prompter.confirm(parent, title,
                          tr("A recovery key saved on this computer opens the desk's data for "
                             "anyone who takes or copies the computer. Save it only to a USB "
                             "stick that is then kept locked away, and print it rather than "
                             "keep the file. Save it anyway?")))
        return {};
    return savePdfAs(prompter, parent, title, documentsPath(u"recovery-key.pdf"_s),
                     [&html](const QString &path) { return writePdf(path, html); });
}

bool RecoveryKeySheet::writePdf(const QString &path, const QString &html)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    if (!canWriteFile(path))
        return false;
    printer.setOutputFileName(path);
    QTextDocument document;
    document.setHtml(html);
    document.print(&printer);
    QFile file(path);
    // Only its owner may read it (Unix), like the profile's own files.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return file.exists() && file.size() > 0;
}

RecoveryKeyDialog::RecoveryKeyDialog(const QString &desk, const QString &key, Prompter &prompter,
                                     QWidget *parent)
    : QDialog(parent)
    , m_sheet(RecoveryKeySheet::html(desk, key))
{
    setWindowTitle(tr("New recovery key"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The desk has a new recovery key; the old one no longer opens "
                                "anything. It is shown only now: print it or write it down and "
                                "keep it locked away from this computer."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *keyLabel = new QLabel(key, this);
    keyLabel->setObjectName(u"recoveryKey"_s);
    keyLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont mono(u"DejaVu Sans Mono"_s);
    mono.setStyleHint(QFont::Monospace);
    mono.setPointSizeF(font().pointSizeF() * 1.4);
    keyLabel->setFont(mono);
    keyLabel->setWordWrap(true);
    layout->addWidget(keyLabel);
    auto *print = new QPushButton(tr("&Print the recovery key…"), this);
    auto *save = new QPushButton(tr("&Save it as PDF…"), this);
    save->setObjectName(u"saveRecoveryPdf"_s);
    layout->addWidget(print);
    layout->addWidget(save);
    auto *stored = new QCheckBox(tr("I have printed or written down the recovery key and stored "
                                    "it safely"),
                                 this);
    stored->setObjectName(u"recoveryStored"_s);
    layout->addWidget(stored);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    layout->addWidget(buttons);
    connect(stored, &QCheckBox::toggled, ok, &QPushButton::setEnabled);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(print, &QPushButton::clicked, this,
            [this, &prompter] { RecoveryKeySheet::print(prompter, this, m_sheet); });
    connect(save, &QPushButton::clicked, this,
            [this, &prompter] { RecoveryKeySheet::saveAsPdf(prompter, this, m_sheet); });
}

} // namespace sportello::ui
