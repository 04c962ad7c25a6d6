// SPDX-License-Identifier: GPL-3.0-or-later
// The Bacheca's matches (issue 16, points 1, 3 and 4): proposing one from a suggestion, and the
// match's page, where each side accepts or declines, then says the help started and is over,
// or calls it off with a reason, and leaves a word of feedback. The other side's name and
// contact, and the conversation that arranges the help, appear only once both have accepted.
// A match is shown to its two sides only.
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
    auto candidates
        = m_store.posts().candidates(mine->category, other, m_geography.near(mine->zone.comune));
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

Reply BoardWeb::matchPage(const Visit &visit, const QString &id, const FormErrors &errors)
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
    QString where = theirs.zone.comune;
    for (const auto &[code, name] : m_comuni) {
        if (code == where)
            where = name;
    }
    row(t(visit, QT_TRANSLATE_NOOP("Bacheca", "Where")), where);
    row(t(visit, QT_TRANSLATE_NOOP("Bacheca", "When")), whenText(visit, theirs.when));
    if (!theirs.notes.isEmpty())
        row(t(visit, QT_TRANSLATE_NOOP("Bacheca", "Notes")), theirs.notes);
    if (match->contactsDisclosed()) {
        auto them = m_store.accounts().account(theirs.accountId);
        if (!them)
            return unavailable(visit);
        // A desk's post names the desk, or the person who consented to show their own.
        row(t(visit, QT_TRANSLATE_NOOP("Bacheca", "With")),
            theirs.contactName.isEmpty() ? them->displayName : theirs.contactName);
        row(t(visit, QT_TRANSLATE_NOOP("Bacheca", "Contact")),
            theirs.contact.isEmpty() ? them->contact : theirs.contact);
    }
    body += u"</dl>\n"_s;
    const bool mineAccepted
        = *side == board::Side::Offer ? match->offerAccepted : match->requestAccepted;
    const QString csrf = csrfField(visit.session->csrf);
    const auto action
        = [&](const QString &move, const QString &controls, const char *text, bool danger = false) {
              return u"<form method=\"post\" action=\"/bacheca/abbinamento/%1/%2\">%3%4"
                     "<button type=\"submit\"%5>%6</button></form>\n"_s.arg(
                         escape(match->id), move, csrf, controls,
                         danger ? u" class=\"danger\""_s : QString(), escape(t(visit, text)));
          };
    if (match->state == board::MatchState::Proposta) {
        if (mineAccepted) {
            body
                += paragraph(t(visit,
                               QT_TRANSLATE_NOOP("Bacheca",
                                                 "You have accepted. The contacts appear here when "
                                                 "the other side accepts too.")));
        } else {
            body += action(u"accetta"_s, {}, QT_TRANSLATE_NOOP("Bacheca", "Accept"));
        }
        body += action(u"rifiuta"_s, {}, QT_TRANSLATE_NOOP("Bacheca", "Decline"), true);
    }
    if (match->state == board::MatchState::Accettata
        || match->state == board::MatchState::InCorso) {
        body += match->state == board::MatchState::Accettata
            ? action(u"avvia"_s, {}, QT_TRANSLATE_NOOP("Bacheca", "The help has started"))
            : action(u"concludi"_s, {}, QT_TRANSLATE_NOOP("Bacheca", "The help is over"));
        QList<QPair<QString, QString>> reasons {
            {QString(), t(visit, QT_TRANSLATE_NOOP("Bacheca", "Choose…"))}};
        for (const QString &code : board::cancelReasons()) {
            if (code != u"RIFIUTATA")
                reasons.append({code, label(visit, BoardText::cancelReasonLabel(code))});
        }
        Field reason;
        reason.name = u"motivo"_s;
        reason.label = t(visit, QT_TRANSLATE_NOOP("Bacheca", "Why it is called off"));
        reason.error = errorOf(errors, u"motivo"_s);
        body += action(u"annulla"_s, select(reason, reasons),
                       QT_TRANSLATE_NOOP("Bacheca", "Call it off"), true);
    }
    const std::optional<board::Feedback> &mine
        = *side == board::Side::Offer ? match->offerFeedback : match->requestFeedback;
    if (match->state == board::MatchState::Conclusa && !mine) {
        QList<QPair<QString, QString>> outcomes {
            {QString(), t(visit, QT_TRANSLATE_NOOP("Bacheca", "Choose…"))}};
        for (const QString &code : board::feedbackOutcomes())
            outcomes.append({code, label(visit, BoardText::feedbackOutcomeLabel(code))});
        Field outcome;
        outcome.name = u"esito"_s;
        outcome.label = t(visit, QT_TRANSLATE_NOOP("Bacheca", "How did it go?"));
        outcome.error = errorOf(errors, u"esito"_s);
        Field comment;
        comment.name = u"commento"_s;
        comment.label = t(visit, QT_TRANSLATE_NOOP("Bacheca", "A line about it (optional)"));
        comment.required = false;
        comment.maxLength = board::kMaxFeedbackLength;
        comment.error = errorOf(errors, u"commento"_s);
        body += u"<h2>%1</h2>\n"_s.arg(escape(t(visit, QT_TRANSLATE_NOOP("Bacheca", "Feedback"))));
        body += action(u"giudizio"_s, select(outcome, outcomes) + textarea(comment, 2),
                       QT_TRANSLATE_NOOP("Bacheca", "Send the feedback"));
    } else if (mine) {
        body += paragraph(t(visit, QT_TRANSLATE_NOOP("Bacheca", "Your feedback: %1."))
                              .arg(label(visit, BoardText::feedbackOutcomeLabel(mine->outcome))));
    }
    if (match->contactsDisclosed()) {
        auto conversation = conversationHtml(visit, *match, *side, errors);
        if (!conversation)
            return unavailable(visit);
        body += *conversation;
    }
    Reply reply = page(visit, 200, t(visit, QT_TRANSLATE_NOOP("Bacheca", "Match")),
                       errorSummary(m_words, visit.language, errors) + body);
    if (!errors.isEmpty())
        reply.status = 422;
    return reply;
}

