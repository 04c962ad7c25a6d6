// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hub/http.h"
#include "hub/store.h"

// GET /v1/reports/district?from=YYYY-MM&to=YYYY-MM (a day YYYY-MM-DD names its month): the
// district report, its small counts suppressed, for a desk whose token has the coordinator
// scope (desk add --coordinator); 403 for any other desk.
namespace sportello::hub {

[[nodiscard]] Reply districtReportReply(Store &store, const Desk &desk, const QUrlQuery &query,
                                        int threshold);

} // namespace sportello::hub
