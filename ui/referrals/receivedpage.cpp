// SPDX-License-Identifier: GPL-3.0-or-later
#include "receivedpage.h"

#include "deferredrefresh.h"
#include "prompter.h"
#include "referrals/movedialog.h"
#include "referrals/referralstate.h"
#include "services/changenotifier.h"
#include "services/networkinbox.h"
#include "text/errortext.h"
#include "text/peopletext.h"
#include "text/referraltext.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sportello::ui {

using text::ReferralText;

namespace {

QString stateText(const QString &code)
{
    referrals::State state = referrals::State::Ricevuta;
    return referrals::stateFromCode(code, &state) ? ReferralText::stateLabel(state) : code;
}

} // namespace

ReceivedReferralsPage::ReceivedReferralsPage(Context context, QWidget *parent)
    : QWidget(parent)
    , m_context(std::move(context))
{
    setObjectName(u"receivedReferralsPage"_s);
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Referrals received"), this);
    title->setStyleSheet(u"font-size:16pt; font-weight:bold;"_s);
    layout->addWidget(title);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(u"receivedTable"_s);
    m_table->setAccessibleName(tr("Referrals received"));
    m_table->setHorizontalHeaderLabels({tr("Received"), tr("Code"), tr("Destination"), tr("Needs"),
                                        tr("Urgency"), tr("Person (anonymous)"), tr("Our answer")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    auto *buttons = new QHBoxLayout;
    m_takeOn = new QPushButton(tr("Take on"), this);
    m_takeOn->setObjectName(u"receivedTakeOn"_s);
    m_decline = new QPushButton(tr("Decline…"), this);
    m_decline->setObjectName(u"receivedDecline"_s);
    m_close = new QPushButton(tr("Close…"), this);
    m_close->setObjectName(u"receivedClose"_s);
    for (QPushButton *button : {m_takeOn, m_decline, m_close})
        buttons->addWidget(button);
    buttons->addStretch();
    layout->addLayout(buttons);

    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            &ReceivedReferralsPage::updateButtons);
    connect(m_takeOn, &QPushButton::clicked, this, [this] { answer(u"PRESA_IN_CARICO"_s); });
    connect(m_decline, &QPushButton::clicked, this, [this] { answer(u"NON_PRESA_IN_CARICO"_s); });
    connect(m_close, &QPushButton::clicked, this, [this] { answer(u"CHIUSA"_s); });
    m_refresh = new DeferredRefresh([this] { refresh(); }, this);
    connect(&m_context.changes, &services::ChangeNotifier::syncChanged, m_refresh,
            &DeferredRefresh::schedule);
    refresh();
}

ReceivedReferralsPage::~ReceivedReferralsPage() = default;

void ReceivedReferralsPage::refresh()
{
    const qint64 selected = current() ? current()->id : 0;
    auto items = m_context.inbox.received(m_context.actor);
    if (!items) {
        m_status->setText(text::ErrorText::message(items.error()));
        return;
    }
    m_items = std::move(items).value();
    m_status->setText(
        m_items.isEmpty()
            ? tr("No referral has been addressed to this desk through the network.")
            : tr("Referrals other desks of the network sent to this desk. Only codes reach it: "
                 "the person brings the letter with the referral's code. Each answer goes back "
                 "to the desk that sent the referral."));
    m_table->setRowCount(int(m_items.size()));
    for (int row = 0; row < m_items.size(); ++row) {
        const referrals::ReceivedReferral &r = m_items.at(row);
        const QJsonObject &record = r.record;
        QStringList needs;
        for (const QJsonValue &code : record.value(u"bisogni_macro"_s).toArray())
            needs.append(text::PeopleText::need(code.toString()));
        const QStringList profile {record.value(u"fascia_eta"_s).toString(),
                                   record.value(u"genere"_s).toString(),
                                   record.value(u"comune_istat"_s).toString()};
        QString answer = stateText(r.state);
        if (!r.reason.isEmpty())
            answer += u" — "_s + ReferralText::reasonLabel(r.reason);
        if (!r.finalOutcome.isEmpty())
            answer += u" — "_s + ReferralText::finalOutcomeLabel(r.finalOutcome);
        const QStringList cells {
            QLocale().toString(r.receivedAt.toLocalTime(), QLocale::ShortFormat),
            ReferralText::referralCode(r.refUuid),
            ReferralText::destinationLabel(record.value(u"dest_tipo"_s).toString()),
            needs.join(u"; "_s),
            ReferralText::urgencyLabel(record.value(u"urgenza"_s).toString()),
            profile.join(u" · "_s),
            answer};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, r.id);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    if (selected > 0)
        select(selected);
    updateButtons();
}

bool ReceivedReferralsPage::select(qint64 id)
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).id == id) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

const referrals::ReceivedReferral *ReceivedReferralsPage::current() const
{
    const int row = m_table ? m_table->currentRow() : -1;
    if (row < 0 || row >= m_items.size() || m_table->selectedItems().isEmpty())
        return nullptr;
    return &m_items.at(row);
}

void ReceivedReferralsPage::updateButtons()
{
    const referrals::ReceivedReferral *r = current();
    const QStringList allowed = r ? services::NetworkInbox::answersFrom(r->state) : QStringList();
    m_takeOn->setEnabled(allowed.contains(u"PRESA_IN_CARICO"_s));
    m_decline->setEnabled(allowed.contains(u"NON_PRESA_IN_CARICO"_s));
    m_close->setEnabled(allowed.contains(u"CHIUSA"_s));
}

void ReceivedReferralsPage::answer(const QString &state)
{
    const referrals::ReceivedReferral *r = current();
    if (!r)
        return;
    // The referral as the dialog knows one: its state here, the target, nothing personal.
    referrals::Referral shown;
    [[maybe_unused]] const bool known = referrals::stateFromCode(r->state, &shown.state);
    referrals::State to = referrals::State::PresaInCarico;
    [[maybe_unused]] const bool target = referrals::stateFromCode(state, &to);
    const qint64 id = r->id;
    const QString summary = tr("Referral %1 received through the network")
                                .arg(ReferralText::referralCode(r->refUuid));
    MoveDialog dialog(
        shown, to, summary,
        [this, id, state](const referrals::Transition &t) {
            return m_context.inbox.answer(m_context.actor, id, state, t.reason, t.finalOutcome);
        },
        this);
    if (m_context.prompter.runDialog(dialog) == QDialog::Accepted)
        refresh();
}

} // namespace sportello::ui
