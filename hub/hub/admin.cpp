// SPDX-License-Identifier: GPL-3.0-or-later
#include "hub/admin.h"

#include "hub/cataloguepublisher.h"
#include "hub/config.h"
#include "hub/signing.h"
#include "hub/store.h"
#include "hub/tlsfiles.h"
#include "hub/tokens.h"

#include <QDir>
#include <QFile>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace sportello::hub {

namespace {

constexpr int kExitOk = 0;
constexpr int kExitFailed = 1;
constexpr int kExitUsage = 2;
// How long a rotated token keeps working, so a desk can pick up its new one.
constexpr int kGraceDays = 7;

const QStringList kValueOptions {
    u"dir"_s,          u"db"_s,     u"cert"_s,    u"key"_s, u"name"_s,   u"comuni"_s, u"comune"_s,
    u"organization"_s, u"reason"_s, u"outcome"_s, u"out"_s, u"listen"_s, u"kind"_s,   u"contact"_s};
// Options that take no value.
const QStringList kFlagOptions {u"coordinator"_s};

Result<std::unique_ptr<Store>> openConfigured(const QString &dir)
{
    auto config = loadConfig(dir);
    if (!config)
        return config.error();
    return openStore(config->databaseUrl(), u"hub-admin"_s);
}

} // namespace

std::optional<Admin::Args> Admin::parse(const QStringList &arguments)
{
    Args args;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &word = arguments.at(i);
        if (!word.startsWith(u"--")) {
            args.words.append(word);
            continue;
        }
        const QString name = word.mid(2);
        if (kFlagOptions.contains(name)) {
            args.options.insert(name, QString());
            continue;
        }
        if (!kValueOptions.contains(name) || i + 1 >= arguments.size())
            return std::nullopt;
        args.options.insert(name, arguments.at(++i));
    }
    return args;
}

int Admin::run(const QStringList &arguments)
{
    const auto args = parse(arguments);
    if (!args || args->words.isEmpty())
        return usage();
    if (!args->options.contains(u"dir"_s)) {
        m_err << tr("Give the hub's directory with --dir DIR.") << Qt::endl;
        return kExitUsage;
    }
    const QString &command = args->words.first();
    if (command == u"init")
        return init(*args);
    if (command == u"district")
        return district(*args);
    if (command == u"desk")
        return desk(*args);
    if (command == u"referral")
        return referral(*args);
    if (command == u"catalogue")
        return catalogue(*args);
    if (command == u"backup")
        return backup(*args);
    if (command == u"board")
        return board(*args);
    return usage();
}

int Admin::usage()
{
    m_err << tr("Usage: sportello-hub COMMAND --dir DIR [options]\n"
                "  init [--db URL] [--cert FILE --key FILE]\n"
                "  district set --name NAME --comuni CODE,CODE,...\n"
                "  district neighbours CODE:CODE,CODE:CODE,...\n"
                "  desk add NAME --comune CODE [--organization UID] [--coordinator]\n"
                "  desk list | desk revoke NAME|ID | desk rotate NAME|ID\n"
                "  referral status REF_UUID STATE [--reason CODE] [--outcome CODE]\n"
                "  catalogue publish FILE | catalogue feedback\n"
                "  backup --out FILE\n"
                "  board pending | board activate USERNAME | board reset-password USERNAME\n"
                "  board add-staff USERNAME --kind comune|operator --name NAME [--comune ISTAT]\n"
                "        [--contact CONTACT] | board audit | board retention\n"
                "  report --from YYYY-MM --to YYYY-MM --format csv|pdf|json --out FILE "
                "[--threshold K]\n"
                "  serve --listen ADDRESS:PORT")
          << Qt::endl;
    return kExitUsage;
}

int Admin::failed(const QString &what, const Error &error)
{
    m_err << what << Qt::endl;
    m_err << tr("Details: %1").arg(error.toLogString()) << Qt::endl;
    return kExitFailed;
}

