// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/accountseal.h"

#include "audit/audit.h"
#include "crypto/vault.h"
#include "storage/accountrepository.h"
#include "storage/auditlog.h"
#include "storage/transaction.h"

using namespace Qt::StringLiterals;

namespace sportello::services::detail {

namespace {

const QByteArray kPurpose = QByteArrayLiteral("operator-v1");
const QString kVersion = u"v1"_s;

// Length-prefixed fields in a fixed order, as the audit chain's records.
QByteArray canonical(const storage::OperatorRecord &r, int failures)
{
    QByteArray out = QByteArrayLiteral("sportello-operator-v1\n");
    const QString fields[] = {QString::number(r.id),
                              r.username,
                              r.role,
                              r.active ? u"1"_s : u"0"_s,
                              r.mustChangePassword ? u"1"_s : u"0"_s,
                              QString::number(failures)};
    for (const QString &field : fields) {
        const QByteArray bytes = field.toUtf8();
        out += QByteArray::number(bytes.size()) + ':' + bytes + '\n';
    }
    return out;
}

Error tampered(qint64 id, const char *why)
{
    return makeError(ErrorCode::AccountTampered,
                     u"operator %1: %2"_s.arg(id).arg(QString::fromLatin1(why)));
}

} // namespace

AccountSeal::AccountSeal(storage::Database &database, const crypto::Vault &vault,
                         storage::AuditLog &audit)
    : m_database(database)
    , m_vault(vault)
    , m_audit(audit)
{ }

Status AccountSeal::seal(qint64 operatorId)
{
    storage::AccountRepository accounts(m_database);
    auto record = accounts.byId(operatorId);
    if (!record)
        return record.error();
    auto mac = m_vault.integrityMac(kPurpose, canonical(*record, record->failedLogins));
    if (!mac)
        return mac.error();
    return accounts.setMac(operatorId,
                           kVersion + u':' + QString::number(record->failedLogins) + u':'
                               + QString::fromLatin1(mac->toHex()));
}

Status AccountSeal::check(const storage::OperatorRecord &record) const
{
    if (!m_vault.isUnlocked())
        return {};
    if (record.mac.isEmpty()) {
        auto sealed = everSealed();
        if (!sealed)
            return sealed.error();
        return *sealed ? Status(tampered(record.id, "seal missing")) : Status();
    }
    const QStringList parts = record.mac.split(u':');
    bool counted = false;
    const int failures = parts.value(1).toInt(&counted);
    if (parts.size() != 3 || parts.at(0) != kVersion || !counted || failures < 0)
        return tampered(record.id, "seal unreadable");
    // Failed logins only add up while locked; a lower count was cleared outside Sportello.
    if (record.failedLogins < failures)
        return tampered(record.id, "failed logins lowered");
    auto mac = m_vault.integrityMac(kPurpose, canonical(record, failures));
    if (!mac)
        return mac.error();
    if (QString::fromLatin1(mac->toHex()) != parts.at(2))
        return tampered(record.id, "seal mismatch");
    return {};
}

Result<bool> AccountSeal::everSealed() const
{
    return m_audit.containsAction(QString::fromLatin1(audit::kAccountsSealed));
}

Status AccountSeal::sealAllOnce()
{
    auto sealed = everSealed();
    if (!sealed)
        return sealed.error();
    if (*sealed)
        return {};
    auto tx = storage::Transaction::begin(m_database);
    if (!tx)
        return tx.error();
    if (auto legacy = m_audit.seal(storage::AuditLog::SealScope::Legacy); !legacy)
        return legacy.error();
    auto all = storage::AccountRepository(m_database).all();
    if (!all)
        return all.error();
    for (const storage::OperatorRecord &record : std::as_const(*all)) {
        if (auto done = seal(record.id); !done)
            return done;
    }
    if (auto audited = m_audit.append(0, QString::fromLatin1(audit::kAccountsSealed), u"operator"_s,
                                      QString::number(all->size()));
        !audited)
        return audited;
    return tx->commit();
}

} // namespace sportello::services::detail
