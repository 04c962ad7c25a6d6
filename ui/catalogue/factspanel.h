// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogue/eligibility.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace sportello::ui {

// The facts the operator knows about the person (age, comune, ISEE, household…), every one
// optional ("—"), driving the eligibility check of the catalogue.
class FactsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FactsPanel)

public:
    explicit FactsPanel(QWidget *parent = nullptr);
    [[nodiscard]] catalogue::PersonFacts facts() const;
    void setFacts(const catalogue::PersonFacts &facts);
    void clear();

Q_SIGNALS:
    void factsChanged(const sportello::catalogue::PersonFacts &facts);

private:
    void emitChanged();
    QComboBox *yesNoCombo(const QString &name);

    QSpinBox *m_age = nullptr;
    QComboBox *m_comune = nullptr;
    QDoubleSpinBox *m_isee = nullptr;
    QComboBox *m_iseeType = nullptr;
    QSpinBox *m_householdSize = nullptr;
    QSpinBox *m_children = nullptr;
    QComboBox *m_member60 = nullptr;
    QComboBox *m_member65 = nullptr;
    QComboBox *m_disability = nullptr;
    QComboBox *m_loneParent = nullptr;
    QComboBox *m_citizenship = nullptr;
    QComboBox *m_permit = nullptr;
    bool m_updating = false;
};

} // namespace sportello::ui
