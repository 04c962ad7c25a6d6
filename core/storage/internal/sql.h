// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqlite.h"
#include "support/result.h"

#include <QDateTime>
#include <QVariant>

#include <initializer_list>

namespace sportello::storage {

// Maps a Qt Sql error to a stable code (busy, full, constraint…) with a technical detail.
[[nodiscard]] Error toError(const SqlError &error, const QString &what);

// Prepares `sql` on `db` and binds the positional values; the query is ready to exec().
[[nodiscard]] Result<SqlQuery> prepare(const SqlConnection &db, const QString &sql,
                                       std::initializer_list<QVariant> values = {});

// Executes a prepared query.
[[nodiscard]] Status exec(SqlQuery &query, const QString &what);

// Prepares, binds and executes in one go; for statements whose rows the caller reads.
[[nodiscard]] Result<SqlQuery> run(const SqlConnection &db, const QString &sql,
                                   std::initializer_list<QVariant> values = {});

// The same with a list of values built at run time.
[[nodiscard]] Result<SqlQuery> runValues(const SqlConnection &db, const QString &sql,
                                         const QVariantList &values);
// Timestamps as stored: UTC ISO 8601 with milliseconds; empty for an invalid one.
[[nodiscard]] QString storedTime(const QDateTime &at);
[[nodiscard]] QDateTime readStoredTime(const QString &text);
// A row id to bind: SQL NULL for 0 (nobody / nothing).
[[nodiscard]] QVariant nullableId(qint64 id);

// Runs a statement that yields at most one value and returns it (invalid QVariant if no row).
[[nodiscard]] Result<QVariant> scalar(const SqlConnection &db, const QString &sql,
                                      std::initializer_list<QVariant> values = {});

} // namespace sportello::storage
