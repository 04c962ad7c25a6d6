// SPDX-License-Identifier: GPL-3.0-or-later
#include "network/networkfactory.h"

#include <QNetworkAccessManager>

namespace sportello::sync {

NetworkFactory systemNetwork()
{
    return [] {
        return std::make_unique<QNetworkAccessManager>();
    };
}

} // namespace sportello::sync
