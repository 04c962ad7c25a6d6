// SPDX-License-Identifier: GPL-3.0-or-later
#include "hub/config.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace sportello::hub {

QString HubConfig::path(const QString &file) const
{
    return QDir(dir).absoluteFilePath(file);
}

QString HubConfig::databaseUrl() const
{
    if (database.startsWith(u"postgres"))
        return database;
    const QString file = database.startsWith(u"sqlite:") ? database.mid(7) : database;
    return u"sqlite:"_s + path(file);
}

board::Geography HubConfig::geography() const
{
    board::Geography geography;
    for (const auto &[a, b] : neighbours)
        geography.neighbours[a].append(b);
    return geography;
}

Result<HubConfig> loadConfig(const QString &dir)
{
    HubConfig config;
    config.dir = dir;
    QFile file(config.path(u"hub.conf"_s));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::FileUnreadable, file.errorString(), {file.fileName()});
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.read(64 * 1024), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return makeError(ErrorCode::ImportMalformed, error.errorString(), {file.fileName()});
    const QJsonObject object = document.object();
    config.database = object.value(u"database"_s).toString(config.database);
    config.certificate = object.value(u"certificate"_s).toString(config.certificate);
    config.key = object.value(u"key"_s).toString(config.key);
    config.ratePerSecond = object.value(u"rate_per_second"_s).toDouble(config.ratePerSecond);
    config.rateBurst = object.value(u"rate_burst"_s).toDouble(config.rateBurst);
    config.reportThreshold = object.value(u"report_threshold"_s).toInt(config.reportThreshold);
    config.benchFloor = object.value(u"bench_floor"_s).toBool(false);
    for (const QJsonValue &pair : object.value(u"neighbours"_s).toArray()) {
        const QJsonArray codes = pair.toArray();
        if (codes.size() == 2)
            config.neighbours.append({codes.at(0).toString(), codes.at(1).toString()});
    }
    return config;
}

Status saveConfig(const HubConfig &config)
{
    QJsonObject object {{u"database"_s, config.database},
                        {u"certificate"_s, config.certificate},
                        {u"key"_s, config.key},
                        {u"rate_per_second"_s, config.ratePerSecond},
                        {u"rate_burst"_s, config.rateBurst},
                        {u"report_threshold"_s, config.reportThreshold}};
    if (config.benchFloor)
        object.insert(u"bench_floor"_s, true);
    if (!config.neighbours.isEmpty()) {
        QJsonArray pairs;
        for (const auto &[a, b] : config.neighbours)
            pairs.append(QJsonArray {a, b});
        object.insert(u"neighbours"_s, pairs);
    }
    QSaveFile file(config.path(u"hub.conf"_s));
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::FileUnwritable, file.errorString(), {file.fileName()});
    // It may hold a database password.
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    file.write(QJsonDocument(object).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return makeError(ErrorCode::FileUnwritable, file.errorString(), {file.fileName()});
    return {};
}

} // namespace sportello::hub
