// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoprofile.h"

#include "storage/catalogueio.h"
#include "storage/cataloguerepository.h"
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
    storage::CatalogueRepository catalogue(profile.database(), clock);
    storage::CatalogueIo io(catalogue);
    if (auto imported = io.importJson(demoCatalogue.readAll(), u"demo-catalogue.json"_s, u"demo"_s);
        !imported)
        return imported.error();

    auto transaction = storage::Transaction::begin(profile.database().connection());
    if (!transaction)
        return transaction.error();
    SettingsStore settings(profile.database(), clock);
    if (auto status = settings.setValue(QString::fromLatin1(keys::kProfileKind), u"demo"_s);
        !status)
        return status;
    if (auto status = settings.setValue(QString::fromLatin1(keys::kDeskName),
                                        u"Sportello di prova – Segretariato Sociale Diffuso"_s);
        !status)
        return status;
    if (auto status = settings.setValue(QString::fromLatin1(keys::kDeskContacts),
                                        u"Via Esempio 1, 20096 Pioltello (dati dimostrativi)\n"
                                        "Tel. 02 9999 0000 · sportello@example.it\n"
                                        "Lunedì e giovedì 9:00–12:00"_s);
        !status)
        return status;
    if (auto status = settings.setValue(QString::fromLatin1(keys::kDemoVersion),
                                        QString::number(kDemoContentVersion));
        !status)
        return status;
    return transaction->commit();
}

} // namespace sportello::demo
