// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hub/store.h"
#include "support/result.h"

#include <QByteArray>
#include <QStringList>

// From a catalogue file (HSDS JSON, read by the same code as the desk's
// `sportello-cli catalogue import`) to the entries the hub publishes: one HSDS service each,
// with its organization and its locations nested, so that each can be applied on its own.
namespace sportello::hub {

struct CatalogueFile
{
    QList<CatalogueEntry> services;
    // What the file holds that the catalogue cannot keep, listed for the administrator.
    QStringList notImported;
};

[[nodiscard]] Result<CatalogueFile> readCatalogueFile(const QByteArray &data,
                                                      const QString &fileName);

// The signed answer to GET /v1/catalogue: the body's exact bytes are what is signed.
[[nodiscard]] QByteArray catalogueDeltaBody(const CatalogueDelta &delta, qint64 since,
                                            const wire::District &district);

} // namespace sportello::hub
