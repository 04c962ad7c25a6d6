// SPDX-License-Identifier: GPL-3.0-or-later
#include "consentdialog.h"

#include "brand.h"
#include "text/errortext.h"
#include "text/peopletext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sportello::ui {

using people::ConsentMethod;
using people::ConsentPurpose;

ConsentDialog::ConsentDialog(people::PrivacyNotice notice, ConsentPurpose preselected,
                             Submit submit, QWidget *parent)
    : QDialog(parent)
    , m_submit(std::move(submit))
{
    setWindowTitle(tr("Record a consent"));
    setObjectName(u"consentDialog"_s);

    m_purpose = new QComboBox(this);
    m_purpose->setObjectName(u"consentPurpose"_s);
    m_purpose->setAccessibleName(tr("Consent to"));
    for (ConsentPurpose purpose : people::allConsentPurposes())
        m_purpose->addItem(text::PeopleText::consentPurpose(purpose), static_cast<int>(purpose));
    setPurpose(preselected);

    m_signed = new QRadioButton(text::PeopleText::consentMethod(ConsentMethod::SignedForm), this);
    m_signed->setObjectName(u"consentSigned"_s);
    m_signed->setAccessibleName(tr("Given on the signed form"));
    m_verbal
        = new QRadioButton(text::PeopleText::consentMethod(ConsentMethod::VerbalScripted), this);
    m_verbal->setObjectName(u"consentVerbal"_s);
    m_verbal->setAccessibleName(tr("Given verbally, after reading the scripted text"));
    m_signed->setChecked(true);
    auto *methods = new QVBoxLayout;
    methods->addWidget(m_signed);
    methods->addWidget(m_verbal);

    auto *version = new QLabel(notice.version, this);
    version->setObjectName(u"consentNoticeVersion"_s);
    version->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_scriptLabel = new QLabel(this);
    m_scriptLabel->setWordWrap(true);
    auto *script = new QPlainTextEdit(notice.text, this);
    script->setObjectName(u"consentScript"_s);
    script->setReadOnly(true);
    script->setAccessibleName(tr("Privacy notice text"));
    script->setTabChangesFocus(true);
    m_scriptLabel->setBuddy(script);

    m_error = new QLabel(this);
    m_error->setObjectName(u"dialogError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(brand::errorStyle(palette()));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Consent &to:"), m_purpose);
    form->addRow(tr("Given as:"), methods);
    form->addRow(tr("Notice version:"), version);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Record consent"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ConsentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConsentDialog::reject);
    connect(m_verbal, &QRadioButton::toggled, this, &ConsentDialog::updateScriptLabel);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_scriptLabel);
    layout->addWidget(script, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    updateScriptLabel();
    resize(760, 620);
}

void ConsentDialog::updateScriptLabel()
{
    m_scriptLabel->setText(m_verbal->isChecked()
                               ? tr("Read this &text to the person before recording the consent:")
                               : tr("The person signs the printed form with this &text:"));
}

void ConsentDialog::setPurpose(ConsentPurpose purpose)
{
    const int index = m_purpose->findData(static_cast<int>(purpose));
    if (index >= 0)
        m_purpose->setCurrentIndex(index);
}

void ConsentDialog::setMethod(ConsentMethod method)
{
    switch (method) {
    case ConsentMethod::SignedForm:
        m_signed->setChecked(true);
        break;
    case ConsentMethod::VerbalScripted:
        m_verbal->setChecked(true);
        break;
    }
}

ConsentPurpose ConsentDialog::purpose() const
{
    return static_cast<ConsentPurpose>(m_purpose->currentData().toInt());
}

ConsentMethod ConsentDialog::method() const
{
    return m_verbal->isChecked() ? ConsentMethod::VerbalScripted : ConsentMethod::SignedForm;
}

QString ConsentDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ConsentDialog::accept()
{
    if (m_submit) {
        if (const Status status = m_submit(purpose(), method()); !status) {
            m_error->setText(text::ErrorText::message(status.error()));
            m_error->show();
            return;
        }
    }
    QDialog::accept();
}

} // namespace sportello::ui
