// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/clock.h"
#include "support/error.h"

#include <QCoreApplication>
#include <QMap>
#include <QStringList>
#include <QTextStream>

#include <optional>

// sportello-hub's commands: init, district, desk, referral, catalogue feedback, backup and
// serve, each on the hub directory given with --dir.
namespace sportello::hub {

class BoardStore;

class Admin final
{
    Q_DECLARE_TR_FUNCTIONS(sportello::hub::Admin)

public:
    Admin(const Clock &clock, QTextStream &out, QTextStream &err)
        : m_clock(clock)
        , m_out(out)
        , m_err(err)
    { }

    // The exit code: 0 done, 1 failed, 2 wrong usage.
    [[nodiscard]] int run(const QStringList &arguments);

private:
    struct Args
    {
        QStringList words; // positional
        QMap<QString, QString> options; // --name value
    };
    [[nodiscard]] static std::optional<Args> parse(const QStringList &arguments);
    int usage();
    int init(const Args &args);
    int district(const Args &args);
    int neighbours(const Args &args);
    int desk(const Args &args);
    int referral(const Args &args);
    int catalogue(const Args &args);
    int publish(const Args &args);
    int backup(const Args &args);
    // The Bacheca's accounts: pending ones, issuing credentials, an operator's reset, the
    // accounts of the Comuni and the moderators, the moderators' trail.
    int board(const Args &args);
    int addStaff(BoardStore &store, const Args &args);
    int failed(const QString &what, const Error &error);

    const Clock &m_clock;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace sportello::hub
