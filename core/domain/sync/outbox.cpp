// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/outbox.h"

namespace sportello::sync {

const QStringList &outboxStates()
{
    static const QStringList states {
        QString::fromLatin1(outboxstate::kQueued), QString::fromLatin1(outboxstate::kSending),
        QString::fromLatin1(outboxstate::kDelivered), QString::fromLatin1(outboxstate::kFailed),
        QString::fromLatin1(outboxstate::kDiscarded)};
    return states;
}

} // namespace sportello::sync
