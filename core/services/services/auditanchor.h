// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to the services: the audit chain's head, sent to the hub from time to time.

#include "support/result.h"

namespace sportello {
class Clock;
namespace storage {
class AuditLog;
class Database;
} // namespace storage
} // namespace sportello

namespace sportello::services::detail {

// An `audit.anchor` event is queued at most this often.
inline constexpr int kAuditAnchorHours = 24;

// Queues the head of the audit chain (its last row's hash, nothing else) as an `audit.anchor`
// event in the outbox when the last one is at least kAuditAnchorHours old and the chain has
// grown since; the hub keeps it with the time it arrived, so a log rewritten later no longer
// reaches a head the hub has seen (decision 32). Returns whether one was queued.
[[nodiscard]] Result<bool> anchorAuditChain(storage::Database &database, const Clock &clock,
                                            const storage::AuditLog &audit);

} // namespace sportello::services::detail
