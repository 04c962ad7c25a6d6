// SPDX-License-Identifier: GPL-3.0-or-later
// The Bacheca's pages (issue 16, points 4 and 5) as the function from a request to its answer:
// the security headers on every answer, cookies that only the board's HTTPS pages read, a form
// token on every form, a new session at every login, hostile text inert wherever it shows.
#include "webfixture.h"

using namespace Qt::StringLiterals;
using namespace sportello;
using namespace sportello::test;
using hub::Reply;
using hub::Request;

TEST_CASE("every board page carries the security headers, in Italian unless asked otherwise",
          "[hub][web]")
{
    WebFixture board;
    for (const QString &path : {u"/bacheca/"_s, u"/bacheca/registrati"_s, u"/bacheca/accedi"_s,
                                u"/bacheca/privacy"_s, u"/bacheca/nessuna"_s}) {
        INFO(path.toStdString());
        const Reply reply = board.ask("GET", path);
        CHECK(reply.contentType == "text/html; charset=utf-8");
        CHECK(header(reply, "Content-Security-Policy").startsWith("default-src 'self'"));
        CHECK(header(reply, "Content-Security-Policy").contains("frame-ancestors 'none'"));
        CHECK(header(reply, "X-Frame-Options") == "DENY");
        CHECK(header(reply, "X-Content-Type-Options") == "nosniff");
        CHECK(header(reply, "Referrer-Policy") == "no-referrer");
        CHECK(header(reply, "Strict-Transport-Security").startsWith("max-age="));
        const QString html = QString::fromUtf8(reply.body);
        CHECK(html.contains(u"<html lang=\"it\">"_s));
        CHECK(html.contains(u"<main id=\"main\">"_s));
        CHECK(html.contains(u"href=\"#main\""_s));
        CHECK_FALSE(html.contains(u"<script"_s)); // every page works without JavaScript
    }
    CHECK(board.ask("GET", u"/bacheca/nessuna"_s).status == 404);
    CHECK(board.ask("POST", u"/bacheca/privacy"_s).status == 405);
    CHECK(board.ask("GET", u"/bacheca"_s).status == 303);
    const Reply css = board.ask("GET", u"/bacheca/static/bacheca.css"_s);
    CHECK(css.status == 200);
    CHECK(css.contentType == "text/css; charset=utf-8");
    CHECK(css.body.contains(":focus-visible"));

    const QString italian = QString::fromUtf8(board.ask("GET", u"/bacheca/"_s).body);
    CHECK(italian.contains(
        u"<title>Offri e chiedi aiuto nel tuo quartiere – Bacheca di prossimità</title>"_s));
    CHECK(italian.contains(u">Registrati</a>"_s));
    CHECK(italian.contains(u">Vai al contenuto</a>"_s));
    const Reply english = board.ask("GET", u"/bacheca/?lang=en"_s);
    CHECK(english.body.contains(">Register</a>"));
    CHECK(english.body.contains("<html lang=\"en\">"));
    const QByteArray cookie = setCookies(english).value(0);
    CHECK(cookie.startsWith("__Host-bacheca-lang=en;"));
    CHECK(cookie.contains("; Secure"));
    CHECK(cookie.contains("; HttpOnly"));
    CHECK(cookie.contains("; SameSite=Strict"));
    CHECK(cookie.contains("; Path=/"));
    CHECK(board.ask("GET", u"/bacheca/"_s, "__Host-bacheca-lang=en").body.contains("lang=\"en\""));

    Request other;
    other.method = "GET";
    other.path = u"/v1/health"_s;
    CHECK_FALSE(board.web->handle(other).has_value());
}

