// SPDX-License-Identifier: GPL-3.0-or-later
#include "hub/config.h"

#include <QDir>
#include <QFile>
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
