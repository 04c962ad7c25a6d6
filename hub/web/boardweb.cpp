// SPDX-License-Identifier: GPL-3.0-or-later
#include "web/boardweb.h"

#include "crypto/passwordhasher.h"
#include "text/boardtext.h"
#include "wire/events.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace sportello::hub::web {

namespace {

QByteArray tokenHash(const QString &token)
{
    return QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256);
}

// Whether two tokens are equal, in a time that does not depend on where they differ.
bool sameToken(const QString &a, const QString &b)
{
    const QByteArray x = a.toLatin1();
    const QByteArray y = b.toLatin1();
    if (x.isEmpty() || x.size() != y.size())
        return false;
    int diff = 0;
    for (qsizetype i = 0; i < x.size(); ++i)
        diff |= x.at(i) ^ y.at(i);
    return diff == 0;
}

QString link(const QString &href, const QString &text)
{
    return u"<a href=\"%1\">%2</a>"_s.arg(escape(href), escape(text));
}

} // namespace

BoardWeb::BoardWeb(BoardStore &store, const Clock &clock, QList<QPair<QString, QString>> comuni,
                   board::Geography geography)
    : m_store(store)
    , m_clock(clock)
    , m_comuni(std::move(comuni))
    , m_geography(std::move(geography))
{ }

QString BoardWeb::t(const Visit &visit, const char *source) const
{
    return m_words(visit.language, source);
}

BoardWeb::Visit BoardWeb::visitOf(const Request &request)
{
    Visit v;
    v.cookies = cookies(request.cookie);
    const QString chosen = request.query.queryItemValue(u"lang"_s);
    QString language
        = chosen == u"en" || chosen == u"it" ? chosen : hostCookie(v.cookies, kLanguageCookie);
    if (language.isEmpty())
        language = request.acceptLanguage.trimmed().toLower().startsWith("en") ? u"en"_s : u"it"_s;
    v.language = language == u"en" ? Language::English : Language::Italian;
    if (!chosen.isEmpty() && (chosen == u"en" || chosen == u"it"))
        v.setCookies.append(setCookie(kLanguageCookie, chosen, 365 * 24 * 3600));
    const QString token = hostCookie(v.cookies, kSessionCookie);
    if (!token.isEmpty()) {
        v.sessionHash = tokenHash(token);
        auto session = m_store.accounts().session(v.sessionHash, m_clock.nowUtc());
        if (session && *session) {
            v.session = **session;
            if (auto account = m_store.accounts().account(v.session->accountId))
                v.account = *account;
        }
    }
    v.formToken = hostCookie(v.cookies, kFormCookie);
    return v;
}

