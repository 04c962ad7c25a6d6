// SPDX-License-Identifier: GPL-3.0-or-later
#include "servicepicker.h"

#include "catalogue/taxonomy.h"
#include "people/needcategories.h"
#include "search/cataloguesearch.h"
#include "sessionwidgets.h"
#include "support/threadpriority.h"
#include "typeahead.h"

#include <QLineEdit>
#include <QListWidget>
#include <QThread>
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
        if (!canSearchNames())
            return items; // asked again when the names are folded
        const QList<QString> &folded = m_foldedNames;
        for (size_t i = 0; i < m_offered.size() && items.size() < kMaximumSearchMatches; ++i) {
            if (TypeAhead::containsWords(folded.at(static_cast<qsizetype>(i)), words))
                items.append({offered(i).uid, itemText(offered(i)), {}});
        }
        return items;
    });
    connect(m_search, &TypeAhead::chosen, this, [this](const QString &uid) {
        addChecked(uid);
        m_search->field()->clear();
    });
    layout->addWidget(m_search);
}

void ServicePicker::setCatalogue(std::shared_ptr<const search::CatalogueIndex> catalogue)
{
    stopFolding();
    m_catalogue = std::move(catalogue);
    m_offered.clear();
    m_foldedNames.clear();
    if (!m_catalogue)
        return;
    // The snapshot's alphabetical ranks (Italian collation) give the order without comparing,
    // and its packed facets whether a service is still offered: reading each summary here, in
    // name order all over memory, held the GUI thread for 40 ms at 100,000 services.
    std::vector<uint32_t> byName(m_catalogue->size());
    for (uint32_t doc = 0; doc < m_catalogue->size(); ++doc)
        byName[m_catalogue->nameRank(doc)] = doc;
    m_offered.reserve(byName.size());
    for (const uint32_t doc : byName) {
        if (!m_catalogue->facets(doc).ended)
            m_offered.push_back(doc);
    }
    startFolding();
}

const catalogue::ServiceSummary &ServicePicker::offered(size_t i) const
{
    return m_catalogue->summary(m_offered[i]);
}

ServicePicker::~ServicePicker()
{
    stopFolding();
}

bool ServicePicker::canSearchNames() const
{
    return !m_offered.empty() && m_foldedNames.size() == static_cast<qsizetype>(m_offered.size());
}

void ServicePicker::startFolding()
{
    // Folding every name at the first keystroke held the window for half a second at 100,000
    // services (startup_bench): it is done once per catalogue, in the background.
    if (m_offered.empty())
        return;
    auto stop = std::make_shared<std::atomic<bool>>(false);
    auto folded = std::make_shared<QList<QString>>();
    m_folding.reset(QThread::create([catalogue = m_catalogue, offered = m_offered, stop, folded] {
        lowerCurrentThreadPriority();
        folded->reserve(static_cast<qsizetype>(offered.size()));
        for (const uint32_t doc : offered) {
            if (stop->load(std::memory_order_relaxed))
                return;
            const catalogue::ServiceSummary &summary = catalogue->summary(doc);
            folded->append(TypeAhead::fold(summary.name + u' ' + summary.organizationName));
        }
    }));
    m_folding->setObjectName(u"service-names"_s);
    m_stopFolding = stop;
    connect(m_folding.get(), &QThread::finished, this, [this, stop, folded] {
        if (stop->load())
            return; // a later catalogue took its place
        m_foldedNames = std::move(*folded);
        if (!m_search->field()->text().trimmed().isEmpty())
            m_search->refresh();
    });
    m_folding->start();
}

void ServicePicker::stopFolding()
{
    if (m_stopFolding)
        m_stopFolding->store(true);
    if (m_folding) {
        m_folding->wait();
        m_folding.reset();
    }
}

const catalogue::ServiceSummary *ServicePicker::find(const QString &uid) const
{
    for (size_t i = 0; i < m_offered.size(); ++i) {
        if (offered(i).uid == uid)
            return &offered(i);
    }
    return nullptr;
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
        for (size_t i = 0; i < m_offered.size(); ++i) {
            const catalogue::ServiceSummary &summary = offered(i);
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
