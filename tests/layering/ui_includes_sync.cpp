// SPDX-License-Identifier: GPL-3.0-or-later
// Must compile: ui reaches the background sync and the enrolment through the "network/…"
// headers of core/sync, which name no storage type (the ui_storage probe still fails with the
// sync linked) and no Qt Network type (tests/core/includegraph_test checks which ones).
#include "network/enrolment.h"
#include "network/synccontroller.h"

namespace sportello::ui {
void syncLayeringProbe(sync::SyncController &controller)
{
    controller.syncNow();
}
} // namespace sportello::ui
