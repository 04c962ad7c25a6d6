// SPDX-License-Identifier: GPL-3.0-or-later
#include "referraltext.h"

#include "peopletext.h"

using namespace Qt::StringLiterals;

namespace sportello::text {

QString ReferralText::destinationLabel(const QString &code)
{
    if (code == u"SS_COMUNE")
        return tr("Social services of the Comune (case take-over)");
    if (code == u"SS_SEGR")
        return tr("Professional social front desk of the Comune");
    if (code == u"SS_MINORI")
        return tr("Child and family protection service (Ambito)");
    if (code == u"PIS")
        return tr("Social emergency service (PIS)");
    if (code == u"PUA")
        return tr("PUA / Casa di Comunità (ASST)");
    if (code == u"ASST_SPEC")
        return tr("Specialist health services of the ASST (CPS, SerD, NPIA, family clinic)");
    if (code == u"MMG")
        return tr("GP / paediatrician");
    if (code == u"CPI")
        return tr("Job centre (CPI) / SIISL");
    if (code == u"INPS")
        return tr("INPS (office or contact centre)");
    if (code == u"CAF")
        return tr("CAF (ISEE/DSU, 730, bonuses)");
    if (code == u"PATRONATO")
        return tr("Patronato (ADI, disability, pensions, permits)");
    if (code == u"CASA")
        return tr("Housing office / ALER / SAP");
    if (code == u"CAV")
        return tr("Anti-violence centre or network");
    if (code == u"CDA")
        return tr("Caritas listening centre / social grocery / canteen");
    if (code == u"ETS")
        return tr("Other third-sector body or association");
    if (code == u"LEGALE")
        return tr("Legal or migrants' desk / support administrator");
    if (code == u"FACDIG")
        return tr("Digital facilitation point");
    if (code == u"ALTRO")
        return tr("Other destination");
    return code;
}

QString ReferralText::stateLabel(referrals::State state)
{
    using S = referrals::State;
    switch (state) {
    case S::Bozza:
        return tr("Draft");
    case S::Inviata:
        return tr("Sent");
    case S::Ricevuta:
        return tr("Received");
    case S::InValutazione:
        return tr("Under assessment");
    case S::PresaInCarico:
        return tr("Taken on");
    case S::NonPresaInCarico:
        return tr("Not taken on");
    case S::Reindirizzata:
        return tr("Redirected");
    case S::RespintaIncompleta:
        return tr("Returned as incomplete");
    case S::Chiusa:
        return tr("Closed");
    case S::Annullata:
        return tr("Cancelled");
    }
    return referrals::stateCode(state);
}

QString ReferralText::urgencyLabel(const QString &code)
{
    if (code == u"ORD")
        return tr("Ordinary");
    if (code == u"PRIOR")
        return tr("Priority");
    if (code == u"URG")
        return tr("Urgent (same day)");
    return code;
}

QString ReferralText::reasonLabel(const QString &code)
{
    // Not taken on.
    if (code == u"NON_REQUISITI")
        return tr("Not eligible");
    if (code == u"NON_COMPETENZA")
        return tr("Not the right office");
    if (code == u"GIA_IN_CARICO")
        return tr("Already followed by the service");
    if (code == u"RIFIUTO")
        return tr("The person declined");
    if (code == u"IRREPERIBILE")
        return tr("The person could not be reached");
    // How it was sent.
    if (code == u"PEC")
        return tr("By PEC (certified e-mail)");
    if (code == u"EMAIL")
        return tr("By e-mail");
    if (code == u"PORTALE")
        return tr("Through the online portal");
    if (code == u"TELEFONO")
        return tr("By phone");
    if (code == u"PERSONA")
        return tr("In person");
    // Why the desk cancelled.
    if (code == u"CONSENSO_REVOCATO")
        return tr("Consent withdrawn");
    if (code == u"RISOLTO")
        return tr("The person solved it");
    if (code == u"NON_NECESSARIA")
        return tr("No longer needed");
    if (code == u"ERRORE")
        return tr("Recorded by mistake");
    // Why it came back.
    if (code == u"DOC_MANCANTI")
        return tr("Documents missing");
    if (code == u"DATI_MANCANTI")
        return tr("Information missing");
    if (referrals::destinationTypes().contains(code))
        return destinationLabel(code);
    return code;
}

QString ReferralText::finalOutcomeLabel(const QString &code)
{
    if (code == u"RISOLTA")
        return tr("Resolved");
    if (code == u"PARZ")
        return tr("Partly resolved");
    if (code == u"NON_RISOLTA")
        return tr("Not resolved");
    if (code == u"SCONOSCIUTO")
        return tr("Outcome unknown");
    return code;
}

QString ReferralText::kindLabel(referrals::Kind kind)
{
    switch (kind) {
    case referrals::Kind::Sent:
        return tr("Sent referral");
    case referrals::Kind::Logged:
        return tr("Logged only");
    }
    return {};
}

QString ReferralText::kindDescription(referrals::Kind kind)
{
    switch (kind) {
    case referrals::Kind::Sent:
        return tr("The desk sends the referral to the destination and follows it up until "
                  "there is an answer.");
    case referrals::Kind::Logged:
        return tr("The person was given the next steps and goes on their own: nothing is sent, "
                  "the referral is only counted.");
    }
    return {};
}

QString ReferralText::referralCode(const QString &uid)
{
    QString hex;
    for (const QChar c : uid) {
        if (c.isDigit() || (c.toLower() >= u'a' && c.toLower() <= u'f'))
            hex.append(c.toUpper());
    }
    // xxxxxxxx-xxxx-7xxx-…: the version digit is the 13th hex digit.
    const bool timeOrdered = hex.size() == 32 && uid.size() == 36 && uid.at(14) == u'7';
    return timeOrdered ? hex.right(8) : hex.left(8);
}

QString ReferralText::invalidField(const QString &field, const QString &value)
{
    if (field == u"destination")
        return tr("Choose where the referral goes.");
    if (field == u"urgency")
        return tr("Choose how urgent the referral is.");
    if (field == u"needs")
        return tr("The need \"%1\" cannot be part of a referral.").arg(PeopleText::need(value));
    if (field == u"person")
        return tr("This referral is for an anonymous walk-in: a letter needs a recorded person.");
    if (field == u"kind")
        return tr("A logged referral was not sent: its state does not change.");
    if (field == u"state")
        return tr("The referral cannot move to that state from where it is now.");
    if (field == u"reason")
        return tr("Choose a reason for this step.");
    if (field == u"final_outcome")
        return tr("Choose how the referral ended.");
    return {};
}

} // namespace sportello::text
