// SPDX-License-Identifier: GPL-3.0-or-later
#include "hub/backend.h"

#include "support/logging.h"
#include "wire/events.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace sportello::hub::detail {

namespace {

// "SPHB": what a hub database says it is.
constexpr int kApplicationId = 0x53504842;
// A lock every process takes while it upgrades a PostgreSQL schema.
constexpr int kMigrationLock = 74620001;

Error queryError(const QSqlError &error, const QString &sql)
{
    // The statement, never its values: they may be a desk's records.
    return makeError(ErrorCode::QueryFailed, error.text() + u" — "_s + sql.left(80),
                     {error.nativeErrorCode()});
}

struct Migration
{
    int version = 0;
    QString sql;
};

QList<Migration> migrationsOf(Engine engine)
{
    const QString folder = u":/sportello/hub/migrations/%1"_s.arg(
        engine == Engine::Sqlite ? u"sqlite"_s : u"postgresql"_s);
    QList<Migration> list;
    const QStringList names = QDir(folder).entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        QFile file(folder + u'/' + name);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        list.append({name.section(u'_', 0, 0).toInt(), QString::fromUtf8(file.readAll())});
    }
    return list;
}

// Statements of a migration script: split at a semicolon ending a line; comments dropped.
QStringList statementsOf(const QString &script)
{
    QStringList statements;
    QString current;
    for (const QString &line : script.split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(u"--") || trimmed.isEmpty())
            continue;
        current += line + u'\n';
        if (trimmed.endsWith(u';')) {
            current.chop(current.size() - current.lastIndexOf(u';'));
            statements.append(current.trimmed());
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

} // namespace

QString timeText(const QDateTime &time)
{
    return time.isValid() ? wire::wireTime(time) : QString();
}

QVariant nullableTime(const QDateTime &time)
{
    return time.isValid() ? QVariant(wire::wireTime(time))
                          : QVariant(QMetaType(QMetaType::QString));
}

QDateTime readTime(const QVariant &value)
{
    if (value.isNull() || value.toString().isEmpty())
        return {};
    return QDateTime::fromString(value.toString(), Qt::ISODate).toUTC();
}

QString orEmpty(const QString &text)
{
    return text.isNull() ? u""_s : text;
}

QString placeholders(qsizetype count)
{
    return QStringList(count, u"?"_s).join(u", "_s);
}

Result<DatabaseUrl> parseDatabaseUrl(const QString &text)
{
    DatabaseUrl url;
    if (text.startsWith(u"postgresql://") || text.startsWith(u"postgres://")) {
        // USER[:PASSWORD]@HOST[:PORT]/DBNAME, HOST percent-encoded when it is a socket
        // directory ("%2Frun%2Fpostgresql"), as libpq's URIs have it.
        const QString rest = text.section(u"://"_s, 1);
        const qsizetype slash = rest.indexOf(u'/');
        const QString authority = rest.left(slash);
        const qsizetype at = authority.lastIndexOf(u'@');
        const QString userInfo = authority.left(std::max<qsizetype>(at, 0));
        const QString hostPort = authority.mid(at + 1);
        const qsizetype colon = hostPort.lastIndexOf(u':');
        url.engine = Engine::Postgres;
        url.user = QUrl::fromPercentEncoding(userInfo.section(u':', 0, 0).toUtf8());
        url.password = QUrl::fromPercentEncoding(userInfo.section(u':', 1).toUtf8());
        url.host = QUrl::fromPercentEncoding(
            hostPort.left(colon < 0 ? hostPort.size() : colon).toUtf8());
        bool portOk = true;
        if (colon >= 0)
            url.port = hostPort.mid(colon + 1).toInt(&portOk);
        url.database = slash < 0 ? QString() : rest.mid(slash + 1);
        if (slash < 0 || at < 0 || url.user.isEmpty() || url.host.isEmpty() || !portOk
            || url.port <= 0 || url.port > 65535 || url.database.isEmpty()
            || url.database.contains(u'/'))
            return makeError(ErrorCode::InvalidArgument, u"database url"_s);
        return url;
    }
    const QString path = text.startsWith(u"sqlite:") ? text.mid(7) : text;
    if (path.isEmpty() || path.contains(u"://"))
        return makeError(ErrorCode::InvalidArgument, u"database url"_s);
    url.path = path;
    return url;
}

Result<Backend> Backend::open(const DatabaseUrl &url, const QString &name)
{
    const bool sqlite = url.engine == Engine::Sqlite;
    QSqlDatabase db = QSqlDatabase::addDatabase(sqlite ? u"QSQLITE"_s : u"QPSQL"_s, name);
    if (sqlite) {
        db.setDatabaseName(url.path);
    } else {
        db.setHostName(url.host);
        db.setPort(url.port);
        db.setUserName(url.user);
        db.setPassword(url.password);
        db.setDatabaseName(url.database);
        db.setConnectOptions(u"connect_timeout=10"_s);
    }
    if (!db.open()) {
        const QString why = db.lastError().text();
        db = {};
        QSqlDatabase::removeDatabase(name);
        return makeError(ErrorCode::DatabaseOpenFailed, why);
    }
    Backend backend(url.engine, db);
    if (auto set = backend.applySettings(); !set)
        return set.error();
    if (auto migrated = backend.migrate(); !migrated)
        return migrated.error();
    return backend;
}

Status Backend::applySettings()
{
    const QStringList settings = m_engine == Engine::Sqlite
        ? QStringList {u"PRAGMA page_size = 16384"_s,         u"PRAGMA foreign_keys = ON"_s,
                       u"PRAGMA journal_mode = WAL"_s,        u"PRAGMA synchronous = FULL"_s,
                       u"PRAGMA busy_timeout = 10000"_s,      u"PRAGMA secure_delete = ON"_s,
                       u"PRAGMA temp_store = MEMORY"_s,       u"PRAGMA cache_size = -65536"_s,
                       u"PRAGMA wal_autocheckpoint = 10000"_s}
        // The hub's statements are prepared once and run for the life of the connection. After
        // five runs PostgreSQL may keep a generic plan made while the tables were small: a
        // sequential scan of referrals for every batch, slower as the district grows
        // (hub_bench: 12,586 → 1,662 events/s). Each run is planned with its values instead.
        : QStringList {u"SET client_min_messages = warning"_s,
                       u"SET plan_cache_mode = force_custom_plan"_s};
    for (const QString &setting : settings) {
        if (auto done = runOnce(setting, {}); !done)
            return done.error();
    }
    return {};
}

Status Backend::migrate()
{
    if (auto created = run(u"CREATE TABLE IF NOT EXISTS hub_schema (version INTEGER NOT NULL)"_s);
        !created)
        return created.error();
    if (auto began = begin(); !began)
        return began;
    if (m_engine == Engine::Postgres) {
        if (auto locked = run(u"SELECT pg_advisory_xact_lock(%1)"_s.arg(kMigrationLock)); !locked) {
            rollback();
            return locked.error();
        }
    } else if (auto id = run(u"PRAGMA application_id"_s); id && id->next()) {
        const int current = id->value(0).toInt();
        if (current != 0 && current != kApplicationId) {
            rollback();
            return makeError(ErrorCode::DatabaseNotSportello, m_db.databaseName());
        }
    }
    auto version = run(u"SELECT COALESCE(MAX(version), 0) FROM hub_schema"_s);
    if (!version || !version->next()) {
        rollback();
        return version ? makeError(ErrorCode::MigrationFailed, u"hub_schema"_s) : version.error();
    }
    const int current = version->value(0).toInt();
    const QList<Migration> migrations = migrationsOf(m_engine);
    const int latest = migrations.isEmpty() ? 0 : migrations.constLast().version;
    if (current > latest) {
        rollback();
        return makeError(ErrorCode::DatabaseTooNew, QString::number(current));
    }
    for (const Migration &migration : migrations) {
        if (migration.version <= current)
            continue;
        for (const QString &statement : statementsOf(migration.sql)) {
            if (auto done = run(statement); !done) {
                rollback();
                return makeError(ErrorCode::MigrationFailed, done.error().detail);
            }
        }
        if (auto done = run(u"INSERT INTO hub_schema(version) VALUES (?)"_s, {migration.version});
            !done) {
            rollback();
            return done.error();
        }
    }
    if (m_engine == Engine::Sqlite) {
        if (auto done = run(u"PRAGMA application_id = %1"_s.arg(kApplicationId)); !done) {
            rollback();
            return done.error();
        }
    }
    return commit();
}

Status Backend::begin()
{
    auto began = run(m_engine == Engine::Sqlite ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s);
    if (!began)
        return began.error();
    m_inTransaction = true;
    return {};
}

Status Backend::beginSnapshot()
{
    auto began
        = run(m_engine == Engine::Sqlite ? u"BEGIN DEFERRED"_s
                                         : u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s);
    if (!began)
        return began.error();
    m_inTransaction = true;
    return {};
}

void Backend::close()
{
    m_statements.clear();
    m_retired.clear();
    m_db.close();
    m_db = QSqlDatabase();
}

void Backend::finishAll()
{
    for (const auto &query : std::as_const(m_statements))
        query->finish();
}

Status Backend::commit()
{
    finishAll();
    auto done = run(u"COMMIT"_s);
    m_inTransaction = false;
    if (!done) {
        rollback();
        return done.error();
    }
    return {};
}

void Backend::rollback()
{
    finishAll();
    m_inTransaction = false;
    if (auto done = runOnce(u"ROLLBACK"_s, {}); !done)
        qCWarning(lcStorage) << "hub database: rollback failed";
}

Result<Rows> Backend::run(const QString &sql, const QVariantList &values)
{
    auto rows = runOnce(sql, values);
    if (rows || m_engine != Engine::Postgres)
        return rows;
    if (!reconnectIfLost(rows.error().args.value(0)))
        return rows;
    qCWarning(lcStorage) << "hub database: the connection was lost and is open again";
    // Outside a transaction the statement runs again on the new connection: the store's
    // writes outside transactions are idempotent (a desk's last contact, a token rotation that
    // recognises itself), so one applied before its answer was lost does no harm twice. Inside
    // a transaction the transaction died with the connection: the whole of it runs again
    // (isRetryable) — but not after a lost COMMIT, which may have been applied.
    if (!m_inTransaction)
        return runOnce(sql, values);
    const bool commit = sql == u"COMMIT";
    m_inTransaction = false;
    return makeError(ErrorCode::QueryFailed, rows.error().detail,
                     {commit ? u"08007"_s : u"08006"_s});
}

bool Backend::reconnectIfLost(const QString &state)
{
    // An error with a SQLSTATE other than a connection one came from a server that answered.
    if (!state.isEmpty() && !state.startsWith(u"08") && !state.startsWith(u"57P"))
        return false;
    // While the server stays away, a request does not wait for a new connection every time:
    // one attempt a second, 503 at once in between.
    if (m_lastReconnect.isValid() && !m_lastReconnect.hasExpired(kReconnectIntervalMs))
        return false;
    if (m_db.isOpen()) {
        QSqlQuery probe(m_db);
        if (probe.exec(u"SELECT 1"_s))
            return false;
    }
    m_lastReconnect.start();
    // A caller's Rows lives within one store call: those of an earlier loss are gone.
    m_retired = m_statements.values();
    m_statements.clear();
    m_db.close();
    // A server that does not answer at all holds a request for the connect timeout: short here,
    // since the request is waiting.
    m_db.setConnectOptions(u"connect_timeout=2"_s);
    if (!m_db.open())
        return false;
    if (!applySettings().ok())
        return false;
    m_lastReconnect.invalidate(); // open again: the next loss may try at once
    return true;
}

Result<Rows> Backend::runOnce(const QString &sql, const QVariantList &values)
{
    // A statement left unfinished would keep SQLite's read snapshot (and PostgreSQL's
    // portal) open: every statement starts on a fresh one. Callers read a statement's rows
    // before they run the next.
    finishAll();
    // A reconnection failed a moment ago: the connection stays closed until the next attempt
    // (reconnectIfLost), and no statement is run on it meanwhile.
    if (!m_db.isOpen())
        return makeError(ErrorCode::QueryFailed,
                         u"the database connection is closed — "_s + sql.left(80), {u"08003"_s});
    auto cached = m_statements.find(sql);
    if (cached == m_statements.end()) {
        auto query = std::make_shared<QSqlQuery>(m_db);
        query->setForwardOnly(true);
        // Transaction control and settings cannot be prepared under PostgreSQL: statements
        // without values run as they are.
        if (!values.isEmpty() && !query->prepare(sql))
            return queryError(query->lastError(), sql);
        cached = m_statements.insert(sql, std::move(query));
    }
    QSqlQuery &query = **cached;
    if (values.isEmpty()) {
        if (!query.exec(sql))
            return queryError(query.lastError(), sql);
        return Rows(&query);
    }
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec())
        return queryError(query.lastError(), sql);
    return Rows(&query);
}

bool Backend::isRetryable(const Error &error)
{
    if (error.args.isEmpty())
        return false;
    const QString &code = error.args.constFirst();
    // PostgreSQL: serialization_failure, deadlock_detected; SQLite: SQLITE_BUSY, SQLITE_LOCKED.
    // A lost connection open again: 08006, which reconnectIfLost() gives (08007, a lost
    // COMMIT whose outcome is unknown, is not run again).
    return code == u"40001" || code == u"40P01" || code == u"5" || code == u"6" || code == u"08006";
}

} // namespace sportello::hub::detail
