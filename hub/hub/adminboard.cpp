// SPDX-License-Identifier: GPL-3.0-or-later
// sportello-hub board …: the hub administrator's side of the Bacheca's accounts (issue 16,
// point 2). A person registers on the web; the administrator, having checked who they are,
// issues the credentials here (a desk does the same from its own page).
#include "hub/admin.h"
#include "hub/boardretention.h"
#include "hub/boardstore.h"
#include "hub/config.h"
#include "hub/store.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace sportello::hub {

namespace {

// Four groups of five letters and digits, without the ones read wrong (0 O 1 l I): easy to
// dictate at a counter, about 100 bits.
QString temporaryPassword()
{
    static const QString alphabet = u"abcdefghjkmnpqrstuvwxyz23456789"_s;
    QString password;
    for (int group = 0; group < 4; ++group) {
        if (group > 0)
            password += u'-';
        for (int i = 0; i < 5; ++i)
            password += alphabet.at(int(QRandomGenerator::system()->bounded(alphabet.size())));
    }
    return password;
}

} // namespace

int Admin::board(const Args &args)
{
    const QString what = args.words.value(1);
    const bool pendingList = what == u"pending" && args.words.size() == 2;
    const bool onAccount
        = (what == u"activate" || what == u"reset-password") && args.words.size() == 3;
    const bool staff = what == u"add-staff" && args.words.size() == 3;
    const bool trail = what == u"audit" && args.words.size() == 2;
    const bool retention = what == u"retention" && args.words.size() == 2;
    if (!pendingList && !onAccount && !staff && !trail && !retention)
        return usage();
    auto config = loadConfig(args.options.value(u"dir"_s));
    if (!config)
        return failed(tr("The hub's configuration cannot be read."), config.error());
    auto store = BoardStore::open(config->databaseUrl(), u"hub-admin-board"_s);
    if (!store)
        return failed(tr("The hub's database cannot be opened."), store.error());
    BoardAccounts &accounts = (*store)->accounts();
    if (staff)
        return addStaff(**store, args);
    if (retention) {
        auto run = runBoardRetention(**store, m_clock.nowUtc());
        if (!run)
            return failed(tr("The board's retention cannot run."), run.error());
        m_out << tr("Notices of deletion for inactivity: %1. Accounts deleted: %2.")
                     .arg(run->noticed)
                     .arg(run->removed)
              << Qt::endl;
        return 0;
    }
    if (trail) {
        auto entries = (*store)->moderation().trail(1000);
        if (!entries)
            return failed(tr("The board's audit trail cannot be read."), entries.error());
        for (const AuditEntry &e : std::as_const(*entries))
            m_out << e.at.toString(Qt::ISODate) << '\t' << e.actor << '\t' << e.action << '\t'
                  << e.object << Qt::endl;
        return 0;
    }
    if (pendingList) {
        auto pending = accounts.pending();
        if (!pending)
            return failed(tr("The board's accounts cannot be read."), pending.error());
        if (pending->isEmpty())
            m_out << tr("No account is waiting for its credentials.") << Qt::endl;
        for (const BoardAccount &a : std::as_const(*pending))
            m_out << a.username << '\t' << accountKindCode(a.kind) << '\t' << a.comune << '\t'
                  << a.createdAt.toString(Qt::ISODate) << '\t' << a.displayName << Qt::endl;
        return 0;
    }
    const QString username = args.words.at(2);
    auto found = accounts.byUsername(username);
    if (!found)
        return failed(tr("The board's accounts cannot be read."), found.error());
    if (!*found) {
        m_err << tr("The board has no account %1.").arg(username) << Qt::endl;
        return 1;
    }
    const BoardAccount &account = **found;
    if (what == u"activate") {
        if (account.state != BoardAccountState::Pending) {
            m_err << tr("The account %1 is not waiting for its credentials.").arg(account.username)
                  << Qt::endl;
            return 1;
        }
        if (auto done = accounts.activate(account.id, u"hub"_s, m_clock.nowUtc()); !done)
            return failed(tr("The account cannot be activated."), done.error());
        if (auto done = (*store)->moderation().audit(u"hub"_s, u"ACCOUNT_ACTIVATED"_s, account.id,
                                                     m_clock.nowUtc());
            !done)
            return failed(tr("The account cannot be activated."), done.error());
        m_out << tr("The account %1 is active: %2 can log in.")
                     .arg(account.username, account.displayName)
              << Qt::endl;
        return 0;
    }
    const QString password = temporaryPassword();
    if (auto done = accounts.resetPassword(account.id, password); !done)
        return failed(tr("The password cannot be reset."), done.error());
    if (auto done
        = (*store)->moderation().audit(u"hub"_s, u"PASSWORD_RESET"_s, account.id, m_clock.nowUtc());
        !done)
        return failed(tr("The password cannot be reset."), done.error());
    m_out << tr("Temporary password for %1: %2\nGive it to the person only: they must change it "
                "at their next login.")
                 .arg(account.username, password)
          << Qt::endl;
    return 0;
}

