// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogue/model.h"
#include "security/permissions.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace sportello::services {
class CatalogueService;
class NetworkCatalogue;
} // namespace sportello::services

namespace sportello::ui {

class Prompter;
class ServiceEditor;

// The coordinator's actions on the chosen catalogue entry: new, edit, mark verified,
// temporarily close or reopen, retire, history; for an entry of the district's catalogue, which
// the desk cannot change, only its history and a report to the district that it is out of date.
// Every change goes through the catalogue service, which refuses (and audits) anyone but a
// coordinator, validates the entry and records who changed what. Its dialogs run through the
// prompter.
class CoordinatorBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoordinatorBar)

public:
    CoordinatorBar(services::CatalogueService &catalogue, Prompter &prompter, security::Actor actor,
                   QWidget *parent = nullptr);
    void setCurrentService(qint64 serviceId);
    // Where reports on the district's entries go; without it the bar offers none.
    void setNetworkCatalogue(services::NetworkCatalogue *network);

public Q_SLOTS:
    void newService();
    void editService();
    void markVerified();
    void toggleClosed();
    void retire();
    void showHistory();
    void reportOutdated();

Q_SIGNALS:
    // An entry was saved; the catalogue must be reloaded.
    void catalogueChanged(qint64 serviceId);

private:
    bool runEditor(const catalogue::Service &service, bool isNew);
    [[nodiscard]] std::optional<catalogue::Service> current();

    services::CatalogueService &m_catalogue;
    Prompter &m_prompter;
    security::Actor m_actor;
    qint64 m_serviceId = 0;
    QList<QPushButton *> m_needSelection;
    QPushButton *m_closeButton = nullptr;
    QPushButton *m_reportButton = nullptr;
    QLabel *m_notice = nullptr; // what the last report became
    services::NetworkCatalogue *m_network = nullptr;
};

} // namespace sportello::ui
