// SPDX-License-Identifier: GPL-3.0-or-later
#include "movedialog.h"

#include "brand.h"
#include "support/error.h"
#include "text/errortext.h"
#include "text/referraltext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sportello::ui {

using referrals::State;
using text::ReferralText;

namespace {

QString reasonCaption(State to)
{
    switch (to) {
    case State::Inviata:
        return MoveDialog::tr("Sent &by:");
    case State::RespintaIncompleta:
        return MoveDialog::tr("&What was missing:");
    default:
        return MoveDialog::tr("&Reason:");
    }
}

bool choose(QComboBox *combo, const QString &code)
{
    if (!combo)
        return false;
    const int index = combo->findData(code);
    if (index < 0)
        return false;
    combo->setCurrentIndex(index);
    return true;
}

QString chosen(const QComboBox *combo)
{
    return combo ? combo->currentData().toString() : QString();
}

} // namespace

MoveDialog::MoveDialog(const referrals::Referral &referral, State to, const QString &summary,
                       Apply apply, QWidget *parent)
    : QDialog(parent)
    , m_referral(referral)
    , m_to(to)
    , m_apply(std::move(apply))
{
    setObjectName(u"referralMoveDialog"_s);
    setWindowTitle(tr("Referral: %1").arg(ReferralText::stateLabel(to)));

    auto *what = new QLabel(summary, this);
    what->setObjectName(u"moveSummary"_s);
    what->setWordWrap(true);
    auto *step = new QLabel(tr("From <b>%1</b> to <b>%2</b>")
                                .arg(ReferralText::stateLabel(referral.state).toHtmlEscaped(),
                                     ReferralText::stateLabel(to).toHtmlEscaped()),
                            this);
    step->setObjectName(u"moveStep"_s);

    auto *form = new QFormLayout;
    form->addRow(what);
    form->addRow(step);

    const QStringList reasons = referrals::reasonsFor(to);
    if (!reasons.isEmpty()) {
        m_reason = addCombo(u"moveReason"_s, tr("Reason for the step"));
        if (!referrals::reasonRequired(to))
            m_reason->addItem(tr("(not given)"), QString());
        for (const QString &code : reasons)
            m_reason->addItem(ReferralText::reasonLabel(code), code);
        auto *label = new QLabel(reasonCaption(to), this);
        label->setBuddy(m_reason);
        form->addRow(label, m_reason);
    }
    if (to == State::Chiusa) {
        m_outcome = addCombo(u"moveOutcome"_s, tr("How it ended"));
        for (const QString &code : referrals::finalOutcomes())
            m_outcome->addItem(ReferralText::finalOutcomeLabel(code), code);
        auto *label = new QLabel(tr("How it &ended:"), this);
        label->setBuddy(m_outcome);
        form->addRow(label, m_outcome);
    }
    if (to == State::Reindirizzata) {
        m_destination = addCombo(u"moveDestination"_s, tr("Where it was redirected"));
        for (const QString &code : referrals::destinationTypes()) {
            if (code != referral.destinationType)
                m_destination->addItem(ReferralText::destinationLabel(code), code);
        }
        auto *label = new QLabel(tr("Redirected &to:"), this);
        label->setBuddy(m_destination);
        form->addRow(label, m_destination);
    }

    m_error = new QLabel(this);
    m_error->setObjectName(u"moveError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(brand::errorStyle(palette()));
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(u"moveOk"_s);
    m_ok->setText(tr("&Record"));
    m_ok->setAccessibleName(tr("Record this step"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(480);

    connect(buttons, &QDialogButtonBox::accepted, this, &MoveDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MoveDialog::reject);
}

QComboBox *MoveDialog::addCombo(const QString &name, const QString &accessible)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(name);
    combo->setAccessibleName(accessible);
    return combo;
}

QString MoveDialog::actionLabel(State to)
{
    switch (to) {
    case State::Bozza:
        return tr("Back to &draft…");
    case State::Inviata:
        return tr("Mark as &sent…");
    case State::Ricevuta:
        return tr("Mark as &received…");
    case State::InValutazione:
        return tr("&Under assessment…");
    case State::PresaInCarico:
        return tr("&Taken on…");
    case State::NonPresaInCarico:
        return tr("&Not taken on…");
    case State::Reindirizzata:
        return tr("Re&directed…");
    case State::RespintaIncompleta:
        return tr("Returned &incomplete…");
    case State::Chiusa:
        return tr("C&lose…");
    case State::Annullata:
        return tr("&Cancel referral…");
    }
    return ReferralText::stateLabel(to);
}

referrals::Transition MoveDialog::transition() const
{
    referrals::Transition t;
    t.to = m_to;
    t.reason = chosen(m_reason);
    t.finalOutcome = chosen(m_outcome);
    t.newDestination = chosen(m_destination);
    return t;
}

bool MoveDialog::setReason(const QString &code)
{
    return choose(m_reason, code);
}

bool MoveDialog::setFinalOutcome(const QString &code)
{
    return choose(m_outcome, code);
}

bool MoveDialog::setDestination(const QString &code)
{
    return choose(m_destination, code);
}

void MoveDialog::accept()
{
    const Status applied = m_apply ? m_apply(transition()) : Status();
    if (applied) {
        QDialog::accept();
        return;
    }
    QString message = text::ErrorText::message(applied.error());
    // Sending is where the consent is checked: say plainly that nothing went out.
    if (m_to == State::Inviata && applied.error().code == ErrorCode::ConsentMissing)
        message = tr("The referral was not sent. %1").arg(message);
    m_error->setText(message);
    m_error->show();
    adjustSize(); // room for the explanation, without squeezing the fields
}

} // namespace sportello::ui
