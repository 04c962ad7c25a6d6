// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogue/eligibility.h"
#include "catalogue/model.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

namespace sportello::ui {

// Everything the detail pane shows about one service.
struct ServiceView
{
    catalogue::Service service;
    std::optional<catalogue::Organization> organization;
    QHash<QString, catalogue::Location> locations; // by uid
    std::optional<catalogue::EligibilityResult> eligibility;
    QDateTime now;
};

// Renders a service as HTML for the detail pane: every field, documents as a checklist, today's
// hours, how to apply step by step. Confidential addresses are never shown.
class ServiceHtml final
{
    Q_DECLARE_TR_FUNCTIONS(ServiceHtml)

public:
    [[nodiscard]] static QString render(const ServiceView &view);
};

} // namespace sportello::ui
