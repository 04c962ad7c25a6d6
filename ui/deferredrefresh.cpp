// SPDX-License-Identifier: GPL-3.0-or-later
#include "deferredrefresh.h"

namespace sportello::ui {

DeferredRefresh::DeferredRefresh(std::function<void()> action, QObject *parent)
    : QObject(parent)
    , m_action(std::move(action))
{ }

void DeferredRefresh::schedule()
{
    if (m_pending)
        return;
    m_pending = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_pending = false;
            m_action();
        },
        Qt::QueuedConnection);
}

} // namespace sportello::ui
