// SPDX-License-Identifier: GPL-3.0-or-later
#include "hub/boardretention.h"

using namespace Qt::StringLiterals;

namespace sportello::hub {

Result<RetentionRun> runBoardRetention(BoardStore &store, const QDateTime &now)
{
    RetentionRun run;
    auto noticed = store.accounts().noticeInactive(now.addMonths(-kNoticeAfterMonths), now);
    if (!noticed)
        return noticed.error();
    for (const BoardAccount &account : std::as_const(*noticed)) {
        if (auto done = store.moderation().audit(u"hub"_s, u"INACTIVITY_NOTICE"_s, account.id, now);
            !done)
            return done.error();
    }
    run.noticed = int(noticed->size());
    auto removed
        = store.accounts().removeInactive(now.addMonths(-kDeleteAfterMonths), now, kNoticeDays);
    if (!removed)
        return removed.error();
    run.removed = *removed;
    if (run.removed > 0) {
        if (auto done = store.moderation().audit(u"hub"_s, u"INACTIVE_ACCOUNTS_DELETED"_s,
                                                 QString::number(run.removed), now);
            !done)
            return done.error();
    }
    return run;
}

} // namespace sportello::hub
