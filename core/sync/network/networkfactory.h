// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace sportello::sync {

// Makes the QNetworkAccessManager for one trust policy (a manager reuses TLS connections, so a
// new policy gets a new manager), in the thread that calls it: a manager belongs to the thread
// it was made in. The app calls it from the GUI thread (enrolment) and from the sync thread, so
// it must be callable from any thread; the tests return a fake network.
using NetworkFactory = std::function<std::unique_ptr<QNetworkAccessManager>()>;

// The system's network: a plain manager, behind the system's proxy configuration (which the
// app turns on once with QNetworkProxyFactory::setUseSystemConfiguration).
[[nodiscard]] NetworkFactory systemNetwork();

// The user name and password a network's proxy asks for (407).
struct ProxyCredentials
{
    QString user;
    QString password;
};
// Asked, in the manager's thread and while its request waits, each time the proxy wants
// credentials (again after refusing some); nullopt: the person declined, the request ends 407.
using ProxyPrompt = std::function<std::optional<ProxyCredentials>()>;
// The managers of `network` (empty: systemNetwork()), each answering its proxy's 407 with
// what `prompt` gives.
[[nodiscard]] NetworkFactory askingProxy(NetworkFactory network, ProxyPrompt prompt);

} // namespace sportello::sync
