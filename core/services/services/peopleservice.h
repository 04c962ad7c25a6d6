// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "people/model.h"
#include "people/namematch.h"
#include "people/persondirectory.h"
#include "security/permissions.h"
#include "services/authorizer.h"
#include "services/servicecontext.h"
#include "support/result.h"

#include <QList>

#include <memory>
#include <optional>

namespace sportello::storage {
class Transaction;
}

namespace sportello::services {

class DirectoryLoader;

// People of the desk and their consents. Every operation checks the operator's permission and
// is audited (create, view, edit); personal fields go through the vault.
class PeopleService final
{
public:
    explicit PeopleService(const ServiceContext &context);
    ~PeopleService();
    PeopleService(const PeopleService &) = delete;
    PeopleService &operator=(const PeopleService &) = delete;

    // Checks a record before saving: codes from the vocabularies, a valid codice fiscale
    // (InvalidArgument, args {field, problem}).
    [[nodiscard]] Status validate(const people::Person &person) const;
    // Fills birth date, birth year and gender from a valid codice fiscale; leaves the person
    // unchanged (and returns the error) when it is not valid.
    [[nodiscard]] Status applyCodiceFiscale(people::Person &person) const;

    // Who may already be recorded: the same codice fiscale (blind index), then the same or a
    // similar name with a compatible birth year.
    [[nodiscard]] Result<QList<people::DuplicateCandidate>>
    possibleDuplicates(const security::Actor &actor, const people::Person &person);
    [[nodiscard]] Result<qint64> create(const security::Actor &actor, people::Person person);
    [[nodiscard]] Status update(const security::Actor &actor, const people::Person &person);
    // Reads a whole record (audited as a view).
    [[nodiscard]] Result<people::Person> person(const security::Actor &actor, qint64 personId);
    // Finds people by name while typing (not audited: a row per keystroke would bury the log;
    // the record opened is), or by a whole codice fiscale (audited as a lookup, found or not).
    [[nodiscard]] Result<QList<people::DirectoryHit>> search(const security::Actor &actor,
                                                             const QString &query, int limit = 20);
    // The name of a person as lists show it (queue, timeline header); NotFound if erased.
    [[nodiscard]] Result<people::DirectoryHit> nameOf(const security::Actor &actor,
                                                      qint64 personId);

    [[nodiscard]] Result<qint64> recordConsent(const security::Actor &actor, qint64 personId,
                                               people::ConsentPurpose purpose,
                                               people::ConsentMethod method,
                                               const QString &textVersion);
    [[nodiscard]] Status revokeConsent(const security::Actor &actor, qint64 consentId);
    [[nodiscard]] Result<QList<people::Consent>> consents(const security::Actor &actor,
                                                          qint64 personId) const;
    [[nodiscard]] Result<bool> hasConsent(const security::Actor &actor, qint64 personId,
                                          people::ConsentPurpose purpose) const;
    // The name to print on the person's consent form: needs Permission::ExportData, audited
    // as an export. Without it the form is printed with the name left blank.
    [[nodiscard]] Result<QString> consentFormName(const security::Actor &actor, qint64 personId);

    // Removes intakes older than 72 hours for which the consent to record personal data was
    // never given: the record and its sealed fields go, its sessions and referrals stay as
    // coded records without the person (their notes removed). Audited.
    // Returns how many people were removed.
    [[nodiscard]] Result<int> purgeAbandonedIntakes();
    // The same in two steps, so that the first — a pass over every person, a tenth of a second
    // at 200,000 — can run on a worker thread (its own connection; it writes nothing): the
    // candidates, then their removal, each checked again, on this service's thread.
    [[nodiscard]] Result<QList<qint64>> abandonedIntakes() const;
    [[nodiscard]] Result<int> purgeAbandonedIntakes(const QList<qint64> &candidates);
    // Starts reading and decrypting every name on a thread of its own (right after login), so
    // that the first search does not hold up the window; directoryReady() says when it is done,
    // ChangeNotifier::peopleDirectoryReady announces it. Meanwhile the searches that need the
    // whole directory wait for it, and a single name is read from its record.
    void preloadDirectory();
    [[nodiscard]] bool directoryReady() const { return m_directoryState == DirectoryState::Loaded; }
    // A load started by preloadDirectory() is under way: a name search now would wait for it.
    [[nodiscard]] bool directoryLoading() const
    {
        return m_directoryState == DirectoryState::Loading;
    }
    // Drops the decrypted names held in memory, stopping a load under way (the desk locks).
    void forget();
    // Forgets one person's name in memory once their record is gone (erasure).
    void dropFromDirectory(qint64 personId);

private:
    enum class DirectoryState { Unloaded, Loading, Loaded };
    // A name committed while the directory was loading, applied once it is in.
    struct NameChange
    {
        std::optional<people::NameCandidate> upsert;
        qint64 removed = 0;
    };

    [[nodiscard]] Status ensureDirectory();
    // The load under way, once done: the directory and the changes made meanwhile.
    void adoptLoaded();
    void upsertName(const people::NameCandidate &name);
    // A person's name from the directory, or from their record while it loads.
    [[nodiscard]] Result<people::DirectoryHit> hitOf(qint64 personId) const;
    // Puts the name in the in-memory directory once `transaction` commits.
    void rememberName(storage::Transaction &transaction, people::NameCandidate name);

    storage::Database &m_database;
    const crypto::Vault &m_vault;
    storage::AuditLog &m_audit;
    const Clock &m_clock;
    ChangeNotifier &m_notifier;
    // Refusals are audited, also from the read-only queries.
    mutable Authorizer m_authorizer;
    people::PersonDirectory m_directory;
    DirectoryState m_directoryState = DirectoryState::Unloaded;
    std::unique_ptr<DirectoryLoader> m_loader;
    QList<NameChange> m_changesWhileLoading;
};

// Intakes without consent are kept this long.
inline constexpr int kAbandonedIntakeHours = 72;

} // namespace sportello::services
