// SPDX-License-Identifier: GPL-3.0-or-later
#include "privacynoticeeditor.h"

#include "consentformdocument.h"
#include "print/savepdf.h"
#include "prompter.h"
#include "text/errortext.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sportello::ui {

namespace {
// Compared the way core compares, so only real edits count as changes.
QString comparable(QString text)
{
    text.replace(u"\r\n"_s, u"\n"_s);
    while (!text.isEmpty() && text.back().isSpace())
        text.chop(1);
    return text;
}
} // namespace

PrivacyNoticeEditor::PrivacyNoticeEditor(people::PrivacyNotice notice, security::DeskIdentity desk,
                                         SaveFunction save, Prompter &prompter, QWidget *parent)
    : QDialog(parent)
    , m_notice(std::move(notice))
    , m_desk(std::move(desk))
    , m_save(std::move(save))
    , m_prompter(prompter)
{
    setWindowTitle(tr("Privacy notice"));
    setObjectName(u"privacyNoticeEditor"_s);
    setAccessibleName(tr("Privacy notice editor"));
    resize(820, 760);

    auto *layout = new QVBoxLayout(this);
    auto *help = new QLabel(
        tr("This text is given or read to every person before their consent is recorded. "
           "Separate paragraphs with an empty line; a short line on its own is a heading; "
           "lines starting with \"- \" are a list. {desk}, {organization}, {comune} and "
           "{contacts} are replaced with the desk's details. Each saved change becomes a new "
           "version, and consents remember the version they were given on."),
        this);
    help->setObjectName(u"privacyNoticeHelp"_s);
    help->setAccessibleName(tr("How to write the notice"));
    help->setWordWrap(true);
    layout->addWidget(help);

    m_status = new QLabel(this);
    m_status->setObjectName(u"privacyNoticeStatus"_s);
    m_status->setAccessibleName(tr("Version of the notice"));
    layout->addWidget(m_status);

    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(u"privacyNoticeText"_s);
    m_editor->setAccessibleName(tr("Text of the privacy notice"));
    m_editor->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    QFont font = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    font.setPointSizeF(std::max<qreal>(font.pointSizeF(), 11));
    m_editor->setFont(font);
    m_editor->setPlainText(m_notice.text);
    layout->addWidget(m_editor, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_saveButton = buttons->button(QDialogButtonBox::Save);
    m_saveButton->setObjectName(u"savePrivacyNotice"_s);
    m_saveButton->setAccessibleName(tr("Save the notice"));
    QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(u"cancelPrivacyNotice"_s);
    cancel->setAccessibleName(tr("Cancel"));
    m_restore = buttons->addButton(tr("&Restore default"), QDialogButtonBox::ResetRole);
    m_restore->setObjectName(u"restoreDefaultNotice"_s);
    m_restore->setAccessibleName(tr("Restore the built-in notice"));
    QPushButton *pdf = buttons->addButton(tr("Save as &PDF…"), QDialogButtonBox::ActionRole);
    pdf->setObjectName(u"privacyNoticePdf"_s);
    pdf->setAccessibleName(tr("Save a blank consent form as PDF"));
    layout->addWidget(buttons);

    connect(m_editor, &QPlainTextEdit::textChanged, this, &PrivacyNoticeEditor::updateState);
    connect(m_restore, &QPushButton::clicked, this, &PrivacyNoticeEditor::restoreDefault);
    connect(pdf, &QPushButton::clicked, this, &PrivacyNoticeEditor::chooseAndSavePdf);
    connect(buttons, &QDialogButtonBox::accepted, this, &PrivacyNoticeEditor::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &PrivacyNoticeEditor::reject);
    updateState();
}

QString PrivacyNoticeEditor::text() const
{
    return m_editor->toPlainText();
}

void PrivacyNoticeEditor::setText(const QString &text)
{
    m_editor->setPlainText(text);
}

bool PrivacyNoticeEditor::isModified() const
{
    return comparable(text()) != comparable(m_notice.text);
}

void PrivacyNoticeEditor::updateState()
{
    QString status;
    if (isModified())
        status = tr("Changed, not saved yet: saving makes a new version.");
    else if (m_notice.isDefault)
        status = tr("Built-in notice, version %1.").arg(m_notice.version);
    else
        status = tr("Version %1, saved on %2.")
                     .arg(m_notice.version,
                          QLocale().toString(m_notice.updatedAt.toLocalTime().date(),
                                             QLocale::LongFormat));
    m_status->setText(status);
    m_restore->setEnabled(comparable(text()) != people::defaultPrivacyNoticeText());
}

void PrivacyNoticeEditor::restoreDefault()
{
    if (!m_prompter.confirm(this, windowTitle(),
                            tr("Replace the text with the built-in notice? The text in the "
                               "editor will be lost.")))
        return;
    m_editor->setPlainText(people::defaultPrivacyNoticeText());
}

bool PrivacyNoticeEditor::savePdf(const QString &path) const
{
    ConsentFormDocument::Input input;
    input.notice = m_notice;
    input.notice.text = people::fillPrivacyNotice(text(), m_desk);
    // A draft must never pass for a version consents could refer to.
    if (isModified())
        input.notice.version = tr("draft, not saved");
    input.desk = m_desk;
    return ConsentFormDocument::writePdf(input, path);
}

void PrivacyNoticeEditor::chooseAndSavePdf()
{
    savePdfAs(m_prompter, this, tr("Save consent form as PDF"),
              documentsPath(u"informativa-privacy.pdf"_s),
              [this](const QString &path) { return savePdf(path); });
}

void PrivacyNoticeEditor::save()
{
    if (!isModified()) {
        accept();
        return;
    }
    if (text().trimmed().isEmpty()) {
        m_prompter.warn(this, windowTitle(), tr("The privacy notice cannot be empty."));
        return;
    }
    if (const Status status = m_save(text()); !status) {
        m_prompter.warn(this, windowTitle(), text::ErrorText::message(status.error()));
        return;
    }
    m_notice.text = text();
    accept();
}

void PrivacyNoticeEditor::reject()
{
    if (isModified()
        && !m_prompter.confirm(this, windowTitle(),
                               tr("Discard the changes to the privacy notice?")))
        return;
    QDialog::reject();
}

} // namespace sportello::ui
