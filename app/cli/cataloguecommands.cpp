// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogue/taxonomy.h"
#include "cli.h"
#include "search/cataloguesearch.h"
#include "services/catalogueio.h"
#include "services/catalogueservice.h"
#include "services/deskservices.h"
#include "storage/profile.h"
#include "support/clock.h"
#include "text/cataloguetext.h"
#include "text/errortext.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace sportello::catalogue;

namespace sportello::app::cli {

namespace {

QString actorName()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return u"cli:"_s + (user.isEmpty() ? u"unknown"_s : user);
}

int fail(CommandContext &context, const Error &error)
{
    context.err << text::ErrorText::message(error) << Qt::endl;
    return ExitFailure;
}

bool parseYesNo(const QString &value, bool *out)
{
    const QString v = value.toLower();
    if (v == u"yes"_s || v == u"si"_s || v == u"sì"_s || v == u"true"_s || v == u"1"_s)
        *out = true;
    else if (v == u"no"_s || v == u"false"_s || v == u"0"_s)
        *out = false;
    else
        return false;
    return true;
}

// "age=70,isee=9000,comune=Pioltello,household=3,children=1,member65=yes,citizenship=non-eu".
bool parseFacts(const QString &text, PersonFacts &facts, QString &bad)
{
    const QStringList pairs = text.split(u',', Qt::SkipEmptyParts);
    for (const QString &pair : pairs) {
        const QString key = pair.section(u'=', 0, 0).trimmed().toLower();
        const QString value = pair.section(u'=', 1).trimmed();
        bool ok = true;
        bool flag = false;
        if (key == u"age"_s) {
            facts.age = value.toInt(&ok);
        } else if (key == u"isee"_s) {
            const double euro = QString(value).remove(u'.').replace(u',', u'.').toDouble(&ok);
            facts.iseeCents = static_cast<qint64>(euro * 100.0 + 0.5);
        } else if (key == u"isee-type"_s) {
            IseeType type {};
            ok = Taxonomy::iseeTypeFromCode(value, &type);
            facts.iseeType = type;
        } else if (key == u"comune"_s) {
            facts.comuneIstat = value;
            for (const Term &term : Taxonomy::comuni()) {
                if (QString::fromUtf8(term.italian).compare(value, Qt::CaseInsensitive) == 0)
                    facts.comuneIstat = QString::fromLatin1(term.code);
            }
        } else if (key == u"household"_s) {
            facts.householdSize = value.toInt(&ok);
        } else if (key == u"children"_s) {
            facts.dependentChildren = value.toInt(&ok);
        } else if (key == u"citizenship"_s) {
            const QString v = value.toLower();
            if (v == u"it"_s)
                facts.citizenship = CitizenshipGroup::Italian;
            else if (v == u"eu"_s)
                facts.citizenship = CitizenshipGroup::EuropeanUnion;
            else if (v == u"non-eu"_s)
                facts.citizenship = CitizenshipGroup::NonEu;
            else
                ok = false;
        } else if (key == u"permit"_s) {
            ok = parseYesNo(value, &flag);
            facts.hasResidencePermit = flag;
        } else if (const int bit = Taxonomy::householdFlagFromCode(key); bit != 0) {
            ok = parseYesNo(value, &flag);
            facts.setHousehold(static_cast<HouseholdFlag>(bit), flag);
        } else {
            ok = false;
        }
        if (!ok) {
            bad = pair;
            return false;
        }
    }
    return true;
}

int importCommand(CommandContext &context)
{
    if (context.args.size() != 1) {
        context.err << Cli::tr("Usage: sportello-cli catalogue import PATH") << Qt::endl;
        return ExitUsage;
    }
    auto profile = storage::Profile::open(context.dataDir, context.secrets);
    if (!profile)
        return fail(context, profile.error());
    const services::DeskServices desk((*profile)->database(), context.clock);
    auto report = desk.catalogueIo().importPath(context.args.first(), actorName());
    if (!report)
        return fail(context, report.error());
    for (const QString &field : report->ignoredFields)
        context.err << Cli::tr("Not imported (Sportello does not keep this field): %1").arg(field)
                    << '\n';
    for (const QString &value : report->unsupportedValues)
        context.err << Cli::tr("Not imported (Sportello cannot represent this value, for example "
                               "a monthly schedule): %1")
                           .arg(value)
                    << '\n';
    context.out << Cli::tr("Imported %1 organizations, %2 locations and %3 services; catalogue "
                           "version %4.")
                       .arg(report->summary.organizations)
                       .arg(report->summary.locations)
                       .arg(report->summary.services)
                       .arg(report->summary.catalogueVersion)
                << Qt::endl;
    return ExitOk;
}

int exportCommand(CommandContext &context)
{
    QString format = u"hsds-json"_s;
    QStringList rest;
    for (qsizetype i = 0; i < context.args.size(); ++i) {
        const QString &arg = context.args.at(i);
        if (arg == u"--format"_s && i + 1 < context.args.size())
            format = context.args.at(++i);
        else if (arg.startsWith(u"--format="_s))
            format = arg.mid(9);
        else
            rest.append(arg);
    }
    if (rest.size() != 1 || (format != u"hsds-json"_s && format != u"hsds-csv"_s)) {
        context.err << Cli::tr("Usage: sportello-cli catalogue export --format hsds-json|hsds-csv "
                               "PATH")
                    << Qt::endl;
        return ExitUsage;
    }
    auto profile = storage::Profile::open(context.dataDir, context.secrets);
    if (!profile)
        return fail(context, profile.error());
    const services::DeskServices desk((*profile)->database(), context.clock);
    const auto kind = format == u"hsds-csv"_s ? services::CatalogueFormat::HsdsCsv
                                              : services::CatalogueFormat::HsdsJson;
    if (auto status = desk.catalogueIo().exportTo(rest.first(), kind); !status)
        return fail(context, status.error());
    context.out << Cli::tr("Catalogue exported to %1.").arg(QDir::toNativeSeparators(rest.first()))
                << Qt::endl;
    return ExitOk;
}

int searchCommand(CommandContext &context)
{
    bool asJson = false;
    int limit = 20;
    PersonFacts facts;
    QStringList words;
    for (qsizetype i = 0; i < context.args.size(); ++i) {
        const QString &arg = context.args.at(i);
        if (arg == u"--json"_s) {
            asJson = true;
        } else if ((arg == u"--facts"_s || arg == u"--limit"_s) && i + 1 < context.args.size()) {
            const QString value = context.args.at(++i);
            QString bad;
            bool ok = true;
            if (arg == u"--limit"_s)
                limit = value.toInt(&ok);
            else
                ok = parseFacts(value, facts, bad);
            if (!ok || limit <= 0) {
                context.err << Cli::tr("Cannot read \"%1\": use --facts "
                                       "age=70,isee=9000,comune=Pioltello,household=3,children=1")
                                   .arg(bad.isEmpty() ? value : bad)
                            << Qt::endl;
                return ExitUsage;
            }
        } else {
            words.append(arg);
        }
    }
    auto profile = storage::Profile::open(context.dataDir, context.secrets);
    if (!profile)
        return fail(context, profile.error());
    const services::DeskServices desk((*profile)->database(), context.clock);
    auto index = desk.catalogue().searchIndex();
    if (!index)
        return fail(context, index.error());
    search::CatalogueSearcher searcher(std::move(index).value());
    search::Request request;
    request.text = words.join(u' ');
    request.facts = facts;
    request.limit = limit;
    request.now = context.clock.now();
    const search::Response response = searcher.search(request);

    if (!response.correctedText.isEmpty() && !asJson)
        context.out
            << Cli::tr("No results; showing results for \"%1\".").arg(response.correctedText)
            << '\n';
    QJsonArray hits;
    int rank = 0;
    for (const search::Hit &hit : response.hits) {
        const ServiceSummary &s = searcher.index()->summary(hit.doc);
        const EligibilityResult eligibility
            = evaluateEligibility(s.rules, s.hasEligibilityText, facts);
        if (asJson) {
            QJsonArray reasons;
            for (const auto &list : {eligibility.failed, eligibility.missing, eligibility.passed}) {
                for (const EligibilityReason &reason : list)
                    reasons.append(text::CatalogueText::reason(reason));
            }
            QJsonObject object {{u"id"_s, s.uid},
                                {u"name"_s, s.name},
                                {u"organization"_s, s.organizationName},
                                {u"score"_s, hit.score},
                                {u"status"_s, Taxonomy::statusCode(s.status)}};
            if (!facts.isEmpty()) {
                object.insert(u"verdict"_s,
                              eligibility.verdict == Verdict::LikelyEligible    ? u"likely"_s
                                  : eligibility.verdict == Verdict::NotEligible ? u"not_eligible"_s
                                                                                : u"unknown"_s);
                object.insert(u"reasons"_s, reasons);
            }
            hits.append(object);
        } else {
            context.out << ++rank << ". " << s.name << " — " << s.organizationName << '\n';
            if (!facts.isEmpty())
                context.out << "   " << text::CatalogueText::explanation(eligibility) << '\n';
        }
    }
    if (asJson) {
        const QJsonObject root {
            {u"query"_s, request.text},
            {u"total"_s, response.total},
            {u"corrected"_s, response.correctedText},
            {u"suggestions"_s, QJsonArray::fromStringList(response.suggestions)},
            {u"results"_s, hits}};
        context.out << QJsonDocument(root).toJson(QJsonDocument::Indented);
    } else if (response.hits.isEmpty()) {
        context.out << Cli::tr("No service found.") << '\n';
        if (!response.suggestions.isEmpty())
            context.out << Cli::tr("Did you mean: %1?").arg(response.suggestions.join(u", "_s))
                        << '\n';
    } else {
        context.out << Cli::tr("%n service(s) found.", nullptr, response.total) << '\n';
    }
    context.out.flush();
    return ExitOk;
}

} // namespace

void addCatalogueCommands(Cli &cli)
{
    cli.addCommand({{u"catalogue"_s, u"import"_s},
                    u"PATH"_s,
                    QT_TRANSLATE_NOOP("Cli", "import a catalogue (HSDS JSON file or CSV package)"),
                    importCommand});
    cli.addCommand({{u"catalogue"_s, u"export"_s},
                    u"--format hsds-json|hsds-csv PATH"_s,
                    QT_TRANSLATE_NOOP("Cli", "export the catalogue"),
                    exportCommand});
    cli.addCommand(
        {{u"catalogue"_s, u"search"_s},
         u"QUERY [--json] [--facts k=v,…] [--limit N]"_s,
         QT_TRANSLATE_NOOP("Cli", "search the catalogue, optionally for a person's facts"),
         searchCommand});
}

} // namespace sportello::app::cli
