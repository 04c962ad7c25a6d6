// SPDX-License-Identifier: GPL-3.0-or-later
// The board's pages as a function from a request to its answer, for the hub's web tests: a
// fixture that asks them as a browser would, with its cookies and form tokens.
#pragma once

#include "hub/boardstore.h"
#include "hubfixture.h"
#include "web/boardweb.h"
#include "web/comuneweb.h"
#include "web/moderationweb.h"

#include <QRegularExpression>
#include <QUrlQuery>

namespace sportello::test {

using hub::Reply;
using hub::Request;

inline const QString kPassword = u"Girasole-di-marzo-42"_s;

inline QByteArray header(const Reply &reply, const QByteArray &name)
{
    for (const auto &[n, value] : reply.headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

inline QList<QByteArray> setCookies(const Reply &reply)
{
    QList<QByteArray> list;
    for (const auto &[name, value] : reply.headers) {
        if (name == "Set-Cookie")
            list.append(value);
    }
    return list;
}

// The value a Set-Cookie gives `name` (without the __Host- prefix), or empty.
inline QString cookieValue(const Reply &reply, const QString &name)
{
    for (const QByteArray &cookie : setCookies(reply)) {
        const QString text = QString::fromLatin1(cookie);
        const QString prefix = u"__Host-"_s + name + u'=';
        if (text.startsWith(prefix))
            return text.mid(prefix.size()).section(u';', 0, 0);
    }
    return {};
}

inline QString formToken(const Reply &reply)
{
    static const QRegularExpression hidden(u"name=\"csrf\" value=\"([^\"]+)\""_s);
    return hidden.match(QString::fromUtf8(reply.body)).captured(1);
}

inline QByteArray encoded(const QList<QPair<QString, QString>> &fields)
{
    QByteArrayList pairs;
    for (const auto &[name, value] : fields)
        pairs.append(name.toLatin1() + '=' + QUrl::toPercentEncoding(value));
    return pairs.join('&');
}

struct WebFixture
{
    // The hub's store (referrals, desks) and the board's, on one database of `backend`, with
    // the board's pages and their sections (the Comune's, the moderators') as serve wires them.
    HubStoreFixture hub;
    FakeClock clock {QDateTime(QDate(2026, 12, 7), QTime(10, 0), Qt::UTC)};
    std::unique_ptr<hub::BoardStore> store;
    std::unique_ptr<hub::web::BoardWeb> web;
    std::unique_ptr<hub::web::ComuneWeb> comune;
    std::unique_ptr<hub::web::ModerationWeb> moderation;
    QString peer = u"192.0.2.1"_s; // the address requests come from

    explicit WebFixture(HubBackend backend = HubBackend::Sqlite)
        : hub(backend)
    {
        static int n = 0;
        auto opened = hub::BoardStore::open(hub.url, u"web-test-%1"_s.arg(++n));
        REQUIRE(opened.ok());
        store = std::move(opened).value();
        web = std::make_unique<hub::web::BoardWeb>(
            *store, clock,
            QList<QPair<QString, QString>> {{u"015175"_s, u"Pioltello"_s},
                                            {u"015205"_s, u"Segrate"_s}});
        comune = std::make_unique<hub::web::ComuneWeb>(*web, *hub.store);
        moderation = std::make_unique<hub::web::ModerationWeb>(*web, *store);
        web->addSection(comune.get());
        web->addSection(moderation.get());
    }

    Reply ask(const QByteArray &method, const QString &path, const QByteArray &cookie = {},
              const QByteArray &body = {})
    {
        Request request;
        request.method = method;
        const QUrl url(u"https://hub.example"_s + path);
        request.path = url.path();
        request.query = QUrlQuery(url.query());
        request.cookie = cookie;
        request.peer = peer;
        request.body = body;
        request.contentType = "application/x-www-form-urlencoded";
        auto reply = web->handle(request);
        REQUIRE(reply.has_value());
        return *reply;
    }

    // Registers through the form; the answer.
    Reply registerThroughForm(const QString &username, const QString &displayName,
                              const QString &password = kPassword)
    {
        const Reply form = ask("GET", u"/bacheca/registrati"_s);
        const QString token = cookieValue(form, u"bacheca-form"_s);
        return ask("POST", u"/bacheca/registrati"_s,
                   QByteArray("__Host-bacheca-form=") + token.toLatin1(),
                   encoded({{u"csrf"_s, formToken(form)},
                            {u"kind"_s, u"CITTADINO"_s},
                            {u"display_name"_s, displayName},
                            {u"contact"_s, u"+39 333 1234567"_s},
                            {u"comune"_s, u"015175"_s},
                            {u"username"_s, username},
                            {u"password"_s, password},
                            {u"password2"_s, password},
                            {u"consent"_s, u"1"_s}}));
    }

    // Logs in through the form; the session cookie's token, or empty.
    QString login(const QString &username, const QString &password = kPassword)
    {
        const Reply form = ask("GET", u"/bacheca/accedi"_s);
        const QString token = cookieValue(form, u"bacheca-form"_s);
        const Reply done = ask("POST", u"/bacheca/accedi"_s,
                               QByteArray("__Host-bacheca-form=") + token.toLatin1(),
                               encoded({{u"csrf"_s, formToken(form)},
                                        {u"username"_s, username},
                                        {u"password"_s, password}}));
        return done.status == 303 ? cookieValue(done, u"bacheca"_s) : QString();
    }

    void activate(const QString &username)
    {
        auto pending = store->accounts().pending();
        REQUIRE(pending.ok());
        for (const hub::BoardAccount &a : *pending) {
            if (a.username == username)
                REQUIRE(store->accounts().activate(a.id, u"hub"_s, clock.nowUtc()).ok());
        }
    }

    // An account the hub's administrator makes (a Comune's, an operator's), active, with its
    // password set to kPassword; its id.
    QString staff(const QString &username, hub::BoardAccountKind kind, const QString &comune = {})
    {
        hub::NewBoardAccount fresh;
        fresh.kind = kind;
        fresh.username = username;
        fresh.displayName = u"Ufficio "_s + username;
        fresh.comune = comune;
        fresh.password = kPassword;
        auto made = store->accounts().registerAccount(fresh, clock.nowUtc());
        REQUIRE(made.ok());
        REQUIRE(store->accounts().activate(made->id, u"hub"_s, clock.nowUtc()).ok());
        return made->id;
    }

    // Posts, through the form, an offer or a request (`kind`) of medicine deliveries on Tuesdays
    // from ten to noon in `comune`; the post's page.
    QString postMedicines(const QByteArray &cookie, const QString &kind,
                          const QString &comune = QStringLiteral("015175"),
                          const QString &notes = {})
    {
        const QString token = formToken(ask("GET", QStringLiteral("/bacheca/nuovo"), cookie));
        const Reply done
            = ask("POST", QStringLiteral("/bacheca/nuovo"), cookie,
                  encoded({{QStringLiteral("csrf"), token},
                           {QStringLiteral("kind"), kind},
                           {QStringLiteral("category"), QStringLiteral("CONSEGNA_FARMACI")},
                           {QStringLiteral("comune"), comune},
                           {QStringLiteral("d2"), QStringLiteral("1")},
                           {QStringLiteral("from"), QStringLiteral("10:00")},
                           {QStringLiteral("to"), QStringLiteral("12:00")},
                           {QStringLiteral("for_whom"), QStringLiteral("SE_STESSO")},
                           {QStringLiteral("notes"), notes}}));
        REQUIRE(done.status == 303);
        return QString::fromLatin1(header(done, "Location"));
    }

    // The session cookie of `username`, logged in through the form.
    QByteArray cookieOf(const QString &username)
    {
        const QString session = login(username);
        REQUIRE_FALSE(session.isEmpty());
        return QByteArray("__Host-bacheca=") + session.toLatin1();
    }
};

} // namespace sportello::test
