// SPDX-License-Identifier: GPL-3.0-or-later
#include "factspanel.h"

#include "catalogue/taxonomy.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

using namespace Qt::StringLiterals;
using namespace sportello::catalogue;

namespace sportello::ui {

namespace {
constexpr int kUnknown = -1;

QSpinBox *optionalSpin(QWidget *parent, int max, const QString &name, const QString &suffix = {})
{
    auto *spin = new QSpinBox(parent);
    spin->setRange(kUnknown, max);
    spin->setValue(kUnknown);
    spin->setSpecialValueText(FactsPanel::tr("—"));
    spin->setSuffix(suffix);
    spin->setObjectName(name);
    spin->setAccelerated(true);
    return spin;
}

std::optional<bool> yesNo(const QComboBox *combo)
{
    const int value = combo->currentData().toInt();
    return value < 0 ? std::nullopt : std::optional<bool>(value == 1);
}

void setYesNo(QComboBox *combo, bool known, bool value)
{
    combo->setCurrentIndex(combo->findData(known ? (value ? 1 : 0) : -1));
}
} // namespace

FactsPanel::FactsPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);

    m_age = optionalSpin(this, 120, u"factAge"_s);
    m_comune = new QComboBox(this);
    m_comune->setObjectName(u"factComune"_s);
    m_comune->addItem(tr("—"), QString());
    for (const Term &term : Taxonomy::comuni())
        m_comune->addItem(QString::fromUtf8(term.italian), QString::fromLatin1(term.code));
    m_comune->addItem(tr("Other comune"), u"other"_s);

    m_isee = new QDoubleSpinBox(this);
    m_isee->setObjectName(u"factIsee"_s);
    m_isee->setRange(kUnknown, 999999.0);
    m_isee->setDecimals(0);
    m_isee->setSingleStep(500);
    m_isee->setValue(kUnknown);
    m_isee->setSpecialValueText(tr("—"));
    m_isee->setSuffix(tr(" €"));
    m_isee->setGroupSeparatorShown(true);
    m_iseeType = new QComboBox(this);
    m_iseeType->setObjectName(u"factIseeType"_s);
    m_iseeType->addItem(tr("ordinary"), static_cast<int>(IseeType::Ordinario));
    m_iseeType->addItem(tr("socio-sanitary"), static_cast<int>(IseeType::Sociosanitario));
    m_iseeType->addItem(tr("minors"), static_cast<int>(IseeType::Minorenni));

    m_householdSize = optionalSpin(this, 20, u"factHouseholdSize"_s);
    m_children = optionalSpin(this, 15, u"factChildren"_s);
    m_member60 = yesNoCombo(u"factMember60"_s);
    m_member65 = yesNoCombo(u"factMember65"_s);
    m_disability = yesNoCombo(u"factDisability"_s);
    m_loneParent = yesNoCombo(u"factLoneParent"_s);
    m_citizenship = new QComboBox(this);
    m_citizenship->setObjectName(u"factCitizenship"_s);
    m_citizenship->addItem(tr("—"), -1);
    m_citizenship->addItem(tr("Italian"), static_cast<int>(CitizenshipGroup::Italian));
    m_citizenship->addItem(tr("EU"), static_cast<int>(CitizenshipGroup::EuropeanUnion));
    m_citizenship->addItem(tr("Non-EU"), static_cast<int>(CitizenshipGroup::NonEu));
    m_permit = yesNoCombo(u"factPermit"_s);

    const struct
    {
        QString label;
        QWidget *field;
    } rows[] = {
        {tr("&Age:"), m_age},
        {tr("Co&mune:"), m_comune},
        {tr("&ISEE:"), m_isee},
        {tr("ISEE t&ype:"), m_iseeType},
        {tr("House&hold members:"), m_householdSize},
        {tr("Minor childre&n:"), m_children},
        {tr("Member aged &60+:"), m_member60},
        {tr("Member aged 6&5+:"), m_member65},
        {tr("Member with &disability:"), m_disability},
        {tr("&Lone parent:"), m_loneParent},
        {tr("Citi&zenship:"), m_citizenship},
        {tr("Residence &permit:"), m_permit},
    };
    int index = 0;
    for (const auto &row : rows) {
        auto *label = new QLabel(row.label, this);
        label->setBuddy(row.field);
        row.field->setAccessibleName(QString(row.label).remove(u'&').remove(u':'));
        const int column = (index % 2) * 2;
        grid->addWidget(label, index / 2, column);
        grid->addWidget(row.field, index / 2, column + 1);
        ++index;
    }
    auto *clearButton = new QPushButton(tr("Clear facts"), this);
    clearButton->setObjectName(u"clearFacts"_s);
    grid->addWidget(clearButton, (index + 1) / 2, 3, Qt::AlignRight);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);

    connect(clearButton, &QPushButton::clicked, this, &FactsPanel::clear);
    for (QSpinBox *spin : {m_age, m_householdSize, m_children})
        connect(spin, &QSpinBox::valueChanged, this, &FactsPanel::emitChanged);
    connect(m_isee, &QDoubleSpinBox::valueChanged, this, &FactsPanel::emitChanged);
    for (QComboBox *combo : {m_comune, m_iseeType, m_member60, m_member65, m_disability,
                             m_loneParent, m_citizenship, m_permit})
        connect(combo, &QComboBox::currentIndexChanged, this, &FactsPanel::emitChanged);
}

