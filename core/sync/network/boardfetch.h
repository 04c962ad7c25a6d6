// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "board/deskboard.h"
#include "network/hubfetch.h"

namespace sportello::sync {

// Asks the hub for the board as this desk sees it (the Bacheca page). What the desk queues goes
// the other way, with the sync round.
class BoardFetch final : public HubFetch
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BoardFetch)

public:
    BoardFetch(services::NetworkService &network, NetworkFactory factory, const Clock &clock,
               QObject *parent = nullptr);

    // finished() follows: the view, or HubNotEnrolled before enrolment, or the failure.
    void start();
    [[nodiscard]] const std::optional<board::DeskView> &view() const { return m_view; }

protected:
    void read(HubJob &job) override;
    void clearResult() override { m_view.reset(); }

private:
    std::optional<board::DeskView> m_view;
};

} // namespace sportello::sync
