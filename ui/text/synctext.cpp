// SPDX-License-Identifier: GPL-3.0-or-later
#include "synctext.h"

#include "sync/outbox.h"
#include "wire/events.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace sportello::text {

namespace itemstate = sync::outboxstate;
namespace eventtype = wire::eventtype;

QString SyncText::state(const QString &code)
{
    if (code == QLatin1StringView(itemstate::kQueued))
        return tr("waiting");
    if (code == QLatin1StringView(itemstate::kSending))
        return tr("sending");
    if (code == QLatin1StringView(itemstate::kDelivered))
        return tr("delivered");
    if (code == QLatin1StringView(itemstate::kFailed))
        return tr("refused");
    if (code == QLatin1StringView(itemstate::kDiscarded))
        return tr("given up");
    return code;
}

QString SyncText::stateFilter(const QString &code)
{
    if (code == QLatin1StringView(itemstate::kQueued))
        return tr("Waiting");
    if (code == QLatin1StringView(itemstate::kSending))
        return tr("Sending");
    if (code == QLatin1StringView(itemstate::kDelivered))
        return tr("Delivered");
    if (code == QLatin1StringView(itemstate::kFailed))
        return tr("Refused");
    if (code == QLatin1StringView(itemstate::kDiscarded))
        return tr("Given up");
    return code;
}

QString SyncText::eventType(const QString &type)
{
    if (type == QLatin1StringView(eventtype::kReferralCreated))
        return tr("New referral");
    if (type == QLatin1StringView(eventtype::kReferralLogged))
        return tr("Referral logged");
    if (type == QLatin1StringView(eventtype::kReferralUpdated))
        return tr("Referral edited");
    if (type == QLatin1StringView(eventtype::kReferralStatusChanged))
        return tr("Referral state changed");
    if (type == QLatin1StringView(eventtype::kCatalogueFeedback))
        return tr("Catalogue report");
    if (type == QLatin1StringView(eventtype::kAuditAnchor))
        return tr("Audit log anchor");
    if (type == QLatin1StringView(eventtype::kReferralAnswered))
        return tr("Answer to a referral received");
    return type;
}

QString SyncText::failure(const QString &code)
{
    if (code == u"network")
        return tr("The hub could not be reached (no network, or the hub is off).");
    if (code == u"timeout")
        return tr("The hub did not answer in time.");
    if (code == u"tls")
        return tr("The hub's certificate is not the one this desk trusts.");
    if (code == u"clock")
        return tr("This computer's date is outside the validity of the hub's certificate.");
    if (code == u"captive-portal")
        return tr("A web page answered instead of the hub (a Wi-Fi asking for a login?).");
    if (code == u"bad-answer")
        return tr("The hub's answer could not be read.");
    if (code == u"busy")
        return tr("The hub was busy.");
    if (code == u"unauthorized")
        return tr("The hub no longer accepts this desk's token.");
    if (code == u"proxy-auth")
        return tr("The network's proxy asks for a user name and password.");
    if (code == u"too-large")
        return tr("Too large for the hub.");
    if (code == u"redirect")
        return tr("The hub's address redirects elsewhere.");
    if (code == u"bad-signature")
        return tr("The shared catalogue received was not signed by the district's key.");
    if (code.startsWith(u"http-"))
        return tr("The hub had an internal problem (HTTP %1).").arg(code.mid(5));
    if (code.startsWith(u"refused:")) {
        const QString type = code.section(u':', 1, 1);
        const QString field = code.section(u':', 2);
        if (type == u"conflict")
            return tr("Refused: the hub already holds a different record with the same "
                      "identifier.");
        if (type == u"invalid")
            return field.isEmpty()
                ? tr("Refused: the hub found the record not valid.")
                : tr("Refused: the hub does not accept the field %1.").arg(field);
        return field.isEmpty() ? tr("Refused by the hub (%1).").arg(type)
                               : tr("Refused by the hub (%1, field %2).").arg(type, field);
    }
    return code;
}

QString SyncText::pauseReason(const QString &code)
{
    if (code == u"unauthorized")
        return tr("the hub no longer accepts the token");
    if (code == u"tls")
        return tr("the hub's certificate is not trusted");
    if (code == u"clock")
        return tr("check the computer's date");
    if (code == u"proxy-auth")
        return tr("the proxy asks for a password");
    if (code == u"redirect")
        return tr("the hub's address redirects elsewhere");
    return failure(code);
}

QString SyncText::pauseAdvice(const QString &code)
{
    if (code == u"unauthorized")
        return tr("A coordinator connects the desk again with a new token from the Ufficio di "
                  "Piano.");
    if (code == u"tls")
        return tr("Check the certificate or the key pin with the Ufficio di Piano, then connect "
                  "the desk again.");
    if (code == u"clock")
        return tr("Correct the computer's date and time, then press Sync now.");
    if (code == u"proxy-auth")
        return tr("Ask whoever manages this network for the proxy's user name and password, "
                  "then type them with \"Proxy password\".");
    if (code == u"redirect")
        return tr("Ask the Ufficio di Piano for the hub's right address.");
    return tr("Press Sync now to try again.");
}

QString SyncText::when(const QDateTime &at, const QDateTime &now)
{
    if (!at.isValid())
        return {};
    const QDateTime local = at.toLocalTime();
    const QDate today = now.toLocalTime().date();
    const QString time = QLocale().toString(local.time(), QLocale::ShortFormat);
    if (local.date() == today)
        return tr("today %1").arg(time);
    if (local.date() == today.addDays(-1))
        return tr("yesterday %1").arg(time);
    if (local.date() == today.addDays(1))
        return tr("tomorrow %1").arg(time);
    return QLocale().toString(local, QLocale::ShortFormat);
}

} // namespace sportello::text