int Admin::addStaff(BoardStore &store, const Args &args)
{
    // A Comune's social services (one account per Comune) or a network operator who
    // moderates: made by the administrator only, active at once, with a temporary password.
    const QString kind = args.options.value(u"kind"_s).toLower();
    NewBoardAccount fresh;
    fresh.username = args.words.at(2);
    fresh.displayName = args.options.value(u"name"_s);
    fresh.contact = args.options.value(u"contact"_s);
    fresh.comune = args.options.value(u"comune"_s);
    fresh.password = temporaryPassword();
    if (kind == u"comune") {
        fresh.kind = BoardAccountKind::Comune;
    } else if (kind == u"operator") {
        fresh.kind = BoardAccountKind::Operator;
    } else {
        m_err << tr("--kind must be comune or operator.") << Qt::endl;
        return 2;
    }
    auto config = loadConfig(args.options.value(u"dir"_s));
    if (!config)
        return failed(tr("The hub's configuration cannot be read."), config.error());
    auto district = openStore(config->databaseUrl(), u"hub-admin-staff"_s);
    if (!district)
        return failed(tr("The hub's database cannot be opened."), district.error());
    auto comuni = (*district)->district();
    if (!comuni)
        return failed(tr("The district cannot be read."), comuni.error());
    if (fresh.kind == BoardAccountKind::Comune && !comuni->comuni.contains(fresh.comune)) {
        m_err << tr("--comune must be the ISTAT code of one of the district's comuni: %1.")
                     .arg(comuni->comuni.join(u", "_s))
              << Qt::endl;
        return 2;
    }
    if (fresh.kind == BoardAccountKind::Comune) {
        auto accounts = store.accounts().ofKind(BoardAccountKind::Comune);
        if (!accounts)
            return failed(tr("The board's accounts cannot be read."), accounts.error());
        for (const BoardAccount &a : std::as_const(*accounts)) {
            if (a.comune == fresh.comune) {
                m_err << tr("The Comune %1 already has its account: %2.").arg(a.comune, a.username)
                      << Qt::endl;
                return 1;
            }
        }
    }
    const QDateTime now = m_clock.nowUtc();
    auto made = store.accounts().registerAccount(fresh, now);
    if (!made) {
        m_err << tr("The account cannot be made: %1.").arg(made.error().toLogString()) << Qt::endl;
        return 1;
    }
    if (auto done = store.accounts().activate(made->id, u"hub"_s, now); !done)
        return failed(tr("The account cannot be activated."), done.error());
    if (auto done = store.accounts().resetPassword(made->id, fresh.password); !done)
        return failed(tr("The password cannot be reset."), done.error());
    if (auto done = store.moderation().audit(u"hub"_s, u"STAFF_ACCOUNT_MADE"_s, made->id, now);
        !done)
        return failed(tr("The account cannot be made."), done.error());
    m_out << tr("Account %1 made. Temporary password: %2\nGive it to the person only: they must "
                "change it at their first login.")
                 .arg(made->username, fresh.password)
          << Qt::endl;
    return 0;
}

} // namespace sportello::hub
