// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlite.h"

#include "support/logging.h"

#include <QDateTime>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace sportello::storage {

struct SqlConnection::Handle
{
    sqlite3 *db = nullptr;
    ~Handle()
    {
        // _v2: a statement still alive keeps the connection until it is finalized.
        if (db)
            sqlite3_close_v2(db);
    }
};

namespace {

// SQLCipher's raw key form: x'<key in hex><salt in hex>', used as it is without the passphrase
// derivation (PBKDF2 at 256,000 rounds) every connection would otherwise pay.
QByteArray rawKeyLiteral(QByteArrayView key, QByteArrayView salt)
{
    static constexpr char kHex[] = "0123456789abcdef";
    QByteArray literal(2 * (key.size() + salt.size()) + 3, Qt::Uninitialized);
    qsizetype at = 0;
    literal[at++] = 'x';
    literal[at++] = '\'';
    for (const QByteArrayView part : {key, salt}) {
        for (const char byte : part) {
            literal[at++] = kHex[(uchar(byte) >> 4) & 0xf];
            literal[at++] = kHex[uchar(byte) & 0xf];
        }
    }
    literal[at] = '\'';
    return literal;
}

ErrorCode openErrorCode(int primary, bool keyed)
{
    switch (primary) {
    case SQLITE_NOTADB:
        return keyed ? ErrorCode::DatabaseKeyRejected : ErrorCode::DatabaseNotSportello;
    case SQLITE_CORRUPT:
        return ErrorCode::DatabaseCorrupt;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return ErrorCode::DatabaseBusy;
    default:
        return ErrorCode::DatabaseOpenFailed;
    }
}

} // namespace

Result<SqlConnection> SqlConnection::open(const QString &path, QByteArrayView key,
                                          QByteArrayView salt)
{
    if (!key.isEmpty() && key.size() != kKeyBytes)
        return makeError(ErrorCode::DatabaseKeyRejected,
                         u"a database key has %1 bytes"_s.arg(kKeyBytes));
    if (!salt.isEmpty() && (key.isEmpty() || salt.size() != kSaltBytes))
        return makeError(ErrorCode::DatabaseKeyRejected,
                         u"a database salt has %1 bytes and goes with a key"_s.arg(kSaltBytes));
    auto handle = std::make_shared<Handle>();
    const int opened = sqlite3_open_v2(
        path.toUtf8().constData(), &handle->db,
        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (opened != SQLITE_OK) {
        const QString why = handle->db ? QString::fromUtf8(sqlite3_errmsg(handle->db))
                                       : QString::fromUtf8(sqlite3_errstr(opened));
        return makeError(ErrorCode::DatabaseOpenFailed, u"cannot open %1: %2"_s.arg(path, why));
    }
    sqlite3_extended_result_codes(handle->db, 1);
    // Before the first read below: another connection writing must not fail this open.
    sqlite3_busy_timeout(handle->db, kBusyTimeoutMs);
    // SQLCipher's own log (to stderr by default) would repeat what the error below says.
    sqlite3_exec(handle->db, "PRAGMA cipher_log_level = NONE", nullptr, nullptr, nullptr);
    if (!key.isEmpty()) {
        // Fail closed when the library is a plain SQLite (a package that loads the system's
        // instead of SQLCipher): it would accept the key and write the file in clear.
        sqlite3_stmt *version = nullptr;
        bool cipher = false;
        if (sqlite3_prepare_v2(handle->db, "PRAGMA cipher_version", -1, &version, nullptr)
                == SQLITE_OK
            && sqlite3_step(version) == SQLITE_ROW)
            cipher = sqlite3_column_bytes(version, 0) > 0;
        sqlite3_finalize(version);
        if (!cipher)
            return makeError(ErrorCode::DatabaseOpenFailed,
                             u"the SQLite library is not SQLCipher: no encryption"_s);
        QByteArray literal = rawKeyLiteral(key, salt);
        const int keyed = sqlite3_key(handle->db, literal.constData(), int(literal.size()));
        literal.fill('\0');
        if (keyed != SQLITE_OK)
            return makeError(ErrorCode::DatabaseKeyRejected, u"the database key was refused"_s);
    }
    // The first read of the header tells a wrong key (or a file that is not a database).
    const int checked
        = sqlite3_exec(handle->db, "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr);
    if (checked != SQLITE_OK) {
        return makeError(
            openErrorCode(checked & 0xff, !key.isEmpty()),
            u"cannot read %1: %2"_s.arg(path, QString::fromUtf8(sqlite3_errmsg(handle->db))));
    }
    SqlConnection connection;
    connection.m_handle = std::move(handle);
    return connection;
}

sqlite3 *SqlConnection::handle() const
{
    return m_handle ? m_handle->db : nullptr;
}

bool SqlConnection::inTransaction() const
{
    return m_handle && sqlite3_get_autocommit(handle()) == 0;
}

SqlError SqlConnection::lastError() const
{
    if (!m_handle)
        return {SQLITE_MISUSE, u"the connection is not open"_s};
    return {sqlite3_extended_errcode(m_handle->db),
            QString::fromUtf8(sqlite3_errmsg(m_handle->db))};
}

SqlQuery::SqlQuery(SqlConnection connection)
    : m_connection(std::move(connection))
{ }

SqlQuery::~SqlQuery()
{
    sqlite3_finalize(m_statement);
}

SqlQuery::SqlQuery(SqlQuery &&other) noexcept
    : m_connection(std::move(other.m_connection))
    , m_statement(std::exchange(other.m_statement, nullptr))
    , m_values(std::move(other.m_values))
    , m_error(std::move(other.m_error))
    , m_lastInsertId(std::move(other.m_lastInsertId))
    , m_rowsAffected(other.m_rowsAffected)
    , m_pendingRow(other.m_pendingRow)
    , m_onRow(other.m_onRow)
{ }

SqlQuery &SqlQuery::operator=(SqlQuery &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_statement);
        m_connection = std::move(other.m_connection);
        m_statement = std::exchange(other.m_statement, nullptr);
        m_values = std::move(other.m_values);
        m_error = std::move(other.m_error);
        m_lastInsertId = std::move(other.m_lastInsertId);
        m_rowsAffected = other.m_rowsAffected;
        m_pendingRow = other.m_pendingRow;
        m_onRow = other.m_onRow;
    }
    return *this;
}

