// SPDX-License-Identifier: GPL-3.0-or-later
#include "killpoints.h"

namespace sportello::test::crash {

const QList<KillPoint> &killPoints()
{
    static const QList<KillPoint> points {
        {"tx.begin-before", "before BEGIN IMMEDIATE runs", false},
        {"tx.begin-after", "right after BEGIN IMMEDIATE, nothing written yet", false},
        {"tx.mid", "mid-transaction, at its second write", false},
        {"tx.commit-before", "before COMMIT runs", false},
        {"tx.commit-after", "after COMMIT, before the caller hears \"saved\"", false},
        {"outbox.insert", "after a referral's outbox row is inserted, before COMMIT", false},
        {"erase.delete", "at a DELETE, mid-erasure or mid-purge", false},
        {"sync.mark-sending", "as the outbox marks a batch as being sent", false},
        {"sync.mark-delivered",
         "after the hub acknowledged a batch, before the outbox marks it delivered", false},
        {"http.mid-request", "a request relayed to the hub, its answer not yet back", true},
        {"http.after-ack", "the hub answered, the desk has not read the answer", true},
    };
    return points;
}

} // namespace sportello::test::crash
