// SPDX-License-Identifier: GPL-3.0-or-later
#include "handoutdialog.h"

#include "handoutdocument.h"
#include "print/savepdf.h"
#include "prompter.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace sportello::catalogue;

namespace sportello::ui {

HandoutDialog::HandoutDialog(Input input, Prompter &prompter, QWidget *parent)
    : QDialog(parent)
    , m_input(std::move(input))
    , m_prompter(prompter)
{
    setWindowTitle(tr("Handout for the citizen"));
    setObjectName(u"handoutDialog"_s);
    resize(760, 820);

    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_language = new QComboBox(this);
    m_language->setObjectName(u"handoutLanguage"_s);
    m_language->setAccessibleName(tr("Language of the handout"));
    for (const QString &code : HandoutLabels::languages())
        m_language->addItem(HandoutLabels::forLanguage(code).languageName(), code);
    form->addRow(tr("&Language of the handout:"), m_language);
    layout->addLayout(form);

    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(u"handoutPreview"_s);
    m_preview->setAccessibleName(tr("Preview"));
    layout->addWidget(m_preview, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *save = buttons->addButton(tr("&Save PDF…"), QDialogButtonBox::ActionRole);
    save->setObjectName(u"savePdf"_s);
    QPushButton *print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    print->setObjectName(u"print"_s);
    print->setDefault(true);
    layout->addWidget(buttons);

    connect(m_language, &QComboBox::currentIndexChanged, this, &HandoutDialog::refreshPreview);
    connect(save, &QPushButton::clicked, this, &HandoutDialog::chooseAndSave);
    connect(print, &QPushButton::clicked, this, &HandoutDialog::printHandout);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    refreshPreview();
}

void HandoutDialog::setLanguage(const QString &code)
{
    m_language->setCurrentIndex(std::max(0, m_language->findData(code)));
}

QString HandoutDialog::language() const
{
    return m_language->currentData().toString();
}

HandoutContent HandoutDialog::content() const
{
    return buildHandout(m_input.services, m_input.organizations, m_input.locations, m_input.desk,
                        language(), m_input.today, m_input.referralCode);
}

void HandoutDialog::refreshPreview()
{
    const HandoutContent handout = content();
    m_preview->setLayoutDirection(handout.labels.isRightToLeft() ? Qt::RightToLeft
                                                                 : Qt::LeftToRight);
    m_preview->setHtml(HandoutDocument::html(handout));
}

bool HandoutDialog::savePdf(const QString &path)
{
    return HandoutDocument::writePdf(content(), path);
}

void HandoutDialog::chooseAndSave()
{
    savePdfAs(m_prompter, this, tr("Save handout as PDF"), documentsPath(u"scheda.pdf"_s),
              [this](const QString &path) { return savePdf(path); });
}

void HandoutDialog::printHandout()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (m_prompter.runDialog(dialog) != QDialog::Accepted)
        return;
    HandoutDocument::print(content(), printer);
}

} // namespace sportello::ui