int Admin::init(const Args &args)
{
    const QString dir = args.options.value(u"dir"_s);
    if (QFile::exists(QDir(dir).filePath(u"hub.conf"_s))) {
        m_err << tr("%1 already holds a hub: nothing was changed.").arg(dir) << Qt::endl;
        return kExitFailed;
    }
    if (args.options.contains(u"cert"_s) != args.options.contains(u"key"_s)) {
        m_err << tr("Give --cert and --key together.") << Qt::endl;
        return kExitUsage;
    }
    if (!QDir().mkpath(dir)) {
        m_err << tr("The directory %1 cannot be created.").arg(dir) << Qt::endl;
        return kExitFailed;
    }
    HubConfig config;
    config.dir = dir;
    if (args.options.contains(u"db"_s))
        config.database = args.options.value(u"db"_s);
    if (args.options.contains(u"cert"_s)) {
        config.certificate = QFileInfo(args.options.value(u"cert"_s)).absoluteFilePath();
        config.key = QFileInfo(args.options.value(u"key"_s)).absoluteFilePath();
    } else if (auto made = tls::createThrowAwayCa(dir); !made) {
        return failed(tr("The local certificates cannot be created."), made.error());
    }
    if (auto keys = signing::createKeyPair(dir); !keys)
        return failed(tr("The catalogue signing key cannot be created."), keys.error());
    auto store = openStore(config.databaseUrl(), u"hub-init"_s);
    if (!store)
        return failed(tr("The hub's database cannot be opened."), store.error());
    store->reset();
    if (auto saved = saveConfig(config); !saved)
        return failed(tr("The hub's configuration cannot be written."), saved.error());
    m_out << tr("Hub created in %1.").arg(QDir::toNativeSeparators(QDir(dir).absolutePath()))
          << Qt::endl;
    if (!args.options.contains(u"cert"_s))
        m_out << tr("For local use only: the desks trust %1.")
                     .arg(QDir::toNativeSeparators(config.path(u"ca.pem"_s)))
              << Qt::endl;
    return kExitOk;
}

int Admin::neighbours(const Args &args)
{
    // district neighbours 015175:015205,015205:015242 — pairs that border each other.
    auto config = loadConfig(args.options.value(u"dir"_s));
    if (!config)
        return failed(tr("The hub's configuration cannot be read."), config.error());
    auto store = openStore(config->databaseUrl(), u"hub-admin-neighbours"_s);
    if (!store)
        return failed(tr("The hub's database cannot be opened."), store.error());
    auto district = (*store)->district();
    if (!district)
        return failed(tr("The district cannot be read."), district.error());
    QList<QPair<QString, QString>> pairs;
    for (const QString &pair : args.words.value(2).split(u',', Qt::SkipEmptyParts)) {
        const QStringList codes = pair.trimmed().split(u':');
        if (codes.size() != 2 || !district->contains(codes.at(0))
            || !district->contains(codes.at(1)) || codes.at(0) == codes.at(1)) {
            m_err << tr("%1 is not two different comuni of the district, as CODE:CODE.").arg(pair)
                  << Qt::endl;
            return kExitUsage;
        }
        pairs.append({codes.at(0), codes.at(1)});
    }
    config->neighbours = pairs;
    if (auto saved = saveConfig(*config); !saved)
        return failed(tr("The hub's configuration cannot be saved."), saved.error());
    m_out << tr("%n pair(s) of neighbouring comuni: the board suggests across them once serve "
                "starts again.",
                nullptr, int(pairs.size()))
          << Qt::endl;
    return kExitOk;
}

int Admin::district(const Args &args)
{
    if (args.words.value(1) == u"neighbours" && args.words.size() == 3)
        return neighbours(args);
    if (args.words.value(1) != u"set" || !args.options.contains(u"name"_s)
        || !args.options.contains(u"comuni"_s))
        return usage();
    wire::District district;
    district.name = args.options.value(u"name"_s).trimmed();
    district.comuni = args.options.value(u"comuni"_s).split(u',', Qt::SkipEmptyParts);
    for (QString &code : district.comuni)
        code = code.trimmed();
    for (const QString &code : std::as_const(district.comuni)) {
        if (!wire::isIstatCode(code)) {
            m_err << tr("%1 is not an ISTAT comune code (six digits).").arg(code) << Qt::endl;
            return kExitUsage;
        }
    }
    if (district.name.isEmpty() || district.comuni.isEmpty())
        return usage();
    auto store = openConfigured(args.options.value(u"dir"_s));
    if (!store)
        return failed(tr("The hub's database cannot be opened."), store.error());
    if (auto done = (*store)->setDistrict(district); !done)
        return failed(tr("The district cannot be saved."), done.error());
    m_out << tr("District %1: %n comuni.", nullptr, int(district.comuni.size())).arg(district.name)
          << Qt::endl;
    return kExitOk;
}

