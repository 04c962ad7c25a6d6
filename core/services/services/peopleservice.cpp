// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/peopleservice.h"

#include "catalogue/handout.h"
#include "crypto/vault.h"
#include "people/codicefiscale.h"
#include "services/changenotifier.h"
#include "services/directoryloader.h"
#include "services/personeraser.h"
#include "services/servicechecks.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/peoplerepository.h"
#include "storage/sessionrepository.h"
#include "storage/transaction.h"
#include "support/clock.h"
#include "support/logging.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace sportello::services {

using namespace people;

namespace {

const QString kPersonType = QString::fromLatin1(storage::kPersonEntity);
const QString kConsentType = u"consent"_s;
const QString kConsentFormType = u"consent_form"_s;

using detail::auditCode;
using detail::invalid;

// People are recorded by counter operators and by facilitators (for facilitation sessions).
Status requireRecording(Authorizer &authorizer, const security::Actor &actor,
                        const QString &entityId = {})
{
    return detail::requireRecording(authorizer, actor, kPersonType, entityId);
}

bool looksLikeCodiceFiscale(const QString &text)
{
    static const QRegularExpression pattern(u"^[A-Z0-9]{16}$"_s);
    return pattern.match(normalizeCodiceFiscale(text)).hasMatch();
}

} // namespace

PeopleService::PeopleService(const ServiceContext &context)
    : m_database(context.database)
    , m_vault(context.vault)
    , m_audit(context.audit)
    , m_clock(context.clock)
    , m_notifier(context.notifier)
    , m_authorizer(context)
    , m_loader(std::make_unique<DirectoryLoader>(
          [&database = m_database, &vault = m_vault](const std::atomic<bool> &cancelled) {
              // On the loader's thread: its own connection; the vault only reads its key.
              return storage::PeopleRepository(database, vault).names(&cancelled);
          }))
{ }

PeopleService::~PeopleService()
{
    forget();
}

