// SPDX-License-Identifier: GPL-3.0-or-later
// The Bacheca's matches (issue 16, points 1, 3 and 4): proposing one from a suggestion, and the
// match's page, where each side accepts or declines. The other side's name and contact appear
// only once both have accepted. A match is shown to its two sides only.
#include "text/boardtext.h"
#include "web/boardweb.h"

using namespace Qt::StringLiterals;

namespace sportello::hub::web {

Reply BoardWeb::propose(Visit &visit, const Request &request, const QString &postId)
{
    const QHash<QString, QString> fields = formFields(request.body);
    if (!formTokenMatches(visit, fields))
        return refused(visit);
    auto mine = m_store.posts().post(postId);
    if (!mine && mine.code() != ErrorCode::NotFound)
        return unavailable(visit);
    if (!mine || mine->accountId != visit.account->id)
        return notFound(visit);
    // Only a post the board would suggest now: open, fitting, with room.
    const board::PostKind other
        = mine->kind == board::PostKind::Offer ? board::PostKind::Request : board::PostKind::Offer;
    auto candidates = m_store.posts().candidates(mine->category, other);
    auto active = m_store.posts().activeMatches(mine->id);
    if (!candidates || !active)
        return unavailable(visit);
    const QString chosen = fields.value(u"other"_s);
    const QList<board::Suggestion> fitting = board::suggest(
        *mine, *active, *candidates, m_geography, m_clock.nowUtc().date(), int(candidates->size()));
    const bool offer = mine->kind == board::PostKind::Offer;
    const auto alreadyProposed = [&] {
        return page(
            visit, 409, t(visit, QT_TRANSLATE_NOOP("Bacheca", "Already proposed")),
            paragraph(
                t(visit, QT_TRANSLATE_NOOP("Bacheca", "These two posts are already matched."))));
    };
    if (std::none_of(fitting.cbegin(), fitting.cend(),
                     [&](const board::Suggestion &s) { return s.postId == chosen; })) {
        // A form sent twice: the match it made is there already.
        auto matches = m_store.posts().matchesOf(visit.account->id);
        const bool pair = matches
            && std::any_of(matches->cbegin(), matches->cend(), [&](const board::Match &m) {
                              return (offer ? m.offerId : m.requestId) == mine->id
                                  && (offer ? m.requestId : m.offerId) == chosen;
                          });
        return pair ? alreadyProposed() : notFound(visit);
    }
    auto match = m_store.posts().propose(offer ? mine->id : chosen, offer ? chosen : mine->id,
                                         m_clock.nowUtc());
    if (!match && match.code() == ErrorCode::InvalidArgument)
        return alreadyProposed();
    if (!match)
        return unavailable(visit);
    // Proposing is accepting for one's own side.
    auto accepted = board::accept(*match, offer ? board::Side::Offer : board::Side::Request);
    if (!accepted || !m_store.posts().save(*accepted, m_clock.nowUtc()))
        return unavailable(visit);
    return redirect(u"/bacheca/abbinamento/"_s + match->id);
}

std::optional<board::Side> BoardWeb::sideOf(const Visit &visit, const board::Match &match)
{
    auto offer = m_store.posts().post(match.offerId);
    auto request = m_store.posts().post(match.requestId);
    if (offer && offer->accountId == visit.account->id)
        return board::Side::Offer;
    if (request && request->accountId == visit.account->id)
        return board::Side::Request;
    return std::nullopt;
}

Reply BoardWeb::matchPage(const Visit &visit, const QString &id)
{
    auto match = m_store.posts().match(id);
    if (!match && match.code() != ErrorCode::NotFound)
        return unavailable(visit);
    const std::optional<board::Side> side = match ? sideOf(visit, *match) : std::nullopt;
    if (!side)
        return notFound(visit);
    auto offer = m_store.posts().post(match->offerId);
    auto request = m_store.posts().post(match->requestId);
    if (!offer || !request)
        return unavailable(visit);
    const board::Post &theirs = *side == board::Side::Offer ? *request : *offer;
    using text::BoardText;
    QString body = u"<dl>"_s;
    const auto row = [&body](const QString &term, const QString &value) {
        body += termRow(term, value);
    };
    row(t(visit, QT_TRANSLATE_NOOP("Bacheca", "Category")),
        label(visit, BoardText::categoryLabel(offer->category)));
    row(t(visit, QT_TRANSLATE_NOOP("Bacheca", "State")),
        label(visit, BoardText::matchStateLabel(match->state)));
    if (!theirs.notes.isEmpty())
        row(t(visit, QT_TRANSLATE_NOOP("Bacheca", "Notes")), theirs.notes);
    if (match->contactsDisclosed()) {
        auto them = m_store.accounts().account(theirs.accountId);
        if (!them)
            return unavailable(visit);
        row(t(visit, QT_TRANSLATE_NOOP("Bacheca", "With")), them->displayName);
        row(t(visit, QT_TRANSLATE_NOOP("Bacheca", "Contact")), them->contact);
    }
    body += u"</dl>\n"_s;
    const bool mineAccepted
        = *side == board::Side::Offer ? match->offerAccepted : match->requestAccepted;
    if (match->state == board::MatchState::Proposta) {
        if (mineAccepted) {
            body
                += paragraph(t(visit,
                               QT_TRANSLATE_NOOP("Bacheca",
                                                 "You have accepted. The contacts appear here when "
                                                 "the other side accepts too.")));
        } else {
            body += u"<form method=\"post\" action=\"/bacheca/abbinamento/%1/accetta\">%2"
                    "<button type=\"submit\">%3</button></form>\n"_s.arg(
                        escape(match->id), csrfField(visit.session->csrf),
                        escape(t(visit, QT_TRANSLATE_NOOP("Bacheca", "Accept"))));
        }
        body += u"<form method=\"post\" action=\"/bacheca/abbinamento/%1/rifiuta\">%2"
                "<button type=\"submit\" class=\"danger\">%3</button></form>\n"_s.arg(
                    escape(match->id), csrfField(visit.session->csrf),
                    escape(t(visit, QT_TRANSLATE_NOOP("Bacheca", "Decline"))));
    }
    return page(visit, 200, t(visit, QT_TRANSLATE_NOOP("Bacheca", "Match")), body);
}

Reply BoardWeb::moveMatch(Visit &visit, const Request &request, const QString &id, bool accept)
{
    const QHash<QString, QString> fields = formFields(request.body);
    if (!formTokenMatches(visit, fields))
        return refused(visit);
    auto match = m_store.posts().match(id);
    if (!match && match.code() != ErrorCode::NotFound)
        return unavailable(visit);
    const std::optional<board::Side> side = match ? sideOf(visit, *match) : std::nullopt;
    if (!side)
        return notFound(visit);
    auto moved
        = accept ? board::accept(*match, *side) : board::cancel(*match, *side, u"RIFIUTATA"_s);
    if (!moved)
        return page(visit, 409, t(visit, QT_TRANSLATE_NOOP("Bacheca", "Not possible now")),
                    paragraph(t(visit,
                                QT_TRANSLATE_NOOP("Bacheca",
                                                  "This match has moved on: reload its "
                                                  "page to see where it stands."))));
    if (!m_store.posts().save(*moved, m_clock.nowUtc()))
        return unavailable(visit);
    return redirect(u"/bacheca/abbinamento/"_s + id);
}

} // namespace sportello::hub::web
