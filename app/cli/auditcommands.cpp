// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "services/auditservice.h"
#include "services/deskservices.h"
#include "storage/profile.h"
#include "text/audittext.h"
#include "text/errortext.h"

#include <algorithm>
#include <climits>
#include <memory>

using namespace Qt::StringLiterals;

namespace sportello::app::cli {

namespace {

constexpr int kDefaultListLimit = 50;

int auditVerify(CommandContext &context)
{
    if (!context.args.isEmpty()) {
        context.err << Cli::tr("audit verify takes no arguments.") << Qt::endl;
        return ExitUsage;
    }
    const auto profile = openExistingProfile(context);
    if (!profile)
        return ExitFailure;
    const services::DeskServices desk(profile->database(), context.clock);
    auto result = desk.audit().verifyWithoutLogin();
    if (!result) {
        context.err << text::ErrorText::message(result.error()) << Qt::endl;
        return ExitFailure;
    }
    const int rows = static_cast<int>(std::min<qint64>(result->rows, INT_MAX));
    context.out << Cli::tr("Audit log: %n row(s) checked.", nullptr, rows) << '\n';
    if (result->intact) {
        context.out << Cli::tr("The chain is intact.") << Qt::endl;
        return ExitOk;
    }
    context.out << Cli::tr("The chain is broken at row %1: %2.")
                       .arg(QString::number(result->firstBadId),
                            text::AuditText::reason(result->reason))
                << Qt::endl;
    return ExitFailure;
}

int auditList(CommandContext &context)
{
    int limit = kDefaultListLimit;
    const QStringList &args = context.args;
    for (qsizetype i = 0; i < args.size(); ++i) {
        QString value;
        if (args.at(i) == u"--limit"_s && i + 1 < args.size())
            value = args.at(++i);
        else if (args.at(i).startsWith(u"--limit="_s))
            value = args.at(i).mid(8);
        else {
            context.err << Cli::tr("Usage: sportello-cli audit list [--limit N]") << Qt::endl;
            return ExitUsage;
        }
        bool ok = false;
        limit = value.toInt(&ok);
        if (!ok || limit <= 0) {
            context.err << Cli::tr("--limit needs a whole number greater than zero.") << Qt::endl;
            return ExitUsage;
        }
    }

    const auto profile = openExistingProfile(context);
    if (!profile)
        return ExitFailure;
    const services::DeskServices desk(profile->database(), context.clock);
    audit::AuditFilter filter;
    filter.limit = limit;
    auto entries = desk.audit().entriesWithoutLogin(filter);
    if (!entries) {
        context.err << text::ErrorText::message(entries.error()) << Qt::endl;
        return ExitFailure;
    }
    if (entries->isEmpty()) {
        context.out << Cli::tr("The audit log is empty.") << Qt::endl;
        return ExitOk;
    }

    // Codes rather than labels in the rows: the list is meant to be searched and compared.
    const QStringList headers = {Cli::tr("Time"), Cli::tr("Operator"), Cli::tr("Action"),
                                 Cli::tr("Entity"), Cli::tr("Outcome")};
    QList<QStringList> rows;
    for (const audit::AuditEntry &entry : std::as_const(*entries)) {
        const QString entity = entry.entityId.isEmpty() ? entry.entityType
                                                        : entry.entityType + u' ' + entry.entityId;
        rows.append({localIso(entry.at),
                     entry.operatorId == 0 ? Cli::tr("system") : QString::number(entry.operatorId),
                     entry.action, entity.isEmpty() ? u"-"_s : entity, entry.outcome});
    }
    printTable(context.out, headers, rows);
    context.out.flush();
    return ExitOk;
}

} // namespace

void addAuditCommands(Cli &cli)
{
    cli.addCommand({{u"audit"_s, u"verify"_s},
                    {},
                    QT_TRANSLATE_NOOP("Cli", "check that the audit log is complete and unaltered"),
                    auditVerify});
    cli.addCommand({{u"audit"_s, u"list"_s},
                    u"[--limit N]"_s,
                    QT_TRANSLATE_NOOP("Cli", "show the newest audit log entries"),
                    auditList});
}

} // namespace sportello::app::cli
