// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditpage.h"

#include "listsizing.h"
#include "services/auditservice.h"
#include "text/audittext.h"
#include "text/errortext.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sportello::ui {

namespace {
// The earliest date a filter offers; choosing it means "no bound" and shows as "Any".
const QDate kNoBound(2000, 1, 1);

QDateEdit *makeDateEdit(const QString &objectName, const QString &anyText, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(kNoBound);
    edit->setSpecialValueText(anyText);
    edit->setDate(kNoBound);
    return edit;
}

// Names from the caller's operator list when no resolver was given.
AuditModel::NameResolver withFallback(AuditModel::NameResolver resolveName,
                                      const QList<std::pair<qint64, QString>> &operators)
{
    if (resolveName)
        return resolveName;
    return [operators](qint64 id) -> QString {
        for (const auto &[operatorId, name] : operators) {
            if (operatorId == id)
                return name;
        }
        return {};
    };
}
} // namespace

AuditPage::AuditPage(services::AuditService &audit, security::Actor actor,
                     QList<std::pair<qint64, QString>> operators,
                     AuditModel::NameResolver resolveName, QWidget *parent)
    : QWidget(parent)
    , m_audit(audit)
    , m_actor(std::move(actor))
    , m_model(withFallback(std::move(resolveName), operators))
{
    m_from = makeDateEdit(u"auditFrom"_s, tr("Any"), this);
    m_to = makeDateEdit(u"auditTo"_s, tr("Any"), this);

    m_operator = new QComboBox(this);
    m_operator->setObjectName(u"auditOperator"_s);
    m_operator->addItem(tr("All operators"), qint64(-1));
    bool hasSystem = false;
    for (const auto &[id, name] : std::as_const(operators)) {
        m_operator->addItem(name, id);
        hasSystem = hasSystem || id == 0;
    }
    if (!hasSystem)
        m_operator->addItem(tr("System"), qint64(0));

    m_action = new QComboBox(this);
    m_action->setObjectName(u"auditAction"_s);
    m_action->addItem(tr("All actions"), QString());
    const QStringList codes = text::AuditText::actionCodes();
    for (const QString &code : codes)
        m_action->addItem(text::AuditText::action(code), code);

    m_verify = new QPushButton(tr("Verify chain"), this);
    m_verify->setObjectName(u"auditVerify"_s);
    m_verify->setToolTip(tr("Check that no row of the audit log was changed or removed"));
    m_verification = new QLabel(this);
    m_verification->setObjectName(u"auditVerification"_s);
    m_verification->setWordWrap(true);
    m_verification->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_loadError = new QLabel(this);
    m_loadError->setObjectName(u"auditLoadError"_s);
    m_loadError->setWordWrap(true);
    m_loadError->hide();

    m_table = new QTableView(this);
    m_table->setObjectName(u"auditTable"_s);
    m_table->setAccessibleName(tr("Audit log entries"));
    m_table->setModel(&m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Sized from the rows on screen and a few more: the log has millions of rows.
    m_table->horizontalHeader()->setResizeContentsPrecision(kSizedRows);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *filters = new QFormLayout;
    filters->addRow(tr("From:"), m_from);
    filters->addRow(tr("To:"), m_to);
    filters->addRow(tr("Operator:"), m_operator);
    filters->addRow(tr("Action:"), m_action);

    auto *verifyRow = new QHBoxLayout;
    verifyRow->addWidget(m_verify);
    verifyRow->addWidget(m_verification, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(verifyRow);
    layout->addWidget(m_loadError);
    layout->addWidget(m_table, 1);

    connect(m_from, &QDateEdit::dateChanged, this, &AuditPage::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditPage::reload);
    connect(m_operator, &QComboBox::currentIndexChanged, this, &AuditPage::reload);
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditPage::reload);
    connect(m_verify, &QPushButton::clicked, this, &AuditPage::verifyChain);

    reload();
}

audit::AuditFilter AuditPage::filter() const
{
    audit::AuditFilter filter;
    if (m_from->date() != kNoBound)
        filter.from = m_from->date().startOfDay();
    // "To" names the last day shown, so the bound is the start of the next one.
    if (m_to->date() != kNoBound)
        filter.to = m_to->date().addDays(1).startOfDay();
    filter.operatorId = m_operator->currentData().toLongLong();
    filter.action = m_action->currentData().toString();
    return filter;
}

void AuditPage::reload()
{
    auto entries = m_audit.entries(m_actor, filter());
    if (!entries) {
        m_model.setEntries({});
        m_loadError->setText(text::ErrorText::message(entries.error()));
        m_loadError->show();
        return;
    }
    m_loadError->hide();
    m_model.setEntries(std::move(entries).value());
}

void AuditPage::verifyChain()
{
    auto result = m_audit.verify(m_actor);
    if (!result) {
        m_verification->setText(text::ErrorText::message(result.error()));
        return;
    }
    m_verification->setText(text::AuditText::verification(*result));
}

} // namespace sportello::ui
