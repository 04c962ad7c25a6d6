// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportcommand.h"

#include "districtpdf.h"
#include "hub/config.h"
#include "hub/store.h"
#include "text/districttext.h"

#include <QJsonDocument>
#include <QMap>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace sportello::hub {

namespace {

constexpr int kOk = 0;
constexpr int kFailed = 1;
constexpr int kUsage = 2;

const QStringList kOptions {u"dir"_s, u"from"_s, u"to"_s, u"format"_s, u"out"_s, u"threshold"_s};

bool save(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(bytes);
    return file.commit();
}

} // namespace

bool ReportCommand::wantsPdf(const QStringList &arguments)
{
    const qsizetype at = arguments.indexOf(u"--format"_s);
    return arguments.value(0) == u"report" && at >= 0 && arguments.value(at + 1) == u"pdf";
}

int ReportCommand::run(const QStringList &arguments, const Clock &clock, QTextStream &out,
                       QTextStream &err)
{
    const auto usage = [&err] {
        err << tr("Usage: sportello-hub report --dir DIR --from YYYY-MM --to YYYY-MM "
                  "--format csv|pdf|json --out FILE [--threshold K]")
            << Qt::endl;
        return kUsage;
    };
    QMap<QString, QString> options;
    for (qsizetype i = 1; i < arguments.size(); i += 2) {
        const QString name = arguments.at(i).mid(2);
        if (!arguments.at(i).startsWith(u"--") || !kOptions.contains(name)
            || i + 1 >= arguments.size())
            return usage();
        options.insert(name, arguments.at(i + 1));
    }
    const QString format = options.value(u"format"_s);
    if (!options.contains(u"dir"_s) || !options.contains(u"out"_s)
        || !QStringList {u"csv"_s, u"pdf"_s, u"json"_s}.contains(format))
        return usage();
    reports::MonthRange months;
    const auto from = reports::MonthRange::monthOf(options.value(u"from"_s));
    const auto to = reports::MonthRange::monthOf(options.value(u"to"_s));
    if (from && to)
        months = {*from, *to};
    if (!months.isValid()) {
        err << tr("Give --from and --to as months (YYYY-MM) or days (YYYY-MM-DD), the first not "
                  "after the second, at most ten years apart.")
            << Qt::endl;
        return kUsage;
    }
    auto config = loadConfig(options.value(u"dir"_s));
    if (!config) {
        err << tr("The hub's configuration cannot be read.") << Qt::endl
            << tr("Details: %1").arg(config.error().toLogString()) << Qt::endl;
        return kFailed;
    }
    int threshold = config->reportThreshold;
    if (options.contains(u"threshold"_s)) {
        bool ok = false;
        threshold = options.value(u"threshold"_s).toInt(&ok);
        if (!ok || threshold < reports::kMinimumThreshold) {
            err << tr("The threshold must be a whole number of at least %1.")
                       .arg(reports::kMinimumThreshold)
                << Qt::endl;
            return kUsage;
        }
    }
    auto store = openStore(config->databaseUrl(), u"hub-report"_s);
    if (!store) {
        err << tr("The hub's database cannot be opened.") << Qt::endl
            << tr("Details: %1").arg(store.error().toLogString()) << Qt::endl;
        return kFailed;
    }
    auto counts = (*store)->districtCounts(months);
    if (!counts) {
        err << tr("The district report cannot be computed.") << Qt::endl
            << tr("Details: %1").arg(counts.error().toLogString()) << Qt::endl;
        return kFailed;
    }
    const reports::DistrictReport report = reports::publishDistrict(*counts, threshold);
    const QString path = options.value(u"out"_s);
    bool written = false;
    if (format == u"csv")
        written = save(path, text::DistrictText::csv(report));
    else if (format == u"json")
        written = save(path, QJsonDocument(reports::toJson(report)).toJson());
    else
        written = writeDistrictPdf(report, path, clock.nowUtc().date());
    if (!written) {
        err << tr("%1 cannot be written.").arg(path) << Qt::endl;
        return kFailed;
    }
    out << tr("District report for %1 written to %2; counts from 1 to %3 are hidden.")
               .arg(text::DistrictText::months(months), path)
               .arg(report.threshold - 1)
        << Qt::endl;
    return kOk;
}

} // namespace sportello::hub
