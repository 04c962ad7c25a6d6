// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogue/eligibility.h"
#include "catalogue/schedule.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// The catalogue's value types, shaped after Open Referral HSDS 3.x (organization, location,
// service, service_at_location, schedule, phone, contact, required document…) with the fields
// HSDS lacks for the counter (channels, prerequisites, call windows, structured eligibility).
namespace sportello::catalogue {

enum class OrganizationKind {
    Comune,
    Ambito,
    Asst,
    Inps,
    Regione,
    Caf,
    Patronato,
    Caritas,
    Union,
    Association,
    Cooperative,
    Poste,
    Other,
};

enum class ServiceStatus { Active, TemporarilyClosed, Ended };

enum class ChannelType { InPerson, Online, Caf, Patronato, Phone, Pec };

struct Phone
{
    QString number;
    QString type = QStringLiteral("voice");
    QString description;
    friend bool operator==(const Phone &, const Phone &) = default;
};

struct Contact
{
    QString name;
    QString title;
    QString department;
    QString email;
    QList<Phone> phones;
    friend bool operator==(const Contact &, const Contact &) = default;
};

struct Language
{
    QString code; // ISO 639-1
    QString name;
    friend bool operator==(const Language &, const Language &) = default;
};

struct Channel
{
    ChannelType type = ChannelType::InPerson;
    QString details;
    friend bool operator==(const Channel &, const Channel &) = default;
};

struct CostOption
{
    QString option;
    double amount = 0.0;
    QString currency = QStringLiteral("EUR");
    QString description;
    friend bool operator==(const CostOption &, const CostOption &) = default;
};

// A reusable entity referenced by several services ("ISEE in corso di validità", "SPID o CIE").
struct NamedItem
{
    QString uid;
    QString name;
    friend bool operator==(const NamedItem &, const NamedItem &) = default;
};

struct Organization
{
    qint64 id = 0;
    QString uid;
    QString name;
    QString alternateName;
    QString description;
    QString email;
    QString website;
    OrganizationKind kind = OrganizationKind::Other;
    QList<Phone> phones;
    bool demoValues = false;
    QDateTime updatedAt;
    QString updatedBy;
};

struct Location
{
    qint64 id = 0;
    QString uid;
    QString organizationUid;
    QString name;
    QString description;
    bool isVirtual = false;
    QString street;
    QString city;
    QString postalCode;
    QString province;
    QString country = QStringLiteral("IT");
    QString comuneIstat;
    QString accessibility;
    bool confidential = false; // shelters: the address is never printed or shown to citizens
    QList<Phone> phones;
    bool demoValues = false;
    QDateTime updatedAt;
    QString updatedBy;
};

// Where a service is delivered and when.
struct ServiceAtLocation
{
    QString uid;
    QString locationUid;
    QString description;
    QList<WeeklySchedule> schedules;
    QList<ScheduleException> exceptions;
    friend bool operator==(const ServiceAtLocation &, const ServiceAtLocation &) = default;
};

struct CallWindow
{
    QDate opens;
    QDate closes;
    [[nodiscard]] bool isSet() const { return opens.isValid() || closes.isValid(); }
    [[nodiscard]] bool isOpenOn(const QDate &day) const
    {
        return isSet() && (!opens.isValid() || day >= opens)
            && (!closes.isValid() || day <= closes);
    }
    friend bool operator==(const CallWindow &, const CallWindow &) = default;
};

struct Service
{
    qint64 id = 0;
    QString uid;
    QString organizationUid;
    QString name;
    QString alternateName;
    QString description;
    QString url;
    QString email;
    ServiceStatus status = ServiceStatus::Active;
    QString statusNote; // why and until when it is temporarily closed
    QString eligibilityText;
    EligibilityRules rules;
    QStringList applicationSteps;
    QString feesDescription;
    QString interpretationServices; // HSDS interpretation_services: interpreters, mediators
    QString waitTime; // HSDS wait_time: how long until the service starts
    bool free = false;
    QList<CostOption> costOptions;
    bool automatic = false; // granted without an application
    CallWindow callWindow;
    QList<Language> languages;
    QList<NamedItem> documents;
    QList<NamedItem> prerequisites;
    QList<Channel> channels;
    QStringList categories; // taxonomy.md (b) level-2 codes
    QStringList userAreas; // ISTAT user areas
    QList<Contact> contacts;
    QList<Phone> phones;
    QList<ServiceAtLocation> locations;
    QString sourceUrl;
    QDate verifiedOn;
    QString verifiedBy;
    bool demoValues = false;
    QDateTime updatedAt;
    QString updatedBy;
    // The district's shared catalogue published it: read-only at the desk (migration 15).
    bool fromNetwork = false;
};

// The organizations and locations some services name: what a detail view or a handout needs,
// read for those services alone (the whole catalogue's may be a hundred thousand entries).
struct ServicePlaces
{
    QList<Organization> organizations;
    QList<Location> locations;
};

// A whole catalogue, as imported or exported.
struct Catalogue
{
    QList<Organization> organizations;
    QList<Location> locations;
    QList<Service> services;
};

// What an import changed.
struct ImportSummary
{
    int organizations = 0;
    int locations = 0;
    int services = 0;
    qint64 catalogueVersion = 0;
};

// One recorded change of an entry (HSDS metadata).
struct ChangeRecord
{
    QString entityType;
    QString entityUid;
    QString action;
    QString field;
    QString oldValue;
    QString newValue;
    QString changedBy;
    QDateTime changedAt;
    qint64 catalogueVersion = 0;
};

// The category of the social emergency service (pronto intervento sociale): an urgent referral
// shows its numbers.
inline constexpr char kEmergencyCategory[] = "ACC.PIS";

// An organization or a service that a referral can name as its concrete destination, as the
// referral dialog lists them.
struct ReferralTarget
{
    QString uid;
    QString name;
    QString organizationName; // a service's organization; empty for an organization
    QString organizationUid; // a service's organization, an organization's own uid
    bool isService = false;
    bool isEmergency = false; // a service of kEmergencyCategory
    QList<Phone> phones; // a service's numbers to call: its own, else its contacts'
};

// Months after which an entry's facts count as stale ("not verified for 12+ months").
inline constexpr int kStaleAfterMonths = 12;
[[nodiscard]] inline bool isStale(const QDate &verifiedOn, const QDate &today)
{
    return !verifiedOn.isValid() || verifiedOn.addMonths(kStaleAfterMonths) < today;
}

} // namespace sportello::catalogue