std::optional<Reply> BoardWeb::handle(const Request &request)
{
    const QString &path = request.path;
    const bool comune = path == u"/comune" || path.startsWith(u"/comune/");
    if (path != u"/bacheca" && !path.startsWith(u"/bacheca/") && !comune)
        return std::nullopt;
    if (path == u"/bacheca" || path == u"/comune")
        return redirect(path + u'/');
    const bool get = request.method == "GET" || request.method == "HEAD";
    const bool post = request.method == "POST";
    if (path == u"/bacheca/static/bacheca.css") {
        QFile css(u":/sportello/hub/web/bacheca.css"_s);
        Reply reply;
        if (!get || !css.open(QIODevice::ReadOnly)) {
            reply.status = get ? 404 : 405;
            reply.contentType = "text/plain; charset=utf-8";
            addSecurityHeaders(reply);
            return reply;
        }
        reply.contentType = "text/css; charset=utf-8";
        reply.body = css.readAll();
        addSecurityHeaders(reply);
        return reply;
    }
    Visit v = visitOf(request);
    // A password an operator reset is changed before anything else.
    const bool mustChange = v.account && v.account->mustChangePassword;
    const bool allowedWhileReset = path == u"/bacheca/account"
        || path == u"/bacheca/account/password" || path == u"/bacheca/esci"
        || path == u"/bacheca/privacy";
    // /bacheca/annuncio/ID/proponi → annuncio, ID, proponi
    const QStringList parts = path.mid(QStringView(u"/bacheca/").size()).split(u'/');
    Reply reply;
    std::optional<Reply> limited;
    std::optional<Reply> section;
    if (mustChange && !allowedWhileReset) {
        reply = redirect(u"/bacheca/account"_s);
    } else if ((section = sectionReply(v, request))) {
        reply = *section;
    } else if (comune) {
        reply = notFound(v);
    } else if (path == u"/bacheca/" && get && v.account
               && v.account->kind == BoardAccountKind::Comune) {
        reply = redirect(u"/comune/"_s);
    } else if (path == u"/bacheca/" && get) {
        reply = home(v);
    } else if (path == u"/bacheca/registrati" && get) {
        reply = registration(v, {}, {});
    } else if ((path == u"/bacheca/registrati" || path == u"/bacheca/accedi") && post
               && (limited = tooManyAttempts(v, request))) {
        reply = *limited;
    } else if (path == u"/bacheca/registrati" && post) {
        reply = registerAccount(v, request);
    } else if (path == u"/bacheca/accedi" && get) {
        reply = loginPage(v, {}, {});
    } else if (path == u"/bacheca/accedi" && post) {
        reply = login(v, request);
    } else if (path == u"/bacheca/esci" && post) {
        reply = logout(v, request);
    } else if (path == u"/bacheca/privacy" && get) {
        reply = privacy(v);
    } else if (path.startsWith(u"/bacheca/account") && !v.account) {
        reply = redirect(u"/bacheca/accedi"_s);
    } else if (path == u"/bacheca/account" && get) {
        reply = accountPage(v, {}, {});
    } else if (path == u"/bacheca/account/password" && post) {
        reply = changePassword(v, request);
    } else if (path == u"/bacheca/account/dati" && get) {
        reply = download(v);
    } else if (path == u"/bacheca/account/elimina" && post) {
        reply = deleteAccount(v, request);
    } else if ((path == u"/bacheca/nuovo" || path.startsWith(u"/bacheca/annuncio/")
                || path.startsWith(u"/bacheca/abbinamento/"))
               && !v.account) {
        reply = redirect(u"/bacheca/accedi"_s);
    } else if (parts.size() == 3 && parts.at(0) == u"annuncio" && parts.at(2) == u"proponi"
               && post) {
        reply = propose(v, request, parts.at(1));
    } else if (parts.size() == 2 && parts.at(0) == u"abbinamento" && get) {
        reply = matchPage(v, parts.at(1));
    } else if (parts.size() == 3 && parts.at(0) == u"abbinamento" && post) {
        static const QStringList moves {u"accetta"_s, u"rifiuta"_s,  u"avvia"_s,    u"concludi"_s,
                                        u"annulla"_s, u"giudizio"_s, u"messaggio"_s};
        reply = moves.contains(parts.at(2)) ? moveMatch(v, request, parts.at(1), parts.at(2))
                                            : notFound(v);
    } else if (path == u"/bacheca/nuovo" && get) {
        reply = newPostPage(v, {}, {});
    } else if (path == u"/bacheca/nuovo" && post) {
        reply = addPost(v, request);
    } else if (parts.size() == 2 && parts.at(0) == u"annuncio" && get) {
        reply = postPage(v, parts.at(1));
    } else if (path == u"/bacheca/" || path == u"/bacheca/registrati" || path == u"/bacheca/accedi"
               || path == u"/bacheca/esci" || path == u"/bacheca/privacy"
               || path == u"/bacheca/account" || path == u"/bacheca/account/password"
               || path == u"/bacheca/account/dati" || path == u"/bacheca/account/elimina"
               || path == u"/bacheca/nuovo" || path.startsWith(u"/bacheca/annuncio/")
               || path.startsWith(u"/bacheca/abbinamento/")) {
        reply = page(
            v, 405, t(v, QT_TRANSLATE_NOOP("Bacheca", "Not allowed")),
            paragraph(t(v, QT_TRANSLATE_NOOP("Bacheca", "This page cannot be used this way."))));
    } else {
        reply = notFound(v);
    }
    reply.headers.append(v.setCookies);
    return reply;
}

