// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hub/store.h"
#include "web/boardweb.h"

// The pages of a Comune's social services under /comune/ (issue 16, point 4): the referrals
// addressed to the Comune, anonymized as the hub holds them with the code printed on the desk's
// letter, and the Comune's answers — taken on, declined with a reason, closed with an outcome —
// which go back to the sending desk as the events of its feed, as the administrator's do.
namespace sportello::hub::web {

class ComuneWeb final : public Section
{
public:
    ComuneWeb(BoardWeb &web, Store &store);

    [[nodiscard]] std::optional<Reply> handle(BoardWeb::Visit &visit,
                                              const Request &request) override;

    // The destinations a Comune's social services answer for: the referrals of the people who
    // live in the Comune sent to its social services or its professional front desk.
    [[nodiscard]] static const QStringList &destinationTypes();
    // The answers the pages offer from a referral's state (its code): those reachable from
    // it, as the desk would follow them (referrals::answerPath).
    [[nodiscard]] static QStringList answersFrom(const QString &state);

private:
    using Visit = BoardWeb::Visit;

    [[nodiscard]] Reply list(const Visit &visit, const Request &request);
    [[nodiscard]] Reply referralPage(const Visit &visit, const AddressedReferral &referral,
                                     const QString &notice, const FormErrors &errors);
    [[nodiscard]] Reply answer(const Visit &visit, const Request &request, const QString &refUuid);
    // The referral the visitor's Comune may read, or none.
    [[nodiscard]] Result<std::optional<AddressedReferral>> find(const Visit &visit,
                                                                const QString &refUuid);
    [[nodiscard]] QString stateLabel(const Visit &visit, const QString &code) const;
    [[nodiscard]] QString answerForm(const Visit &visit, const AddressedReferral &referral,
                                     const FormErrors &errors) const;

    BoardWeb &m_web;
    Store &m_store;
};

} // namespace sportello::hub::web