TEST_CASE("a registration needs the form's token, and keeps hostile text inert", "[hub][web]")
{
    WebFixture board;
    // No token, or another one: refused, nothing stored.
    const Reply form = board.ask("GET", u"/bacheca/registrati"_s);
    const QString token = cookieValue(form, u"bacheca-form"_s);
    REQUIRE_FALSE(token.isEmpty());
    CHECK(formToken(form) == token);
    const QByteArray fields = encoded({{u"kind"_s, u"CITTADINO"_s},
                                       {u"display_name"_s, u"Anna"_s},
                                       {u"comune"_s, u"015175"_s},
                                       {u"username"_s, u"anna"_s},
                                       {u"password"_s, kPassword},
                                       {u"password2"_s, kPassword},
                                       {u"consent"_s, u"1"_s}});
    CHECK(board.ask("POST", u"/bacheca/registrati"_s, {}, fields).status == 403);
    CHECK(board
              .ask("POST", u"/bacheca/registrati"_s,
                   QByteArray("__Host-bacheca-form=") + token.toLatin1(), fields + "&csrf=another")
              .status
          == 403);
    CHECK(board.store->accounts().pending()->isEmpty());

    // Every field wrong at once: each says so, tied to its field, and nothing is stored.
    const QString hostile = u"<script>alert(\"x\")</script>' onmouseover=alert(1) \u202E"_s;
    const Reply wrong = board.ask("POST", u"/bacheca/registrati"_s,
                                  QByteArray("__Host-bacheca-form=") + token.toLatin1(),
                                  encoded({{u"csrf"_s, token},
                                           {u"kind"_s, u"COMUNE"_s},
                                           {u"display_name"_s, hostile},
                                           {u"comune"_s, u"999999"_s},
                                           {u"username"_s, hostile},
                                           {u"password"_s, kPassword},
                                           {u"password2"_s, kPassword + u'!'}}));
    CHECK(wrong.status == 422);
    const QString page = QString::fromUtf8(wrong.body);
    CHECK(page.contains(u"role=\"alert\""_s));
    CHECK(page.contains(u"aria-invalid=\"true\""_s));
    CHECK(page.contains(u"href=\"#f-comune\""_s));
    CHECK(page.contains(u"href=\"#f-password2\""_s));
    CHECK(page.contains(u"href=\"#f-consent\""_s));
    CHECK_FALSE(page.contains(u"<script>"_s));
    CHECK_FALSE(page.contains(u"' onmouseover"_s));
    CHECK(page.contains(u"&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39; onmouseover"_s));
    CHECK(board.store->accounts().pending()->isEmpty());

    // A name of 10,000 characters is refused, and shown back escaped.
    const Reply tooLong = board.registerThroughForm(u"lungo"_s, QString(10000, u'<'));
    CHECK(tooLong.status == 422);
    CHECK_FALSE(tooLong.body.contains("<<"));

    // A hostile but acceptable name is stored as given and shown inert once logged in.
    const Reply done = board.registerThroughForm(u"anna"_s, hostile);
    INFO(done.body.toStdString());
    REQUIRE(done.status == 201);
    REQUIRE(board.store->accounts().pending()->size() == 1);
    CHECK(board.store->accounts().pending()->first().displayName == hostile.simplified());
    board.activate(u"anna"_s);
    const QString session = board.login(u"anna"_s);
    REQUIRE_FALSE(session.isEmpty());
    const Reply home
        = board.ask("GET", u"/bacheca/"_s, QByteArray("__Host-bacheca=") + session.toLatin1());
    CHECK(home.status == 200);
    CHECK_FALSE(home.body.contains("<script>"));
    CHECK(home.body.contains("&lt;script&gt;"));
}

