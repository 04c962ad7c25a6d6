// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

#include <memory>

namespace sportello::services {

// One login between its three steps (AccountService::beginLogin, checkPassword here,
// AccountService::finishLogin), so that the slow one — Argon2id over the password, about a
// second at today's cost — can run on a worker thread while the login screen stays responsive.
// It holds the account's wrap as stored (nothing secret) and, once checked, the master key the
// password opened, in locked memory until finishLogin() takes it or the attempt is destroyed.
class LoginAttempt final
{
public:
    LoginAttempt();
    ~LoginAttempt();
    LoginAttempt(LoginAttempt &&other) noexcept;
    LoginAttempt &operator=(LoginAttempt &&other) noexcept;
    Q_DISABLE_COPY(LoginAttempt)

    // The slow step. Reads no database and no shared state: safe on any thread, once. A
    // refusal decided in the first step (unknown name, account waiting or deactivated) pays one
    // derivation at the same cost, so that every answer takes as long.
    void checkPassword(const QString &password);
    [[nodiscard]] bool isChecked() const;

private:
    friend class AccountService;
    struct Data;
    std::unique_ptr<Data> d;
};

} // namespace sportello::services
