// SPDX-License-Identifier: GPL-3.0-or-later
#include "cataloguepage.h"

#include "coordinatorbar.h"
#include "facetbar.h"
#include "factspanel.h"
#include "handout/handoutdialog.h"
#include "prompter.h"
#include "resultdelegate.h"
#include "resultmodel.h"
#include "servicehtml.h"
#include "services/catalogueservice.h"
#include "services/searchcontroller.h"
#include "support/clock.h"
#include "text/errortext.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace sportello::catalogue;

namespace sportello::ui {

CataloguePage::CataloguePage(Context context, QWidget *parent)
    : QWidget(parent)
    , m_context(std::move(context))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 8);

    auto *searchRow = new QHBoxLayout;
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    m_searchField = new QLineEdit(this);
    m_searchField->setObjectName(u"catalogueSearch"_s);
    m_searchField->setPlaceholderText(tr("e.g. bollette, affitto, SPID, pacco alimentare…"));
    m_searchField->setAccessibleName(tr("Search the catalogue"));
    m_searchField->setClearButtonEnabled(true);
    QFont big = m_searchField->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    m_searchField->setFont(big);
    searchLabel->setBuddy(m_searchField);
    auto *factsToggle = new QToolButton(this);
    factsToggle->setObjectName(u"factsToggle"_s);
    factsToggle->setText(tr("Person &facts"));
    factsToggle->setCheckable(true);
    factsToggle->setToolButtonStyle(Qt::ToolButtonTextOnly);
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_searchField, 1);
    searchRow->addWidget(factsToggle);
    layout->addLayout(searchRow);

    auto *factsBox = new QGroupBox(tr("What we know about the person (all optional)"), this);
    factsBox->setObjectName(u"factsBox"_s);
    auto *factsLayout = new QVBoxLayout(factsBox);
    m_facts = new FactsPanel(factsBox);
    factsLayout->addWidget(m_facts);
    factsBox->setVisible(false);
    layout->addWidget(factsBox);
    connect(factsToggle, &QToolButton::toggled, factsBox, &QWidget::setVisible);

    m_facets = new FacetBar(this);
    layout->addWidget(m_facets);

    m_status = new QLabel(this);
    m_status->setObjectName(u"searchStatus"_s);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_model = new ResultModel(this);
    m_list = new QListView(splitter);
    m_list->setObjectName(u"catalogueResults"_s);
    m_list->setAccessibleName(tr("Services found"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new ResultDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setUniformItemSizes(false);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);

    auto *detailPane = new QWidget(splitter);
    auto *detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    m_coordinator
        = new CoordinatorBar(m_context.catalogue, m_context.prompter, m_context.actor, detailPane);
    // Shown to coordinators only; the guarded catalogue refuses anyone else anyway.
    m_coordinator->setVisible(
        security::allows(m_context.actor.role, security::Permission::ManageCatalogue));
    detailLayout->addWidget(m_coordinator);
    m_detail = new QTextBrowser(detailPane);
    m_detail->setObjectName(u"serviceDetail"_s);
    m_detail->setAccessibleName(tr("Service detail"));
    m_detail->setOpenExternalLinks(true);
    detailLayout->addWidget(m_detail, 1);
    auto *buttons = new QHBoxLayout;
    m_handoutButton = new QPushButton(tr("&Handout for the citizen…"), detailPane);
    m_handoutButton->setObjectName(u"handoutButton"_s);
    m_handoutButton->setEnabled(false);
    buttons->addStretch(1);
    buttons->addWidget(m_handoutButton);
    detailLayout->addLayout(buttons);
    splitter->addWidget(m_list);
    splitter->addWidget(detailPane);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setMinimumWidth(340);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({440, 620});
    layout->addWidget(splitter, 1);

    connect(m_searchField, &QLineEdit::textChanged, this, &CataloguePage::refreshSearch);
    connect(m_facets, &FacetBar::filtersChanged, this, &CataloguePage::refreshSearch);
    connect(m_facts, &FactsPanel::factsChanged, this, [this](const PersonFacts &facts) {
        m_facets->setFactsAvailable(!facts.isEmpty());
        m_shownServiceId = 0; // the detail explains eligibility for these facts
        refreshSearch();
    });
    connect(&m_context.search, &services::SearchController::searchFinished, this,
            &CataloguePage::showResponse);
    connect(&m_context.search, &services::SearchController::indexReloaded, this,
            &CataloguePage::refreshSearch);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CataloguePage::showDetail);
    connect(m_handoutButton, &QPushButton::clicked, this, &CataloguePage::openHandout);
    // The catalogue service announces the change and the search reloads; once it has, the
    // entry just saved is selected again.
    connect(m_coordinator, &CoordinatorBar::catalogueChanged, this, [this](qint64 serviceId) {
        m_selectAfterReload = serviceId;
        m_shownServiceId = 0; // the entry itself changed: show it afresh
    });

    m_detail->setPlaceholderText(tr("Choose a service in the list to see who can have it, the "
                                    "documents to bring, where, when and how to apply."));
    m_searchField->installEventFilter(this);
    connect(m_searchField, &QLineEdit::returnPressed, this, [this] { focusResults(); });

    m_status->setText(tr("Preparing the catalogue…"));
    if (m_context.search.isReady())
        refreshSearch();
}

CataloguePage::~CataloguePage() = default;

