// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/logging.h"

Q_LOGGING_CATEGORY(lcStorage, "sportello.storage", QtWarningMsg)
Q_LOGGING_CATEGORY(lcServices, "sportello.services", QtWarningMsg)
Q_LOGGING_CATEGORY(lcApp, "sportello.app", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSync, "sportello.sync", QtWarningMsg)
