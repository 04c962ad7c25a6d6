// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hub/boardstore.h"
#include "hub/http.h"
#include "hub/ratelimiter.h"
#include "support/clock.h"
#include "web/webpage.h"

#include <optional>

// The Bacheca's pages under /bacheca/ (issue 16, point 4): server-rendered HTML that works
// without JavaScript, in Italian or English, behind the security of docs/web-security.md:
// session cookies (__Host-, HttpOnly, Secure, SameSite=Strict) made anew at every login, a form
// token on every form, the security headers on every answer, every value escaped.
namespace sportello::hub::web {

class Section;

class BoardWeb final
{
public:
    // `comuni`: the district's, as (ISTAT code, name), offered at registration; `geography`:
    // which of them border each other (hub.conf's neighbours).
    BoardWeb(BoardStore &store, const Clock &clock, QList<QPair<QString, QString>> comuni,
             board::Geography geography = {});

    static constexpr qint64 kSessionSeconds = 8 * 3600;
    static constexpr qint64 kFormSeconds = 2 * 3600;
    // Logins and registrations from one address: 10 at once, then one every 6 seconds (on top
    // of each account's own lockout).
    static constexpr double kAttemptBurst = 10;
    static constexpr double kAttemptsPerSecond = 1.0 / 6;

    // Who is asking, in which language, and the cookies the answer sets.
    struct Visit
    {
        Language language = Language::Italian;
        QHash<QString, QString> cookies;
        QByteArray sessionHash; // of the session cookie's token, when there is one
        std::optional<BoardSession> session;
        std::optional<BoardAccount> account;
        QString formToken;
        QList<QPair<QByteArray, QByteArray>> setCookies;
    };

    // The answer for a path under /bacheca or /comune, or none for any other path.
    [[nodiscard]] std::optional<Reply> handle(const Request &request);
    // More pages in the board's frame, asked in the order added, after the board's own
    // checks (a reset password changed first) and before its own pages.
    void addSection(Section *section) { m_sections.append(section); }

    // For the sections (ComuneWeb, ModerationWeb): the frame, the words, the common answers
    // and the form token's check, as the board's own pages use them.
    [[nodiscard]] Reply page(const Visit &visit, int status, const QString &title,
                             const QString &body);
    [[nodiscard]] QString t(const Visit &visit, const char *source) const;
    // A label of another context (given in English, as the hub has it) in the visitor's
    // language: text::BoardText's, text::ReferralText's.
    [[nodiscard]] QString of(const Visit &visit, const char *context, const QString &english) const;
    [[nodiscard]] bool formTokenMatches(const Visit &visit,
                                        const QHash<QString, QString> &fields) const;
    [[nodiscard]] Reply refused(const Visit &visit);
    [[nodiscard]] Reply notFound(const Visit &visit);
    // 503: the store failed (the error goes to no page).
    [[nodiscard]] Reply unavailable(const Visit &visit);
    // 403: a page for another kind of account.
    [[nodiscard]] Reply forbidden(const Visit &visit);
    [[nodiscard]] const Clock &clock() const { return m_clock; }
    [[nodiscard]] const Words &words() const { return m_words; }

private:
    [[nodiscard]] Visit visitOf(const Request &request);
    [[nodiscard]] std::optional<Reply> sectionReply(Visit &visit, const Request &request);
    [[nodiscard]] Reply home(const Visit &visit);
    [[nodiscard]] Reply registration(Visit &visit, const QHash<QString, QString> &fields,
                                     const QList<QPair<QString, QString>> &errors);
    [[nodiscard]] Reply registerAccount(Visit &visit, const Request &request);
    [[nodiscard]] Reply loginPage(Visit &visit, const QString &username, const QString &error);
    [[nodiscard]] Reply login(Visit &visit, const Request &request);
    [[nodiscard]] Reply logout(const Visit &visit, const Request &request);
    [[nodiscard]] Reply privacy(const Visit &visit);
    // The account's own page: its details, a new password, its data, its deletion.
    [[nodiscard]] Reply accountPage(const Visit &visit, const QString &notice,
                                    const QList<QPair<QString, QString>> &errors);
    [[nodiscard]] Reply changePassword(Visit &visit, const Request &request);
    [[nodiscard]] Reply download(const Visit &visit);
    [[nodiscard]] Reply deleteAccount(Visit &visit, const Request &request);
    // Posts: a new one, and one's own with its suggestions.
    [[nodiscard]] Reply newPostPage(Visit &visit, const QHash<QString, QString> &fields,
                                    const QList<QPair<QString, QString>> &errors);
    [[nodiscard]] Reply addPost(Visit &visit, const Request &request);
    [[nodiscard]] Reply postPage(const Visit &visit, const QString &id);
    // Matches: proposing one from a suggestion of one's own post, its page and its moves.
    [[nodiscard]] Reply propose(Visit &visit, const Request &request, const QString &postId);
    [[nodiscard]] Reply matchPage(const Visit &visit, const QString &id,
                                  const FormErrors &errors = {});
    // A move of the visitor's side: accetta, rifiuta, avvia, concludi, annulla, giudizio
    // (feedback), messaggio.
    [[nodiscard]] Reply moveMatch(Visit &visit, const Request &request, const QString &id,
                                  const QString &move);
    // The messages that arrange the help, and the form to write one while it is under way.
    [[nodiscard]] Result<QString> conversationHtml(const Visit &visit, const board::Match &match,
                                                   board::Side side, const FormErrors &errors);
    [[nodiscard]] Reply notPossibleNow(const Visit &visit);
    // The side of `match` the visitor is on, if any.
    [[nodiscard]] std::optional<board::Side> sideOf(const Visit &visit, const board::Match &match);
    // A text::BoardText label (English, as the hub has it) in the visitor's language.
    [[nodiscard]] QString label(const Visit &visit, const QString &english) const;
    // When a post can happen, in the visitor's language ("martedì, giovedì 09:00–12:00").
    [[nodiscard]] QString whenText(const Visit &visit, const board::When &when) const;
    // Why a post is suggested, in the visitor's language ("stesso quartiere, martedì 10–12").
    [[nodiscard]] QString explanation(const Visit &visit,
                                      const board::Suggestion &suggestion) const;
    [[nodiscard]] QString navigation(const Visit &visit) const;
    // The form token of a visitor with no session (a cookie of its own, made when missing).
    [[nodiscard]] QString formToken(Visit &visit);
    // What to tell about a refused new password (WeakPassword), or null for another error.
    [[nodiscard]] static const char *passwordProblem(const Error &error);
    // 429 when `request`'s address has tried too often; none when it may go on.
    [[nodiscard]] std::optional<Reply> tooManyAttempts(const Visit &visit, const Request &request);

    BoardStore &m_store;
    const Clock &m_clock;
    QList<QPair<QString, QString>> m_comuni;
    board::Geography m_geography; // the district's neighbouring comuni
    RateLimiter m_attempts {kAttemptsPerSecond, kAttemptBurst};
    Words m_words;
    QList<Section *> m_sections;
};

class Section
{
public:
    virtual ~Section() = default;
    // The answer for the request's path, or none when the path is not this section's.
    [[nodiscard]] virtual std::optional<Reply> handle(BoardWeb::Visit &visit,
                                                      const Request &request)
        = 0;
};

} // namespace sportello::hub::web