std::optional<Reply> BoardWeb::sectionReply(Visit &visit, const Request &request)
{
    for (Section *section : std::as_const(m_sections)) {
        if (auto reply = section->handle(visit, request))
            return reply;
    }
    return std::nullopt;
}

QString BoardWeb::of(const Visit &visit, const char *context, const QString &english) const
{
    return m_words.of(visit.language, context, english);
}

Reply BoardWeb::forbidden(const Visit &visit)
{
    return page(
        visit, 403, t(visit, QT_TRANSLATE_NOOP("Bacheca", "Not for this account")),
        paragraph(
            t(visit, QT_TRANSLATE_NOOP("Bacheca", "This page is for another kind of account.")))
            + u"<p>%1</p>"_s.arg(
                link(u"/bacheca/"_s, t(visit, QT_TRANSLATE_NOOP("Bacheca", "Back to the board")))));
}

Reply BoardWeb::page(const Visit &visit, int status, const QString &title, const QString &body)
{
    Frame frame;
    frame.language = visit.language;
    frame.title = title;
    frame.navigation = navigation(visit);
    frame.body = body;
    return htmlReply(status, render(m_words, frame));
}

QString BoardWeb::navigation(const Visit &visit) const
{
    QString items;
    const QString other = visit.language == Language::Italian ? u"en"_s : u"it"_s;
    const QString otherName = visit.language == Language::Italian ? u"English"_s : u"Italiano"_s;
    if (visit.account && visit.account->kind == BoardAccountKind::Comune) {
        items += u"<li>%1</li>"_s.arg(
            link(u"/comune/"_s, t(visit, QT_TRANSLATE_NOOP("Bacheca", "Referrals to the Comune"))));
    } else if (visit.account) {
        items += u"<li>%1</li>"_s.arg(
            link(u"/bacheca/"_s, t(visit, QT_TRANSLATE_NOOP("Bacheca", "My board"))));
    }
    if (visit.account && visit.account->kind == BoardAccountKind::Operator) {
        items += u"<li>%1</li>"_s.arg(
            link(u"/bacheca/moderazione"_s, t(visit, QT_TRANSLATE_NOOP("Bacheca", "Moderation"))));
    }
    if (visit.account) {
        items += u"<li>%1</li>"_s.arg(
            link(u"/bacheca/account"_s, t(visit, QT_TRANSLATE_NOOP("Bacheca", "My account"))));
        items += u"<li><form method=\"post\" action=\"/bacheca/esci\">%1<button type=\"submit\">"
                 "%2</button></form></li>"_s.arg(
                     csrfField(visit.session->csrf),
                     escape(t(visit, QT_TRANSLATE_NOOP("Bacheca", "Log out"))));
    } else {
        items += u"<li>%1</li>"_s.arg(
            link(u"/bacheca/accedi"_s, t(visit, QT_TRANSLATE_NOOP("Bacheca", "Log in"))));
        items += u"<li>%1</li>"_s.arg(
            link(u"/bacheca/registrati"_s, t(visit, QT_TRANSLATE_NOOP("Bacheca", "Register"))));
    }
    items += u"<li><a href=\"?lang=%1\" lang=\"%1\">%2</a></li>"_s.arg(other, otherName);
    return u"<ul>%1</ul>"_s.arg(items);
}

QString BoardWeb::formToken(Visit &visit)
{
    if (visit.formToken.isEmpty()) {
        visit.formToken = newToken();
        visit.setCookies.append(setCookie(kFormCookie, visit.formToken, kFormSeconds));
    }
    return visit.formToken;
}

bool BoardWeb::formTokenMatches(const Visit &visit, const QHash<QString, QString> &fields) const
{
    const QString expected = visit.session ? visit.session->csrf : visit.formToken;
    return sameToken(fields.value(u"csrf"_s), expected);
}

Reply BoardWeb::refused(const Visit &visit)
{
    return page(
        visit, 403, t(visit, QT_TRANSLATE_NOOP("Bacheca", "The form has expired")),
        paragraph(t(visit,
                    QT_TRANSLATE_NOOP("Bacheca",
                                      "The page was open for too long, or came from elsewhere. "
                                      "Nothing was saved: go back, reload the page and try "
                                      "again.")))
            + u"<p>%1</p>"_s.arg(
                link(u"/bacheca/"_s, t(visit, QT_TRANSLATE_NOOP("Bacheca", "Back to the board")))));
}

