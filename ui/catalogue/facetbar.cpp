// SPDX-License-Identifier: GPL-3.0-or-later
#include "facetbar.h"

#include "catalogue/taxonomy.h"
#include "text/cataloguetext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QSignalBlocker>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace sportello::catalogue;

namespace sportello::ui {

namespace {
constexpr int kLabelRole = Qt::UserRole + 10;

QComboBox *facetCombo(QWidget *parent, const QString &name, const QString &all,
                      const QList<Term> &terms, bool italianNames)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(name);
    combo->setAccessibleName(all);
    combo->addItem(all, -1);
    combo->setItemData(0, all, kLabelRole);
    for (qsizetype i = 0; i < terms.size(); ++i) {
        const QString label = italianNames ? QString::fromUtf8(terms.at(i).italian)
                                           : text::CatalogueText::label(terms.at(i));
        combo->addItem(label, static_cast<int>(i));
        combo->setItemData(combo->count() - 1, label, kLabelRole);
    }
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(14);
    return combo;
}

void setComboCounts(QComboBox *combo, const std::vector<int> &counts)
{
    const QSignalBlocker blocker(combo);
    for (int row = 1; row < combo->count(); ++row) {
        const auto index = static_cast<size_t>(combo->itemData(row).toInt());
        const int count = index < counts.size() ? counts[index] : 0;
        combo->setItemText(
            row,
            FacetBar::tr("%1 (%2)").arg(combo->itemData(row, kLabelRole).toString()).arg(count));
    }
}

void setCheckCount(QCheckBox *check, const QString &label, int count)
{
    check->setText(FacetBar::tr("%1 (%2)").arg(label).arg(count));
}
} // namespace

FacetBar::FacetBar(QWidget *parent)
    : QWidget(parent)
{
    // Two rows, so the bar fits a 1280-pixel screen in any language and at large font sizes.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *combos = new QHBoxLayout;
    auto *checks = new QHBoxLayout;
    layout->addLayout(combos);
    layout->addLayout(checks);
    m_category
        = facetCombo(this, u"facetCategory"_s, tr("All categories"), Taxonomy::categories(), false);
    m_comune = facetCombo(this, u"facetComune"_s, tr("All comuni"), Taxonomy::comuni(), true);
    m_area = facetCombo(this, u"facetArea"_s, tr("All user areas"), Taxonomy::userAreas(), false);
    m_channel = facetCombo(this, u"facetChannel"_s, tr("Any channel"), Taxonomy::channels(), false);
    m_openNow = new QCheckBox(tr("Open now"), this);
    m_openNow->setObjectName(u"facetOpenNow"_s);
    m_callOpen = new QCheckBox(tr("Call open"), this);
    m_callOpen->setObjectName(u"facetCallOpen"_s);
    m_free = new QCheckBox(tr("Free"), this);
    m_free->setObjectName(u"facetFree"_s);
    m_eligible = new QCheckBox(tr("Likely eligible"), this);
    m_eligible->setObjectName(u"facetEligible"_s);
    m_eligible->setEnabled(false);
    m_eligible->setToolTip(tr("Enter the person's facts to use this filter."));

    for (QComboBox *combo : {m_category, m_comune, m_area, m_channel}) {
        combos->addWidget(combo, 1);
        connect(combo, &QComboBox::currentIndexChanged, this, &FacetBar::filtersChanged);
    }
    for (QCheckBox *check : {m_openNow, m_callOpen, m_free, m_eligible}) {
        check->setAccessibleName(check->text());
        checks->addWidget(check);
        connect(check, &QCheckBox::toggled, this, &FacetBar::filtersChanged);
    }
    checks->addStretch(1);
}

search::Filters FacetBar::filters() const
{
    search::Filters f;
    f.category = m_category->currentData().toInt();
    f.comune = m_comune->currentData().toInt();
    f.userArea = m_area->currentData().toInt();
    f.channel = m_channel->currentData().toInt();
    f.openNow = m_openNow->isChecked();
    f.callOpen = m_callOpen->isChecked();
    f.freeOfCharge = m_free->isChecked();
    f.likelyEligible = m_eligible->isEnabled() && m_eligible->isChecked();
    return f;
}

void FacetBar::setCounts(const search::FacetCounts &counts)
{
    setComboCounts(m_category, counts.categories);
    setComboCounts(m_comune, counts.comuni);
    setComboCounts(m_area, counts.userAreas);
    setComboCounts(m_channel, counts.channels);
    setCheckCount(m_openNow, tr("Open now"), counts.openNow);
    setCheckCount(m_callOpen, tr("Call open"), counts.callOpen);
    setCheckCount(m_free, tr("Free"), counts.freeOfCharge);
    if (m_eligible->isEnabled())
        setCheckCount(m_eligible, tr("Likely eligible"), counts.likelyEligible);
    else
        m_eligible->setText(tr("Likely eligible"));
}

void FacetBar::setFactsAvailable(bool available)
{
    if (available == m_eligible->isEnabled())
        return;
    m_eligible->setEnabled(available);
    if (m_eligible->isChecked())
        Q_EMIT filtersChanged();
}

void FacetBar::reset()
{
    for (QComboBox *combo : {m_category, m_comune, m_area, m_channel}) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(0);
    }
    for (QCheckBox *check : {m_openNow, m_callOpen, m_free, m_eligible}) {
        const QSignalBlocker blocker(check);
        check->setChecked(false);
    }
    Q_EMIT filtersChanged();
}

} // namespace sportello::ui
