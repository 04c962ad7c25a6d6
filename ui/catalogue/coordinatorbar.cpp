// SPDX-License-Identifier: GPL-3.0-or-later
#include "coordinatorbar.h"

#include "historymodel.h"
#include "prompter.h"
#include "reportdialog.h"
#include "serviceeditor.h"
#include "services/catalogueservice.h"
#include "services/networkcatalogue.h"
#include "text/errortext.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace sportello::catalogue;

namespace sportello::ui {

CoordinatorBar::CoordinatorBar(services::CatalogueService &catalogue, Prompter &prompter,
                               security::Actor actor, QWidget *parent)
    : QWidget(parent)
    , m_catalogue(catalogue)
    , m_prompter(prompter)
    , m_actor(std::move(actor))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto button = [&](const QString &text, const QString &tip, const QString &name,
                      void (CoordinatorBar::*slot)(), bool needsSelection) {
        auto *b = new QPushButton(text, this);
        b->setToolTip(tip);
        b->setAccessibleName(tip);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, slot);
        layout->addWidget(b);
        if (needsSelection) {
            b->setEnabled(false);
            m_needSelection.append(b);
        }
        return b;
    };
    button(tr("New…"), tr("New service…"), u"newService"_s, &CoordinatorBar::newService, false);
    button(tr("Edit…"), tr("Edit this service…"), u"editService"_s, &CoordinatorBar::editService,
           true);
    button(tr("Verified"), tr("Mark verified"), u"markVerified"_s, &CoordinatorBar::markVerified,
           true);
    m_closeButton = button(tr("Close…"), tr("Close temporarily…"), u"toggleClosed"_s,
                           &CoordinatorBar::toggleClosed, true);
    button(tr("Retire"), tr("Retire: mark as ended"), u"retireService"_s, &CoordinatorBar::retire,
           true);
    button(tr("History…"), tr("History of changes…"), u"serviceHistory"_s,
           &CoordinatorBar::showHistory, true);
    m_reportButton = button(tr("Report…"), tr("Report to the district that it is out of date…"),
                            u"reportService"_s, &CoordinatorBar::reportOutdated, false);
    m_reportButton->setVisible(false);
    m_reportButton->setEnabled(false);
    m_notice = new QLabel(this);
    m_notice->setObjectName(u"reportNotice"_s);
    layout->addWidget(m_notice);
    layout->addStretch(1);
    for (QPushButton *b : findChildren<QPushButton *>())
        b->setAutoDefault(false);
}

void CoordinatorBar::setNetworkCatalogue(services::NetworkCatalogue *network)
{
    m_network = network;
    m_reportButton->setVisible(network != nullptr);
    setCurrentService(m_serviceId);
}

void CoordinatorBar::setCurrentService(qint64 serviceId)
{
    m_serviceId = serviceId;
    m_notice->clear();
    m_reportButton->setEnabled(false);
    for (QPushButton *button : std::as_const(m_needSelection))
        button->setEnabled(serviceId != 0);
    if (const auto service = serviceId ? current() : std::nullopt) {
        m_reportButton->setEnabled(m_network && service->fromNetwork);
        m_closeButton->setText(service->status == ServiceStatus::TemporarilyClosed ? tr("Reopen")
                                                                                   : tr("Close…"));
        // The district's entries change only with its catalogue: their history stays readable.
        if (service->fromNetwork) {
            for (QPushButton *button : std::as_const(m_needSelection))
                button->setEnabled(button->objectName() == u"serviceHistory");
        }
    }
}

std::optional<Service> CoordinatorBar::current()
{
    auto service = m_catalogue.service(m_serviceId);
    if (!service) {
        m_prompter.warn(this, tr("Catalogue"), text::ErrorText::message(service.error()));
        return std::nullopt;
    }
    return *service;
}

