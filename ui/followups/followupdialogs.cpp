// SPDX-License-Identifier: GPL-3.0-or-later
#include "followupdialogs.h"

#include "brand.h"
#include "people/vocabulary.h"
#include "text/errortext.h"
#include "text/peopletext.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sportello::ui {

namespace {

QLabel *makeErrorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(u"dialogError"_s);
    label->setWordWrap(true);
    label->setStyleSheet(brand::errorStyle(parent->palette()));
    label->hide();
    return label;
}

void showError(QLabel *label, const Status &status)
{
    label->setText(text::ErrorText::message(status.error()));
    label->show();
}

} // namespace

ScheduleFollowUpDialog::ScheduleFollowUpDialog(QDate today,
                                               QList<std::pair<qint64, QString>> operators,
                                               qint64 assigneeId, Submit submit, QWidget *parent)
    : QDialog(parent)
    , m_submit(std::move(submit))
{
    setWindowTitle(tr("Schedule a follow-up"));
    setObjectName(u"scheduleFollowUpDialog"_s);

    m_due = new QDateEdit(this);
    m_due->setObjectName(u"followUpDue"_s);
    m_due->setCalendarPopup(true);
    m_due->setMinimumDate(today);
    m_due->setDate(today.addDays(7));
    m_due->setAccessibleName(tr("Call back on"));

    m_note = new QLineEdit(this);
    m_note->setObjectName(u"followUpNote"_s);
    m_note->setPlaceholderText(tr("What to check or tell the person"));
    m_note->setAccessibleName(tr("Note"));

    m_assignee = new QComboBox(this);
    m_assignee->setObjectName(u"followUpAssignee"_s);
    m_assignee->setAccessibleName(tr("Who calls back"));
    for (const auto &[id, name] : std::as_const(operators))
        m_assignee->addItem(name, id);
    setAssignee(assigneeId);

    m_error = makeErrorLabel(this);

    auto *form = new QFormLayout;
    form->addRow(tr("Call back &on:"), m_due);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(tr("&Who calls back:"), m_assignee);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Schedule"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ScheduleFollowUpDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ScheduleFollowUpDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

void ScheduleFollowUpDialog::setDue(QDate due)
{
    m_due->setDate(due);
}

void ScheduleFollowUpDialog::setNote(const QString &note)
{
    m_note->setText(note);
}

void ScheduleFollowUpDialog::setAssignee(qint64 operatorId)
{
    const int index = m_assignee->findData(operatorId);
    if (index >= 0)
        m_assignee->setCurrentIndex(index);
}

people::FollowUp ScheduleFollowUpDialog::followUp() const
{
    people::FollowUp followUp;
    followUp.due = m_due->date();
    followUp.note = m_note->text().trimmed();
    followUp.assigneeId = m_assignee->currentData().toLongLong();
    return followUp;
}

QString ScheduleFollowUpDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ScheduleFollowUpDialog::accept()
{
    if (m_submit) {
        if (const Status status = m_submit(followUp()); !status) {
            showError(m_error, status);
            return;
        }
    }
    QDialog::accept();
}

CompleteFollowUpDialog::CompleteFollowUpDialog(const QString &summary, Submit submit,
                                               QWidget *parent)
    : QDialog(parent)
    , m_submit(std::move(submit))
{
    setWindowTitle(tr("Follow-up done"));
    setObjectName(u"completeFollowUpDialog"_s);

    auto *what = new QLabel(summary, this);
    what->setObjectName(u"followUpSummary"_s);
    what->setWordWrap(true);

    m_outcome = new QComboBox(this);
    m_outcome->setObjectName(u"followUpOutcome"_s);
    m_outcome->setAccessibleName(tr("Outcome"));
    for (const people::Term &term : people::Vocabulary::followUpOutcomes()) {
        const QString code = QString::fromLatin1(term.code);
        m_outcome->addItem(text::PeopleText::term(people::Vocabulary::followUpOutcomes(), code),
                           code);
    }

    m_note = new QLineEdit(this);
    m_note->setObjectName(u"followUpOutcomeNote"_s);
    m_note->setAccessibleName(tr("Note on the outcome"));
    m_note->setPlaceholderText(tr("Optional"));

    m_error = makeErrorLabel(this);

    auto *form = new QFormLayout;
    form->addRow(tr("&Outcome:"), m_outcome);
    form->addRow(tr("&Note:"), m_note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Mark as done"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CompleteFollowUpDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CompleteFollowUpDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

void CompleteFollowUpDialog::setOutcome(const QString &code)
{
    const int index = m_outcome->findData(code);
    if (index >= 0)
        m_outcome->setCurrentIndex(index);
}

void CompleteFollowUpDialog::setNote(const QString &note)
{
    m_note->setText(note);
}

QString CompleteFollowUpDialog::outcome() const
{
    return m_outcome->currentData().toString();
}

QString CompleteFollowUpDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void CompleteFollowUpDialog::accept()
{
    if (m_submit) {
        if (const Status status = m_submit(outcome(), m_note->text().trimmed()); !status) {
            showError(m_error, status);
            return;
        }
    }
    QDialog::accept();
}

} // namespace sportello::ui
