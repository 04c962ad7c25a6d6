// SPDX-License-Identifier: GPL-3.0-or-later
#include "boardpostform.h"

#include "text/boardtext.h"

#include <QAccessible>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sportello::ui {

using text::BoardText;

BoardPostForm::BoardPostForm(const QList<QPair<QString, QString>> &comuni, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"boardPostForm"_s);
    auto *layout = new QVBoxLayout(this);
    m_person = new QLabel(this);
    m_person->setObjectName(u"boardPerson"_s);
    m_person->setWordWrap(true);
    layout->addWidget(m_person);

    auto *form = new QFormLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"boardKind"_s);
    for (const board::PostKind kind : {board::PostKind::Request, board::PostKind::Offer})
        m_kind->addItem(BoardText::postKindLabel(kind), board::postKindCode(kind));
    form->addRow(tr("&Kind"), m_kind);
    m_category = new QComboBox(this);
    m_category->setObjectName(u"boardCategory"_s);
    for (const board::Category category : board::allCategories())
        m_category->addItem(BoardText::categoryLabel(category), board::categoryCode(category));
    form->addRow(tr("&Category"), m_category);
    m_comune = new QComboBox(this);
    m_comune->setObjectName(u"boardComune"_s);
    for (const auto &[code, name] : comuni)
        m_comune->addItem(name, code);
    form->addRow(tr("C&omune"), m_comune);
    m_neighbourhood = new QLineEdit(this);
    m_neighbourhood->setObjectName(u"boardNeighbourhood"_s);
    m_neighbourhood->setMaxLength(80);
    m_neighbourhood->setPlaceholderText(tr("Optional"));
    form->addRow(tr("&Neighbourhood"), m_neighbourhood);

    auto *days = new QHBoxLayout;
    for (int weekday = 1; weekday <= 7; ++weekday) {
        auto *day = new QCheckBox(BoardText::weekdayName(weekday), this);
        day->setObjectName(u"boardDay%1"_s.arg(weekday));
        m_days.append(day);
        days->addWidget(day);
    }
    days->addStretch();
    auto *daysLabel = new QLabel(tr("Days of the week"), this);
    form->addRow(daysLabel, days);
    auto *hours = new QHBoxLayout;
    m_from = new QTimeEdit(QTime(9, 0), this);
    m_from->setObjectName(u"boardFrom"_s);
    m_from->setDisplayFormat(u"HH:mm"_s);
    m_from->setAccessibleName(tr("From"));
    m_to = new QTimeEdit(QTime(12, 0), this);
    m_to->setObjectName(u"boardTo"_s);
    m_to->setDisplayFormat(u"HH:mm"_s);
    m_to->setAccessibleName(tr("To"));
    m_anyTime = new QCheckBox(tr("Any time"), this);
    m_anyTime->setObjectName(u"boardAnyTime"_s);
    hours->addWidget(new QLabel(tr("from"), this));
    hours->addWidget(m_from);
    hours->addWidget(new QLabel(tr("to"), this));
    hours->addWidget(m_to);
    hours->addWidget(m_anyTime);
    hours->addStretch();
    form->addRow(tr("Hours"), hours);
    m_forWhom = new QComboBox(this);
    m_forWhom->setObjectName(u"boardForWhom"_s);
    for (const board::ForWhom who :
         {board::ForWhom::Self, board::ForWhom::FamilyMember, board::ForWhom::FollowedPerson})
        m_forWhom->addItem(BoardText::forWhomLabel(who), board::forWhomCode(who));
    form->addRow(tr("For &whom"), m_forWhom);
    m_capacity = new QSpinBox(this);
    m_capacity->setObjectName(u"boardCapacity"_s);
    m_capacity->setRange(1, board::kMaxCapacity);
    form->addRow(tr("People at a time (offers)"), m_capacity);
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(u"boardNotes"_s);
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("What is needed or offered, without health details"));
    m_notes->setMaximumHeight(90);
    form->addRow(tr("No&tes"), m_notes);
    layout->addLayout(form);

    m_ownContact = new QCheckBox(tr("Show the person's own name and phone instead of the desk's "
                                    "(only if they ask for it)"),
                                 this);
    m_ownContact->setObjectName(u"boardOwnContact"_s);
    layout->addWidget(m_ownContact);
    m_problem = new QLabel(this);
    m_problem->setObjectName(u"boardProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: palette(highlight); font-weight: bold;"_s);
    m_problem->hide();
    layout->addWidget(m_problem);
    m_submit = new QPushButton(tr("Put it on the board"), this);
    m_submit->setObjectName(u"boardSubmit"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_submit);
    layout->addLayout(buttons);
    layout->addStretch();

    connect(m_submit, &QPushButton::clicked, this, &BoardPostForm::submitted);
    connect(m_anyTime, &QCheckBox::toggled, this, &BoardPostForm::updateState);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &BoardPostForm::updateState);
    setPerson(0, {});
}

BoardPostForm::~BoardPostForm() = default;

void BoardPostForm::setPerson(qint64 personId, const QString &name)
{
    m_personId = personId;
    m_person->setText(personId > 0
                          ? tr("For: %1").arg(name)
                          : tr("Open the person at the counter on the Session page first: a "
                               "request or an offer is entered for a person who gave the "
                               "board's consent."));
    updateState();
}

void BoardPostForm::updateState()
{
    m_from->setEnabled(!m_anyTime->isChecked());
    m_to->setEnabled(!m_anyTime->isChecked());
    m_capacity->setEnabled(m_kind->currentData().toString() == u"OFFERTA");
    m_submit->setEnabled(m_personId > 0);
}

board::Post BoardPostForm::post() const
{
    board::Post post;
    (void)board::postKindFromCode(m_kind->currentData().toString(), &post.kind);
    (void)board::categoryFromCode(m_category->currentData().toString(), &post.category);
    post.zone = {m_comune->currentData().toString(), m_neighbourhood->text().trimmed()};
    int weekdays = 0;
    for (int i = 0; i < m_days.size(); ++i) {
        if (m_days.at(i)->isChecked())
            weekdays |= 1 << i;
    }
    if (weekdays != 0) {
        const bool any = m_anyTime->isChecked();
        post.when.windows
            = {{weekdays, any ? QTime(0, 0) : m_from->time(), any ? QTime(23, 59) : m_to->time()}};
    }
    (void)board::forWhomFromCode(m_forWhom->currentData().toString(), &post.forWhom);
    post.notes = m_notes->toPlainText().trimmed();
    post.capacity = post.kind == board::PostKind::Offer ? m_capacity->value() : 1;
    return post;
}

bool BoardPostForm::showOwnContact() const
{
    return m_ownContact->isChecked();
}

void BoardPostForm::setProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
    if (!message.isEmpty()) {
        QAccessibleEvent event(m_problem, QAccessible::Alert);
        QAccessible::updateAccessibility(&event);
    }
}

void BoardPostForm::clear()
{
    m_neighbourhood->clear();
    m_notes->clear();
    m_ownContact->setChecked(false);
    for (QCheckBox *day : std::as_const(m_days))
        day->setChecked(false);
    setProblem({});
}

} // namespace sportello::ui
