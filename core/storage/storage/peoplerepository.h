// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "people/model.h"
#include "people/namematch.h"
#include "storage/personaldatastore.h"
#include "support/result.h"

#include <QDateTime>
#include <QList>

namespace sportello::storage {

class Database;

// People and their consents in SQLite: coded fields in `people`, personal fields sealed through
// the PersonalDataStore, the codice fiscale also as a blind index. Writes join the caller's
// transaction when there is one. No permission checks: services::PeopleService does them.
class PeopleRepository final
{
public:
    PeopleRepository(Database &database, const crypto::Vault &vault);

    [[nodiscard]] Result<qint64> insert(const people::Person &person);
    [[nodiscard]] Status update(const people::Person &person);
    // With `withPersonal` false only the coded fields are read (works while the vault is
    // locked, and decrypts nothing when only codes are needed).
    [[nodiscard]] Result<people::Person> person(qint64 personId, bool withPersonal = true) const;
    [[nodiscard]] Result<bool> exists(qint64 personId) const;
    [[nodiscard]] Result<QString> contactPreference(qint64 personId) const;
    // Names and birth years of everybody, decrypted (for the in-memory directory); Cancelled
    // as soon as `cancelled` is set (the load runs on a thread of its own).
    [[nodiscard]] Result<QList<people::NameCandidate>> names(const std::atomic<bool> *cancelled
                                                             = nullptr) const;
    [[nodiscard]] Result<QList<qint64>> byCodiceFiscale(const QString &normalized) const;
    // People created before `createdBefore` who never gave the consent `purposeCode`.
    [[nodiscard]] Result<QList<qint64>> withoutConsent(const QDateTime &createdBefore,
                                                       const QString &purposeCode) const;
    // The same test for one person, now (false for one no longer recorded).
    [[nodiscard]] Result<bool> isWithoutConsent(qint64 personId, const QDateTime &createdBefore,
                                                const QString &purposeCode) const;
    // Deletes the record, its sealed fields and index entries; consents and follow-ups go with
    // it (cascade), sessions lose the link.
    [[nodiscard]] Status erase(qint64 personId);

    [[nodiscard]] Result<qint64> insertConsent(const people::Consent &consent);
    [[nodiscard]] Status revokeConsent(qint64 consentId, const QDateTime &at, qint64 by);
    [[nodiscard]] Result<people::Consent> consent(qint64 consentId) const;
    [[nodiscard]] Result<QList<people::Consent>> consents(qint64 personId) const;
    [[nodiscard]] Result<bool> hasConsent(qint64 personId, const QString &purposeCode) const;

private:
    [[nodiscard]] Status putPersonal(const people::Person &person);

    Database &m_database;
    PersonalDataStore m_personal;
};

// Entity type and blind-index purpose of people's personal fields.
inline constexpr char kPersonEntity[] = "person";
inline constexpr char kCodiceFiscaleIndex[] = "person.codice_fiscale";

} // namespace sportello::storage
