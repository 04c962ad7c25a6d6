// SPDX-License-Identifier: GPL-3.0-or-later
// sportello-hub board …: the hub administrator's side of the Bacheca's accounts (issue 16,
// point 2). A person registers on the web; the administrator, having checked who they are,
// issues the credentials here (a desk does the same from its own page).
#include "hub/admin.h"
#include "hub/boardstore.h"
#include "hub/config.h"

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
    if (!pendingList && !onAccount)
        return usage();
    auto config = loadConfig(args.options.value(u"dir"_s));
    if (!config)
        return failed(tr("The hub's configuration cannot be read."), config.error());
    auto store = BoardStore::open(config->databaseUrl(), u"hub-admin-board"_s);
    if (!store)
        return failed(tr("The hub's database cannot be opened."), store.error());
    BoardAccounts &accounts = (*store)->accounts();
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
        m_out << tr("The account %1 is active: %2 can log in.")
                     .arg(account.username, account.displayName)
              << Qt::endl;
        return 0;
    }
    const QString password = temporaryPassword();
    if (auto done = accounts.resetPassword(account.id, password); !done)
        return failed(tr("The password cannot be reset."), done.error());
    m_out << tr("Temporary password for %1: %2\nGive it to the person only: they must change it "
                "at their next login.")
                 .arg(account.username, password)
          << Qt::endl;
    return 0;
}

} // namespace sportello::hub
