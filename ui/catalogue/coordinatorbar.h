// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogue/model.h"
#include "security/permissions.h"

#include <QWidget>

#include <functional>

class QPushButton;

namespace sportello {
namespace security {
class GuardedCatalogue;
}
namespace storage {
class CatalogueRepository;
}
} // namespace sportello

namespace sportello::ui {

class Prompter;
class ServiceEditor;

// The coordinator's actions on the chosen catalogue entry: new, edit, mark verified,
// temporarily close or reopen, retire, history. Every change goes through the repository,
// which validates it and records who changed what.
class CoordinatorBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoordinatorBar)

public:
    // Runs a modal editor; returns true when the person saved. Tests replace it.
    using EditorRunner = std::function<bool(ServiceEditor &)>;

    // Reads through the repository; every change goes through the guarded catalogue, which
    // refuses (and audits) anyone but a coordinator.
    CoordinatorBar(storage::CatalogueRepository &repository, security::GuardedCatalogue &editing,
                   Prompter &prompter, security::Actor actor, QWidget *parent = nullptr);
    void setEditorRunner(EditorRunner runner) { m_runEditor = std::move(runner); }
    void setCurrentService(qint64 serviceId);

public Q_SLOTS:
    void newService();
    void editService();
    void markVerified();
    void toggleClosed();
    void retire();
    void showHistory();

Q_SIGNALS:
    // An entry was saved; the catalogue must be reloaded.
    void catalogueChanged(qint64 serviceId);

private:
    bool runEditor(const catalogue::Service &service, bool isNew);
    [[nodiscard]] std::optional<catalogue::Service> current();

    storage::CatalogueRepository &m_repository;
    security::GuardedCatalogue &m_editing;
    Prompter &m_prompter;
    security::Actor m_actor;
    qint64 m_serviceId = 0;
    EditorRunner m_runEditor;
    QList<QPushButton *> m_needSelection;
    QPushButton *m_closeButton = nullptr;
};

} // namespace sportello::ui
