// SPDX-License-Identifier: GPL-3.0-or-later
#include "consentspanel.h"

#include "brand.h"
#include "people/consentdialog.h"
#include "people/personfile.h"
#include "print/identifieddocument.h"
#include "privacy/consentformdocument.h"
#include "prompter.h"
#include "services/peopleservice.h"
#include "services/personfiles.h"
#include "sessions/sessionwidgets.h"
#include "support/clock.h"
#include "text/errortext.h"
#include "text/peopletext.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sportello::ui {

using people::Consent;
using people::ConsentPurpose;
using text::PeopleText;

namespace {

constexpr int kConsentIdRole = Qt::UserRole;

enum Column { PurposeColumn, MethodColumn, GivenColumn, VersionColumn, StatusColumn, ColumnCount };

QString shortDate(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime().date(), QLocale::ShortFormat);
}

} // namespace

ConsentsPanel::ConsentsPanel(Context context, QWidget *parent)
    : QGroupBox(tr("Consents"), parent)
    , m_context(std::move(context))
{
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(u"personConsents"_s);
    m_table->setAccessibleName(tr("Consents"));
    m_table->setHorizontalHeaderLabels(
        {tr("Consent to"), tr("How"), tr("Given on"), tr("Notice"), tr("Status")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(PurposeColumn, QHeaderView::Stretch);
    // Room for the four purposes; more rows (consents given again after a revocation) scroll.
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height()
                            + 4 * m_table->verticalHeader()->defaultSectionSize()
                            + 2 * m_table->frameWidth());

    m_error = new QLabel(this);
    m_error->setObjectName(u"consentsError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(brand::errorStyle(palette()));
    m_error->hide();

    m_record = makeButton(tr("&Record consent…"), u"personRecordConsent"_s, tr("Record a consent"),
                          this);
    m_revoke = makeButton(tr("Re&voke"), u"personRevokeConsent"_s,
                          tr("Revoke the selected consent"), this);
    m_print = makeButton(tr("&Print consent form…"), u"personPrintConsent"_s,
                         tr("Save the consent form as PDF to print"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_record);
    buttons->addWidget(m_revoke);
    buttons->addStretch(1);
    buttons->addWidget(m_print);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    connect(m_record, &QPushButton::clicked, this, &ConsentsPanel::recordConsent);
    connect(m_revoke, &QPushButton::clicked, this, &ConsentsPanel::revokeSelectedConsent);
    connect(m_print, &QPushButton::clicked, this, &ConsentsPanel::printConsentForm);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ConsentsPanel::updateActions);
    updateActions();
}

void ConsentsPanel::setPerson(qint64 personId)
{
    if (personId != m_personId && m_dialog)
        m_dialog->close();
    m_personId = personId;
    reload();
}

ConsentDialog *ConsentsPanel::consentDialog() const
{
    return m_dialog.data();
}

void ConsentsPanel::reload()
{
    m_consents.clear();
    m_table->setRowCount(0);
    m_error->hide();
    if (m_personId > 0) {
        auto consents = m_context.people.consents(m_context.actor, m_personId);
        if (consents) {
            m_consents = std::move(consents).value();
        } else {
            m_error->setText(text::ErrorText::message(consents.error()));
            m_error->show();
        }
    }
    std::stable_sort(m_consents.begin(), m_consents.end(),
                     [](const Consent &a, const Consent &b) { return a.givenAt > b.givenAt; });
    m_table->setRowCount(static_cast<int>(m_consents.size()));
    for (int row = 0; row < m_consents.size(); ++row) {
        const Consent &c = m_consents.at(row);
        const QStringList cells {
            PeopleText::consentPurpose(c.purpose), PeopleText::consentMethod(c.method),
            shortDate(c.givenAt), c.textVersion,
            c.inForce() ? tr("In force") : tr("Revoked on %1").arg(shortDate(c.revokedAt))};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(kConsentIdRole, c.id);
            item->setToolTip(cells.at(column));
            if (!c.inForce())
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            m_table->setItem(row, column, item);
        }
    }
    updateActions();
}

const Consent *ConsentsPanel::selectedConsent() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty())
        return nullptr;
    const qint64 id = items.first()->data(kConsentIdRole).toLongLong();
    for (const Consent &c : m_consents) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

bool ConsentsPanel::selectConsent(qint64 consentId)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->data(kConsentIdRole).toLongLong() == consentId) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

