// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/result.h"

#include <QString>

// The throw-away certificate authority `init` creates for local use and tests: ca.pem (the
// district CA the desks trust), and server.pem / server.key for 127.0.0.1 and localhost,
// signed by it (ECDSA P-256, SHA-256). A production hub takes a real certificate instead.
namespace sportello::hub::tls {

// Writes ca.pem, server.pem and server.key (mode 0600) into `dir`; the CA's private key is
// never written, so nothing else can be signed with it.
[[nodiscard]] Status createThrowAwayCa(const QString &dir, int validDays = 825);

} // namespace sportello::hub::tls