int Admin::desk(const Args &args)
{
    const QString action = args.words.value(1);
    auto store = openConfigured(args.options.value(u"dir"_s));
    if (!store)
        return failed(tr("The hub's database cannot be opened."), store.error());
    if (action == u"list") {
        auto desks = (*store)->desks();
        if (!desks)
            return failed(tr("The desks cannot be read."), desks.error());
        for (const Desk &d : std::as_const(*desks)) {
            m_out << d.id << u"  "_s << d.name << u"  "_s << d.comune << u"  "_s
                  << (d.organizationUid.isEmpty() ? u"-"_s : d.organizationUid) << u"  "_s
                  << (d.revokedAt.isValid() ? tr("revoked") : tr("enrolled"))
                  << (d.coordinator ? tr("  coordinator") : QString()) << Qt::endl;
        }
        m_out << tr("%n desk(s).", nullptr, int(desks->size())) << Qt::endl;
        return kExitOk;
    }
    const QString name = args.words.value(2).trimmed();
    if (name.isEmpty())
        return usage();
    if (action == u"add") {
        const QString comune = args.options.value(u"comune"_s);
        if (!wire::isIstatCode(comune)) {
            m_err << tr("Give the desk's comune with --comune CODE (six digits).") << Qt::endl;
            return kExitUsage;
        }
        Desk desk;
        desk.name = name;
        desk.comune = comune;
        desk.organizationUid = args.options.value(u"organization"_s);
        desk.coordinator = args.options.contains(u"coordinator"_s);
        desk.createdAt = m_clock.nowUtc();
        const QString token = tokens::generate();
        auto added = (*store)->addDesk(desk, tokens::hash(token.toLatin1()));
        if (!added) {
            if (added.error().code == ErrorCode::InvalidArgument) {
                m_err << tr("A desk named %1 is already enrolled.").arg(name) << Qt::endl;
                return kExitFailed;
            }
            return failed(tr("The desk cannot be enrolled."), added.error());
        }
        m_out << tr("Desk %1 enrolled with id %2.").arg(name, added->id) << Qt::endl;
        if (added->coordinator)
            m_out << tr("Its token may read the district report.") << Qt::endl;
        m_out << tr("Hand this one-time enrolment token to the desk in person; the hub keeps only "
                    "its fingerprint: %1")
                     .arg(token)
              << Qt::endl;
        return kExitOk;
    }
    auto found = (*store)->desk(name);
    if (!found) {
        if (found.error().code == ErrorCode::NotFound) {
            m_err << tr("No desk is named %1.").arg(name) << Qt::endl;
            return kExitFailed;
        }
        return failed(tr("The desks cannot be read."), found.error());
    }
    if (action == u"revoke") {
        if (auto done = (*store)->revokeDesk(found->id, m_clock.nowUtc()); !done)
            return failed(tr("The desk cannot be revoked."), done.error());
        m_out << tr("Desk %1 revoked: its token no longer works.").arg(found->name) << Qt::endl;
        return kExitOk;
    }
    if (action == u"rotate") {
        const QString token = tokens::generate();
        const QDateTime grace = m_clock.nowUtc().addDays(kGraceDays);
        if (auto done = (*store)->rotateToken(found->id, tokens::hash(token.toLatin1()), grace);
            !done)
            return failed(tr("The token cannot be replaced."), done.error());
        m_out << tr("The old token of %1 works until %2.")
                     .arg(found->name, grace.toString(Qt::ISODate))
              << Qt::endl;
        m_out << tr("New token for the desk: %1").arg(token) << Qt::endl;
        return kExitOk;
    }
    return usage();
}

