// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hub/boardstore.h"
#include "web/boardweb.h"

// The moderators' pages under /bacheca/moderazione (issue 16, point 4), for network operators'
// accounts: the registrations waiting for their credentials, issued once the operator has seen
// an identity document, and the posts reported by other accounts, hidden or kept; each action
// goes to the board's audit trail, shown on the same page. Also the page where any account
// reports a post it was suggested (/bacheca/segnala/ID).
namespace sportello::hub::web {

class ModerationWeb final : public Section
{
public:
    ModerationWeb(BoardWeb &web, BoardStore &store);

    [[nodiscard]] std::optional<Reply> handle(BoardWeb::Visit &visit,
                                              const Request &request) override;

private:
    using Visit = BoardWeb::Visit;

    [[nodiscard]] Reply queue(const Visit &visit);
    [[nodiscard]] Reply accountPage(const Visit &visit, const QString &id,
                                    const FormErrors &errors);
    [[nodiscard]] Reply activate(const Visit &visit, const Request &request, const QString &id);
    [[nodiscard]] Reply reportedPage(const Visit &visit, const QString &id);
    [[nodiscard]] Reply judge(const Visit &visit, const Request &request, const QString &id,
                              bool hide);
    [[nodiscard]] Reply reportPage(const Visit &visit, const QString &id, const FormErrors &errors);
    [[nodiscard]] Reply report(const Visit &visit, const Request &request, const QString &id);
    [[nodiscard]] QString actor(const Visit &visit) const;
    [[nodiscard]] QString reasonLabel(const Visit &visit, const QString &code) const;

    BoardWeb &m_web;
    BoardStore &m_store;
};

} // namespace sportello::hub::web