std::optional<Reply> BoardWeb::tooManyAttempts(const Visit &visit, const Request &request)
{
    const int wait = m_attempts.take(u"web:"_s + request.peer, m_clock.nowUtc());
    if (wait <= 0)
        return std::nullopt;
    Reply reply = page(visit, 429, t(visit, QT_TRANSLATE_NOOP("Bacheca", "Too many attempts")),
                       paragraph(t(visit,
                                   QT_TRANSLATE_NOOP("Bacheca",
                                                     "Too many attempts from this "
                                                     "connection. Try again in %1 "
                                                     "seconds."))
                                     .arg(wait)));
    reply.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray::number(wait)));
    return reply;
}

Reply BoardWeb::notFound(const Visit &visit)
{
    return page(
        visit, 404, t(visit, QT_TRANSLATE_NOOP("Bacheca", "Page not found")),
        paragraph(t(visit, QT_TRANSLATE_NOOP("Bacheca", "There is no such page on the board.")))
            + u"<p>%1</p>"_s.arg(
                link(u"/bacheca/"_s, t(visit, QT_TRANSLATE_NOOP("Bacheca", "Back to the board")))));
}

Reply BoardWeb::unavailable(const Visit &visit)
{
    return page(visit, 503, t(visit, QT_TRANSLATE_NOOP("Bacheca", "Board unavailable")),
                paragraph(t(visit,
                            QT_TRANSLATE_NOOP("Bacheca",
                                              "The board cannot be read right now. Try "
                                              "again in a few minutes."))));
}

const char *BoardWeb::passwordProblem(const Error &error)
{
    if (error.code != ErrorCode::WeakPassword)
        return nullptr;
    if (error.args.value(0) == u"-1")
        return QT_TRANSLATE_NOOP("Bacheca", "The new password must differ from the current one.");
    if (error.args.value(0) == QString::number(int(crypto::PasswordProblem::TooShort)))
        return QT_TRANSLATE_NOOP("Bacheca", "The password needs at least 10 characters.");
    return QT_TRANSLATE_NOOP("Bacheca",
                             "This password is too easy to guess: use three or four unrelated "
                             "words.");
}