TEST_CASE("a login opens a new session each time; logging out needs the form's token", "[hub][web]")
{
    WebFixture board;
    REQUIRE(board.registerThroughForm(u"marco"_s, u"Marco"_s).status == 201);
    // Pending, wrong, unknown: the page says what it may.
    CHECK(board.login(u"marco"_s).isEmpty());
    const Reply form = board.ask("GET", u"/bacheca/accedi"_s);
    const QString token = cookieValue(form, u"bacheca-form"_s);
    const auto attempt = [&](const QString &user, const QString &password) {
        return board.ask(
            "POST", u"/bacheca/accedi"_s, QByteArray("__Host-bacheca-form=") + token.toLatin1(),
            encoded({{u"csrf"_s, token}, {u"username"_s, user}, {u"password"_s, password}}));
    };
    const Reply wrong = attempt(u"marco"_s, u"non-questa"_s);
    const Reply unknown = attempt(u"nessuno"_s, u"non-questa"_s);
    CHECK(wrong.status == 401);
    CHECK(unknown.status == 401);
    const auto summary = [](const Reply &r) {
        static const QRegularExpression alert(u"role=\"alert\"><p>([^<]*)</p>"_s);
        return alert.match(QString::fromUtf8(r.body)).captured(1);
    };
    CHECK_FALSE(summary(wrong).isEmpty());
    CHECK(summary(wrong) == summary(unknown));
    CHECK(setCookies(wrong).isEmpty()); // no session

    board.activate(u"marco"_s);
    const QString first = board.login(u"marco"_s);
    REQUIRE_FALSE(first.isEmpty());
    const QString second = board.login(u"marco"_s);
    REQUIRE_FALSE(second.isEmpty());
    CHECK(first != second);
    const Reply home
        = board.ask("GET", u"/bacheca/"_s, QByteArray("__Host-bacheca=") + second.toLatin1());
    CHECK(home.body.contains("Marco"));
    CHECK(home.body.contains("action=\"/bacheca/esci\""));

    // Logging out without the session's form token does nothing.
    const QByteArray cookie = QByteArray("__Host-bacheca=") + second.toLatin1();
    CHECK(board.ask("POST", u"/bacheca/esci"_s, cookie, "csrf=nope").status == 403);
    CHECK(board.ask("GET", u"/bacheca/"_s, cookie).body.contains("action=\"/bacheca/esci\""));
    const Reply out
        = board.ask("POST", u"/bacheca/esci"_s, cookie, encoded({{u"csrf"_s, formToken(home)}}));
    CHECK(out.status == 303);
    CHECK(setCookies(out).value(0).startsWith("__Host-bacheca=; Path=/; Max-Age=0"));
    CHECK_FALSE(board.ask("GET", u"/bacheca/"_s, cookie).body.contains("action=\"/bacheca/esci\""));
}

TEST_CASE("a person changes their password, downloads their data and deletes their account",
          "[hub][web]")
{
    WebFixture board;
    CHECK(board.ask("GET", u"/bacheca/account"_s).status == 303); // log in first
    REQUIRE(board.registerThroughForm(u"rosa"_s, u"Rosa <Bianchi>"_s).status == 201);
    board.activate(u"rosa"_s);
    QString session = board.login(u"rosa"_s);
    REQUIRE_FALSE(session.isEmpty());
    QByteArray cookie = QByteArray("__Host-bacheca=") + session.toLatin1();
    const Reply mine = board.ask("GET", u"/bacheca/account"_s, cookie);
    CHECK(mine.status == 200);
    CHECK(mine.body.contains("Rosa &lt;Bianchi&gt;"));
    CHECK(mine.body.contains("+39 333 1234567"));
    const QString csrf = formToken(mine);
    REQUIRE_FALSE(csrf.isEmpty());

    // What the board holds about her, as a file.
    const Reply data = board.ask("GET", u"/bacheca/account/dati"_s, cookie);
    CHECK(data.status == 200);
    CHECK(data.contentType == "application/json; charset=utf-8");
    CHECK(header(data, "Content-Disposition").startsWith("attachment;"));
    CHECK(data.body.contains("\"username\": \"rosa\""));
    CHECK_FALSE(data.body.contains("argon2"));

    // A new password: the current one is checked, the two must agree, then every session ends.
    const auto change = [&](const QString &current, const QString &fresh, const QString &again) {
        return board.ask("POST", u"/bacheca/account/password"_s, cookie,
                         encoded({{u"csrf"_s, csrf},
                                  {u"current"_s, current},
                                  {u"password"_s, fresh},
                                  {u"password2"_s, again}}));
    };
    const QString fresh = u"Tramonto-sul-Naviglio-7"_s;
    CHECK(change(u"sbagliata"_s, fresh, fresh).status == 422);
    CHECK(change(kPassword, fresh, fresh + u'x').status == 422);
    CHECK(change(kPassword, u"corta"_s, u"corta"_s).status == 422);
    const Reply changed = change(kPassword, fresh, fresh);
    CHECK(changed.status == 200);
    CHECK(setCookies(changed).value(0).startsWith("__Host-bacheca=; Path=/; Max-Age=0"));
    CHECK(board.ask("GET", u"/bacheca/account"_s, cookie).status == 303); // session ended
    CHECK(board.login(u"rosa"_s).isEmpty());
    session = board.login(u"rosa"_s, fresh);
    REQUIRE_FALSE(session.isEmpty());
    cookie = QByteArray("__Host-bacheca=") + session.toLatin1();

    // Deleting needs the form's token and the box ticked; then nothing of her is left.
    const QString token = formToken(board.ask("GET", u"/bacheca/account"_s, cookie));
    CHECK(board.ask("POST", u"/bacheca/account/elimina"_s, cookie, "confirm=1").status == 403);
    CHECK(board.ask("POST", u"/bacheca/account/elimina"_s, cookie, encoded({{u"csrf"_s, token}}))
              .status
          == 422);
    const Reply deleted = board.ask("POST", u"/bacheca/account/elimina"_s, cookie,
                                    encoded({{u"csrf"_s, token}, {u"confirm"_s, u"1"_s}}));
    CHECK(deleted.status == 200);
    CHECK(setCookies(deleted).value(0).startsWith("__Host-bacheca=; Path=/; Max-Age=0"));
    CHECK(board.login(u"rosa"_s, fresh).isEmpty());
    CHECK(board.store->accounts().pending()->isEmpty());
    CHECK(board.ask("GET", u"/bacheca/account"_s, cookie).status == 303);
}

