// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demoprofile.h"

#include "demo/demopeople.h"
#include "services/accountservice.h"
#include "services/catalogueio.h"
#include "services/deskservices.h"
#include "services/desksettings.h"
#include "storage/database.h"
#include "storage/profile.h"
#include "storage/settingsstore.h"
#include "storage/transaction.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace sportello::demo {

using storage::SettingsStore;
namespace keys = storage::settingskeys;

Result<DemoState> demoState(storage::Profile &profile, const Clock &clock)
{
    const SettingsStore settings(profile.database(), clock);
    auto kind = settings.value(QString::fromLatin1(keys::kProfileKind));
    if (!kind)
        return kind.error();
    if (kind->isEmpty())
        return DemoState::Absent;
    if (*kind != u"demo"_s)
        return DemoState::RealDesk;
    auto version = settings.value(QString::fromLatin1(keys::kDemoVersion), u"0"_s);
    if (!version)
        return version.error();
    return version->toInt() >= kDemoContentVersion ? DemoState::Current : DemoState::Outdated;
}

namespace {
// The district the demo desk belongs to, as a hub would send it: Distretto Sociale Est Milano
// (Pioltello, Segrate, Vimodrone, Rodano).
const wire::District kDemoDistrict {u"Distretto Sociale Est Milano (dati dimostrativi)"_s,
                                    {u"015175"_s, u"015205"_s, u"015242"_s, u"015185"_s}};

// The demo desk, its coordinator (who initializes the vault) and the other demo operators.
Status seedAccounts(services::DeskServices &desk)
{
    services::AccountService &accounts = desk.accounts();
    auto first = accounts.needsFirstRun();
    if (!first)
        return first.error();
    if (!*first)
        return {};
    security::DeskIdentity identity;
    identity.name = u"Sportello di prova – Segretariato Sociale Diffuso"_s;
    identity.organization = u"Rete del Segretariato Sociale Diffuso (dati dimostrativi)"_s;
    identity.comuneIstat = u"015175"_s;
    identity.code = u"DEMO"_s;
    identity.contacts
        = {u"Via Esempio 1, 20096 Pioltello (dati dimostrativi)"_s,
           u"Tel. 02 9999 0000 · sportello@example.it"_s, u"Lunedì e giovedì 9:00–12:00"_s};
    const demo::DemoAccount &lead = kDemoAccounts[0];
    auto created
        = accounts.firstRun(identity, QString::fromUtf8(lead.username),
                            QString::fromUtf8(lead.displayName), QString::fromUtf8(lead.password));
    if (!created)
        return created.error();
    for (size_t i = 1; i < std::size(kDemoAccounts); ++i) {
        const DemoAccount &account = kDemoAccounts[i];
        security::Role role {};
        if (!security::roleFromCode(QString::fromLatin1(account.role), &role))
            return makeError(ErrorCode::Internal, u"demo role"_s);
        auto id = accounts.createAccount(created->coordinator, QString::fromUtf8(account.username),
                                         QString::fromUtf8(account.displayName), role,
                                         QString::fromUtf8(account.password), false);
        if (!id)
            return id.error();
    }
    return {};
}
} // namespace

Status seedDemoProfile(storage::Profile &profile, const Clock &clock)
{
    auto state = demoState(profile, clock);
    if (!state)
        return state.error();
    if (*state == DemoState::RealDesk)
        return makeError(ErrorCode::InvalidArgument, u"profile holds a real desk's data"_s);

    QFile demoCatalogue(u":/sportello/catalogue/demo-catalogue.json"_s);
    if (!demoCatalogue.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Internal, u"demo catalogue resource missing"_s);
    {
        // The services lock the vault again when they go.
        services::DeskServices desk(profile.database(), clock);
        // The district before any referral: the anonymized records keep its comuni.
        if (auto status = desk.settings().setDistrict(kDemoDistrict); !status)
            return status;
        if (auto imported = desk.catalogueIo().importJson(demoCatalogue.readAll(),
                                                          u"demo-catalogue.json"_s, u"demo"_s);
            !imported)
            return imported.error();
        if (auto status = seedAccounts(desk); !status)
            return status;
    }
    if (auto status = seedDemoPeople(profile, clock); !status)
        return status;

    auto transaction = storage::Transaction::begin(profile.database());
    if (!transaction)
        return transaction.error();
    SettingsStore settings(profile.database(), clock);
    if (auto status = settings.setValue(QString::fromLatin1(keys::kProfileKind), u"demo"_s);
        !status)
        return status;
    if (auto status = settings.setValue(QString::fromLatin1(keys::kDemoVersion),
                                        QString::number(kDemoContentVersion));
        !status)
        return status;
    return transaction->commit();
}

} // namespace sportello::demo