Reply BoardWeb::home(const Visit &visit)
{
    if (!visit.account) {
        const QString body
            = paragraph(
                  t(visit,
                    QT_TRANSLATE_NOOP("Bacheca",
                                      "Neighbours, volunteers and organizations offer small "
                                      "everyday help — a lift, medicines brought home, company, "
                                      "collecting a prescription — and whoever needs it asks "
                                      "here. The board suggests who is near and free at the "
                                      "right time.")))
            + paragraph(
                  t(visit,
                    QT_TRANSLATE_NOOP("Bacheca",
                                      "To offer or ask, register: a network operator checks who "
                                      "you are at a help desk and then activates your account.")))
            + u"<p class=\"actions\">%1 %2</p>"_s.arg(
                link(u"/bacheca/registrati"_s, t(visit, QT_TRANSLATE_NOOP("Bacheca", "Register"))),
                link(u"/bacheca/accedi"_s, t(visit, QT_TRANSLATE_NOOP("Bacheca", "Log in"))));
        return page(
            visit, 200,
            t(visit, QT_TRANSLATE_NOOP("Bacheca", "Offer and ask for help in your neighbourhood")),
            body);
    }
    const BoardAccount &account = *visit.account;
    QString body = paragraph(
        t(visit, QT_TRANSLATE_NOOP("Bacheca", "Logged in as %1.")).arg(account.displayName));
    auto posts = m_store.posts().postsOf(account.id);
    auto matches = m_store.posts().matchesOf(account.id);
    if (!posts || !matches)
        return unavailable(visit);
    body += u"<h2>%1</h2>\n"_s.arg(
        escape(t(visit, QT_TRANSLATE_NOOP("Bacheca", "My offers and requests"))));
    body += u"<p class=\"actions\">%1</p>\n"_s.arg(
        link(u"/bacheca/nuovo"_s, t(visit, QT_TRANSLATE_NOOP("Bacheca", "New offer or request"))));
    if (posts->isEmpty()) {
        body += paragraph(
            t(visit, QT_TRANSLATE_NOOP("Bacheca", "You have no offer or request yet.")));
    } else {
        QString rows;
        for (const board::Post &p : std::as_const(*posts)) {
            rows += u"<tr><td>%1</td><td><a href=\"/bacheca/annuncio/%2\">%3</a></td>"
                    "<td>%4</td></tr>\n"_s.arg(
                        escape(label(visit, text::BoardText::postKindLabel(p.kind))), escape(p.id),
                        escape(label(visit, text::BoardText::categoryLabel(p.category))),
                        escape(label(visit, text::BoardText::postStateLabel(p.state))));
        }
        body += u"<table><caption>%1</caption><thead><tr><th scope=\"col\">%2</th>"
                "<th scope=\"col\">%3</th><th scope=\"col\">%4</th></tr></thead>"
                "<tbody>%5</tbody></table>\n"_s.arg(
                    escape(t(visit, QT_TRANSLATE_NOOP("Bacheca", "My offers and requests"))),
                    escape(t(visit, QT_TRANSLATE_NOOP("Bacheca", "Kind"))),
                    escape(t(visit, QT_TRANSLATE_NOOP("Bacheca", "Category"))),
                    escape(t(visit, QT_TRANSLATE_NOOP("Bacheca", "State"))), rows);
    }
    body += u"<h2>%1</h2>\n"_s.arg(escape(t(visit, QT_TRANSLATE_NOOP("Bacheca", "My matches"))));
    if (matches->isEmpty()) {
        body += paragraph(t(visit, QT_TRANSLATE_NOOP("Bacheca", "No match yet.")));
    } else {
        QString items;
        // Each named by its post's category and its state: links that say where they lead.
        for (const board::Match &m : std::as_const(*matches)) {
            QString category;
            for (const board::Post &p : std::as_const(*posts)) {
                if (p.id == m.offerId || p.id == m.requestId)
                    category = label(visit, text::BoardText::categoryLabel(p.category));
            }
            items += u"<li><a href=\"/bacheca/abbinamento/%1\">%2 — %3</a></li>"_s.arg(
                escape(m.id), escape(category),
                escape(label(visit, text::BoardText::matchStateLabel(m.state))));
        }
        body += u"<ul>%1</ul>\n"_s.arg(items);
    }
    return page(visit, 200, t(visit, QT_TRANSLATE_NOOP("Bacheca", "My board")), body);
}

Reply BoardWeb::privacy(const Visit &visit)
{
    const char *const paragraphs[] = {
        QT_TRANSLATE_NOOP("Bacheca",
                          "The board is run by the organizations of the district's help-desk "
                          "network, as joint controllers under the network's protocol. It holds "
                          "only what you give it for the board: your account (name, contact, "
                          "comune), your offers and requests, and the matches between them."),
        QT_TRANSLATE_NOOP("Bacheca",
                          "Purpose and legal basis: putting offers of neighbourhood help in touch "
                          "with requests, with your consent (art. 6(1)(a) GDPR), which you give "
                          "when you register and may withdraw by deleting your account."),
        QT_TRANSLATE_NOOP("Bacheca",
                          "Your contact is shown to the other person of a match only once both "
                          "of you have accepted it. The board is kept apart from the help "
                          "desks' case records and is never joined with them."),
        QT_TRANSLATE_NOOP("Bacheca",
                          "An account unused for 24 months is deleted with everything it holds, "
                          "after a notice. You can download what the board holds about you and "
                          "delete your account yourself at any time; a help desk of the network "
                          "can correct your details."),
    };
    QString body;
    for (const char *p : paragraphs)
        body += paragraph(t(visit, p));
    return page(visit, 200, t(visit, QT_TRANSLATE_NOOP("Bacheca", "Privacy notice")), body);
}

} // namespace sportello::hub::web
