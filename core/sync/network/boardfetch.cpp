// SPDX-License-Identifier: GPL-3.0-or-later
#include "network/boardfetch.h"

#include "network/boardjobs.h"

namespace sportello::sync {

BoardFetch::BoardFetch(services::NetworkService &network, NetworkFactory factory,
                       const Clock &clock, QObject *parent)
    : HubFetch(network, std::move(factory), clock, parent)
{ }

void BoardFetch::start()
{
    begin([](const HubClient &client, QObject *parent) -> HubJob * {
        return new BoardViewJob(client, parent);
    });
}

void BoardFetch::read(HubJob &job)
{
    m_view = static_cast<BoardViewJob &>(job).view();
}

} // namespace sportello::sync
