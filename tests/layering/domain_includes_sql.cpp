// SPDX-License-Identifier: GPL-3.0-or-later
// Must not compile: the domain is Qt Core only.
#include <QSqlDatabase>
