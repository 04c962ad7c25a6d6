// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "people/privacynotice.h"
#include "reports/suppression.h"
#include "rights/retention.h"
#include "security/account.h"
#include "security/permissions.h"
#include "services/authorizer.h"
#include "services/servicecontext.h"
#include "support/result.h"
#include "wire/record.h"

namespace sportello::services {

// The desk's settings: its identity (first run), the screen-lock delay, how long people's
// records are kept and the privacy notice. Changing one needs Permission::ConfigureDesk and is
// announced as deskSettingsChanged.
class DeskSettings final
{
public:
    // The idle time after which the screen locks: set by a coordinator, 1…15 minutes.
    static constexpr int kDefaultIdleLockMinutes = 10;
    static constexpr int kMaximumIdleLockMinutes = 15;

    // Months after a person's last contact before their record is removed (decision 37): set
    // by a coordinator, 6…120; two years unless changed.
    static constexpr int kDefaultRetentionMonths = rights::kDefaultRetentionMonths;
    static constexpr int kMinimumRetentionMonths = rights::kMinimumRetentionMonths;
    static constexpr int kMaximumRetentionMonths = rights::kMaximumRetentionMonths;

    // The smallest count an export shows (reports::suppress): set by a coordinator, 3…20.
    static constexpr int kDefaultReportThreshold = reports::kDefaultThreshold;
    static constexpr int kMinimumReportThreshold = reports::kMinimumThreshold;
    static constexpr int kMaximumReportThreshold = 20;

    explicit DeskSettings(const ServiceContext &context);

    // The desk as first run recorded it; a value never entered is empty.
    [[nodiscard]] Result<security::DeskIdentity> identity() const;
    // Whether `sportello-cli demo` made this profile: the window then says the data are made up.
    [[nodiscard]] Result<bool> isDemoProfile() const;

    // The district the desk belongs to as the hub told it (or a demo profile): no comuni until
    // it is known, and every comune then leaves the desk as FUORI_DISTRETTO.
    [[nodiscard]] Result<wire::District> district() const;
    // Records the district the hub sent; codes that are not ISTAT codes fail with
    // InvalidArgument. Not a coordinator's setting: the hub is the source.
    [[nodiscard]] Status setDistrict(const wire::District &district);

    [[nodiscard]] int idleLockMinutes() const;
    [[nodiscard]] Status setIdleLockMinutes(const security::Actor &actor, int minutes);

    // The retention period in force; a stored value out of bounds reads as the default.
    [[nodiscard]] int retentionMonths() const;
    // InvalidArgument (args {"retention_months", months}) outside 6…120. Audited as an edit of
    // the setting with its new value; setting the value in force again writes nothing.
    [[nodiscard]] Status setRetentionMonths(const security::Actor &actor, int months);

    // The threshold in force; a stored value out of bounds reads as the default.
    [[nodiscard]] int reportThreshold() const;
    // InvalidArgument (args {"report_threshold", k}) outside 3…20; audited like the retention.
    [[nodiscard]] Status setReportThreshold(const security::Actor &actor, int threshold);

    // The notice the desk uses now: the coordinator's text if one was saved, else the built-in
    // one.
    [[nodiscard]] Result<people::PrivacyNotice> privacyNotice() const;
    // Stores a coordinator's text as a new version ("desk-N") and audits it, in one transaction.
    // Empty or oversized text fails with InvalidArgument. Saving the text in force again
    // changes nothing, so consents keep pointing at the same version.
    [[nodiscard]] Status savePrivacyNotice(const security::Actor &actor, const QString &text);

private:
    // A whole-number setting between `minimum` and `maximum`, `fallback` when unset or out of
    // bounds.
    [[nodiscard]] int number(const char *key, int minimum, int maximum, int fallback) const;
    // Stores it for a coordinator (ConfigureDesk) and audits the new value with the key, in one
    // transaction; the value in force again writes nothing. InvalidArgument out of bounds, with
    // args {`argument`, value}.
    [[nodiscard]] Status setNumber(const security::Actor &actor, const char *key, int value,
                                   int minimum, int maximum, int fallback, const QString &argument);

    storage::Database &m_database;
    const Clock &m_clock;
    storage::AuditLog &m_audit;
    ChangeNotifier &m_notifier;
    Authorizer m_authorizer;
};

namespace detail {
// The desk identity as stored, for the services that need it without a DeskSettings (the
// password check).
[[nodiscard]] Result<security::DeskIdentity> readDeskIdentity(storage::Database &database,
                                                              const Clock &clock);
// Writes the desk identity inside the caller's transaction (first run) and marks the profile
// as a real desk's.
[[nodiscard]] Status storeDeskIdentity(storage::Database &database, const Clock &clock,
                                       const security::DeskIdentity &desk);
// The district as stored, for the services that anonymize.
[[nodiscard]] Result<wire::District> readDistrict(storage::Database &database, const Clock &clock);
// Stores it inside the caller's transaction.
[[nodiscard]] Status storeDistrict(storage::Database &database, const Clock &clock,
                                   const wire::District &district);
} // namespace detail

} // namespace sportello::services
