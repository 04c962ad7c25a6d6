// SPDX-License-Identifier: GPL-3.0-or-later
#include "servicepicker.h"

#include "catalogue/taxonomy.h"
#include "people/needcategories.h"
#include "sessionwidgets.h"
#include "typeahead.h"

#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sportello::ui {

namespace {
constexpr int kMaximumSuggestions = 15;
constexpr int kPerCategory = 5;
constexpr int kMaximumSearchMatches = 8;
} // namespace

ServicePicker::ServicePicker(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"serviceList"_s);
    m_list->setAccessibleName(tr("Services discussed"));
    m_list->setToolTip(tr("Services for the chosen needs. Space ticks the services you "
                          "discussed; they go on the handout."));
    // Long names wrap instead of hiding behind a horizontal scroll bar.
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setResizeMode(QListView::Adjust);
    // As tall as the column allows, no taller than the window: the form then fits without
    // scrolling.
    m_list->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    m_list->setMinimumHeight(fontMetrics().height() * 6);
    layout->addWidget(m_list, 1);

    m_search = new TypeAhead(this);
    m_search->setObjectName(u"serviceSearch"_s);
    QLineEdit *field = m_search->field();
    field->setObjectName(u"serviceSearchField"_s);
    field->setPlaceholderText(tr("Another service: type its name…"));
    field->setAccessibleName(tr("Add another service by name"));
    m_search->setProvider([this](const QString &text) -> QList<TypeAheadItem> {
        const QStringList words = TypeAhead::fold(text).split(u' ', Qt::SkipEmptyParts);
        QList<TypeAheadItem> items;
        if (words.isEmpty())
            return items;
        for (qsizetype i = 0; i < m_summaries.size() && items.size() < kMaximumSearchMatches; ++i) {
            if (TypeAhead::containsWords(m_foldedNames.at(i), words))
                items.append({m_summaries.at(i).uid, itemText(m_summaries.at(i)), {}});
        }
        return items;
    });
    connect(m_search, &TypeAhead::chosen, this, [this](const QString &uid) {
        addChecked(uid);
        m_search->field()->clear();
    });
    layout->addWidget(m_search);
}

void ServicePicker::setCatalogue(QList<catalogue::ServiceSummary> summaries)
{
    m_summaries = std::move(summaries);
    m_summaries.erase(std::remove_if(m_summaries.begin(), m_summaries.end(),
                                     [](const catalogue::ServiceSummary &summary) {
                                         return summary.status == catalogue::ServiceStatus::Ended;
                                     }),
                      m_summaries.end());
    std::sort(m_summaries.begin(), m_summaries.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    m_foldedNames.clear();
    for (const catalogue::ServiceSummary &summary : m_summaries)
        m_foldedNames.append(TypeAhead::fold(summary.name + u' ' + summary.organizationName));
}

const catalogue::ServiceSummary *ServicePicker::find(const QString &uid) const
{
    const auto it = std::find_if(m_summaries.cbegin(), m_summaries.cend(),
                                 [&uid](const auto &summary) { return summary.uid == uid; });
    return it == m_summaries.cend() ? nullptr : &*it;
}

QString ServicePicker::itemText(const catalogue::ServiceSummary &summary) const
{
    QString text = summary.organizationName.isEmpty()
        ? summary.name
        : tr("%1 — %2").arg(summary.name, summary.organizationName);
    if (summary.status == catalogue::ServiceStatus::TemporarilyClosed)
        text += u"  "_s + tr("(temporarily closed)");
    return text;
}

void ServicePicker::suggestFor(const QStringList &needCodes)
{
    const QStringList ticked = checkedUids();
    // Each need's main category first, then the others, so one need does not crowd out the rest.
    QStringList categories;
    QList<QStringList> perNeed;
    for (const QString &need : needCodes)
        perNeed.append(people::catalogueCategoriesFor(need));
    for (qsizetype rank = 0; std::any_of(perNeed.cbegin(), perNeed.cend(),
                                         [rank](const auto &list) { return rank < list.size(); });
         ++rank) {
        for (const QStringList &list : perNeed) {
            if (rank < list.size() && !categories.contains(list.at(rank)))
                categories.append(list.at(rank));
        }
    }
    // Ticked services first, then the suggestions, a few per category.
    QStringList uids = ticked;
    for (const QString &category : categories) {
        const int bit = catalogue::termIndex(catalogue::Taxonomy::categories(), category);
        if (bit < 0)
            continue;
        int inCategory = 0;
        for (const catalogue::ServiceSummary &summary : m_summaries) {
            if (inCategory == kPerCategory || uids.size() >= ticked.size() + kMaximumSuggestions)
                break;
            if ((summary.categories & (quint32(1) << bit)) && !uids.contains(summary.uid)) {
                uids.append(summary.uid);
                ++inCategory;
            }
        }
    }
    m_list->clear();
    for (const QString &uid : uids) {
        if (const catalogue::ServiceSummary *summary = find(uid))
            addCheckableItem(m_list, itemText(*summary), uid, ticked.contains(uid));
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

void ServicePicker::addChecked(const QString &uid)
{
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        if (item->data(kCodeRole).toString() == uid) {
            item->setCheckState(Qt::Checked);
            m_list->setCurrentRow(row);
            return;
        }
    }
    const catalogue::ServiceSummary *summary = find(uid);
    if (!summary)
        return;
    addCheckableItem(m_list, itemText(*summary), uid, true);
    // Ticked services lead the list.
    m_list->insertItem(0, m_list->takeItem(m_list->count() - 1));
    m_list->setCurrentRow(0);
}

QStringList ServicePicker::checkedUids() const
{
    return checkedCodes(m_list);
}

void ServicePicker::clear()
{
    m_list->clear();
    m_search->field()->clear();
    m_search->hideMatches();
}

QLineEdit *ServicePicker::searchField() const
{
    return m_search->field();
}

QList<QWidget *> ServicePicker::tabOrder() const
{
    return {m_list, m_search->field()};
}

} // namespace sportello::ui
