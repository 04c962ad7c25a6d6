// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

namespace sportello::ui {

// Runs an action once, on the next turn of the event loop, however many times schedule() was
// called before it runs. Pages subscribe their refresh to the services' change notifications
// through one of these: a burst of changes (a purge of many intakes) refreshes once, and a
// refresh never runs in the middle of the handler whose save caused it.
class DeferredRefresh final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeferredRefresh)

public:
    DeferredRefresh(std::function<void()> action, QObject *parent);
    void schedule();
    [[nodiscard]] bool isPending() const { return m_pending; }

private:
    std::function<void()> m_action;
    bool m_pending = false;
};

} // namespace sportello::ui
