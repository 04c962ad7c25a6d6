// SPDX-License-Identifier: GPL-3.0-or-later
// sportello-cli outbox: what the desk keeps for the district hub. The outbox holds anonymized
// records only, so listing it opens no vault and reads nothing personal.
#include "cli.h"
#include "services/deskservices.h"
#include "services/outboxservice.h"
#include "storage/profile.h"
#include "text/errortext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sportello::app::cli {

namespace {

// The keys of the anonymized record a row of the table shows: enough to recognise an item
// (what it says about the referral and when), the full record is in --json.
const QStringList &shownKeys()
{
    static const QStringList keys {u"stato"_s, u"dest_tipo"_s, u"urgenza"_s, u"anno_mese"_s};
    return keys;
}

struct ListOptions
{
    QString state; // empty: every item
    bool json = false;
};

// Reads `--state S` (also --state=S) and `--json`; prints the problem and returns false on
// anything else.
bool parseOptions(CommandContext &context, ListOptions &options)
{
    const QStringList &args = context.args;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == u"--json") {
            options.json = true;
            continue;
        }
        bool isState = false;
        if (arg == u"--state" && i + 1 < args.size()) {
            options.state = args.at(++i);
            isState = true;
        } else if (arg.startsWith(u"--state=")) {
            options.state = arg.mid(8);
            isState = true;
        }
        if (!isState) {
            context.err << Cli::tr("Usage: sportello-cli outbox list [--state S] [--json]")
                        << Qt::endl;
            return false;
        }
        if (!sync::outboxStates().contains(options.state)) {
            context.err << Cli::tr("Unknown outbox state \"%1\": use one of %2.")
                               .arg(options.state, sync::outboxStates().join(u", "_s))
                        << Qt::endl;
            return false;
        }
    }
    return true;
}

QJsonObject recordOf(const sync::OutboxItem &item)
{
    return QJsonDocument::fromJson(item.payload).object();
}

void printJson(CommandContext &context, const QList<sync::OutboxItem> &items)
{
    QJsonArray array;
    for (const sync::OutboxItem &item : items) {
        array.append(QJsonObject {
            {u"id"_s, item.id},
            {u"event_uid"_s, item.eventUid},
            {u"event_type"_s, item.eventType},
            {u"created_at"_s, item.createdAt.toUTC().toString(Qt::ISODateWithMs)},
            {u"state"_s, item.state},
            {u"record"_s, recordOf(item)},
        });
    }
    context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    context.out.flush();
}

void printTableOf(CommandContext &context, const QList<sync::OutboxItem> &items)
{
    // Codes rather than labels, as in audit list; the record's columns keep the hub's key names.
    QStringList headers {Cli::tr("Id"), Cli::tr("Created"), Cli::tr("State"), Cli::tr("Event"),
                         Cli::tr("Event id")};
    headers += shownKeys();
    QList<QStringList> rows;
    for (const sync::OutboxItem &item : items) {
        QStringList row {QString::number(item.id), localIso(item.createdAt), item.state,
                         item.eventType, item.eventUid};
        const QJsonObject record = recordOf(item);
        for (const QString &key : shownKeys()) {
            const QString value = record.value(key).toString();
            row.append(value.isEmpty() ? u"-"_s : value);
        }
        rows.append(row);
    }
    printTable(context.out, headers, rows);
}

int outboxList(CommandContext &context)
{
    ListOptions options;
    if (!parseOptions(context, options))
        return ExitUsage;
    const auto profile = openExistingProfile(context);
    if (!profile)
        return ExitFailure;
    const services::DeskServices desk(profile->database(), context.clock);
    auto items = desk.outbox().items(options.state);
    if (!items) {
        context.err << text::ErrorText::message(items.error()) << Qt::endl;
        return ExitFailure;
    }
    // JSON is for programs: an empty outbox is an empty array, never a sentence.
    if (options.json) {
        printJson(context, *items);
        return ExitOk;
    }
    const int count = int(items->size());
    if (count == 0) {
        context.out << (options.state.isEmpty()
                            ? Cli::tr("The outbox is empty: no record is waiting for the hub.")
                            : Cli::tr("No outbox item is in state %1.").arg(options.state))
                    << Qt::endl;
        return ExitOk;
    }
    printTableOf(context, *items);
    context.out
        << (options.state.isEmpty()
                ? Cli::tr("%n outbox item(s).", nullptr, count)
                : Cli::tr("%n outbox item(s) in state %1.", nullptr, count).arg(options.state))
        << Qt::endl;
    return ExitOk;
}

} // namespace

void addOutboxCommands(Cli &cli)
{
    cli.addCommand({{u"outbox"_s, u"list"_s},
                    u"[--state S] [--json]"_s,
                    QT_TRANSLATE_NOOP("Cli",
                                      "list the anonymized records kept for the district hub; "
                                      "--state shows one state only (QUEUED, SENDING, DELIVERED, "
                                      "FAILED, DISCARDED), --json prints the records as JSON"),
                    outboxList});
}

} // namespace sportello::app::cli
