// SPDX-License-Identifier: GPL-3.0-or-later
// The board's moderation and the rest of a match's life (issue 16, points 2–5): a network
// operator issues credentials after checking who a person is and judges reported posts, each
// action in the audit trail; the two sides of an accepted match arrange the help in messages
// only they read, say it started and is over, and leave feedback; the retention run notices and
// deletes unused accounts. On both database backends.
#include "hub/boardretention.h"
#include "webfixture.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace sportello;
using namespace sportello::test;

namespace {

// Registers, activates and logs in `names`; their session cookies.
QHash<QString, QByteArray> people(WebFixture &board, const QStringList &names)
{
    QHash<QString, QByteArray> cookies;
    for (const QString &name : names) {
        REQUIRE(board.registerThroughForm(name, u"Persona "_s + name).status == 201);
        board.activate(name);
        cookies.insert(name, board.cookieOf(name));
    }
    return cookies;
}

// Posts an offer or request of medicine deliveries on Tuesdays in Pioltello; its page.
QString postAs(WebFixture &board, const QByteArray &cookie, const QString &kind,
               const QString &notes = {})
{
    return board.postMedicines(cookie, kind, u"015175"_s, notes);
}

QStringList actions(hub::BoardStore &store)
{
    QStringList list;
    const QList<hub::AuditEntry> trail = store.moderation().trail(100).value();
    for (const hub::AuditEntry &e : trail)
        list.append(e.actor + u' ' + e.action + u' ' + e.object);
    return list;
}

} // namespace

TEST_CASE("an operator issues credentials after checking who the person is, and it is audited",
          "[hub][web][moderation]")
{
    const HubBackend backend = GENERATE(HubBackend::Sqlite, HubBackend::Postgres);
    INFO(backendName(backend));
    WebFixture board(backend);
    board.staff(u"moderatrice"_s, hub::BoardAccountKind::Operator);
    const QByteArray operatorCookie = board.cookieOf(u"moderatrice"_s);
    const QHash<QString, QByteArray> cookies = people(board, {u"giulia"_s});
    REQUIRE(board.registerThroughForm(u"mario"_s, u"Mario <b>Bianchi</b>"_s).status == 201);
    const QString mario = board.store->accounts().byUsername(u"mario"_s).value()->id;

    CHECK(board.ask("GET", u"/bacheca/moderazione"_s).status == 303);
    CHECK(board.ask("GET", u"/bacheca/moderazione"_s, cookies[u"giulia"_s]).status == 403);
    const Reply queue = board.ask("GET", u"/bacheca/moderazione"_s, operatorCookie);
    REQUIRE(queue.status == 200);
    CHECK(queue.body.contains((u"/bacheca/moderazione/account/"_s + mario).toUtf8()));
    CHECK(queue.body.contains("Mario &lt;b&gt;Bianchi&lt;/b&gt;"));
    CHECK(board.ask("GET", u"/bacheca/"_s, operatorCookie).body.contains("/bacheca/moderazione"));

    const QString page = u"/bacheca/moderazione/account/"_s + mario;
    const Reply form = board.ask("GET", page, operatorCookie);
    REQUIRE(form.status == 200);
    const QString token = formToken(form);
    // Without the check confirmed, without the token, or by a citizen: still pending.
    CHECK(board.ask("POST", page, operatorCookie, encoded({{u"csrf"_s, token}})).status == 422);
    CHECK(board.ask("POST", page, operatorCookie, encoded({{u"verificato"_s, u"1"_s}})).status
          == 403);
    CHECK(board
              .ask("POST", page, cookies[u"giulia"_s],
                   encoded({{u"csrf"_s,
                             formToken(board.ask("GET", u"/bacheca/"_s, cookies[u"giulia"_s]))},
                            {u"verificato"_s, u"1"_s}}))
              .status
          == 403);
    CHECK(board.store->accounts().account(mario)->state == hub::BoardAccountState::Pending);
    CHECK(actions(*board.store).isEmpty());

    const Reply done = board.ask("POST", page, operatorCookie,
                                 encoded({{u"csrf"_s, token}, {u"verificato"_s, u"1"_s}}));
    CHECK(done.status == 303);
    const hub::BoardAccount active = board.store->accounts().account(mario).value();
    CHECK(active.state == hub::BoardAccountState::Active);
    CHECK(active.activatedBy == u"operator:moderatrice");
    CHECK(actions(*board.store)
          == QStringList {u"operator:moderatrice ACCOUNT_ACTIVATED "_s + mario});
    // Done once: the page is gone.
    CHECK(board.ask("GET", page, operatorCookie).status == 404);
    CHECK(board.ask("GET", u"/bacheca/moderazione"_s, operatorCookie)
              .body.contains("ACCOUNT_ACTIVATED"));
}

