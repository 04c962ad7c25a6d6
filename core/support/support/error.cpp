// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/error.h"

using namespace Qt::StringLiterals;

namespace sportello {

QString Error::toLogString() const
{
    QString text = u"E%1"_s.arg(number(), 3, 10, QLatin1Char('0'));
    if (!detail.isEmpty())
        text += u' ' + detail;
    return text;
}

} // namespace sportello
