// SPDX-License-Identifier: GPL-3.0-or-later
#include "facilitationbox.h"

#include "sessionwidgets.h"
#include "text/peopletext.h"

#include <QComboBox>
#include <QFormLayout>
#include <QListWidget>

using namespace Qt::StringLiterals;
using sportello::people::Facilitation;
using sportello::people::Vocabulary;

namespace sportello::ui {

FacilitationBox::FacilitationBox(QWidget *parent)
    : QGroupBox(tr("Di&gital facilitation"), parent)
{
    setObjectName(u"facilitationBox"_s);
    auto *form = new QFormLayout(this);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"facilitationKind"_s);
    m_kind->setAccessibleName(tr("Kind of facilitation"));
    form->addRow(tr("Kind:"), m_kind);
    m_ambiti = new QListWidget(this);
    m_ambiti->setObjectName(u"facilitationAmbiti"_s);
    m_ambiti->setAccessibleName(tr("Digital services worked on"));
    m_ambiti->setToolTip(tr("Space ticks the digital services worked on."));
    for (const people::Term &term : Vocabulary::digitalAmbiti()) {
        const QString code = QString::fromLatin1(term.code);
        addCheckableItem(m_ambiti, text::PeopleText::term(Vocabulary::digitalAmbiti(), code), code);
    }
    m_ambiti->setFixedHeight(fontMetrics().height() * 5);
    form->addRow(tr("Worked on:"), m_ambiti);
    m_goal = new QComboBox(this);
    m_goal->setObjectName(u"facilitationGoal"_s);
    m_goal->setAccessibleName(tr("Was the goal reached?"));
    m_goal->addItem(tr("Not said"), int(Facilitation::Goal::NotSet));
    m_goal->addItem(tr("Reached"), int(Facilitation::Goal::Reached));
    m_goal->addItem(tr("Not reached"), int(Facilitation::Goal::NotReached));
    form->addRow(tr("Goal:"), m_goal);
    m_reason = new QComboBox(this);
    m_reason->setObjectName(u"facilitationReason"_s);
    m_reason->setAccessibleName(tr("Why the goal was not reached"));
    form->addRow(tr("Why not:"), m_reason);
    connect(m_goal, &QComboBox::currentIndexChanged, this, [this] {
        m_reason->setEnabled(m_goal->currentData().toInt() == int(Facilitation::Goal::NotReached));
    });
    setGroupEntry(this, [this]() -> QWidget * { return m_kind; });
    clear();
}

void FacilitationBox::clear()
{
    fillVocabularyCombo(m_kind, Vocabulary::facilitationKinds(), u"IND"_s);
    setCheckedCodes(m_ambiti, {});
    m_ambiti->setCurrentRow(0);
    m_goal->setCurrentIndex(0);
    fillVocabularyCombo(m_reason, Vocabulary::facilitationFailures(), {});
    m_reason->setEnabled(false);
}

Facilitation FacilitationBox::facilitation() const
{
    Facilitation facilitation;
    facilitation.kind = currentCode(m_kind);
    facilitation.ambiti = checkedCodes(m_ambiti);
    facilitation.goal = static_cast<Facilitation::Goal>(m_goal->currentData().toInt());
    if (facilitation.goal == Facilitation::Goal::NotReached)
        facilitation.failureReason = currentCode(m_reason);
    return facilitation;
}

QList<QWidget *> FacilitationBox::tabOrder() const
{
    return {m_kind, m_ambiti, m_goal, m_reason};
}

} // namespace sportello::ui