TEST_CASE("after an operator's reset, nothing but the new password until it is chosen",
          "[hub][web]")
{
    WebFixture board;
    REQUIRE(board.registerThroughForm(u"piero"_s, u"Piero"_s).status == 201);
    board.activate(u"piero"_s);
    auto pending = board.store->accounts().login(u"piero"_s, kPassword, board.clock.nowUtc());
    REQUIRE(pending.ok());
    const QString temporary = u"Provvisoria-della-rete-9"_s;
    REQUIRE(board.store->accounts().resetPassword(pending->id, temporary).ok());
    const QString session = board.login(u"piero"_s, temporary);
    REQUIRE_FALSE(session.isEmpty());
    const QByteArray cookie = QByteArray("__Host-bacheca=") + session.toLatin1();
    const Reply home = board.ask("GET", u"/bacheca/"_s, cookie);
    CHECK(home.status == 303);
    CHECK(header(home, "Location") == "/bacheca/account");
    const Reply account = board.ask("GET", u"/bacheca/account"_s, cookie);
    CHECK(account.status == 200);
    CHECK(account.body.contains("role=\"alert\""));
    CHECK_FALSE(account.body.contains("/bacheca/account/elimina"));
    CHECK(board.ask("GET", u"/bacheca/account/dati"_s, cookie).status == 303);
    const QString fresh = u"Scelta-da-me-stesso-2027"_s;
    CHECK(board
              .ask("POST", u"/bacheca/account/password"_s, cookie,
                   encoded({{u"csrf"_s, formToken(account)},
                            {u"current"_s, temporary},
                            {u"password"_s, fresh},
                            {u"password2"_s, fresh}}))
              .status
          == 200);
    const QString again = board.login(u"piero"_s, fresh);
    REQUIRE_FALSE(again.isEmpty());
    CHECK(board.ask("GET", u"/bacheca/"_s, QByteArray("__Host-bacheca=") + again.toLatin1()).status
          == 200);
}