int Admin::referral(const Args &args)
{
    if (args.words.value(1) != u"status" || args.words.size() != 4)
        return usage();
    wire::StatusChange change {args.words.at(2).toLower(), args.words.at(3).toUpper(),
                               args.options.value(u"reason"_s), args.options.value(u"outcome"_s)};
    if (const auto wrong = wire::checkStatusChange(change)) {
        m_err << tr("The answer is not valid: %1 %2.").arg(wrong->field, wrong->message)
              << Qt::endl;
        return kExitUsage;
    }
    auto store = openConfigured(args.options.value(u"dir"_s));
    if (!store)
        return failed(tr("The hub's database cannot be opened."), store.error());
    auto event = (*store)->recordStatus(change, m_clock.nowUtc(), u"hub"_s);
    if (!event) {
        if (event.error().code == ErrorCode::NotFound) {
            m_err << tr("The hub has received no referral %1.").arg(change.refUuid) << Qt::endl;
            return kExitFailed;
        }
        return failed(tr("The answer cannot be recorded."), event.error());
    }
    m_out << tr("Answer recorded: the desk that sent the referral will receive it (event %1).")
                 .arg(event->id)
          << Qt::endl;
    return kExitOk;
}

int Admin::catalogue(const Args &args)
{
    if (args.words.value(1) == u"publish")
        return publish(args);
    if (args.words.value(1) != u"feedback")
        return usage();
    auto store = openConfigured(args.options.value(u"dir"_s));
    if (!store)
        return failed(tr("The hub's database cannot be opened."), store.error());
    auto items = (*store)->feedback();
    if (!items)
        return failed(tr("The reports cannot be read."), items.error());
    for (const Feedback &item : std::as_const(*items)) {
        m_out << item.receivedAt.toString(Qt::ISODate) << u"  "_s << item.deskName << u"  "_s
              << item.serviceId << u"  "_s << item.problem << Qt::endl;
    }
    m_out << tr("%n report(s) of outdated entries.", nullptr, int(items->size())) << Qt::endl;
    return kExitOk;
}

int Admin::publish(const Args &args)
{
    const QString path = args.words.value(2);
    if (path.isEmpty() || args.words.size() != 3)
        return usage();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_err << tr("%1 cannot be read: %2").arg(path, file.errorString()) << Qt::endl;
        return kExitFailed;
    }
    auto read = readCatalogueFile(file.readAll(), QFileInfo(path).fileName());
    if (!read) {
        // The same words the desk's import uses: the file, the line, the field.
        m_err << tr("The catalogue was not published: %1").arg(read.error().toLogString())
              << Qt::endl;
        return kExitFailed;
    }
    auto store = openConfigured(args.options.value(u"dir"_s));
    if (!store)
        return failed(tr("The hub's database cannot be opened."), store.error());
    auto published = (*store)->publishCatalogue(read->services, m_clock.nowUtc());
    if (!published)
        return failed(tr("The catalogue cannot be published."), published.error());
    for (const QString &field : std::as_const(read->notImported))
        m_out << tr("Not kept by the catalogue: %1").arg(field) << Qt::endl;
    if (published->added + published->changed + published->removed == 0) {
        m_out << tr("The catalogue is unchanged: still version %1.").arg(published->version)
              << Qt::endl;
        return kExitOk;
    }
    m_out << tr("Catalogue version %1 published: %2 added, %3 changed, %4 removed.")
                 .arg(published->version)
                 .arg(published->added)
                 .arg(published->changed)
                 .arg(published->removed)
          << Qt::endl;
    return kExitOk;
}

int Admin::backup(const Args &args)
{
    const QString out = args.options.value(u"out"_s);
    if (out.isEmpty())
        return usage();
    if (QFile::exists(out)) {
        m_err << tr("%1 exists: choose a new file.").arg(out) << Qt::endl;
        return kExitFailed;
    }
    auto store = openConfigured(args.options.value(u"dir"_s));
    if (!store)
        return failed(tr("The hub's database cannot be opened."), store.error());
    if (auto done = (*store)->backup(QFileInfo(out).absoluteFilePath()); !done) {
        if (done.error().code == ErrorCode::NotFound) {
            m_err << tr("The hub runs on PostgreSQL: back it up with pg_dump (see docs/hub.md).")
                  << Qt::endl;
            return kExitFailed;
        }
        return failed(tr("The backup failed."), done.error());
    }
    m_out << tr("Backup written to %1.").arg(QDir::toNativeSeparators(out)) << Qt::endl;
    return kExitOk;
}

} // namespace sportello::hub
