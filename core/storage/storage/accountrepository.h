// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace sportello::storage {

class Database;

// One operator account as stored (the role as its code: "operatore", "facilitatore",
// "coordinatore"). The password is only ever an Argon2id hash string.
struct OperatorRecord
{
    qint64 id = 0;
    QString username;
    QString displayName;
    QString role;
    bool active = true;
    int failedLogins = 0;
    QDateTime lastFailedAt;
    bool mustChangePassword = false;
    QDateTime createdAt;
    qint64 createdBy = 0;
    QDateTime passwordChangedAt;
    QString mac; // empty until sealed (decision 32)
};

// All SQL of operator accounts.
class AccountRepository final
{
public:
    explicit AccountRepository(Database &database);

    [[nodiscard]] Result<QList<OperatorRecord>> all() const;
    [[nodiscard]] Result<std::optional<OperatorRecord>> byUsername(const QString &username) const;
    [[nodiscard]] Result<OperatorRecord> byId(qint64 id) const;
    [[nodiscard]] Result<int> countActive(const QString &role) const;

    [[nodiscard]] Result<qint64> insert(const OperatorRecord &record);
    // A new password was wrapped (the vault holds no separate hash, decision 34): records when,
    // whether it must be changed, and clears the failed-login count.
    [[nodiscard]] Status setPasswordChanged(qint64 id, const QDateTime &changedAt, bool mustChange);
    [[nodiscard]] Status setFailures(qint64 id, int failures, const QDateTime &lastFailedAt);
    [[nodiscard]] Status setActive(qint64 id, bool active);
    // The integrity seal of the row's role and state; empty stores NULL.
    [[nodiscard]] Status setMac(qint64 id, const QString &mac);

private:
    Database &m_database;
};

} // namespace sportello::storage