void ConsentsPanel::updateActions()
{
    const bool shown = m_personId > 0;
    m_record->setEnabled(shown);
    m_print->setEnabled(shown);
    const Consent *consent = selectedConsent();
    m_revoke->setEnabled(shown && consent && consent->inForce());
}

void ConsentsPanel::recordConsent()
{
    if (m_personId <= 0)
        return;
    people::PrivacyNotice notice = m_context.notice ? m_context.notice() : people::PrivacyNotice();
    if (notice.version.isEmpty()) {
        m_context.prompter.warn(this, tr("Record a consent"),
                                tr("The privacy notice could not be read, so the consent cannot "
                                   "refer to it."));
        return;
    }
    notice.text = people::fillPrivacyNotice(notice.text, m_context.desk);
    // Offer first what the person has not consented to yet.
    ConsentPurpose preselected = ConsentPurpose::PersonalData;
    for (ConsentPurpose purpose : people::allConsentPurposes()) {
        const bool inForce
            = std::any_of(m_consents.cbegin(), m_consents.cend(), [purpose](const Consent &c) {
                  return c.purpose == purpose && c.inForce();
              });
        if (!inForce) {
            preselected = purpose;
            break;
        }
    }
    const qint64 personId = m_personId;
    const QString version = notice.version;
    if (m_dialog)
        m_dialog->close();
    m_dialog = new ConsentDialog(
        notice, preselected,
        [this, personId, version](ConsentPurpose purpose, people::ConsentMethod method) {
            auto id = m_context.people.recordConsent(m_context.actor, personId, purpose, method,
                                                     version);
            return id ? Status() : Status(id.error());
        },
        this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this, personId] {
        if (personId != m_personId)
            return;
        reload();
    });
    m_dialog->open();
}

void ConsentsPanel::revokeSelectedConsent()
{
    const Consent *consent = selectedConsent();
    if (!consent || !consent->inForce())
        return;
    const qint64 consentId = consent->id;
    QString question
        = tr("Revoke the consent to \"%1\" given on %2? This cannot be undone.")
              .arg(PeopleText::consentPurpose(consent->purpose), shortDate(consent->givenAt));
    if (consent->purpose == ConsentPurpose::PhoneContact)
        question += u' ' + tr("The open follow-ups of this person will be cancelled.");
    if (!m_context.prompter.confirm(this, tr("Revoke consent"), question))
        return;
    if (const Status revoked = m_context.people.revokeConsent(m_context.actor, consentId);
        !revoked) {
        m_context.prompter.warn(this, tr("Revoke consent"),
                                text::ErrorText::message(revoked.error()));
        return;
    }
    reload();
}

void ConsentsPanel::printConsentForm()
{
    if (m_personId <= 0)
        return;
    ConsentFormDocument::Input input;
    input.notice = m_context.notice ? m_context.notice() : people::PrivacyNotice();
    input.notice.text = people::fillPrivacyNotice(input.notice.text, m_context.desk);
    input.desk = m_context.desk;
    // The name goes on the form only for a role allowed to export data (audited); a
    // facilitator prints it with the line left blank, to be filled in by hand.
    if (security::allows(m_context.actor.role, security::Permission::ExportData)) {
        auto name = m_context.people.consentFormName(m_context.actor, m_personId);
        if (!name) {
            m_error->setText(text::ErrorText::message(name.error()));
            m_error->show();
            return;
        }
        input.personName = *name;
    }
    input.date = m_context.clock.today();
    // Printed by default; no name in the file name: the file may be left in a shared folder.
    const Delivery delivery = deliverIdentified(
        m_context.prompter, this,
        {tr("Consent form"), u"modulo-consenso-"_s + input.date.toString(Qt::ISODate) + u".pdf"_s,
         [&input](QPrinter &printer) { ConsentFormDocument::print(input, printer); },
         [&input](const QString &path) {
             return ConsentFormDocument::writePdf(input, path);
         }});
    // A form saved with the name on it is recorded, for erasure to list it.
    if (!delivery.savedPath.isEmpty() && !input.personName.isEmpty() && m_context.files) {
        if (auto recorded = m_context.files->recordWritten(
                m_context.actor, m_personId, QString::fromLatin1(people::kFileConsentForm),
                delivery.savedPath);
            !recorded) {
            m_error->setText(text::ErrorText::message(recorded.error()));
            m_error->show();
        }
    }
}

} // namespace sportello::ui
