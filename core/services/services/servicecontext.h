// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace sportello {
class Clock;
namespace crypto {
class Vault;
}
namespace storage {
class AuditLog;
class Database;
} // namespace storage
} // namespace sportello

namespace sportello::services {

class ChangeNotifier;

// What every service of the desk works with, built once by DeskServices: the database, the
// clock, the vault, the audit log and the notifier that announces committed changes.
struct ServiceContext
{
    storage::Database &database;
    const Clock &clock;
    crypto::Vault &vault;
    storage::AuditLog &audit;
    ChangeNotifier &notifier;
};

} // namespace sportello::services
