// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/keyrotation.h"

#include "audit/audit.h"
#include "crypto/vault.h"
#include "services/accountseal.h"
#include "storage/accountrepository.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/personaldatastore.h"
#include "storage/personfilerepository.h"
#include "storage/settingsstore.h"
#include "storage/transaction.h"
#include "support/logging.h"

using namespace Qt::StringLiterals;

namespace sportello::services::detail {

namespace {

QString pendingKey()
{
    return QString::fromLatin1(storage::settingskeys::kVaultRotationPending);
}

// Every account seal the old key vouches for, redone under the new one; a seal that does not
// verify stays as it is, so the tampered account is still refused.
Result<int> rekeyAccounts(const ServiceContext &context, const crypto::Vault &previous)
{
    auto all = storage::AccountRepository(context.database).all();
    if (!all)
        return all.error();
    const AccountSeal before(context.database, previous, context.audit);
    AccountSeal after(context.database, context.vault, context.audit);
    int resealed = 0;
    for (const storage::OperatorRecord &record : std::as_const(*all)) {
        if (record.mac.isEmpty() || !before.check(record))
            continue;
        if (auto sealed = after.seal(record.id); !sealed)
            return sealed.error();
        ++resealed;
    }
    return resealed;
}

QString countsOf(const RotationReport &report)
{
    return u"fields=%1;indexes=%2;audit=%3;accounts=%4;wraps_removed=%5"_s.arg(report.fields)
        .arg(report.indexes)
        .arg(report.auditRows)
        .arg(report.accounts)
        .arg(report.wrapsRemoved.size());
}

} // namespace

Status requestKeyRotation(const ServiceContext &context, const QString &reason)
{
    return storage::SettingsStore(context.database, context.clock).setValue(pendingKey(), reason);
}

Result<bool> keyRotationPending(const ServiceContext &context)
{
    auto pending = storage::SettingsStore(context.database, context.clock).value(pendingKey());
    if (!pending)
        return pending.error();
    return !pending->isEmpty();
}

Result<RotationReport> rotateMasterKey(const ServiceContext &context, qint64 operatorId,
                                       const RotationProgress &progress)
{
    auto tx = storage::Transaction::begin(context.database);
    if (!tx)
        return tx.error();
    // From here the vault seals with the new key; until finish() the old one comes back with
    // any early return, and the transaction rolls back with it.
    auto rotation = crypto::VaultRotation::begin(context.vault);
    if (!rotation)
        return rotation.error();
    const crypto::Vault &previous = (*rotation)->previous();

    RotationReport report;
    auto personal
        = storage::PersonalDataStore(context.database, context.vault).rekey(previous, progress);
    if (!personal)
        return personal.error();
    report.fields = personal->fields;
    report.indexes = personal->indexes;
    auto files = storage::PersonFileRepository(context.database, context.vault).rekey(previous);
    if (!files)
        return files.error();
    report.fields += *files;
    auto audited = context.audit.rekey(previous);
    if (!audited)
        return audited.error();
    report.auditRows = *audited;
    auto accounts = rekeyAccounts(context, previous);
    if (!accounts)
        return accounts.error();
    report.accounts = *accounts;
    auto removed = (*rotation)->carryWrapsOver();
    if (!removed)
        return removed.error();
    report.wrapsRemoved = *removed;
    if (auto cleared = requestKeyRotation(context, QString()); !cleared)
        return cleared.error();
    if (auto status = context.audit.append(operatorId, QString::fromLatin1(audit::kKeyRotated),
                                           u"vault"_s, QString(), countsOf(report));
        !status)
        return status.error();
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    (*rotation)->finish();
    // The old wraps and values must not survive in the WAL; the database itself overwrote
    // them in place (secure_delete). A reader holding the WAL open postpones this to the
    // next checkpoint, which is not an error.
    if (auto checkpointed = context.database.checkpoint(); !checkpointed)
        qCWarning(lcServices).noquote()
            << "checkpoint after key rotation:" << checkpointed.error().toLogString();
    return report;
}

void completeKeyChange(const ServiceContext &context, qint64 operatorId,
                       const QString &newRecoveryKey)
{
    if (!newRecoveryKey.isEmpty()) {
        if (auto sealed = context.database.sealKeyForRecovery(newRecoveryKey); !sealed)
            qCWarning(lcServices).noquote()
                << "database key under the new recovery key:" << sealed.error().toLogString();
    }
    resumeKeyRotation(context, operatorId);
}

void resumeKeyRotation(const ServiceContext &context, qint64 operatorId)
{
    auto pending = keyRotationPending(context);
    if (!pending || !*pending)
        return;
    if (auto rotated = rotateMasterKey(context, operatorId); !rotated)
        qCWarning(lcServices).noquote() << "key rotation (owed, tried again at the next login):"
                                        << rotated.error().toLogString();
}

} // namespace sportello::services::detail
