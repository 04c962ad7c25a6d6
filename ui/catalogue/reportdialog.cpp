// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportdialog.h"

#include "wire/events.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sportello::ui {

ReportDialog::ReportDialog(const QString &serviceName, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Report an entry of the district"));
    setMinimumWidth(440);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("<b>%1</b> comes from the district's catalogue: the desk cannot change it. Tell the "
           "district's office what is no longer right; the report leaves with the next "
           "synchronization.")
            .arg(serviceName.toHtmlEscaped()),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *question = new QLabel(tr("What is wrong?"), this);
    layout->addWidget(question);
    m_choices = new QButtonGroup(this);
    const QStringList &codes = wire::feedbackProblems();
    for (int i = 0; i < codes.size(); ++i) {
        auto *choice = new QRadioButton(problemText(codes.at(i)), this);
        choice->setObjectName(u"problem_"_s + codes.at(i));
        m_choices->addButton(choice, i);
        layout->addWidget(choice);
    }
    question->setBuddy(m_choices->button(0));
    auto *privacy
        = new QLabel(tr("Only the kind of problem is sent: no text, nothing about people."), this);
    privacy->setWordWrap(true);
    layout->addWidget(privacy);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_send = buttons->addButton(tr("Send report"), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(u"sendReport"_s);
    m_send->setEnabled(false);
    connect(m_choices, &QButtonGroup::idClicked, m_send, [this] { m_send->setEnabled(true); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString ReportDialog::problem() const
{
    const int id = m_choices->checkedId();
    return id < 0 ? QString() : wire::feedbackProblems().value(id);
}

QString ReportDialog::problemText(const QString &code)
{
    if (code == u"TELEFONO_ERRATO")
        return tr("The phone number is wrong");
    if (code == u"INDIRIZZO_ERRATO")
        return tr("The address is wrong");
    if (code == u"ORARI_ERRATI")
        return tr("The opening hours are wrong");
    if (code == u"REQUISITI_CAMBIATI")
        return tr("The requirements have changed");
    if (code == u"SERVIZIO_CESSATO")
        return tr("The service no longer exists");
    return tr("Something else is no longer right");
}

} // namespace sportello::ui
