// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogue/handout.h"
#include "catalogue/model.h"
#include "security/permissions.h"
#include "support/result.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QTextBrowser;

namespace sportello {
class Clock;
namespace search {
struct Response;
}
namespace services {
class CatalogueService;
class SearchController;
} // namespace services
} // namespace sportello

namespace sportello::ui {

class CoordinatorBar;
class FacetBar;
class FactsPanel;
class Prompter;
class ResultModel;

// The catalogue at the counter: search as you type, facets, the person's facts with the
// eligibility of each service, the detail of the chosen service and the citizen's handout.
class CataloguePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CataloguePage)

public:
    struct Context
    {
        services::CatalogueService &catalogue; // reads; changes for coordinators only
        services::SearchController &search;
        const Clock &clock;
        Prompter &prompter;
        catalogue::DeskInfo desk;
        security::Actor actor; // who is at the desk
    };

    CataloguePage(Context context, QWidget *parent = nullptr);
    ~CataloguePage() override;

    [[nodiscard]] QLineEdit *searchField() const { return m_searchField; }
    [[nodiscard]] ResultModel *results() const { return m_model; }
    [[nodiscard]] CoordinatorBar *coordinatorBar() const { return m_coordinator; }
    [[nodiscard]] QList<qint64> selectedServiceIds() const;
    void selectService(qint64 serviceId);
    // The handout of the selected services, for printing or saving.
    [[nodiscard]] std::optional<catalogue::HandoutContent> handoutFor(const QList<qint64> &ids,
                                                                      const QString &language);

public Q_SLOTS:
    void refreshSearch();
    void openHandout();

Q_SIGNALS:
    // Results of search number `number` are on screen (tests and benchmarks wait for it).
    void resultsShown(quint64 number);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void focusResults();
    void showResponse(quint64 number, const search::Response &response);
    void showDetail();
    [[nodiscard]] Result<QList<catalogue::Service>> loadServices(const QList<qint64> &ids) const;

    Context m_context;
    QLineEdit *m_searchField = nullptr;
    FacetBar *m_facets = nullptr;
    FactsPanel *m_facts = nullptr;
    QLabel *m_status = nullptr;
    QListView *m_list = nullptr;
    ResultModel *m_model = nullptr;
    QTextBrowser *m_detail = nullptr;
    QPushButton *m_handoutButton = nullptr;
    CoordinatorBar *m_coordinator = nullptr;
    qint64 m_selectAfterReload = 0;
    qint64 m_shownServiceId = 0; // the service in the detail pane, 0: show afresh
    quint64 m_latest = 0;
};

} // namespace sportello::ui