QComboBox *FactsPanel::yesNoCombo(const QString &name)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(name);
    combo->addItem(tr("—"), -1);
    combo->addItem(tr("Yes"), 1);
    combo->addItem(tr("No"), 0);
    return combo;
}

PersonFacts FactsPanel::facts() const
{
    PersonFacts facts;
    if (m_age->value() >= 0)
        facts.age = m_age->value();
    facts.comuneIstat = m_comune->currentData().toString();
    if (m_isee->value() >= 0) {
        facts.iseeCents = static_cast<qint64>(m_isee->value() * 100.0 + 0.5);
        facts.iseeType = static_cast<IseeType>(m_iseeType->currentData().toInt());
    }
    if (m_householdSize->value() >= 0)
        facts.householdSize = m_householdSize->value();
    if (m_children->value() >= 0)
        facts.dependentChildren = m_children->value();
    const struct
    {
        QComboBox *combo;
        HouseholdFlag flag;
    } flags[] = {{m_member60, HouseholdMember60},
                 {m_member65, HouseholdMember65},
                 {m_disability, HouseholdDisability},
                 {m_loneParent, HouseholdLoneParent}};
    for (const auto &f : flags) {
        if (const auto value = yesNo(f.combo))
            facts.setHousehold(f.flag, *value);
    }
    if (const int citizenship = m_citizenship->currentData().toInt(); citizenship >= 0)
        facts.citizenship = static_cast<CitizenshipGroup>(citizenship);
    facts.hasResidencePermit = yesNo(m_permit);
    return facts;
}

void FactsPanel::setFacts(const PersonFacts &facts)
{
    m_updating = true;
    m_age->setValue(facts.age.value_or(kUnknown));
    m_comune->setCurrentIndex(std::max(0, m_comune->findData(facts.comuneIstat)));
    m_isee->setValue(facts.iseeCents ? static_cast<double>(*facts.iseeCents) / 100.0 : kUnknown);
    m_iseeType->setCurrentIndex(std::max(
        0, m_iseeType->findData(static_cast<int>(facts.iseeType.value_or(IseeType::Ordinario)))));
    m_householdSize->setValue(facts.householdSize.value_or(kUnknown));
    m_children->setValue(facts.dependentChildren.value_or(kUnknown));
    setYesNo(m_member60, facts.householdKnown & HouseholdMember60,
             facts.householdTrue & HouseholdMember60);
    setYesNo(m_member65, facts.householdKnown & HouseholdMember65,
             facts.householdTrue & HouseholdMember65);
    setYesNo(m_disability, facts.householdKnown & HouseholdDisability,
             facts.householdTrue & HouseholdDisability);
    setYesNo(m_loneParent, facts.householdKnown & HouseholdLoneParent,
             facts.householdTrue & HouseholdLoneParent);
    m_citizenship->setCurrentIndex(std::max(
        0, m_citizenship->findData(facts.citizenship ? static_cast<int>(*facts.citizenship) : -1)));
    setYesNo(m_permit, facts.hasResidencePermit.has_value(),
             facts.hasResidencePermit.value_or(false));
    m_updating = false;
    emitChanged();
}

void FactsPanel::clear()
{
    setFacts({});
}

void FactsPanel::emitChanged()
{
    if (m_updating)
        return;
    m_permit->setEnabled(m_citizenship->currentData().toInt()
                         == static_cast<int>(CitizenshipGroup::NonEu));
    Q_EMIT factsChanged(facts());
}

} // namespace sportello::ui
