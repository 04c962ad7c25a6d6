// SPDX-License-Identifier: GPL-3.0-or-later
// sportello-cli hub enrol|leave and sync [status]: the desk's membership of the district network
// and one synchronization round, for a scripted desk or a scheduled task. The token lives only
// in the OS keychain, the same entry the app uses.
#include "cli.h"
#include "network/enrolment.h"
#include "network/syncround.h"
#include "services/deskservices.h"
#include "services/networkservice.h"
#include "storage/profile.h"
#include "sync/hubconfig.h"
#include "text/errortext.h"
#include "text/synctext.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace sportello::app::cli {

namespace {

// Waits for `finished` of `object` (which must emit it after the call that started it).
template<typename T>
void waitFor(T *object)
{
    QEventLoop loop;
    QObject::connect(object, &T::finished, &loop, &QEventLoop::quit);
    loop.exec();
}

void printError(CommandContext &context, const Error &error)
{
    context.err << text::ErrorText::message(error) << Qt::endl;
}

// Reads "--name value" and "--name=value" options into `values`, flags into `flags`; false on
// anything else.
bool parseOptions(const QStringList &args, const QStringList &valued, const QStringList &flagged,
                  QHash<QString, QString> &values, QSet<QString> &flags)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        const qsizetype equals = arg.indexOf(u'=');
        const QString name = equals > 0 ? arg.left(equals) : arg;
        if (flagged.contains(name) && equals < 0) {
            flags.insert(name);
        } else if (valued.contains(name)) {
            if (equals > 0)
                values.insert(name, arg.mid(equals + 1));
            else if (i + 1 < args.size())
                values.insert(name, args.at(++i));
            else
                return false;
        } else {
            return false;
        }
    }
    return true;
}

int hubEnrol(CommandContext &context)
{
    const QString usage = Cli::tr("Usage: sportello-cli hub enrol --url URL --token TOKEN|- "
                                  "(--ca FILE | --pin sha256/…) [--http2]");
    QHash<QString, QString> values;
    QSet<QString> flags;
    if (!parseOptions(context.args, {u"--url"_s, u"--token"_s, u"--ca"_s, u"--pin"_s},
                      {u"--http2"_s}, values, flags)
        || !values.contains(u"--url"_s) || !values.contains(u"--token"_s)
        || values.contains(u"--ca"_s) == values.contains(u"--pin"_s)) {
        context.err << usage << Qt::endl;
        return ExitUsage;
    }
    sync::EnrolmentRequest request;
    request.url = QUrl(values.value(u"--url"_s));
    request.http2 = flags.contains(u"--http2"_s);
    // "-" reads the token from standard input, so that it appears in no process list.
    QString token = values.value(u"--token"_s);
    if (token == u"-") {
        QTextStream in(stdin);
        token = in.readLine().trimmed();
    }
    request.token = token.toLatin1();
    if (values.contains(u"--ca"_s)) {
        QFile ca(values.value(u"--ca"_s));
        if (!ca.open(QIODevice::ReadOnly) || ca.size() > 1024 * 1024) {
            printError(context,
                       makeError(ErrorCode::FileUnreadable, ca.errorString(), {ca.fileName()}));
            return ExitFailure;
        }
        request.caPem = ca.readAll();
    } else {
        request.spkiPin = sync::parseSpkiPin(values.value(u"--pin"_s));
        if (request.spkiPin.isEmpty()) {
            printError(context, makeError(ErrorCode::HubTrustMissing, u"unreadable pin"_s));
            return ExitUsage;
        }
    }
    const auto profile = openExistingProfile(context);
    if (!profile)
        return ExitFailure;
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    QNetworkAccessManager network;
    sync::Enrolment enrolment(network, context.clock, request);
    enrolment.start();
    waitFor(&enrolment);
    if (enrolment.error()) {
        printError(context, *enrolment.error());
        return ExitFailure;
    }
    const services::DeskServices desk(profile->database(), context.clock);
    services::NetworkService service(desk.context(), context.secrets);
    if (auto enrolled = service.enrolAsSystem(enrolment.hub(), request.token, enrolment.district());
        !enrolled) {
        printError(context, enrolled.error());
        return ExitFailure;
    }
    context.out << Cli::tr("This desk is now part of %1 (%n comune(s)); its hub is %2.", nullptr,
                           int(enrolment.district().comuni.size()))
                       .arg(enrolment.district().name, enrolment.hub().url.toString())
                << Qt::endl;
    return ExitOk;
}

int hubLeave(CommandContext &context)
{
    if (!context.args.isEmpty()) {
        context.err << Cli::tr("Usage: sportello-cli hub leave") << Qt::endl;
        return ExitUsage;
    }
    const auto profile = openExistingProfile(context);
    if (!profile)
        return ExitFailure;
    const services::DeskServices desk(profile->database(), context.clock);
    services::NetworkService service(desk.context(), context.secrets);
    if (auto left = service.leaveAsSystem(); !left) {
        printError(context, left.error());
        return ExitFailure;
    }
    context.out << Cli::tr("This desk has left the district network; its token was removed from "
                           "the keychain. What is waiting in the outbox stays here.")
                << Qt::endl;
    return ExitOk;
}

