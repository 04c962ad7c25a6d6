// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/peoplerepository.h"

#include "connection.h"
#include "sql.h"
#include "storage/database.h"
#include "storage/transaction.h"

using namespace Qt::StringLiterals;

namespace sportello::storage {

namespace {

const QString kEntity = QString::fromLatin1(kPersonEntity);

// The personal fields of a person, by stored field name.
QList<std::pair<QString, QString>> personalFields(const people::Person &p)
{
    return {{u"given_name"_s, p.givenName},
            {u"family_name"_s, p.familyName},
            {u"codice_fiscale"_s, p.codiceFiscale},
            {u"phone"_s, p.phone},
            {u"email"_s, p.email},
            {u"address"_s, p.address}};
}

const QString kPersonColumns = u"birth_year, birth_date, gender, residence, citizenship, "
                               "household_type, household_size, minors, employment, education, "
                               "language, contact_preference"_s;

QVariantList codedValues(const people::Person &p)
{
    return {p.birthYear,     p.birthDate.isValid() ? p.birthDate.toString(Qt::ISODate) : QString(),
            p.gender,        p.residence,
            p.citizenship,   p.householdType,
            p.householdSize, p.minors,
            p.employment,    p.education,
            p.language,      p.contactPreference};
}

people::Consent readConsent(const SqlQuery &q)
{
    people::Consent c;
    c.id = q.value(0).toLongLong();
    c.personId = q.value(1).toLongLong();
    // The table's CHECK constraints admit only known codes.
    [[maybe_unused]] const bool purposeKnown
        = people::consentPurposeFromCode(q.value(2).toString(), &c.purpose);
    [[maybe_unused]] const bool methodKnown
        = people::consentMethodFromCode(q.value(3).toString(), &c.method);
    c.givenAt = readStoredTime(q.value(4).toString());
    c.textVersion = q.value(5).toString();
    c.recordedBy = q.value(6).toLongLong();
    c.revokedAt = readStoredTime(q.value(7).toString());
    c.revokedBy = q.value(8).toLongLong();
    return c;
}

const QString kConsentColumns = u"id, person_id, purpose, method, given_at, text_version, "
                                "recorded_by, revoked_at, revoked_by"_s;

} // namespace

PeopleRepository::PeopleRepository(Database &database, const crypto::Vault &vault)
    : m_database(database)
    , m_personal(database, vault)
{ }

Status PeopleRepository::putPersonal(const people::Person &person)
{
    for (const auto &[field, value] : personalFields(person)) {
        if (auto put = m_personal.put(kEntity, person.id, field, value); !put)
            return put;
    }
    return m_personal.index(QString::fromLatin1(kCodiceFiscaleIndex), person.codiceFiscale, kEntity,
                            person.id);
}

Result<qint64> PeopleRepository::insert(const people::Person &person)
{
    const SqlConnection db = connectionOf(m_database);
    auto tx = Transaction::begin(m_database);
    if (!tx)
        return tx.error();
    QVariantList values = codedValues(person);
    values << storedTime(person.createdAt) << storedTime(person.updatedAt)
           << nullableId(person.createdBy);
    auto query = runValues(db,
                           // Past the highest id ever given (migration 10): never an erased one's.
                           u"INSERT INTO people(id, %1, created_at, updated_at, created_by) "
                           "VALUES ((SELECT max(seq, coalesce((SELECT max(id) FROM people), 0)) + 1"
                           " FROM id_high_water WHERE name = 'people'),"
                           " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(kPersonColumns),
                           values);
    if (!query)
        return query.error();
    people::Person stored = person;
    stored.id = query->lastInsertId().toLongLong();
    if (auto put = putPersonal(stored); !put)
        return put.error();
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    return stored.id;
}

Status PeopleRepository::update(const people::Person &person)
{
    const SqlConnection db = connectionOf(m_database);
    auto tx = Transaction::begin(m_database);
    if (!tx)
        return tx.error();
    QVariantList values = codedValues(person);
    values << storedTime(person.updatedAt) << person.id;
    auto query
        = runValues(db,
                    u"UPDATE people SET birth_year = ?, birth_date = ?, gender = ?, "
                    "residence = ?, citizenship = ?, household_type = ?, household_size = ?, "
                    "minors = ?, employment = ?, education = ?, language = ?, "
                    "contact_preference = ?, updated_at = ? WHERE id = ?"_s,
                    values);
    if (!query)
        return query.error();
    if (query->numRowsAffected() != 1)
        return makeError(ErrorCode::NotFound, u"no person %1"_s.arg(person.id));
    if (auto put = putPersonal(person); !put)
        return put;
    return tx->commit();
}

Result<people::Person> PeopleRepository::person(qint64 personId, bool withPersonal) const
{
    auto query
        = run(connectionOf(m_database),
              u"SELECT %1, created_at, updated_at, created_by FROM people WHERE id = ?"_s.arg(
                  kPersonColumns),
              {personId});
    if (!query)
        return query.error();
    if (!query->next())
        return makeError(ErrorCode::NotFound, u"no person %1"_s.arg(personId));
    people::Person p;
    p.id = personId;
    p.birthYear = query->value(0).toInt();
    p.birthDate = QDate::fromString(query->value(1).toString(), Qt::ISODate);
    p.gender = query->value(2).toString();
    p.residence = query->value(3).toString();
    p.citizenship = query->value(4).toString();
    p.householdType = query->value(5).toString();
    p.householdSize = query->value(6).toInt();
    p.minors = query->value(7).toInt();
    p.employment = query->value(8).toString();
    p.education = query->value(9).toString();
    p.language = query->value(10).toString();
    p.contactPreference = query->value(11).toString();
    p.createdAt = readStoredTime(query->value(12).toString());
    p.updatedAt = readStoredTime(query->value(13).toString());
    p.createdBy = query->value(14).toLongLong();
    if (!withPersonal)
        return p;
    auto fields = m_personal.all(kEntity, personId);
    if (!fields)
        return fields.error();
    p.givenName = fields->value(u"given_name"_s);
    p.familyName = fields->value(u"family_name"_s);
    p.codiceFiscale = fields->value(u"codice_fiscale"_s);
    p.phone = fields->value(u"phone"_s);
    p.email = fields->value(u"email"_s);
    p.address = fields->value(u"address"_s);
    return p;
}

Result<bool> PeopleRepository::exists(qint64 personId) const
{
    auto value
        = scalar(connectionOf(m_database), u"SELECT 1 FROM people WHERE id = ?"_s, {personId});
    if (!value)
        return value.error();
    return value->isValid();
}

Result<QString> PeopleRepository::contactPreference(qint64 personId) const
{
    auto value = scalar(connectionOf(m_database),
                        u"SELECT contact_preference FROM people WHERE id = ?"_s, {personId});
    if (!value)
        return value.error();
    if (!value->isValid())
        return makeError(ErrorCode::NotFound, u"no person %1"_s.arg(personId));
    return value->toString();
}

Result<QList<people::NameCandidate>>
PeopleRepository::names(const std::atomic<bool> *cancelled) const
{
    auto fields = m_personal.allOfType(kEntity, {u"given_name"_s, u"family_name"_s}, cancelled);
    if (!fields)
        return fields.error();
    auto query = run(connectionOf(m_database), u"SELECT id, birth_year FROM people ORDER BY id"_s);
    if (!query)
        return query.error();
    QList<people::NameCandidate> result;
    result.reserve(fields->size());
    while (query->next()) {
        const qint64 id = query->value(0).toLongLong();
        const int year = query->value(1).toInt();
        const QMap<QString, QString> name = fields->value(id);
        result.append({id, name.value(u"given_name"_s), name.value(u"family_name"_s),
                       year > 0 ? std::optional<int>(year) : std::nullopt});
    }
    return result;
}

Result<QList<qint64>> PeopleRepository::byCodiceFiscale(const QString &normalized) const
{
    return m_personal.lookup(QString::fromLatin1(kCodiceFiscaleIndex), normalized, kEntity);
}

Result<QList<qint64>> PeopleRepository::withoutConsent(const QDateTime &createdBefore,
                                                       const QString &purposeCode) const
{
    auto query = run(connectionOf(m_database),
                     u"SELECT p.id FROM people p WHERE p.created_at < ? AND NOT EXISTS "
                     "(SELECT 1 FROM consents c WHERE c.person_id = p.id AND c.purpose = ?) "
                     "ORDER BY p.id"_s,
                     {storedTime(createdBefore), purposeCode});
    if (!query)
        return query.error();
    QList<qint64> ids;
    while (query->next())
        ids.append(query->value(0).toLongLong());
    return ids;
}

Result<bool> PeopleRepository::isWithoutConsent(qint64 personId, const QDateTime &createdBefore,
                                                const QString &purposeCode) const
{
    auto found = scalar(connectionOf(m_database),
                        u"SELECT 1 FROM people p WHERE p.id = ? AND p.created_at < ? AND NOT "
                        "EXISTS (SELECT 1 FROM consents c WHERE c.person_id = p.id AND "
                        "c.purpose = ?)"_s,
                        {personId, storedTime(createdBefore), purposeCode});
    if (!found)
        return found.error();
    return found->isValid();
}

Status PeopleRepository::erase(qint64 personId)
{
    const SqlConnection db = connectionOf(m_database);
    auto tx = Transaction::begin(m_database);
    if (!tx)
        return tx.error();
    if (auto removed = m_personal.remove(kEntity, personId); !removed)
        return removed;
    auto query = run(db, u"DELETE FROM people WHERE id = ?"_s, {personId});
    if (!query)
        return query.error();
    return tx->commit();
}

Result<qint64> PeopleRepository::insertConsent(const people::Consent &consent)
{
    auto query = run(connectionOf(m_database),
                     u"INSERT INTO consents(person_id, purpose, method, given_at, text_version, "
                     "recorded_by) VALUES (?, ?, ?, ?, ?, ?)"_s,
                     {consent.personId, people::consentPurposeCode(consent.purpose),
                      people::consentMethodCode(consent.method), storedTime(consent.givenAt),
                      consent.textVersion, nullableId(consent.recordedBy)});
    if (!query)
        return query.error();
    return query->lastInsertId().toLongLong();
}

Status PeopleRepository::revokeConsent(qint64 consentId, const QDateTime &at, qint64 by)
{
    auto query = run(connectionOf(m_database),
                     u"UPDATE consents SET revoked_at = ?, revoked_by = ? "
                     "WHERE id = ? AND revoked_at = ''"_s,
                     {storedTime(at), nullableId(by), consentId});
    if (!query)
        return query.error();
    if (query->numRowsAffected() != 1)
        return makeError(ErrorCode::NotFound, u"no consent %1 in force"_s.arg(consentId));
    return {};
}

Result<people::Consent> PeopleRepository::consent(qint64 consentId) const
{
    auto query = run(connectionOf(m_database),
                     u"SELECT %1 FROM consents WHERE id = ?"_s.arg(kConsentColumns), {consentId});
    if (!query)
        return query.error();
    if (!query->next())
        return makeError(ErrorCode::NotFound, u"no consent %1"_s.arg(consentId));
    return readConsent(*query);
}

Result<QList<people::Consent>> PeopleRepository::consents(qint64 personId) const
{
    auto query = run(
        connectionOf(m_database),
        u"SELECT %1 FROM consents WHERE person_id = ? ORDER BY given_at, id"_s.arg(kConsentColumns),
        {personId});
    if (!query)
        return query.error();
    QList<people::Consent> result;
    while (query->next())
        result.append(readConsent(*query));
    return result;
}

Result<bool> PeopleRepository::hasConsent(qint64 personId, const QString &purposeCode) const
{
    auto value = scalar(connectionOf(m_database),
                        u"SELECT 1 FROM consents WHERE person_id = ? AND purpose = ? "
                        "AND revoked_at = '' LIMIT 1"_s,
                        {personId, purposeCode});
    if (!value)
        return value.error();
    return value->isValid();
}

} // namespace sportello::storage
