// SPDX-License-Identifier: GPL-3.0-or-later
#include "securitytext.h"

namespace sportello::text {

QString SecurityText::role(security::Role role)
{
    switch (role) {
    case security::Role::Operatore:
        return tr("volunteer operator");
    case security::Role::Facilitatore:
        return tr("digital facilitator");
    case security::Role::Coordinatore:
        return tr("coordinator");
    }
    return {};
}

QString SecurityText::passwordProblem(int problem)
{
    switch (static_cast<crypto::PasswordProblem>(problem)) {
    case crypto::PasswordProblem::TooShort:
        return tr("The password must have at least %1 characters.")
            .arg(crypto::kMinimumPasswordLength);
    case crypto::PasswordProblem::Common:
        return tr("This password is too common: it is on the list of passwords that attackers "
                  "try first. Choose a longer phrase.");
    case crypto::PasswordProblem::SameAsUsername:
        return tr("The password must not be the username.");
    case crypto::PasswordProblem::CommonListMissing:
        return tr("The password cannot be checked: the list of common passwords is missing from "
                  "this installation. Reinstall Sportello.");
    case crypto::PasswordProblem::TooGuessable:
        return tr("Choose a less predictable password: this one is easy to guess. Avoid the "
                  "names of the desk, its organization and its comune, your own name, keyboard "
                  "sequences (qwerty) and years; a phrase of four or five unrelated words is "
                  "safer.");
    }
    return tr("The new password must differ from the current one.");
}

} // namespace sportello::text
