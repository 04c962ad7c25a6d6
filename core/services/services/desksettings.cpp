// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/desksettings.h"

#include "audit/audit.h"
#include "services/changenotifier.h"
#include "storage/auditlog.h"
#include "storage/settingsstore.h"
#include "storage/transaction.h"
#include "support/clock.h"

using namespace Qt::StringLiterals;

namespace sportello::services {

namespace keys = storage::settingskeys;

namespace {
constexpr char kNoticeEntity[] = "privacy_notice";
constexpr char kSettingEntity[] = "setting";
constexpr char kDemoKind[] = "demo";
} // namespace

DeskSettings::DeskSettings(const ServiceContext &context)
    : m_database(context.database)
    , m_clock(context.clock)
    , m_audit(context.audit)
    , m_notifier(context.notifier)
    , m_authorizer(context)
{ }

Result<security::DeskIdentity> DeskSettings::identity() const
{
    return detail::readDeskIdentity(m_database, m_clock);
}

Result<bool> DeskSettings::isDemoProfile() const
{
    auto kind = storage::SettingsStore(m_database, m_clock)
                    .value(QString::fromLatin1(keys::kProfileKind));
    if (!kind)
        return kind.error();
    return *kind == QLatin1StringView(kDemoKind);
}

int DeskSettings::idleLockMinutes() const
{
    const storage::SettingsStore settings(m_database, m_clock);
    const int minutes = settings
                            .value(QString::fromLatin1(keys::kIdleLockMinutes),
                                   QString::number(kDefaultIdleLockMinutes))
                            .valueOr(QString())
                            .toInt();
    return minutes >= 1 && minutes <= kMaximumIdleLockMinutes ? minutes : kDefaultIdleLockMinutes;
}

Status DeskSettings::setIdleLockMinutes(const security::Actor &actor, int minutes)
{
    if (auto status = m_authorizer.require(actor, security::Permission::ConfigureDesk,
                                           QString::fromLatin1(kSettingEntity),
                                           QString::fromLatin1(keys::kIdleLockMinutes));
        !status)
        return status;
    if (minutes < 1 || minutes > kMaximumIdleLockMinutes)
        return makeError(ErrorCode::InvalidArgument, u"idle minutes out of range"_s);
    auto tx = storage::Transaction::begin(m_database);
    if (!tx)
        return tx.error();
    if (auto saved
        = storage::SettingsStore(m_database, m_clock)
              .setValue(QString::fromLatin1(keys::kIdleLockMinutes), QString::number(minutes));
        !saved)
        return saved;
    m_notifier.announce(*tx, &ChangeNotifier::deskSettingsChanged);
    return tx->commit();
}

int DeskSettings::number(const char *key, int minimum, int maximum, int fallback) const
{
    bool ok = false;
    const int value = storage::SettingsStore(m_database, m_clock)
                          .value(QString::fromLatin1(key))
                          .valueOr(QString())
                          .toInt(&ok);
    return ok && value >= minimum && value <= maximum ? value : fallback;
}

Status DeskSettings::setNumber(const security::Actor &actor, const char *key, int value,
                               int minimum, int maximum, int fallback, const QString &argument)
{
    const QString name = QString::fromLatin1(key);
    if (auto status = m_authorizer.require(actor, security::Permission::ConfigureDesk,
                                           QString::fromLatin1(kSettingEntity), name);
        !status)
        return status;
    if (value < minimum || value > maximum)
        return makeError(ErrorCode::InvalidArgument, argument + u" out of range"_s,
                         {argument, QString::number(value)});
    auto tx = storage::Transaction::begin(m_database);
    if (!tx)
        return tx.error();
    if (number(key, minimum, maximum, fallback) == value)
        return tx->commit();
    if (auto saved
        = storage::SettingsStore(m_database, m_clock).setValue(name, QString::number(value));
        !saved)
        return saved;
    // The new value goes with the key: the log then tells which value applied when.
    if (auto audited
        = m_audit.append(actor.operatorId, QString::fromLatin1(audit::kEdit),
                         QString::fromLatin1(kSettingEntity), name + u'=' + QString::number(value));
        !audited)
        return audited;
    m_notifier.announce(*tx, &ChangeNotifier::deskSettingsChanged);
    return tx->commit();
}

int DeskSettings::retentionMonths() const
{
    return number(keys::kRetentionMonths, kMinimumRetentionMonths, kMaximumRetentionMonths,
                  kDefaultRetentionMonths);
}

Status DeskSettings::setRetentionMonths(const security::Actor &actor, int months)
{
    return setNumber(actor, keys::kRetentionMonths, months, kMinimumRetentionMonths,
                     kMaximumRetentionMonths, kDefaultRetentionMonths, u"retention_months"_s);
}

int DeskSettings::reportThreshold() const
{
    return number(keys::kReportThreshold, kMinimumReportThreshold, kMaximumReportThreshold,
                  kDefaultReportThreshold);
}

Status DeskSettings::setReportThreshold(const security::Actor &actor, int threshold)
{
    return setNumber(actor, keys::kReportThreshold, threshold, kMinimumReportThreshold,
                     kMaximumReportThreshold, kDefaultReportThreshold, u"report_threshold"_s);
}

Result<people::PrivacyNotice> DeskSettings::privacyNotice() const
{
    const storage::SettingsStore settings(m_database, m_clock);
    auto text = settings.value(QString::fromLatin1(keys::kPrivacyNoticeText));
    if (!text)
        return text.error();
    people::PrivacyNotice notice;
    if (text->isEmpty()) {
        notice.text = people::defaultPrivacyNoticeText();
        if (notice.text.isEmpty())
            return makeError(ErrorCode::Internal, u"built-in privacy notice missing"_s);
        notice.version = QString::fromLatin1(people::kDefaultPrivacyNoticeVersion);
        notice.isDefault = true;
        return notice;
    }
    auto version = settings.value(QString::fromLatin1(keys::kPrivacyNoticeVersion));
    if (!version)
        return version.error();
    auto updated = settings.value(QString::fromLatin1(keys::kPrivacyNoticeUpdated));
    if (!updated)
        return updated.error();
    notice.text = *text;
    notice.version = version->isEmpty() ? people::nextPrivacyNoticeVersion({}) : *version;
    notice.updatedAt = QDateTime::fromString(*updated, Qt::ISODate);
    notice.isDefault = false;
    return notice;
}

Status DeskSettings::savePrivacyNotice(const security::Actor &actor, const QString &text)
{
    if (auto allowed = m_authorizer.require(actor, security::Permission::ConfigureDesk,
                                            QString::fromLatin1(kNoticeEntity));
        !allowed)
        return allowed;
    const QString newText = people::normalizedPrivacyNotice(text);
    if (newText.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument, u"empty privacy notice"_s);
    if (newText.size() > people::kMaximumPrivacyNoticeLength)
        return makeError(ErrorCode::InvalidArgument, u"privacy notice too long"_s);

    auto transaction = storage::Transaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    // Read inside the transaction (BEGIN IMMEDIATE), so two coordinators saving at once
    // cannot both take the same version number.
    auto current = privacyNotice();
    if (!current)
        return current.error();
    if (current->text == newText)
        return transaction->commit();
    const QString version
        = people::nextPrivacyNoticeVersion(current->isDefault ? QString() : current->version);
    storage::SettingsStore settings(m_database, m_clock);
    const std::pair<const char *, QString> values[] = {
        {keys::kPrivacyNoticeText, newText},
        {keys::kPrivacyNoticeVersion, version},
        {keys::kPrivacyNoticeUpdated, m_clock.nowUtc().toString(Qt::ISODate)},
    };
    for (const auto &[key, value] : values) {
        if (auto status = settings.setValue(QString::fromLatin1(key), value); !status)
            return status;
    }
    if (auto status = m_audit.append(actor.operatorId, QString::fromLatin1(audit::kEdit),
                                     QString::fromLatin1(kNoticeEntity), version);
        !status)
        return status;
    m_notifier.announce(*transaction, &ChangeNotifier::deskSettingsChanged);
    return transaction->commit();
}

Result<wire::District> DeskSettings::district() const
{
    return detail::readDistrict(m_database, m_clock);
}

Status DeskSettings::setDistrict(const wire::District &district)
{
    auto transaction = storage::Transaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    if (auto stored = detail::storeDistrict(m_database, m_clock, district); !stored)
        return stored;
    m_notifier.announce(*transaction, &ChangeNotifier::deskSettingsChanged);
    return transaction->commit();
}

namespace detail {

Result<wire::District> readDistrict(storage::Database &database, const Clock &clock)
{
    const storage::SettingsStore settings(database, clock);
    auto name = settings.value(QString::fromLatin1(keys::kDistrictName));
    if (!name)
        return name.error();
    auto comuni = settings.value(QString::fromLatin1(keys::kDistrictComuni));
    if (!comuni)
        return comuni.error();
    wire::District district;
    district.name = *name;
    district.comuni = comuni->split(u',', Qt::SkipEmptyParts);
    return district;
}

Status storeDistrict(storage::Database &database, const Clock &clock,
                     const wire::District &district)
{
    for (const QString &code : district.comuni) {
        if (!wire::isIstatCode(code))
            return makeError(ErrorCode::InvalidArgument, u"district comune"_s, {code});
    }
    storage::SettingsStore settings(database, clock);
    if (auto status
        = settings.setValue(QString::fromLatin1(keys::kDistrictName), district.name.trimmed());
        !status)
        return status;
    return settings.setValue(QString::fromLatin1(keys::kDistrictComuni),
                             district.comuni.join(u','));
}

Result<security::DeskIdentity> readDeskIdentity(storage::Database &database, const Clock &clock)
{
    const storage::SettingsStore settings(database, clock);
    security::DeskIdentity desk;
    const std::pair<const char *, QString *> fields[] = {
        {keys::kDeskName, &desk.name},
        {keys::kDeskOrganization, &desk.organization},
        {keys::kDeskComune, &desk.comuneIstat},
        {keys::kDeskCode, &desk.code},
    };
    for (const auto &[key, field] : fields) {
        auto value = settings.value(QString::fromLatin1(key));
        if (!value)
            return value.error();
        *field = *value;
    }
    auto contacts = settings.value(QString::fromLatin1(keys::kDeskContacts));
    if (!contacts)
        return contacts.error();
    desk.contacts = contacts->split(u'\n', Qt::SkipEmptyParts);
    return desk;
}

Status storeDeskIdentity(storage::Database &database, const Clock &clock,
                         const security::DeskIdentity &desk)
{
    storage::SettingsStore settings(database, clock);
    const std::pair<const char *, QString> values[] = {
        {keys::kDeskName, desk.name.trimmed()},
        {keys::kDeskOrganization, desk.organization.trimmed()},
        {keys::kDeskComune, desk.comuneIstat},
        {keys::kDeskCode, desk.code.trimmed().toUpper()},
        {keys::kDeskContacts, desk.contacts.join(u'\n')},
        {keys::kProfileKind, u"desk"_s},
    };
    for (const auto &[key, value] : values) {
        if (auto status = settings.setValue(QString::fromLatin1(key), value); !status)
            return status;
    }
    return {};
}

} // namespace detail

} // namespace sportello::services
