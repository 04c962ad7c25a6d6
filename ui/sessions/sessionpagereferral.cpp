// SPDX-License-Identifier: GPL-3.0-or-later
// From a saved session to a referral: the "Referral…" button, offered at once when an outcome
// refers the person on, the dialog, the code for the handout and the letter of a sent one.
#include "prompter.h"
#include "referrals/referralactions.h"
#include "referrals/referraldialog.h"
#include "sessionpage.h"
#include "support/clock.h"
#include "text/referraltext.h"

#include <QDir>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace sportello::ui {

namespace {
const QString kToSocialServices = u"SEGNAL_SS"_s;
const QString kToAnotherBody = u"INVIO_ALTRO"_s;
const QString kComuneSocialServices = u"SS_COMUNE"_s;

QString mnemonicOf(const QPushButton *button)
{
    return QKeySequence::mnemonic(button->text()).toString(QKeySequence::NativeText);
}
} // namespace

ReferralDialog *SessionPage::referralDialog() const
{
    return m_referralDialog;
}

void SessionPage::prepareReferral(qint64 sessionId, const people::Session &session)
{
    m_savedSessionId = sessionId;
    m_savedPersonId = session.personId;
    m_savedNeeds = session.needs;
    m_savedOutcomes = session.outcomes;
    m_referral->setEnabled(true);
    if (!session.outcomes.contains(kToSocialServices) && !session.outcomes.contains(kToAnotherBody))
        return;
    // The outcome says the person is referred on: offer it now, without opening anything.
    m_referral->setFocus(Qt::OtherFocusReason);
    m_status->setText(m_status->text() + u' '
                      + tr("The outcome is a referral: press Space or %1 to record it.")
                            .arg(mnemonicOf(m_referral)));
}

void SessionPage::openReferral()
{
    if (!m_saved || m_savedSessionId <= 0)
        return;
    if (m_referralDialog) {
        m_referralDialog->raise();
        m_referralDialog->activateWindow();
        return;
    }
    auto *dialog = new ReferralDialog(
        {m_context.referrals, m_context.catalogue, m_context.clock, m_context.actor,
         m_savedSessionId, m_savedPersonId, m_savedNeeds,
         m_savedOutcomes.contains(kToSocialServices) ? kComuneSocialServices : QString()},
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_referralDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] { referralDone(dialog->created()); });
    // Window-modal and not blocking: no nested event loop under the page.
    dialog->open();
}

void SessionPage::referralDone(const referrals::Referral &referral)
{
    m_lastReferral = referral;
    const QString code = text::ReferralText::referralCode(referral.uid);
    setReferralCode(code);
    const bool letter = referral.kind == referrals::Kind::Sent && referral.personId > 0;
    m_letter->setVisible(letter);
    m_letter->setEnabled(letter);
    QString status = tr("Referral %1 recorded: %2.")
                         .arg(code, text::ReferralText::destinationLabel(referral.destinationType));
    if (letter)
        status += u' '
            + tr("%1 prints the letter for the destination; the handout carries the code.")
                  .arg(mnemonicOf(m_letter));
    m_status->setText(status);
    (letter ? m_letter : m_handout)->setFocus(Qt::OtherFocusReason);
    Q_EMIT referralCreated(referral.id, referral.personId);
}

void SessionPage::saveLetter()
{
    if (m_lastReferral.id <= 0)
        return;
    const LetterContext context {m_context.actor, m_context.deskIdentity, m_context.clock.today(),
                                 &m_context.catalogue, m_context.files};
    const QString path = deliverReferralLetter(this, m_context.referrals, m_context.prompter,
                                               m_lastReferral.id, context);
    if (!path.isEmpty())
        m_status->setText(
            tr("The referral letter is saved in %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace sportello::ui
