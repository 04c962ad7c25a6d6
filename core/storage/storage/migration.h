// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sportello::storage {

// One schema step: the statements that move the database from version-1 to version.
struct Migration
{
    int version = 0;
    QString name;
    QStringList statements;
};

// The ordered list of schema steps a program knows; the last version is the program's schema.
class MigrationSet final
{
public:
    MigrationSet() = default;
    explicit MigrationSet(QList<Migration> migrations);

    // Reads NNNN_name.sql files from a (resource) directory, e.g. ":/migrations".
    [[nodiscard]] static Result<MigrationSet> fromDirectory(const QString &directory);
    // The application's schema, compiled into the program.
    [[nodiscard]] static const MigrationSet &application();

    [[nodiscard]] int latestVersion() const;
    [[nodiscard]] const QList<Migration> &migrations() const { return m_migrations; }

private:
    QList<Migration> m_migrations;
};

// Splits an SQL script into statements; understands quotes, comments and trigger bodies.
[[nodiscard]] QStringList splitSqlScript(const QString &script);

} // namespace sportello::storage
