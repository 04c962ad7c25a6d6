// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/migration.h"

#include "connection.h"
#include "sql.h"
#include "sqlite.h"
#include "storage/transaction.h"
#include "support/logging.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sportello::storage {

MigrationSet::MigrationSet(QList<Migration> migrations)
    : m_migrations(std::move(migrations))
{
    std::sort(m_migrations.begin(), m_migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
}

Result<MigrationSet> MigrationSet::fromDirectory(const QString &directory)
{
    static const QRegularExpression pattern(u"^(\\d{4})_([a-z0-9_]+)\\.sql$"_s);
    const QDir dir(directory);
    QList<Migration> migrations;
    const QStringList files = dir.entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
    for (const QString &fileName : files) {
        const auto match = pattern.match(fileName);
        if (!match.hasMatch())
            return makeError(ErrorCode::MigrationFailed, u"bad migration file name "_s + fileName);
        QFile file(dir.filePath(fileName));
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::MigrationFailed, u"cannot read "_s + fileName);
        const int version = match.captured(1).toInt();
        if (version != migrations.size() + 1)
            return makeError(ErrorCode::MigrationFailed,
                             u"migration numbers must be 1, 2, 3…: "_s + fileName);
        migrations.append(
            {version, match.captured(2), splitSqlScript(QString::fromUtf8(file.readAll()))});
    }
    return MigrationSet(std::move(migrations));
}

const MigrationSet &MigrationSet::application()
{
    static const MigrationSet set = [] {
        auto loaded = fromDirectory(u":/sportello/migrations"_s);
        // The resource is compiled in: failing here is a build defect, not a user condition.
        Q_ASSERT_X(loaded.ok(), "MigrationSet::application", "bad migration resources");
        return loaded ? std::move(loaded).value() : MigrationSet();
    }();
    return set;
}

int MigrationSet::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.last().version;
}

Status applyMigrations(const MigrationSet &set, Database &database)
{
    const SqlConnection db = connectionOf(database);
    auto current = scalar(db, u"PRAGMA user_version"_s);
    if (!current)
        return current.error();
    const int from = current->toInt();
    for (const Migration &migration : set.migrations()) {
        if (migration.version <= from)
            continue;
        auto transaction = Transaction::begin(database);
        if (!transaction)
            return transaction.error();
        for (const QString &statement : migration.statements) {
            SqlQuery query(db);
            if (!query.exec(statement)) {
                const Error cause = toError(query.lastError(), statement.left(80));
                return makeError(ErrorCode::MigrationFailed,
                                 u"migration %1 (%2) failed: %3"_s.arg(migration.version)
                                     .arg(migration.name, cause.detail),
                                 {QString::number(migration.version)});
            }
        }
        SqlQuery bump(db);
        // PRAGMA does not take bound parameters; the value is an integer we own.
        if (!bump.exec(u"PRAGMA user_version = %1"_s.arg(migration.version)))
            return toError(bump.lastError(), u"set user_version"_s);
        bump.finish();
        if (auto committed = transaction->commit(); !committed)
            return committed.error();
        qCInfo(lcStorage) << "schema migrated to version" << migration.version << migration.name;
    }
    return {};
}

QStringList splitSqlScript(const QString &script)
{
    QStringList statements;
    QString current;
    int depth = 0; // inside CREATE TRIGGER … BEGIN … END
    int caseDepth = 0; // CASE … END inside a trigger body
    const qsizetype n = script.size();
    auto flush = [&] {
        const QString trimmed = current.trimmed();
        if (!trimmed.isEmpty())
            statements.append(trimmed);
        current.clear();
    };
    auto wordAt = [&](qsizetype i, QLatin1StringView word) {
        if (script.mid(i, word.size()).compare(word, Qt::CaseInsensitive) != 0)
            return false;
        const bool startOk = i == 0 || !script.at(i - 1).isLetterOrNumber();
        const qsizetype end = i + word.size();
        const bool endOk
            = end >= n || !(script.at(end).isLetterOrNumber() || script.at(end) == u'_');
        return startOk && endOk;
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = script.at(i);
        if (c == u'-' && i + 1 < n && script.at(i + 1) == u'-') {
            while (i < n && script.at(i) != u'\n')
                ++i;
            current += u'\n';
            continue;
        }
        if (c == u'/' && i + 1 < n && script.at(i + 1) == u'*') {
            const qsizetype end = script.indexOf(u"*/"_s, i + 2);
            i = end < 0 ? n : end + 1;
            current += u' ';
            continue;
        }
        if (c == u'\'' || c == u'"') {
            const qsizetype start = i;
            for (++i; i < n; ++i) {
                if (script.at(i) == c) {
                    if (i + 1 < n && script.at(i + 1) == c)
                        ++i; // doubled quote
                    else
                        break;
                }
            }
            current += script.mid(start, i - start + 1);
            continue;
        }
        if (c.isLetter()) {
            if (wordAt(i, "BEGIN"_L1)
                && current.trimmed().startsWith(u"CREATE"_s, Qt::CaseInsensitive)
                && current.contains(u"TRIGGER"_s, Qt::CaseInsensitive))
                ++depth;
            else if (depth > 0 && wordAt(i, "CASE"_L1))
                ++caseDepth;
            else if (depth > 0 && wordAt(i, "END"_L1))
                caseDepth > 0 ? --caseDepth : --depth;
        }
        if (c == u';' && depth == 0) {
            flush();
            continue;
        }
        current += c;
    }
    flush();
    return statements;
}

} // namespace sportello::storage