Status PeopleService::validate(const Person &p) const
{
    if (p.givenName.trimmed().isEmpty() && p.familyName.trimmed().isEmpty())
        return invalid(u"name"_s, u"empty"_s);
    const int thisYear = m_clock.today().year();
    if (p.birthYear != 0 && (p.birthYear < thisYear - 120 || p.birthYear > thisYear))
        return invalid(u"birth_year"_s, QString::number(p.birthYear));
    if (p.birthDate.isValid()
        && (p.birthDate > m_clock.today() || p.birthDate.year() != p.birthYear))
        return invalid(u"birth_date"_s, p.birthDate.toString(Qt::ISODate));
    const QList<std::pair<QString, std::pair<const QList<Term> *, QString>>> coded {
        {u"gender"_s, {&Vocabulary::genders(), p.gender}},
        {u"residence"_s, {&Vocabulary::residences(), p.residence}},
        {u"citizenship"_s, {&Vocabulary::citizenships(), p.citizenship}},
        {u"household_type"_s, {&Vocabulary::householdTypes(), p.householdType}},
        {u"employment"_s, {&Vocabulary::employment(), p.employment}},
        {u"education"_s, {&Vocabulary::education(), p.education}},
        {u"contact_preference"_s, {&Vocabulary::contactPreferences(), p.contactPreference}},
    };
    for (const auto &[field, check] : coded) {
        if (!Vocabulary::contains(*check.first, check.second))
            return invalid(field, check.second);
    }
    if (p.householdSize < count::kNoAnswer || p.householdSize > 30)
        return invalid(u"household_size"_s, QString::number(p.householdSize));
    if (p.minors < count::kNoAnswer || p.minors > 20
        || (p.minors >= 0 && p.householdSize >= 0 && p.minors >= p.householdSize))
        return invalid(u"minors"_s, QString::number(p.minors));
    if (!catalogue::HandoutLabels::languages().contains(p.language))
        return invalid(u"language"_s, p.language);
    static const QRegularExpression email(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    if (!p.email.isEmpty() && !email.match(p.email.trimmed()).hasMatch())
        return invalid(u"email"_s, u"format"_s);
    static const QRegularExpression phone(u"^\\+?[0-9 ./-]{6,20}$"_s);
    if (!p.phone.isEmpty() && !phone.match(p.phone.trimmed()).hasMatch())
        return invalid(u"phone"_s, u"format"_s);
    if (!p.codiceFiscale.isEmpty()) {
        auto parsed = parseCodiceFiscale(p.codiceFiscale, m_clock.today());
        if (!parsed)
            return invalid(u"codice_fiscale"_s, parsed.error().args.value(0));
    }
    return {};
}

Status PeopleService::applyCodiceFiscale(Person &person) const
{
    auto parsed = parseCodiceFiscale(person.codiceFiscale, m_clock.today());
    if (!parsed)
        return invalid(u"codice_fiscale"_s, parsed.error().args.value(0));
    person.codiceFiscale = parsed->normalized;
    person.birthDate = parsed->birthDate;
    person.birthYear = parsed->birthDate.year();
    person.gender = parsed->gender == 'F' ? u"F"_s : u"M"_s;
    return {};
}

void PeopleService::preloadDirectory()
{
    if (m_directoryState != DirectoryState::Unloaded || !m_vault.isUnlocked())
        return;
    m_directoryState = DirectoryState::Loading;
    m_changesWhileLoading.clear();
    m_loader->start([this] { adoptLoaded(); });
}

void PeopleService::adoptLoaded()
{
    if (m_directoryState != DirectoryState::Loading)
        return;
    auto loaded = m_loader->take();
    if (!loaded) {
        // The search loads it again itself, on the GUI thread, and shows the error if any.
        qCWarning(lcServices).noquote() << "person directory:" << loaded.error().toLogString();
        m_directoryState = DirectoryState::Unloaded;
        m_changesWhileLoading.clear();
        Q_EMIT m_notifier.peopleDirectoryReady();
        return;
    }
    m_directory = std::move(*loaded);
    // A name committed after the load began may or may not be in what it read: applied again.
    for (const NameChange &change : std::as_const(m_changesWhileLoading)) {
        if (change.upsert)
            m_directory.upsert(*change.upsert);
        else
            m_directory.remove(change.removed);
    }
    m_changesWhileLoading.clear();
    m_directoryState = DirectoryState::Loaded;
    Q_EMIT m_notifier.peopleDirectoryReady();
}

Status PeopleService::ensureDirectory()
{
    if (m_directoryState == DirectoryState::Loading)
        adoptLoaded(); // waits for the load: a duplicate check or a search that cannot wait
    if (m_directoryState == DirectoryState::Loaded)
        return {};
    auto names = storage::PeopleRepository(m_database, m_vault).names();
    if (!names)
        return names.error();
    m_directory.reset(*names);
    m_directoryState = DirectoryState::Loaded;
    return {};
}

void PeopleService::forget()
{
    // The loader decrypts with the key about to be wiped: it stops before forget() returns.
    m_loader->cancel();
    m_changesWhileLoading.clear();
    m_directory.clear();
    m_directoryState = DirectoryState::Unloaded;
}

void PeopleService::upsertName(const NameCandidate &name)
{
    if (m_directoryState == DirectoryState::Loaded)
        m_directory.upsert(name);
    else if (m_directoryState == DirectoryState::Loading)
        m_changesWhileLoading.append({name, 0});
}

void PeopleService::dropFromDirectory(qint64 personId)
{
    if (m_directoryState == DirectoryState::Loaded)
        m_directory.remove(personId);
    else if (m_directoryState == DirectoryState::Loading)
        m_changesWhileLoading.append({std::nullopt, personId});
}

Result<DirectoryHit> PeopleService::hitOf(qint64 personId) const
{
    if (m_directoryState == DirectoryState::Loaded) {
        if (const auto found = m_directory.find(personId))
            return *found;
        return makeError(ErrorCode::NotFound, u"no person %1"_s.arg(personId));
    }
    auto person = storage::PeopleRepository(m_database, m_vault).person(personId);
    if (!person)
        return person.error();
    return DirectoryHit {person->id, person->givenName, person->familyName, person->birthYear};
}

void PeopleService::rememberName(storage::Transaction &transaction, NameCandidate name)
{
    // Only a committed name belongs in the directory; one loaded later reads it from disk.
    transaction.onCommit([this, name = std::move(name)] { upsertName(name); });
}

Result<QList<DuplicateCandidate>> PeopleService::possibleDuplicates(const security::Actor &actor,
                                                                    const Person &person)
{
    if (auto allowed = requireRecording(m_authorizer, actor); !allowed)
        return allowed.error();
    QList<DuplicateCandidate> result;
    const storage::PeopleRepository repository(m_database, m_vault);
    if (auto ready = ensureDirectory(); !ready)
        return ready.error();
    QList<qint64> seen;
    if (!person.codiceFiscale.isEmpty()) {
        auto ids = repository.byCodiceFiscale(normalizeCodiceFiscale(person.codiceFiscale));
        if (!ids)
            return ids.error();
        for (qint64 id : *ids) {
            if (id == person.id)
                continue;
            const auto found = m_directory.find(id);
            if (!found)
                continue;
            result.append({id, DuplicateCandidate::Reason::SameCodiceFiscale, found->givenName,
                           found->familyName, found->birthYear,
                           person.birthYear != 0 && person.birthYear == found->birthYear});
            seen.append(id);
        }
    }
    const auto matches = m_directory.possibleDuplicates(
        person.givenName, person.familyName,
        person.birthYear > 0 ? std::optional<int>(person.birthYear) : std::nullopt);
    for (const DuplicateMatch &match : matches) {
        if (match.personId == person.id || seen.contains(match.personId))
            continue;
        const auto found = m_directory.find(match.personId);
        if (!found)
            continue;
        result.append({match.personId,
                       match.kind == DuplicateMatch::SameName
                           ? DuplicateCandidate::Reason::SameName
                           : DuplicateCandidate::Reason::SimilarName,
                       found->givenName, found->familyName, found->birthYear, match.sameBirthYear});
    }
    return result;
}

Result<qint64> PeopleService::create(const security::Actor &actor, Person person)
{
    if (auto allowed = requireRecording(m_authorizer, actor); !allowed)
        return allowed.error();
    person.givenName = person.givenName.simplified();
    person.familyName = person.familyName.simplified();
    if (!person.codiceFiscale.isEmpty()) {
        if (auto applied = applyCodiceFiscale(person); !applied)
            return applied.error();
    }
    if (auto valid = validate(person); !valid)
        return valid.error();
    storage::PeopleRepository repository(m_database, m_vault);
    if (!person.codiceFiscale.isEmpty()) {
        auto same = repository.byCodiceFiscale(person.codiceFiscale);
        if (!same)
            return same.error();
        if (!same->isEmpty())
            return makeError(ErrorCode::DuplicatePerson, u"codice fiscale already recorded"_s,
                             {QString::number(same->first())});
    }
    person.id = 0;
    person.createdAt = person.updatedAt = m_clock.nowUtc();
    person.createdBy = actor.operatorId;
    auto tx = storage::Transaction::begin(m_database);
    if (!tx)
        return tx.error();
    auto id = repository.insert(person);
    if (!id)
        return id.error();
    if (auto audited = m_audit.append(actor.operatorId, auditCode(audit::kCreate), kPersonType,
                                      QString::number(*id));
        !audited)
        return audited.error();
    rememberName(*tx,
                 {*id, person.givenName, person.familyName,
                  person.birthYear > 0 ? std::optional<int>(person.birthYear) : std::nullopt});
    m_notifier.announce(*tx, &ChangeNotifier::personChanged, *id);
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    return *id;
}

Status PeopleService::update(const security::Actor &actor, const Person &edited)
{
    if (auto allowed = requireRecording(m_authorizer, actor, QString::number(edited.id)); !allowed)
        return allowed;
    Person person = edited;
    person.givenName = person.givenName.simplified();
    person.familyName = person.familyName.simplified();
    if (!person.codiceFiscale.isEmpty()) {
        if (auto applied = applyCodiceFiscale(person); !applied)
            return applied;
    }
    if (auto valid = validate(person); !valid)
        return valid;
    storage::PeopleRepository repository(m_database, m_vault);
    if (!person.codiceFiscale.isEmpty()) {
        auto same = repository.byCodiceFiscale(person.codiceFiscale);
        if (!same)
            return same.error();
        for (qint64 id : *same) {
            if (id != person.id)
                return makeError(ErrorCode::DuplicatePerson, u"codice fiscale already recorded"_s,
                                 {QString::number(id)});
        }
    }
    person.updatedAt = m_clock.nowUtc();
    auto tx = storage::Transaction::begin(m_database);
    if (!tx)
        return tx.error();
    if (auto updated = repository.update(person); !updated)
        return updated;
    if (auto audited = m_audit.append(actor.operatorId, auditCode(audit::kEdit), kPersonType,
                                      QString::number(person.id));
        !audited)
        return audited;
    rememberName(*tx,
                 {person.id, person.givenName, person.familyName,
                  person.birthYear > 0 ? std::optional<int>(person.birthYear) : std::nullopt});
    m_notifier.announce(*tx, &ChangeNotifier::personChanged, person.id);
    return tx->commit();
}

Result<Person> PeopleService::person(const security::Actor &actor, qint64 personId)
{
    if (auto allowed = requireRecording(m_authorizer, actor, QString::number(personId)); !allowed)
        return allowed.error();
    auto person = storage::PeopleRepository(m_database, m_vault).person(personId);
    if (!person)
        return person.error();
    if (auto audited = m_audit.append(actor.operatorId, auditCode(audit::kView), kPersonType,
                                      QString::number(personId));
        !audited)
        return audited.error();
    return person;
}

Result<QList<DirectoryHit>> PeopleService::search(const security::Actor &actor,
                                                  const QString &query, int limit)
{
    if (auto allowed = requireRecording(m_authorizer, actor); !allowed)
        return allowed.error();
    if (!looksLikeCodiceFiscale(query)) {
        if (auto ready = ensureDirectory(); !ready)
            return ready.error();
        return m_directory.search(query, limit);
    }
    // A whole codice fiscale points at one person: the lookup is audited, found or not (the
    // code itself is never written).
    auto ids = storage::PeopleRepository(m_database, m_vault)
                   .byCodiceFiscale(normalizeCodiceFiscale(query));
    if (!ids)
        return ids.error();
    QList<DirectoryHit> hits;
    for (qint64 id : *ids) {
        auto found = hitOf(id);
        if (found)
            hits.append(*found);
        else if (found.error().code != ErrorCode::NotFound)
            return found.error();
    }
    auto tx = storage::Transaction::begin(m_database);
    if (!tx)
        return tx.error();
    if (hits.isEmpty()) {
        if (auto audited = m_audit.append(actor.operatorId, auditCode(audit::kLookup), kPersonType,
                                          {}, u"not_found"_s);
            !audited)
            return audited.error();
    }
    for (const DirectoryHit &hit : std::as_const(hits)) {
        if (auto audited = m_audit.append(actor.operatorId, auditCode(audit::kLookup), kPersonType,
                                          QString::number(hit.personId));
            !audited)
            return audited.error();
    }
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    return hits;
}

Result<DirectoryHit> PeopleService::nameOf(const security::Actor &actor, qint64 personId)
{
    if (auto allowed = requireRecording(m_authorizer, actor, QString::number(personId)); !allowed)
        return allowed.error();
    return hitOf(personId);
}

Result<qint64> PeopleService::recordConsent(const security::Actor &actor, qint64 personId,
                                            ConsentPurpose purpose, ConsentMethod method,
                                            const QString &textVersion)
{
    if (auto allowed = requireRecording(m_authorizer, actor, QString::number(personId)); !allowed)
        return allowed.error();
    if (textVersion.trimmed().isEmpty())
        return invalid(u"text_version"_s, u"empty"_s);
    storage::PeopleRepository repository(m_database, m_vault);
    auto exists = repository.exists(personId);
    if (!exists)
        return exists.error();
    if (!*exists)
        return makeError(ErrorCode::NotFound, u"no person %1"_s.arg(personId));
    Consent consent;
    consent.personId = personId;
    consent.purpose = purpose;
    consent.method = method;
    consent.givenAt = m_clock.nowUtc();
    consent.textVersion = textVersion.trimmed();
    consent.recordedBy = actor.operatorId;
    auto tx = storage::Transaction::begin(m_database);
    if (!tx)
        return tx.error();
    auto id = repository.insertConsent(consent);
    if (!id)
        return id.error();
    if (auto audited = m_audit.append(actor.operatorId, auditCode(audit::kCreate), kConsentType,
                                      QString::number(*id));
        !audited)
        return audited.error();
    m_notifier.announce(*tx, &ChangeNotifier::personChanged, personId);
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    return *id;
}

Status PeopleService::revokeConsent(const security::Actor &actor, qint64 consentId)
{
    storage::PeopleRepository repository(m_database, m_vault);
    auto consent = repository.consent(consentId);
    if (!consent)
        return consent.error();
    if (auto allowed = requireRecording(m_authorizer, actor, QString::number(consent->personId));
        !allowed)
        return allowed;
    auto tx = storage::Transaction::begin(m_database);
    if (!tx)
        return tx.error();
    const QDateTime now = m_clock.nowUtc();
    if (auto revoked = repository.revokeConsent(consentId, now, actor.operatorId); !revoked)
        return revoked;
    if (auto audited = m_audit.append(actor.operatorId, auditCode(audit::kEdit), kConsentType,
                                      QString::number(consentId));
        !audited)
        return audited;
    // What depended on it stops: without consent to be called, open call-backs are cancelled.
    if (consent->purpose == ConsentPurpose::PhoneContact) {
        auto stillAllowed = repository.hasConsent(consent->personId,
                                                  consentPurposeCode(ConsentPurpose::PhoneContact));
        if (!stillAllowed)
            return stillAllowed.error();
        if (!*stillAllowed) {
            storage::SessionRepository sessions(m_database, m_vault);
            auto open = sessions.followUpsOf(consent->personId);
            if (!open)
                return open.error();
            for (const FollowUp &followUp : std::as_const(*open)) {
                if (!followUp.isOpen())
                    continue;
                if (auto done = sessions.completeFollowUp(followUp.id, now, actor.operatorId,
                                                          u"ANNULLATO"_s, {});
                    !done)
                    return done;
                if (auto audited = m_audit.append(actor.operatorId, auditCode(audit::kEdit),
                                                  u"follow_up"_s, QString::number(followUp.id));
                    !audited)
                    return audited;
                m_notifier.announce(*tx, &ChangeNotifier::followUpChanged, followUp.id,
                                    consent->personId);
            }
        }
    }
    m_notifier.announce(*tx, &ChangeNotifier::personChanged, consent->personId);
    return tx->commit();
}

Result<QList<Consent>> PeopleService::consents(const security::Actor &actor, qint64 personId) const
{
    if (auto allowed = requireRecording(m_authorizer, actor, QString::number(personId)); !allowed)
        return allowed.error();
    return storage::PeopleRepository(m_database, m_vault).consents(personId);
}

Result<bool> PeopleService::hasConsent(const security::Actor &actor, qint64 personId,
                                       ConsentPurpose purpose) const
{
    if (auto allowed = requireRecording(m_authorizer, actor, QString::number(personId)); !allowed)
        return allowed.error();
    return storage::PeopleRepository(m_database, m_vault)
        .hasConsent(personId, consentPurposeCode(purpose));
}

Result<QString> PeopleService::consentFormName(const security::Actor &actor, qint64 personId)
{
    if (auto allowed = m_authorizer.require(actor, security::Permission::ExportData,
                                            kConsentFormType, QString::number(personId));
        !allowed)
        return allowed.error();
    auto person = storage::PeopleRepository(m_database, m_vault).person(personId);
    if (!person)
        return person.error();
    if (auto audited = m_audit.append(actor.operatorId, auditCode(audit::kExport), kConsentFormType,
                                      QString::number(personId));
        !audited)
        return audited.error();
    return person->displayName();
}

namespace {
QDateTime abandonedBefore(const Clock &clock)
{
    return clock.nowUtc().addSecs(-qint64(kAbandonedIntakeHours) * 3600);
}
} // namespace

Result<QList<qint64>> PeopleService::abandonedIntakes() const
{
    return storage::PeopleRepository(m_database, m_vault)
        .withoutConsent(abandonedBefore(m_clock), consentPurposeCode(ConsentPurpose::PersonalData));
}

Result<int> PeopleService::purgeAbandonedIntakes()
{
    auto abandoned = abandonedIntakes();
    if (!abandoned)
        return abandoned.error();
    return purgeAbandonedIntakes(*abandoned);
}

Result<int> PeopleService::purgeAbandonedIntakes(const QList<qint64> &candidates)
{
    if (candidates.isEmpty())
        return 0;
    storage::PeopleRepository people(m_database, m_vault);
    const QDateTime before = abandonedBefore(m_clock);
    const QString purpose = consentPurposeCode(ConsentPurpose::PersonalData);
    auto tx = storage::Transaction::begin(m_database);
    if (!tx)
        return tx.error();
    int removed = 0;
    for (qint64 id : candidates) {
        // Found on another thread, maybe a while ago: the consent may have been given since.
        auto still = people.isWithoutConsent(id, before, purpose);
        if (!still)
            return still.error();
        if (!*still)
            continue;
        ++removed;
        if (auto done = detail::removePersonData(m_database, m_vault, m_clock, id); !done)
            return done.error();
        if (auto audited
            = m_audit.append(0, auditCode(audit::kPurge), kPersonType, QString::number(id));
            !audited)
            return audited.error();
        tx->onCommit([this, id] { dropFromDirectory(id); });
        m_notifier.announce(*tx, &ChangeNotifier::personErased, id);
    }
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    if (removed == 0)
        return 0;
    // As after an erasure, no old page of the removed records should stay in the WAL; if a
    // reader blocks it now, the next checkpoint folds them.
    [[maybe_unused]] const bool folded = m_database.checkpoint().ok();
    return removed;
}

} // namespace sportello::services