bool CoordinatorBar::runEditor(const Service &service, bool isNew)
{
    ServiceEditor::Choices choices;
    auto organizations = m_catalogue.organizations();
    auto locations = m_catalogue.locations();
    auto documents = m_catalogue.documents();
    auto prerequisites = m_catalogue.prerequisites();
    if (!organizations || !locations || !documents || !prerequisites) {
        m_prompter.warn(this, tr("Catalogue"),
                        text::ErrorText::message(makeError(ErrorCode::QueryFailed)));
        return false;
    }
    choices = {*organizations, *locations, *documents, *prerequisites};
    ServiceEditor editor(service, std::move(choices), isNew, this);
    while (m_prompter.runDialog(editor) == QDialog::Accepted) {
        auto saved = m_catalogue.saveService(m_actor, editor.service());
        if (saved) {
            Q_EMIT catalogueChanged(*saved);
            return true;
        }
        // Nothing was saved: keep the form open with what the person typed.
        m_prompter.warn(this, tr("Catalogue"), text::ErrorText::message(saved.error()));
    }
    return false;
}

void CoordinatorBar::newService()
{
    Service service;
    service.verifiedOn = QDate::currentDate();
    service.verifiedBy = m_actor.displayName;
    runEditor(service, true);
}

void CoordinatorBar::editService()
{
    if (const auto service = current())
        runEditor(*service, false);
}

void CoordinatorBar::markVerified()
{
    const auto service = current();
    if (!service)
        return;
    const auto by = m_prompter.askText(this, tr("Mark verified"),
                                       tr("Who checked this entry with the service today?"),
                                       service->verifiedBy);
    if (!by || by->trimmed().isEmpty())
        return;
    if (auto status = m_catalogue.markVerified(m_actor, service->uid, by->trimmed()); !status)
        m_prompter.warn(this, tr("Catalogue"), text::ErrorText::message(status.error()));
    else
        Q_EMIT catalogueChanged(m_serviceId);
}

void CoordinatorBar::toggleClosed()
{
    const auto service = current();
    if (!service)
        return;
    Status status;
    if (service->status == ServiceStatus::TemporarilyClosed) {
        status = m_catalogue.setStatus(m_actor, service->uid, ServiceStatus::Active, {});
    } else {
        const auto note = m_prompter.askText(this, tr("Close temporarily"),
                                             tr("Why is it closed, and until when?"));
        if (!note || note->trimmed().isEmpty())
            return;
        status = m_catalogue.setStatus(m_actor, service->uid, ServiceStatus::TemporarilyClosed,
                                       note->trimmed());
    }
    if (!status)
        m_prompter.warn(this, tr("Catalogue"), text::ErrorText::message(status.error()));
    else
        Q_EMIT catalogueChanged(m_serviceId);
}

void CoordinatorBar::retire()
{
    const auto service = current();
    if (!service)
        return;
    if (!m_prompter.confirm(this, tr("Retire"),
                            tr("Mark \"%1\" as ended? It stays in the catalogue's history but is "
                               "listed as no longer available.")
                                .arg(service->name)))
        return;
    if (auto status
        = m_catalogue.setStatus(m_actor, service->uid, ServiceStatus::Ended, tr("Ended"));
        !status)
        m_prompter.warn(this, tr("Catalogue"), text::ErrorText::message(status.error()));
    else
        Q_EMIT catalogueChanged(m_serviceId);
}

void CoordinatorBar::showHistory()
{
    const auto service = current();
    if (!service)
        return;
    auto history = m_catalogue.history(u"service"_s, service->uid);
    if (!history) {
        m_prompter.warn(this, tr("Catalogue"), text::ErrorText::message(history.error()));
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("History of %1").arg(service->name));
    dialog.resize(900, 500);
    auto *layout = new QVBoxLayout(&dialog);
    auto *view = new QTableView(&dialog);
    view->setObjectName(u"historyView"_s);
    view->setAccessibleName(dialog.windowTitle());
    view->setModel(new HistoryModel(*history, view));
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    layout->addWidget(view);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    m_prompter.runDialog(dialog);
}

void CoordinatorBar::reportOutdated()
{
    const auto service = current();
    if (!service || !m_network)
        return;
    ReportDialog dialog(service->name, this);
    if (m_prompter.runDialog(dialog) != QDialog::Accepted || dialog.problem().isEmpty())
        return;
    if (auto status = m_network->reportOutdated(m_actor, service->uid, dialog.problem()); !status) {
        m_prompter.warn(this, tr("Catalogue"), text::ErrorText::message(status.error()));
        return;
    }
    m_notice->setText(tr("Reported: it leaves with the next synchronization."));
}

} // namespace sportello::ui
