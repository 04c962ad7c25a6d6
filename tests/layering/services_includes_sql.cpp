// SPDX-License-Identifier: GPL-3.0-or-later
// Must not compile: Qt Sql is private to storage; a service runs no query of its own.
#include <QSqlQuery>