bool CataloguePage::eventFilter(QObject *watched, QEvent *event)
{
    // From the search field, ↓ goes to the results without reaching for the mouse.
    if (watched == m_searchField && event->type() == QEvent::KeyPress) {
        const auto key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_PageDown) {
            focusResults();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CataloguePage::focusResults()
{
    if (m_model->rowCount() == 0)
        return;
    m_list->setFocus();
    if (!m_list->currentIndex().isValid() || m_list->selectionModel()->selectedRows().isEmpty())
        m_list->setCurrentIndex(m_model->index(0));
}

void CataloguePage::refreshSearch()
{
    search::Request request;
    request.text = m_searchField->text();
    request.filters = m_facets->filters();
    request.facts = m_facts->facts();
    request.now = m_context.clock.now();
    m_latest = m_context.search.search(request);
}

void CataloguePage::showResponse(quint64 number, const search::Response &response)
{
    if (number != m_latest || response.superseded)
        return;
    const qint64 selected = selectedServiceIds().value(0);
    m_model->setResults(m_context.search.index(), response, m_facts->facts(),
                        m_context.clock.today());
    m_facets->setCounts(response.facets);
    QString status = tr("%n service(s) found.", nullptr, response.total);
    if (!response.correctedText.isEmpty())
        status = tr("No service matches what was typed; showing results for \"%1\".")
                     .arg(response.correctedText)
            + u' ' + status;
    else if (response.total == 0 && !response.suggestions.isEmpty())
        status = tr("No service found. Did you mean: %1?").arg(response.suggestions.join(u", "_s));
    else if (response.total == 0)
        status = tr("No service found. Try fewer words or remove a filter.");
    if (response.total > response.hits.size())
        status += u' ' + tr("Showing the first %1.").arg(response.hits.size());
    m_status->setText(status);
    const qint64 wanted = m_selectAfterReload ? m_selectAfterReload : selected;
    if (const int row = m_model->rowOfService(wanted); row >= 0) {
        m_list->setCurrentIndex(m_model->index(row)); // shows its detail if it changed
        m_selectAfterReload = 0;
    }
    Q_EMIT resultsShown(number);
}

QList<qint64> CataloguePage::selectedServiceIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_list->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids.append(m_model->serviceIdAt(index.row()));
    return ids;
}

void CataloguePage::selectService(qint64 serviceId)
{
    const int row = m_model->rowOfService(serviceId);
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row));
}

void CataloguePage::showDetail()
{
    const QList<qint64> ids = selectedServiceIds();
    m_handoutButton->setEnabled(!ids.isEmpty());
    m_coordinator->setCurrentService(ids.value(0));
    if (ids.isEmpty()) {
        m_detail->clear();
        m_shownServiceId = 0;
        return;
    }
    // Each search resets the list and re-selects the same service: nothing to reload then.
    if (ids.first() == m_shownServiceId)
        return;
    auto service = m_context.catalogue.service(ids.first());
    if (!service) {
        m_detail->setPlainText(text::ErrorText::message(service.error()));
        return;
    }
    // Its organization and locations alone, read now: the whole catalogue's can be a hundred
    // thousand entries, too many to keep at hand for one detail.
    auto places = m_context.catalogue.placesOf({*service});
    if (!places) {
        m_detail->setPlainText(text::ErrorText::message(places.error()));
        return;
    }
    ServiceView view;
    view.service = *service;
    if (!places->organizations.isEmpty())
        view.organization = places->organizations.first();
    for (const catalogue::Location &location : std::as_const(places->locations))
        view.locations.insert(location.uid, location);
    const PersonFacts facts = m_facts->facts();
    if (!facts.isEmpty())
        view.eligibility
            = evaluateEligibility(service->rules, !service->eligibilityText.isEmpty(), facts);
    view.now = m_context.clock.now();
    m_detail->setHtml(ServiceHtml::render(view));
    m_shownServiceId = service->id;
}

Result<QList<Service>> CataloguePage::loadServices(const QList<qint64> &ids) const
{
    QList<Service> services;
    for (const qint64 id : ids) {
        auto service = m_context.catalogue.service(id);
        if (!service)
            return service.error();
        services.append(*service);
    }
    return services;
}

std::optional<HandoutContent> CataloguePage::handoutFor(const QList<qint64> &ids,
                                                        const QString &language)
{
    auto services = loadServices(ids);
    if (!services)
        return std::nullopt;
    auto places = m_context.catalogue.placesOf(*services);
    if (!places)
        return std::nullopt;
    return buildHandout(*services, places->organizations, places->locations, m_context.desk,
                        language, m_context.clock.today());
}

void CataloguePage::openHandout()
{
    auto services = loadServices(selectedServiceIds());
    if (!services) {
        m_context.prompter.warn(this, tr("Handout"), text::ErrorText::message(services.error()));
        return;
    }
    if (services->isEmpty())
        return;
    auto places = m_context.catalogue.placesOf(*services);
    if (!places) {
        m_context.prompter.warn(this, tr("Handout"), text::ErrorText::message(places.error()));
        return;
    }
    HandoutDialog dialog({*services,
                          places->organizations,
                          places->locations,
                          m_context.desk,
                          m_context.clock.today(),
                          {}},
                         m_context.prompter, this);
    m_context.prompter.runDialog(dialog);
}

} // namespace sportello::ui