TEST_CASE("a request posted on the web is shown to its owner only, with the offers that fit and "
          "why",
          "[hub][web]")
{
    WebFixture board;
    CHECK(board.ask("GET", u"/bacheca/nuovo"_s).status == 303); // log in first
    for (const QString &name : {u"giulia"_s, u"volontari"_s, u"curioso"_s}) {
        REQUIRE(board.registerThroughForm(name, u"Persona "_s + name).status == 201);
        board.activate(name);
    }
    const auto cookieOf = [&](const QString &name) -> QByteArray {
        const QString session = board.login(name);
        REQUIRE_FALSE(session.isEmpty());
        return QByteArray("__Host-bacheca=") + session.toLatin1();
    };
    const QByteArray giulia = cookieOf(u"giulia"_s);
    const QByteArray volontari = cookieOf(u"volontari"_s);
    const QByteArray curioso = cookieOf(u"curioso"_s);
    const auto postAs = [&](const QByteArray &cookie, QList<QPair<QString, QString>> fields) {
        const QString token = formToken(board.ask("GET", u"/bacheca/nuovo"_s, cookie));
        fields.prepend({u"csrf"_s, token});
        return board.ask("POST", u"/bacheca/nuovo"_s, cookie, encoded(fields));
    };
    // Nothing that can be posted: each problem is said, nothing is stored.
    const Reply wrong = postAs(giulia,
                               {{u"kind"_s, u"RICHIESTA"_s},
                                {u"category"_s, u"CONSEGNA_FARMACI"_s},
                                {u"comune"_s, u"015175"_s},
                                {u"from"_s, u"12:00"_s},
                                {u"to"_s, u"09:00"_s},
                                {u"for_whom"_s, u"SE_STESSO"_s}});
    CHECK(wrong.status == 422);
    CHECK(wrong.body.contains("href=\"#f-d1\""));
    CHECK(wrong.body.contains("href=\"#f-to\""));
    CHECK(board.ask("POST", u"/bacheca/nuovo"_s, giulia, "kind=RICHIESTA").status == 403);

    // Giulia asks for medicines on Tuesday mornings in Pioltello.
    const Reply asked = postAs(giulia,
                               {{u"kind"_s, u"RICHIESTA"_s},
                                {u"category"_s, u"CONSEGNA_FARMACI"_s},
                                {u"comune"_s, u"015175"_s},
                                {u"d2"_s, u"1"_s},
                                {u"from"_s, u"09:00"_s},
                                {u"to"_s, u"12:00"_s},
                                {u"for_whom"_s, u"SE_STESSO"_s}});
    REQUIRE(asked.status == 303);
    const QString requestPage = QString::fromLatin1(header(asked, "Location"));
    CHECK(requestPage.startsWith(u"/bacheca/annuncio/"_s));
    const Reply alone = board.ask("GET", requestPage, giulia);
    CHECK(alone.status == 200);
    CHECK(alone.body.contains("<h1>Consegna farmaci a domicilio</h1>"));
    CHECK_FALSE(alone.body.contains("class=\"suggestions\""));

    // A volunteer offers deliveries there on Tuesdays from ten; notes that try to be HTML.
    const Reply offered = postAs(volontari,
                                 {{u"kind"_s, u"OFFERTA"_s},
                                  {u"category"_s, u"CONSEGNA_FARMACI"_s},
                                  {u"comune"_s, u"015175"_s},
                                  {u"d2"_s, u"1"_s},
                                  {u"d4"_s, u"1"_s},
                                  {u"from"_s, u"10:00"_s},
                                  {u"to"_s, u"12:00"_s},
                                  {u"for_whom"_s, u"PERSONA_SEGUITA"_s},
                                  {u"capacity"_s, u"2"_s},
                                  {u"notes"_s, u"<b>Auto</b> propria"_s}});
    REQUIRE(offered.status == 303);
    const Reply suggested = board.ask("GET", requestPage, giulia);
    CHECK(suggested.body.contains("class=\"suggestions\""));
    CHECK(suggested.body.contains("stesso comune, martedì 10–12"));
    CHECK(suggested.body.contains("&lt;b&gt;Auto&lt;/b&gt; propria"));
    const Reply fromTheOtherSide
        = board.ask("GET", QString::fromLatin1(header(offered, "Location")), volontari);
    CHECK(fromTheOtherSide.body.contains("stesso comune, martedì 10–12"));

    // Nobody else sees Giulia's post: the same answer as for a post that does not exist.
    const Reply someoneElse = board.ask("GET", requestPage, curioso);
    CHECK(someoneElse.status == 404);
    CHECK(board.ask("GET", u"/bacheca/annuncio/nessuno"_s, curioso).body == someoneElse.body);
    CHECK(board.ask("GET", requestPage).status == 303); // logged out: log in first
    // Her board lists it, linked.
    CHECK(board.ask("GET", u"/bacheca/"_s, giulia).body.contains(requestPage.toUtf8()));
}