bool SqlQuery::fail()
{
    m_error = m_connection.lastError();
    if (!m_error.isValid())
        m_error = {SQLITE_ERROR, u"unknown error"_s};
    m_onRow = false;
    m_pendingRow = false;
    return false;
}

bool SqlQuery::prepare(const QString &sql)
{
    sqlite3_finalize(std::exchange(m_statement, nullptr));
    m_values.clear();
    m_error = {};
    m_onRow = m_pendingRow = false;
    if (!m_connection.isOpen()) {
        m_error = m_connection.lastError();
        return false;
    }
    const QByteArray text = sql.toUtf8();
    const char *tail = nullptr;
    if (sqlite3_prepare_v2(m_connection.handle(), text.constData(), int(text.size()), &m_statement,
                           &tail)
        != SQLITE_OK)
        return fail();
    if (!m_statement) { // only a comment or white space
        m_error = {SQLITE_MISUSE, u"no statement in: %1"_s.arg(sql.left(80))};
        return false;
    }
    // One statement per call, as Qt's driver required: what follows would silently not run.
    if (tail && !QByteArrayView(tail, text.constData() + text.size() - tail).trimmed().isEmpty()) {
        sqlite3_finalize(std::exchange(m_statement, nullptr));
        m_error = {SQLITE_MISUSE, u"more than one statement in: %1"_s.arg(sql.left(80))};
        return false;
    }
    return true;
}

void SqlQuery::addBindValue(const QVariant &value)
{
    m_values.append(value);
}

