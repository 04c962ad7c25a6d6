// SPDX-License-Identifier: GPL-3.0-or-later
#include "network/networkfactory.h"

#include <QAuthenticator>
#include <QNetworkAccessManager>
#include <QNetworkProxy>

namespace sportello::sync {

NetworkFactory systemNetwork()
{
    return [] {
        return std::make_unique<QNetworkAccessManager>();
    };
}

NetworkFactory askingProxy(NetworkFactory network, ProxyPrompt prompt)
{
    return [network = std::move(network), prompt = std::move(prompt)] {
        std::unique_ptr<QNetworkAccessManager> manager = network ? network() : systemNetwork()();
        QObject::connect(manager.get(), &QNetworkAccessManager::proxyAuthenticationRequired,
                         manager.get(),
                         [prompt](const QNetworkProxy &, QAuthenticator *authenticator) {
                             if (const auto given = prompt()) {
                                 authenticator->setUser(given->user);
                                 authenticator->setPassword(given->password);
                             }
                         });
        return manager;
    };
}

} // namespace sportello::sync
