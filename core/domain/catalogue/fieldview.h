// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogue/model.h"

#include <QList>
#include <QMap>
#include <QString>

namespace sportello::catalogue {

// A flat field → text view of an entry (lists as compact JSON), for the field-level change
// log: two views are compared field by field.
[[nodiscard]] QMap<QString, QString> fieldView(const Organization &organization);
[[nodiscard]] QMap<QString, QString> fieldView(const Location &location);
[[nodiscard]] QMap<QString, QString> fieldView(const Service &service);

struct FieldChange
{
    QString field;
    QString oldValue;
    QString newValue;
};

// The fields whose text differs, in field-name order.
[[nodiscard]] QList<FieldChange> diffFields(const QMap<QString, QString> &before,
                                            const QMap<QString, QString> &after);

} // namespace sportello::catalogue
