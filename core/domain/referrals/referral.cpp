// SPDX-License-Identifier: GPL-3.0-or-later
#include "referrals/referral.h"

using namespace Qt::StringLiterals;

namespace sportello::referrals {

QString kindCode(Kind kind)
{
    return kind == Kind::Logged ? u"REGISTRATA"_s : u"INVIO"_s;
}

} // namespace sportello::referrals
