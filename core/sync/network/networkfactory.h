// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>

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

} // namespace sportello::sync
