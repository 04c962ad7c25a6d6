// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/clock.h"

#include <QCoreApplication>
#include <QString>
#include <QTextStream>

namespace sportello::hub {

// `sportello-hub serve --listen ADDRESS:PORT --dir DIR`: the HTTPS server until SIGTERM or
// SIGINT, then a clean stop (no new connections, requests in flight finished, database
// closed). Prints "listening on https://ADDRESS:PORT" once it accepts.
class Serve final
{
    Q_DECLARE_TR_FUNCTIONS(sportello::hub::Serve)

public:
    [[nodiscard]] static int run(const QString &dir, const QString &listen, const Clock &clock,
                                 QTextStream &out, QTextStream &err);
};

} // namespace sportello::hub