TEST_CASE("a suggested post can be reported; an operator hides it or keeps it",
          "[hub][web][moderation]")
{
    const HubBackend backend = GENERATE(HubBackend::Sqlite, HubBackend::Postgres);
    INFO(backendName(backend));
    WebFixture board(backend);
    board.staff(u"moderatrice"_s, hub::BoardAccountKind::Operator);
    const QByteArray operatorCookie = board.cookieOf(u"moderatrice"_s);
    QHash<QString, QByteArray> cookies = people(board, {u"giulia"_s, u"venditore"_s});
    const QString request = postAs(board, cookies[u"giulia"_s], u"RICHIESTA"_s);
    const QString offer = postAs(board, cookies[u"venditore"_s], u"OFFERTA"_s,
                                 u"Compra i miei integratori! <img src=x onerror=alert(1)>"_s);
    const QString offerId = offer.section(u'/', -1);
    const QString requestId = request.section(u'/', -1);

    const Reply suggested = board.ask("GET", request, cookies[u"giulia"_s]);
    CHECK(suggested.body.contains((u"/bacheca/segnala/"_s + offerId).toUtf8()));
    const QString reportPage = u"/bacheca/segnala/"_s + offerId;
    const Reply form = board.ask("GET", reportPage, cookies[u"giulia"_s]);
    REQUIRE(form.status == 200);
    // One's own post, an unknown one, no reason, no token: nothing reported.
    CHECK(board.ask("GET", u"/bacheca/segnala/"_s + offerId, cookies[u"venditore"_s]).status
          == 404);
    CHECK(board.ask("GET", u"/bacheca/segnala/nessuno"_s, cookies[u"giulia"_s]).status == 404);
    CHECK(board
              .ask("POST", reportPage, cookies[u"giulia"_s],
                   encoded({{u"csrf"_s, formToken(form)}, {u"motivo"_s, u"BOH"_s}}))
              .status
          == 422);
    CHECK(board
              .ask("POST", reportPage, cookies[u"giulia"_s],
                   encoded({{u"motivo"_s, u"NON_PERTINENTE"_s}}))
              .status
          == 403);
    CHECK(board.store->moderation().reported()->isEmpty());
    CHECK(board
              .ask("POST", reportPage, cookies[u"giulia"_s],
                   encoded({{u"csrf"_s, formToken(form)}, {u"motivo"_s, u"NON_PERTINENTE"_s}}))
              .status
          == 200);
    REQUIRE(board.store->moderation().reported()->size() == 1);

    const Reply queue = board.ask("GET", u"/bacheca/moderazione"_s, operatorCookie);
    CHECK(queue.body.contains((u"/bacheca/moderazione/annuncio/"_s + offerId).toUtf8()));
    const QString judged = u"/bacheca/moderazione/annuncio/"_s + offerId;
    const Reply post = board.ask("GET", judged, operatorCookie);
    REQUIRE(post.status == 200);
    CHECK_FALSE(post.body.contains("<img"));
    CHECK(post.body.contains("&lt;img src=x onerror=alert(1)&gt;"));
    // A post nobody reported has no such page; a citizen cannot judge.
    CHECK(board.ask("GET", u"/bacheca/moderazione/annuncio/"_s + requestId, operatorCookie).status
          == 404);
    CHECK(board
              .ask("POST", judged + u"/nascondi"_s, cookies[u"giulia"_s],
                   encoded({{u"csrf"_s, formToken(suggested)}}))
              .status
          == 403);

    const Reply hidden = board.ask("POST", judged + u"/nascondi"_s, operatorCookie,
                                   encoded({{u"csrf"_s, formToken(post)}}));
    CHECK(hidden.status == 303);
    CHECK(board.store->posts().post(offerId)->state == board::PostState::Closed);
    CHECK(board.store->moderation().reported()->isEmpty());
    CHECK(actions(*board.store) == QStringList {u"operator:moderatrice POST_HIDDEN "_s + offerId});
    // No longer suggested, no longer reportable.
    CHECK_FALSE(board.ask("GET", request, cookies[u"giulia"_s]).body.contains(offerId.toUtf8()));
    CHECK(board.ask("GET", reportPage, cookies[u"giulia"_s]).status == 404);

    // A report the operator dismisses: the post stays open.
    const Reply again
        = board.ask("GET", u"/bacheca/segnala/"_s + requestId, cookies[u"venditore"_s]);
    REQUIRE(board
                .ask("POST", u"/bacheca/segnala/"_s + requestId, cookies[u"venditore"_s],
                     encoded({{u"csrf"_s, formToken(again)}, {u"motivo"_s, u"ALTRO"_s}}))
                .status
            == 200);
    CHECK(board
              .ask("POST", u"/bacheca/moderazione/annuncio/"_s + requestId + u"/mantieni"_s,
                   operatorCookie, encoded({{u"csrf"_s, formToken(post)}}))
              .status
          == 303);
    CHECK(board.store->posts().post(requestId)->state == board::PostState::Open);
    CHECK(board.store->moderation().reported()->isEmpty());
    CHECK(actions(*board.store).first()
          == u"operator:moderatrice REPORTS_DISMISSED "_s + requestId);
}