TEST_CASE("one address gets ten logins or registrations at once, then one every six seconds",
          "[hub][web]")
{
    WebFixture board;
    const Reply form = board.ask("GET", u"/bacheca/accedi"_s);
    const QString token = cookieValue(form, u"bacheca-form"_s);
    const auto attempt = [&] {
        return board.ask("POST", u"/bacheca/accedi"_s,
                         QByteArray("__Host-bacheca-form=") + token.toLatin1(),
                         encoded({{u"csrf"_s, token},
                                  {u"username"_s, u"nessuno"_s},
                                  {u"password"_s, u"tentativo"_s}}));
    };
    board.peer = u"192.0.2.7"_s;
    for (int i = 0; i < 10; ++i)
        CHECK(attempt().status == 401);
    const Reply limited = attempt();
    CHECK(limited.status == 429);
    CHECK(header(limited, "Retry-After").toInt() >= 1);
    CHECK(header(limited, "Content-Security-Policy").startsWith("default-src"));
    CHECK_FALSE(limited.body.contains("action=\"/bacheca/accedi\"")); // not the login form
    // Registrations count too, and another address is not held up.
    CHECK(board.ask("POST", u"/bacheca/registrati"_s, {}, "kind=CITTADINO").status == 429);
    board.peer = u"198.51.100.3"_s;
    CHECK(attempt().status == 401);
    board.peer = u"192.0.2.7"_s;
    board.clock.advanceSecs(7);
    CHECK(attempt().status == 401);
    CHECK(attempt().status == 429);
}

TEST_CASE("a match is proposed from a suggestion; contacts appear only once both accept",
          "[hub][web]")
{
    WebFixture board;
    for (const QString &name : {u"giulia"_s, u"volontari"_s, u"curioso"_s}) {
        REQUIRE(board.registerThroughForm(name, u"Persona "_s + name).status == 201);
        board.activate(name);
    }
    const auto cookieOf = [&](const QString &name) -> QByteArray {
        return QByteArray("__Host-bacheca=") + board.login(name).toLatin1();
    };
    const QByteArray giulia = cookieOf(u"giulia"_s);
    const QByteArray volontari = cookieOf(u"volontari"_s);
    const QByteArray curioso = cookieOf(u"curioso"_s);
    const auto postAs = [&](const QByteArray &cookie, const QString &kind) {
        return board.postMedicines(cookie, kind);
    };
    const QString request = postAs(giulia, u"RICHIESTA"_s);
    const QString offer = postAs(volontari, u"OFFERTA"_s);
    const QString offerId = offer.section(u'/', -1);

    // Giulia proposes the suggested offer from her post's page.
    const Reply mine = board.ask("GET", request, giulia);
    REQUIRE(mine.body.contains(QString(u"value=\""_s + offerId + u'"').toUtf8()));
    const QByteArray proposal = encoded({{u"csrf"_s, formToken(mine)}, {u"other"_s, offerId}});
    CHECK(board.ask("POST", request + u"/proponi"_s, curioso, proposal).status == 403);
    const Reply proposed = board.ask("POST", request + u"/proponi"_s, giulia, proposal);
    REQUIRE(proposed.status == 303);
    const QString match = QString::fromLatin1(header(proposed, "Location"));
    CHECK(match.startsWith(u"/bacheca/abbinamento/"_s));
    CHECK(board.ask("POST", request + u"/proponi"_s, giulia, proposal).status == 409);

    // Before the volunteer accepts, nobody sees a contact; a third account sees nothing.
    CHECK_FALSE(board.ask("GET", match, giulia).body.contains("+39 333 1234567"));
    const Reply theirs = board.ask("GET", match, volontari);
    CHECK(theirs.status == 200);
    CHECK_FALSE(theirs.body.contains("+39 333 1234567"));
    CHECK(board.ask("GET", match, curioso).status == 404);
    const QByteArray move
        = encoded({{u"csrf"_s, formToken(board.ask("GET", u"/bacheca/"_s, curioso))}});
    CHECK(board.ask("POST", match + u"/accetta"_s, curioso, move).status == 404);
    CHECK(board.ask("GET", u"/bacheca/"_s, volontari).body.contains(match.toUtf8()));

    // The volunteer accepts: now each sees the other's name and contact.
    const Reply accepted = board.ask("POST", match + u"/accetta"_s, volontari,
                                     encoded({{u"csrf"_s, formToken(theirs)}}));
    CHECK(accepted.status == 303);
    const Reply forGiulia = board.ask("GET", match, giulia);
    CHECK(forGiulia.body.contains("Persona volontari"));
    CHECK(forGiulia.body.contains("+39 333 1234567"));
    CHECK(forGiulia.body.contains("Accettata da entrambi"));
    CHECK(board.ask("GET", match, volontari).body.contains("Persona giulia"));
    // Declining is for a proposal only.
    CHECK(board
              .ask("POST", match + u"/rifiuta"_s, giulia,
                   encoded({{u"csrf"_s, formToken(forGiulia)}}))
              .status
          == 409);
}
