// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogue/fieldproblem.h"
#include "catalogue/model.h"

#include <QJsonArray>
#include <QJsonObject>

// JSON shapes of the catalogue's small value types, shared by the database's JSON columns and
// the HSDS exchange files, so both always agree. Readers collect problems (with the field's
// JSON path) instead of failing on the first.
namespace sportello::catalogue::json {

[[nodiscard]] QJsonArray writePhones(const QList<Phone> &phones);
[[nodiscard]] QList<Phone> readPhones(const QJsonValue &value, const QString &path,
                                      QList<FieldProblem> &problems);

[[nodiscard]] QJsonArray writeContacts(const QList<Contact> &contacts);
[[nodiscard]] QList<Contact> readContacts(const QJsonValue &value, const QString &path,
                                          QList<FieldProblem> &problems);

[[nodiscard]] QJsonArray writeLanguages(const QList<Language> &languages);
[[nodiscard]] QList<Language> readLanguages(const QJsonValue &value, const QString &path,
                                            QList<FieldProblem> &problems);

[[nodiscard]] QJsonArray writeChannels(const QList<Channel> &channels);
[[nodiscard]] QList<Channel> readChannels(const QJsonValue &value, const QString &path,
                                          QList<FieldProblem> &problems);

[[nodiscard]] QJsonArray writeCostOptions(const QList<CostOption> &options);
[[nodiscard]] QList<CostOption> readCostOptions(const QJsonValue &value, const QString &path,
                                                QList<FieldProblem> &problems);

[[nodiscard]] QJsonObject writeRules(const EligibilityRules &rules);
[[nodiscard]] EligibilityRules readRules(const QJsonValue &value, const QString &path,
                                         QList<FieldProblem> &problems);

[[nodiscard]] QJsonObject writeSchedule(const WeeklySchedule &schedule);
[[nodiscard]] WeeklySchedule readSchedule(const QJsonValue &value, const QString &path,
                                          QList<FieldProblem> &problems);
[[nodiscard]] QJsonObject writeException(const ScheduleException &exception);
[[nodiscard]] ScheduleException readException(const QJsonValue &value, const QString &path,
                                              QList<FieldProblem> &problems);

[[nodiscard]] QJsonArray writeStrings(const QStringList &strings);
[[nodiscard]] QStringList readStrings(const QJsonValue &value, const QString &path,
                                      QList<FieldProblem> &problems);

// Scalars with checks: dates YYYY-MM-DD, times HH:MM, money in euro → cents.
[[nodiscard]] QString dateText(const QDate &date);
[[nodiscard]] QDate readDate(const QJsonObject &object, const QString &key, const QString &path,
                             QList<FieldProblem> &problems);
[[nodiscard]] QTime readTime(const QJsonObject &object, const QString &key, const QString &path,
                             QList<FieldProblem> &problems);
[[nodiscard]] QString readString(const QJsonObject &object, const QString &key, const QString &path,
                                 QList<FieldProblem> &problems);
[[nodiscard]] bool readBool(const QJsonObject &object, const QString &key, const QString &path,
                            QList<FieldProblem> &problems);
[[nodiscard]] qint64 euroToCents(double euro);
[[nodiscard]] double centsToEuro(qint64 cents);

} // namespace sportello::catalogue::json