Result<QString> BoardWeb::conversationHtml(const Visit &visit, const board::Match &match,
                                           board::Side side, const FormErrors &errors)
{
    auto messages = m_store.moderation().messages(match.id);
    if (!messages)
        return messages.error();
    QString html = u"<h2>%1</h2>\n"_s.arg(
        escape(t(visit, QT_TRANSLATE_NOOP("Bacheca", "Arranging the help"))));
    if (messages->isEmpty()) {
        html += paragraph(t(visit, QT_TRANSLATE_NOOP("Bacheca", "No message yet.")));
    } else {
        QString items;
        for (const MatchMessage &m : std::as_const(*messages))
            items += u"<li><strong>%1</strong> %2</li>\n"_s.arg(
                escape(m.side == side ? t(visit, QT_TRANSLATE_NOOP("Bacheca", "You:"))
                                      : t(visit, QT_TRANSLATE_NOOP("Bacheca", "The other side:"))),
                escape(m.body));
        html += u"<ol class=\"conversation\">%1</ol>\n"_s.arg(items);
    }
    if (match.state != board::MatchState::Accettata && match.state != board::MatchState::InCorso)
        return html;
    Field text;
    text.name = u"testo"_s;
    text.label = t(visit, QT_TRANSLATE_NOOP("Bacheca", "Message"));
    text.hint = t(visit,
                  QT_TRANSLATE_NOOP("Bacheca",
                                    "Only to arrange the help: day, time, place. Do not "
                                    "write health details."));
    text.maxLength = BoardModeration::kMaxMessageLength;
    text.error = errorOf(errors, u"testo"_s);
    html += u"<form method=\"post\" action=\"/bacheca/abbinamento/%1/messaggio\">%2%3"
            "<button type=\"submit\">%4</button></form>\n"_s.arg(
                escape(match.id), csrfField(visit.session->csrf), textarea(text, 3),
                escape(t(visit, QT_TRANSLATE_NOOP("Bacheca", "Send"))));
    return html;
}

Reply BoardWeb::moveMatch(Visit &visit, const Request &request, const QString &id,
                          const QString &move)
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
    const QDateTime now = m_clock.nowUtc();
    if (move == u"messaggio") {
        if (!match->contactsDisclosed() || board::isFinal(match->state))
            return notPossibleNow(visit);
        const QString text = fields.value(u"testo"_s).trimmed();
        if (text.isEmpty() || text.size() > BoardModeration::kMaxMessageLength)
            return matchPage(visit, id,
                             {{u"testo"_s,
                               t(visit,
                                 QT_TRANSLATE_NOOP("Bacheca",
                                                   "Write a message of at most 1,000 "
                                                   "characters."))}});
        auto added = m_store.moderation().addMessage(id, *side, text, now);
        if (!added && added.code() == ErrorCode::InvalidArgument)
            return notPossibleNow(visit);
        if (!added)
            return unavailable(visit);
        return redirect(u"/bacheca/abbinamento/"_s + id);
    }
    Result<board::Match> moved = makeError(ErrorCode::InvalidArgument, u"move"_s, {move});
    if (move == u"accetta") {
        moved = board::accept(*match, *side);
    } else if (move == u"rifiuta") {
        moved = board::cancel(*match, *side, u"RIFIUTATA"_s);
    } else if (move == u"avvia") {
        moved = board::start(*match);
    } else if (move == u"concludi") {
        moved = board::conclude(*match);
    } else if (move == u"annulla") {
        const QString reason = fields.value(u"motivo"_s);
        if (!board::cancelReasons().contains(reason) || reason == u"RIFIUTATA")
            return matchPage(
                visit, id,
                {{u"motivo"_s, t(visit, QT_TRANSLATE_NOOP("Bacheca", "Choose the reason."))}});
        moved = board::cancel(*match, *side, reason);
    } else if (move == u"giudizio") {
        const board::Feedback feedback {fields.value(u"esito"_s),
                                        fields.value(u"commento"_s).trimmed()};
        FormErrors errors;
        if (!board::feedbackOutcomes().contains(feedback.outcome))
            errors.append(
                {u"esito"_s, t(visit, QT_TRANSLATE_NOOP("Bacheca", "Choose how it went."))});
        if (feedback.comment.size() > board::kMaxFeedbackLength)
            errors.append(
                {u"commento"_s,
                 t(visit, QT_TRANSLATE_NOOP("Bacheca", "Write at most 280 characters."))});
        if (!errors.isEmpty())
            return matchPage(visit, id, errors);
        moved = board::leaveFeedback(*match, *side, feedback);
    }
    if (!moved)
        return notPossibleNow(visit);
    if (!m_store.posts().save(*moved, now))
        return unavailable(visit);
    return redirect(u"/bacheca/abbinamento/"_s + id);
}

Reply BoardWeb::notPossibleNow(const Visit &visit)
{
    return page(visit, 409, t(visit, QT_TRANSLATE_NOOP("Bacheca", "Not possible now")),
                paragraph(t(visit,
                            QT_TRANSLATE_NOOP("Bacheca",
                                              "This match has moved on: reload its "
                                              "page to see where it stands."))));
}

} // namespace sportello::hub::web
