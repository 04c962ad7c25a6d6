// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/servicecontext.h"
#include "support/result.h"

#include <QList>
#include <QString>

#include <functional>

namespace sportello::services::detail {

// What a rotation redid, for the audit row (counts only) and the tests.
struct RotationReport
{
    int fields = 0; // personal fields re-sealed
    int indexes = 0; // blind-index entries recomputed
    int auditRows = 0; // audit MACs redone
    int accounts = 0; // account seals redone
    QList<qint64> wrapsRemoved; // version-1 wraps that could not receive the new key
};

// Called with the values done and the total; returning false stops the rotation, which then
// rolls back as an interruption would (it stays owed and runs again at the next unlock).
using RotationProgress = std::function<bool(int done, int total)>;

// Records, inside the caller's transaction, that the master key must be replaced and why
// ("deactivation", "recovery_key"). The caller runs rotateMasterKey() after committing; if it
// does not complete, the next unlock does it.
[[nodiscard]] Status requestKeyRotation(const ServiceContext &context, const QString &reason);
[[nodiscard]] Result<bool> keyRotationPending(const ServiceContext &context);

// Replaces the vault's master key (decision 34) in one write transaction: every personal field
// re-sealed, every blind-index entry recomputed from its field, every audit MAC and account
// seal the old key vouched for redone, the new key sealed to every version-2 wrap (version-1
// wraps are removed: their accounts need a new password from a coordinator), the pending mark
// cleared and a `key_rotated` audit row with the counts. Then the WAL is checkpointed, so the
// old wraps survive in no file of the profile. Needs the vault unlocked; all or nothing.
[[nodiscard]] Result<RotationReport> rotateMasterKey(const ServiceContext &context,
                                                     qint64 operatorId,
                                                     const RotationProgress &progress = {});

// After the change that owes a rotation has committed: the new recovery key's copy of the
// database key (decision 30) if there is a new key, then the rotation. Failures are logged:
// the rotation stays owed, and the old copy of the database key stays under the old key until
// a coordinator's next recovery writes it again.
void completeKeyChange(const ServiceContext &context, qint64 operatorId,
                       const QString &newRecoveryKey);
// Runs a rotation left owed by an interrupted one (at login); failures are logged.
void resumeKeyRotation(const ServiceContext &context, qint64 operatorId);

} // namespace sportello::services::detail