TEST_CASE("an accepted match is arranged in messages its two sides only read, then concluded",
          "[hub][web][board]")
{
    const HubBackend backend = GENERATE(HubBackend::Sqlite, HubBackend::Postgres);
    INFO(backendName(backend));
    WebFixture board(backend);
    QHash<QString, QByteArray> c = people(board, {u"giulia"_s, u"volontari"_s, u"curioso"_s});
    const QString request = postAs(board, c[u"giulia"_s], u"RICHIESTA"_s);
    const QString offerId = postAs(board, c[u"volontari"_s], u"OFFERTA"_s).section(u'/', -1);
    const Reply mine = board.ask("GET", request, c[u"giulia"_s]);
    const Reply proposed
        = board.ask("POST", request + u"/proponi"_s, c[u"giulia"_s],
                    encoded({{u"csrf"_s, formToken(mine)}, {u"other"_s, offerId}}));
    REQUIRE(proposed.status == 303);
    const QString match = QString::fromLatin1(header(proposed, "Location"));
    const auto move
        = [&](const QString &who, const QString &what, QList<QPair<QString, QString>> fields = {}) {
              fields.prepend({u"csrf"_s, formToken(board.ask("GET", u"/bacheca/"_s, c[who]))});
              return board.ask("POST", match + u'/' + what, c[who], encoded(fields)).status;
          };

    // Before both accepted there is no conversation.
    CHECK_FALSE(board.ask("GET", match, c[u"giulia"_s]).body.contains("name=\"testo\""));
    CHECK(move(u"giulia"_s, u"messaggio"_s, {{u"testo"_s, u"Ciao"_s}}) == 409);
    CHECK(move(u"giulia"_s, u"avvia"_s) == 409);
    REQUIRE(move(u"volontari"_s, u"accetta"_s) == 303);

    // Now each side writes; a third account can neither read nor write.
    CHECK(move(u"giulia"_s, u"messaggio"_s, {{u"testo"_s, u"Martedì alle 10? \u202Etxt.exe"_s}})
          == 303);
    CHECK(move(u"volontari"_s, u"messaggio"_s,
               {{u"testo"_s, u"<script>alert('x')</script> Va bene"_s}})
          == 303);
    CHECK(move(u"curioso"_s, u"messaggio"_s, {{u"testo"_s, u"Ehi"_s}}) == 404);
    CHECK(move(u"giulia"_s, u"messaggio"_s, {{u"testo"_s, QString(1001, u'a')}}) == 422);
    CHECK(move(u"giulia"_s, u"messaggio"_s, {{u"testo"_s, u"   "_s}}) == 422);
    CHECK(move(u"giulia"_s, u"volare"_s) == 404);
    const Reply conversation = board.ask("GET", match, c[u"giulia"_s]);
    CHECK(conversation.body.contains("Martedì alle 10?"));
    CHECK(conversation.body.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Va bene"));
    CHECK_FALSE(conversation.body.contains("<script>"));
    CHECK(board.ask("GET", match, c[u"curioso"_s]).status == 404);

    // Started, over, and each side's word on it, once.
    CHECK(move(u"giulia"_s, u"concludi"_s) == 409);
    CHECK(move(u"volontari"_s, u"avvia"_s) == 303);
    CHECK(move(u"giulia"_s, u"concludi"_s) == 303);
    CHECK(move(u"giulia"_s, u"messaggio"_s, {{u"testo"_s, u"Grazie"_s}}) == 409);
    CHECK_FALSE(board.ask("GET", match, c[u"giulia"_s]).body.contains("name=\"testo\""));
    CHECK(move(u"giulia"_s, u"giudizio"_s, {{u"esito"_s, u"BENE"_s}}) == 422);
    CHECK(move(u"giulia"_s, u"giudizio"_s,
               {{u"esito"_s, u"SVOLTO"_s}, {u"commento"_s, QString(281, u'x')}})
          == 422);
    CHECK(move(u"giulia"_s, u"giudizio"_s,
               {{u"esito"_s, u"SVOLTO"_s}, {u"commento"_s, u"Puntuale e gentile"_s}})
          == 303);
    CHECK(move(u"giulia"_s, u"giudizio"_s, {{u"esito"_s, u"SVOLTO"_s}}) == 409);
    const board::Match stored = board.store->posts().match(match.section(u'/', -1)).value();
    CHECK(stored.state == board::MatchState::Conclusa);
    REQUIRE(stored.requestFeedback.has_value());
    CHECK(stored.requestFeedback->comment == u"Puntuale e gentile");
    CHECK_FALSE(stored.offerFeedback.has_value());

    // The messages are in the data each side downloads, and go with a deleted account.
    const QString giulia = board.store->accounts().byUsername(u"giulia"_s).value()->id;
    const QJsonObject data = board.store->exportAccount(giulia).value();
    const QJsonArray messages
        = data.value(u"matches"_s).toArray().first().toObject().value(u"messages"_s).toArray();
    CHECK(messages.size() == 2);
    REQUIRE(board.store->accounts().remove(giulia).ok());
    CHECK(board.store->moderation().messages(match.section(u'/', -1))->isEmpty());
}

TEST_CASE("a match under way can be called off with a reason by either side", "[hub][web][board]")
{
    WebFixture board;
    QHash<QString, QByteArray> c = people(board, {u"giulia"_s, u"volontari"_s});
    const QString request = postAs(board, c[u"giulia"_s], u"RICHIESTA"_s);
    const QString offerId = postAs(board, c[u"volontari"_s], u"OFFERTA"_s).section(u'/', -1);
    const Reply proposed
        = board.ask("POST", request + u"/proponi"_s, c[u"giulia"_s],
                    encoded({{u"csrf"_s, formToken(board.ask("GET", request, c[u"giulia"_s]))},
                             {u"other"_s, offerId}}));
    const QString match = QString::fromLatin1(header(proposed, "Location"));
    const QString token = formToken(board.ask("GET", u"/bacheca/"_s, c[u"volontari"_s]));
    REQUIRE(
        board.ask("POST", match + u"/accetta"_s, c[u"volontari"_s], encoded({{u"csrf"_s, token}}))
            .status
        == 303);
    CHECK(board
              .ask("POST", match + u"/annulla"_s, c[u"volontari"_s],
                   encoded({{u"csrf"_s, token}, {u"motivo"_s, u"RIFIUTATA"_s}}))
              .status
          == 422);
    CHECK(board
              .ask("POST", match + u"/annulla"_s, c[u"volontari"_s],
                   encoded({{u"csrf"_s, token}, {u"motivo"_s, u"NON_PIU_NECESSARIO"_s}}))
              .status
          == 303);
    const board::Match stored = board.store->posts().match(match.section(u'/', -1)).value();
    CHECK(stored.state == board::MatchState::Annullata);
    CHECK(stored.cancelReason == u"NON_PIU_NECESSARIO");
    CHECK(stored.cancelledBy == board::Side::Offer);
}

TEST_CASE("the retention run notices an account unused for 23 months and deletes it later",
          "[hub][board][retention]")
{
    const HubBackend backend = GENERATE(HubBackend::Sqlite, HubBackend::Postgres);
    INFO(backendName(backend));
    WebFixture board(backend);
    board.staff(u"moderatrice"_s, hub::BoardAccountKind::Operator);
    people(board, {u"dormiente"_s});
    const QString id = board.store->accounts().byUsername(u"dormiente"_s).value()->id;
    const QDateTime start = board.clock.nowUtc();

    CHECK(hub::runBoardRetention(*board.store, start.addMonths(22)).value().noticed == 0);
    // First seen unused past 24 months: the notice now, the deletion 30 days after it.
    const QDateTime noticeDay = start.addMonths(24).addDays(5);
    const hub::RetentionRun noticed = hub::runBoardRetention(*board.store, noticeDay).value();
    CHECK(noticed.noticed == 2); // the operator, unused too
    CHECK(noticed.removed == 0);
    CHECK(actions(*board.store).contains(u"hub INACTIVITY_NOTICE "_s + id));
    CHECK(hub::runBoardRetention(*board.store, noticeDay.addDays(29)).value().removed == 0);
    CHECK(board.store->accounts().account(id).ok());
    const hub::RetentionRun removed
        = hub::runBoardRetention(*board.store, noticeDay.addDays(31)).value();
    CHECK(removed.noticed == 0);
    CHECK(removed.removed == 2);
    CHECK(board.store->accounts().account(id).code() == ErrorCode::NotFound);
    CHECK(actions(*board.store).first() == u"hub INACTIVE_ACCOUNTS_DELETED 2"_s);
}

TEST_CASE("the operators' page lists the accounts that had their notice, with their contact",
          "[hub][web][retention]")
{
    WebFixture board;
    board.staff(u"moderatrice"_s, hub::BoardAccountKind::Operator);
    people(board, {u"dormiente"_s});
    board.clock.set(board.clock.nowUtc().addMonths(23).addDays(1));
    const QByteArray operatorCookie = board.cookieOf(u"moderatrice"_s); // seen again: no notice
    REQUIRE(hub::runBoardRetention(*board.store, board.clock.nowUtc()).value().noticed == 1);
    const Reply queue = board.ask("GET", u"/bacheca/moderazione"_s, operatorCookie);
    CHECK(queue.body.contains("Persona dormiente (dormiente)"));
    CHECK(queue.body.contains("+39 333 1234567"));
}
