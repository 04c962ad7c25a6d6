// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "board/matching.h"
#include "support/result.h"

#include <QList>
#include <QPair>
#include <QString>

// The hub's directory and its config file, hub.conf (JSON): the database URL, the TLS
// certificate and key, the rate limit, the comuni that border each other. Relative paths are the
// directory's.
namespace sportello::hub {

struct HubConfig
{
    QString dir;
    QString database = QStringLiteral("sqlite:hub.db");
    QString certificate = QStringLiteral("server.pem");
    QString key = QStringLiteral("server.key");
    double ratePerSecond = 50; // requests per desk and per process
    double rateBurst = 200;
    int reportThreshold = 5; // the district report's smallest count shown (never below 3)
    bool benchFloor = false; // POST /v1/_floor for bench/hub_bench; never in production
    // Which of the district's comuni border each other, for the board's suggestions (a
    // neighbouring comune comes after the same one): pairs of ISTAT codes, either way round.
    QList<QPair<QString, QString>> neighbours;

    [[nodiscard]] board::Geography geography() const;
    [[nodiscard]] QString path(const QString &file) const; // `file` within the directory
    [[nodiscard]] QString databaseUrl() const; // a SQLite path made absolute
};

[[nodiscard]] Result<HubConfig> loadConfig(const QString &dir);
[[nodiscard]] Status saveConfig(const HubConfig &config);

} // namespace sportello::hub
