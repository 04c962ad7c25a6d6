// SPDX-License-Identifier: GPL-3.0-or-later
// sportello-cli report: the desk's report for a period, written for a spreadsheet. It reads
// counts only (no personal field), so it needs no login; the file leaves the desk, so its small
// cells are suppressed.
#include "cli.h"
#include "reports/deskreport.h"
#include "reports/reportpdf.h"
#include "services/deskservices.h"
#include "services/desksettings.h"
#include "services/reportservice.h"
#include "storage/profile.h"
#include "support/clock.h"
#include "text/errortext.h"
#include "text/reportcsv.h"

#include <QSaveFile>

#include <optional>

using namespace Qt::StringLiterals;

namespace sportello::app::cli {

namespace {

struct ReportOptions
{
    reports::Period period;
    QString format = u"csv"_s;
    QString out;
    std::optional<int> threshold; // none: the desk's setting
};

bool parseOptions(CommandContext &context, ReportOptions &options)
{
    const QStringList &args = context.args;
    const auto usage = [&context] {
        context.err << Cli::tr(
            "Usage: sportello-cli report --from YYYY-MM-DD --to YYYY-MM-DD "
            "--format csv|pdf|caritas-csv|facilitazione-csv --out FILE [--threshold K]")
                    << Qt::endl;
        return false;
    };
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (i + 1 >= args.size())
            return usage();
        const QString value = args.at(++i);
        if (arg == u"--from" || arg == u"--to") {
            const QDate date = QDate::fromString(value, Qt::ISODate);
            if (!date.isValid()) {
                context.err << Cli::tr("\"%1\" is not a date: write it as YYYY-MM-DD.").arg(value)
                            << Qt::endl;
                return false;
            }
            (arg == u"--from" ? options.period.from : options.period.to) = date;
        } else if (arg == u"--format") {
            options.format = value;
        } else if (arg == u"--out") {
            options.out = value;
        } else if (arg == u"--threshold") {
            bool ok = false;
            options.threshold = value.toInt(&ok);
            if (!ok || *options.threshold < reports::kMinimumThreshold) {
                context.err << Cli::tr("The threshold is a whole number, at least %1.")
                                   .arg(reports::kMinimumThreshold)
                            << Qt::endl;
                return false;
            }
        } else {
            return usage();
        }
    }
    if (!options.period.from.isValid() || !options.period.to.isValid() || options.out.isEmpty())
        return usage();
    if (!options.period.isValid()) {
        context.err << Cli::tr("The period ends before it starts.") << Qt::endl;
        return false;
    }
    static const QStringList formats {u"csv"_s, u"pdf"_s, u"caritas-csv"_s, u"facilitazione-csv"_s};
    if (!formats.contains(options.format)) {
        context.err << Cli::tr("Unknown format \"%1\": use one of %2.")
                           .arg(options.format, formats.join(u", "_s))
                    << Qt::endl;
        return false;
    }
    return true;
}

int report(CommandContext &context)
{
    ReportOptions options;
    if (!parseOptions(context, options))
        return ExitUsage;
    const auto profile = openExistingProfile(context);
    if (!profile)
        return ExitFailure;
    const services::DeskServices desk(profile->database(), context.clock);
    const services::ReportService service(desk.context());
    const auto identity = desk.settings().identity();
    const QString deskName = identity ? identity->name : QString();
    const int threshold = options.threshold.value_or(desk.settings().reportThreshold());
    const auto failed = [&context](const Error &error) {
        context.err << text::ErrorText::message(error) << Qt::endl;
        return ExitFailure;
    };
    // The coded exports: their own counts, their own CSV.
    if (options.format == u"caritas-csv" || options.format == u"facilitazione-csv") {
        QByteArray bytes;
        if (options.format == u"caritas-csv") {
            auto coded = service.caritasReportAsSystem(options.period);
            if (!coded)
                return failed(coded.error());
            bytes = text::ReportCsv::caritas(*coded, deskName, threshold);
        } else {
            auto coded = service.facilitaReportAsSystem(options.period);
            if (!coded)
                return failed(coded.error());
            bytes = text::ReportCsv::facilita(*coded, deskName, threshold);
        }
        QSaveFile file(options.out);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) < 0 || !file.commit())
            return failed(makeError(ErrorCode::FileUnwritable, file.errorString(), {options.out}));
        context.out << Cli::tr("Report written to %1 (counts from 1 to %2 are not shown).")
                           .arg(options.out)
                           .arg(reports::clampThreshold(threshold) - 1)
                    << Qt::endl;
        return ExitOk;
    }
    auto computed = service.deskReportAsSystem(options.period);
    if (!computed)
        return failed(computed.error());
    if (options.format == u"pdf") {
        if (!ui::writeReportPdf(*computed, deskName, options.out, context.clock.today(),
                                threshold)) {
            context.err << text::ErrorText::message(
                makeError(ErrorCode::FileUnwritable, {}, {options.out}))
                        << Qt::endl;
            return ExitFailure;
        }
        context.out << Cli::tr("Report written to %1 (counts from 1 to %2 are not shown).")
                           .arg(options.out)
                           .arg(reports::clampThreshold(threshold) - 1)
                    << Qt::endl;
        return ExitOk;
    }
    QSaveFile file(options.out);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(text::ReportCsv::write(*computed, deskName, threshold)) < 0
        || !file.commit()) {
        context.err << text::ErrorText::message(
            makeError(ErrorCode::FileUnwritable, file.errorString(), {options.out}))
                    << Qt::endl;
        return ExitFailure;
    }
    context.out << Cli::tr("Report written to %1 (counts from 1 to %2 are not shown).")
                       .arg(options.out)
                       .arg(reports::clampThreshold(threshold) - 1)
                << Qt::endl;
    return ExitOk;
}

} // namespace

void addReportCommands(Cli &cli)
{
    cli.addCommand(
        {{u"report"_s},
         u"--from YYYY-MM-DD --to YYYY-MM-DD --format csv|pdf --out FILE [--threshold K]"_s,
         QT_TRANSLATE_NOOP("Cli",
                           "write the desk's report for the period beside the one "
                           "before, as CSV for Excel in Italian locale or as PDF/A, "
                           "or the Caritas-coded or digital-facilitation CSV; "
                           "counts only, small "
                           "ones hidden (K, at least 3, default 5), so it needs no "
                           "login"),
         report});
}

} // namespace sportello::app::cli
