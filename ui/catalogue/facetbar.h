// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "search/cataloguesearch.h"

#include <QWidget>

class QCheckBox;
class QComboBox;

namespace sportello::ui {

// The facets of the catalogue search — category, comune, user area, channel, open now, call
// open, free, likely eligible — each showing how many services it would leave.
class FacetBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FacetBar)

public:
    explicit FacetBar(QWidget *parent = nullptr);
    [[nodiscard]] search::Filters filters() const;
    void setCounts(const search::FacetCounts &counts);
    void setFactsAvailable(bool available);
    void reset();

Q_SIGNALS:
    void filtersChanged();

private:
    QComboBox *m_category = nullptr;
    QComboBox *m_comune = nullptr;
    QComboBox *m_area = nullptr;
    QComboBox *m_channel = nullptr;
    QCheckBox *m_openNow = nullptr;
    QCheckBox *m_callOpen = nullptr;
    QCheckBox *m_free = nullptr;
    QCheckBox *m_eligible = nullptr;
};

} // namespace sportello::ui