void printStatus(CommandContext &context, const services::SyncStatus &status)
{
    if (!status.enrolled) {
        context.out << Cli::tr("Not connected to the district network.") << Qt::endl;
    } else {
        context.out << Cli::tr("Hub: %1 (%2)").arg(status.hubUrl, status.districtName) << Qt::endl;
        context.out << Cli::tr("Last successful sync: %1")
                           .arg(status.lastSuccess.isValid() ? localIso(status.lastSuccess)
                                                             : Cli::tr("never"))
                    << Qt::endl;
        if (!status.paused.isEmpty())
            context.out << Cli::tr("Paused: %1").arg(text::SyncText::failure(status.paused))
                        << Qt::endl;
        else if (!status.lastError.isEmpty())
            context.out
                << Cli::tr("Last problem: %1").arg(text::SyncText::failure(status.lastError))
                << Qt::endl;
    }
    context.out << Cli::tr("Waiting: %1, refused by the hub: %2, delivered: %3")
                       .arg(status.pending())
                       .arg(status.failed())
                       .arg(status.counts.value(u"DELIVERED"_s))
                << Qt::endl;
}

int syncStatus(CommandContext &context)
{
    const bool json = context.args == QStringList {u"--json"_s};
    if (!context.args.isEmpty() && !json) {
        context.err << Cli::tr("Usage: sportello-cli sync status [--json]") << Qt::endl;
        return ExitUsage;
    }
    const auto profile = openExistingProfile(context);
    if (!profile)
        return ExitFailure;
    const services::DeskServices desk(profile->database(), context.clock);
    services::NetworkService service(desk.context(), context.secrets);
    auto status = service.status();
    if (!status) {
        printError(context, status.error());
        return ExitFailure;
    }
    if (!json) {
        printStatus(context, *status);
        return ExitOk;
    }
    QJsonObject counts;
    for (auto it = status->counts.cbegin(); it != status->counts.cend(); ++it)
        counts.insert(it.key(), it.value());
    const QJsonObject object {
        {u"enrolled"_s, status->enrolled},
        {u"hub"_s, status->hubUrl},
        {u"district"_s, status->districtName},
        {u"paused"_s, status->paused},
        {u"last_success"_s,
         status->lastSuccess.isValid() ? status->lastSuccess.toString(Qt::ISODate) : QString()},
        {u"last_error"_s, status->lastError},
        {u"pending"_s, status->pending()},
        {u"failed"_s, status->failed()},
        {u"counts"_s, counts}};
    context.out << QJsonDocument(object).toJson(QJsonDocument::Indented);
    context.out.flush();
    return ExitOk;
}

int syncOnce(CommandContext &context)
{
    if (!context.args.isEmpty() && context.args != QStringList {u"--force"_s}) {
        context.err << Cli::tr("Usage: sportello-cli sync [--force]") << Qt::endl;
        return ExitUsage;
    }
    const auto profile = openExistingProfile(context);
    if (!profile)
        return ExitFailure;
    const services::DeskServices desk(profile->database(), context.clock);
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    QNetworkAccessManager network;
    sync::SyncRound::Options options;
    options.force = !context.args.isEmpty();
    sync::SyncRound round(desk.context(), context.secrets, network, options);
    round.start();
    waitFor(&round);
    const sync::DeliveryReport &report = round.delivery();
    context.out << Cli::tr("Delivered: %1, refused by the hub: %2, to retry: %3")
                       .arg(report.delivered)
                       .arg(report.rejected)
                       .arg(report.retried)
                << Qt::endl;
    if (round.error())
        printError(context, *round.error());
    services::NetworkService service(desk.context(), context.secrets);
    auto status = service.status();
    if (!status) {
        printError(context, status.error());
        return ExitFailure;
    }
    // A scheduled task tells "all sent" from "something left" by the exit code alone.
    return !round.error() && status->pending() == 0 && status->failed() == 0 ? ExitOk : ExitFailure;
}

} // namespace

void addSyncCommands(Cli &cli)
{
    cli.addCommand({{u"hub"_s, u"enrol"_s},
                    u"--url URL --token TOKEN|- (--ca FILE | --pin sha256/…) [--http2]"_s,
                    QT_TRANSLATE_NOOP("Cli",
                                      "connect this desk to the district hub with the one-time "
                                      "token (- reads it from standard input) and the district's "
                                      "CA certificate or the hub's key pin; the token is kept in "
                                      "the system keychain only"),
                    hubEnrol});
    cli.addCommand({{u"hub"_s, u"leave"_s},
                    QString(),
                    QT_TRANSLATE_NOOP("Cli",
                                      "disconnect this desk from the district hub and remove its "
                                      "token from the keychain"),
                    hubLeave});
    cli.addCommand({{u"sync"_s},
                    u"[--force]"_s,
                    QT_TRANSLATE_NOOP("Cli",
                                      "one synchronization round with the hub; exit code 0 only "
                                      "when nothing is left waiting or refused; --force tries "
                                      "even while the sync is paused"),
                    syncOnce});
    cli.addCommand({{u"sync"_s, u"status"_s},
                    u"[--json]"_s,
                    QT_TRANSLATE_NOOP("Cli", "show the link to the hub and the outbox's counts"),
                    syncStatus});
}

} // namespace sportello::app::cli