namespace {

// As Qt's SQLite driver did: an empty variant and a null string, byte array, date or time
// are SQL NULL (QVariant::isNull() no longer says so for them in Qt 6).
bool isSqlNull(const QVariant &value)
{
    if (value.isNull())
        return true;
    switch (value.typeId()) {
    case QMetaType::QString:
        return value.toString().isNull();
    case QMetaType::QByteArray:
        return value.toByteArray().isNull();
    case QMetaType::QDate:
        return value.toDate().isNull();
    case QMetaType::QTime:
        return value.toTime().isNull();
    case QMetaType::QDateTime:
        return value.toDateTime().isNull();
    default:
        return false;
    }
}

int bind(sqlite3_stmt *statement, int index, const QVariant &value)
{
    if (isSqlNull(value))
        return sqlite3_bind_null(statement, index);
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
    case QMetaType::UShort:
        return sqlite3_bind_int64(statement, index, value.toLongLong());
    case QMetaType::ULong:
    case QMetaType::ULongLong:
        return sqlite3_bind_int64(statement, index, qint64(value.toULongLong()));
    case QMetaType::Double:
    case QMetaType::Float:
        return sqlite3_bind_double(statement, index, value.toDouble());
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        return sqlite3_bind_blob64(statement, index, bytes.constData(),
                                   sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT);
    }
    default: {
        const QString text = value.toString();
        return sqlite3_bind_text16(statement, index, text.utf16(), int(text.size() * 2),
                                   SQLITE_TRANSIENT);
    }
    }
}

} // namespace

bool SqlQuery::step()
{
    const int stepped = sqlite3_step(m_statement);
    if (stepped == SQLITE_ROW) {
        m_onRow = true;
        return true;
    }
    m_onRow = false;
    if (stepped == SQLITE_DONE) {
        // The statement ran to its end: release its read at once (a pending read would pin
        // the WAL snapshot and keep checkpoints from finishing).
        sqlite3_reset(m_statement);
        return false;
    }
    return fail();
}

bool SqlQuery::exec()
{
    m_error = {};
    m_onRow = m_pendingRow = false;
    m_rowsAffected = -1;
    m_lastInsertId = QVariant();
    if (!m_statement) {
        m_error = {SQLITE_MISUSE, u"exec() without a prepared statement"_s};
        return false;
    }
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    const int expected = sqlite3_bind_parameter_count(m_statement);
    if (expected != m_values.size()) {
        m_error = {SQLITE_RANGE,
                   u"%1 values bound for %2 parameters"_s.arg(m_values.size()).arg(expected)};
        return false;
    }
    for (int i = 0; i < m_values.size(); ++i) {
        if (bind(m_statement, i + 1, m_values.at(i)) != SQLITE_OK)
            return fail();
    }
    m_values.clear();
    sqlite3 *db = m_connection.handle();
    const bool row = step();
    if (!row && m_error.isValid())
        return false;
    m_pendingRow = row;
    // Rows the statement itself changed, not its triggers' or cascades' (0 for a query), as
    // Qt's driver reported them.
    m_rowsAffected = sqlite3_stmt_readonly(m_statement) ? 0 : int(sqlite3_changes64(db));
    m_lastInsertId = qlonglong(sqlite3_last_insert_rowid(db));
    return true;
}

bool SqlQuery::exec(const QString &sql)
{
    return prepare(sql) && exec();
}

bool SqlQuery::next()
{
    if (!m_statement)
        return false;
    if (m_pendingRow) {
        m_pendingRow = false;
        return true;
    }
    if (!m_onRow)
        return false; // never ran, ran to its end, or failed
    return step();
}

QVariant SqlQuery::value(int index) const
{
    if (!m_onRow || index < 0 || index >= sqlite3_column_count(m_statement))
        return {};
    switch (sqlite3_column_type(m_statement, index)) {
    case SQLITE_INTEGER:
        return qlonglong(sqlite3_column_int64(m_statement, index));
    case SQLITE_FLOAT:
        return sqlite3_column_double(m_statement, index);
    case SQLITE_BLOB: {
        const auto *data = static_cast<const char *>(sqlite3_column_blob(m_statement, index));
        return QByteArray(data, sqlite3_column_bytes(m_statement, index));
    }
    case SQLITE_TEXT: {
        const auto *data = static_cast<const char16_t *>(sqlite3_column_text16(m_statement, index));
        return QString(reinterpret_cast<const QChar *>(data),
                       sqlite3_column_bytes16(m_statement, index) / 2);
    }
    default:
        // SQL NULL as Qt's driver gave it: valid (a row was there) and null.
        return QVariant(QMetaType::fromType<QString>());
    }
}

void SqlQuery::finish()
{
    if (m_statement)
        sqlite3_reset(m_statement);
    m_onRow = m_pendingRow = false;
}

} // namespace sportello::storage
