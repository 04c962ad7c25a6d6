// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "people/personfile.h"
#include "support/result.h"

#include <QList>

namespace sportello::crypto {
class Vault;
}

namespace sportello::storage {

class Database;

// The person_files table: the path sealed by the vault (entity "person_file", field "path").
// Rows go with their person (cascade). No permission checks: the services do them.
class PersonFileRepository final
{
public:
    PersonFileRepository(Database &database, const crypto::Vault &vault);

    [[nodiscard]] Result<qint64> add(const people::PersonFile &file);
    // Newest first; needs the vault to open the paths.
    [[nodiscard]] Result<QList<people::PersonFile>> ofPerson(qint64 personId) const;
    // During a key rotation (decision 34): every path opened with `previous`, sealed again
    // with the vault's new key. Returns how many.
    [[nodiscard]] Result<int> rekey(const crypto::Vault &previous);

private:
    Database &m_database;
    const crypto::Vault &m_vault;
};

} // namespace sportello::storage
