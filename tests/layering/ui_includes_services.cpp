// SPDX-License-Identifier: GPL-3.0-or-later
// Must compile: the control for ui_includes_storage.cpp — ui reaches the catalogue through its
// service, so a failure of that probe is the layering and not a broken probe.
#include "services/catalogueservice.h"
#include "services/deskservices.h"

namespace sportello::ui {
void layeringProbe(services::DeskServices &services)
{
    [[maybe_unused]] services::CatalogueService &catalogue = services.catalogue();
}
} // namespace sportello::ui
