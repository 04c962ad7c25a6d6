// SPDX-License-Identifier: GPL-3.0-or-later
// The Bacheca's page of one's own account (issue 16, point 2): its details, a new password
// (the first thing after an operator's reset), what the board holds (art. 15 and 20) and the
// account's deletion (art. 17), all by the person themselves.
#include "web/boardweb.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace sportello::hub::web {

Reply BoardWeb::accountPage(const Visit &visit, const QString &notice,
                            const QList<QPair<QString, QString>> &errors)
{
    const BoardAccount &a = *visit.account;
    QString body;
    if (!notice.isEmpty())
        body += u"<div class=\"notice\" role=\"status\"><p>%1</p></div>\n"_s.arg(escape(notice));
    if (a.mustChangePassword)
        body += u"<div class=\"summary\" role=\"alert\"><p>%1</p></div>\n"_s.arg(
            escape(t(visit,
                     QT_TRANSLATE_NOOP("Bacheca",
                                       "Your password is a temporary one, given by an "
                                       "operator: choose a new one before going on."))));
    QString comune = a.comune;
    for (const auto &[code, name] : m_comuni) {
        if (code == a.comune)
            comune = name;
    }
    body += u"<dl>"_s
        + termRow(t(visit, QT_TRANSLATE_NOOP("Bacheca", "Name shown on the board")), a.displayName)
        + termRow(t(visit, QT_TRANSLATE_NOOP("Bacheca", "User name")), a.username)
        + (a.contact.isEmpty()
               ? QString()
               : termRow(t(visit, QT_TRANSLATE_NOOP("Bacheca", "Phone or e-mail")), a.contact))
        + termRow(t(visit, QT_TRANSLATE_NOOP("Bacheca", "Comune")), comune) + u"</dl>\n"_s;

    const auto errorOf = [&errors](const QString &name) {
        return web::errorOf(errors, name);
    };
    body += u"<h2>%1</h2>\n"_s.arg(
        escape(t(visit, QT_TRANSLATE_NOOP("Bacheca", "Change your password"))));
    // The errors are said above the form they are about.
    const bool deleting = !errorOf(u"confirm"_s).isEmpty();
    if (!deleting)
        body += errorSummary(m_words, visit.language, errors);
    body += u"<form method=\"post\" action=\"/bacheca/account/password\" novalidate>\n"_s
        + csrfField(visit.session->csrf) + u"\n"_s;
    const auto passwordField
        = [&](const QString &name, const QString &label, const QString &autocomplete) {
              Field f;
              f.name = name;
              f.label = label;
              f.type = u"password"_s;
              f.autocomplete = autocomplete;
              f.error = errorOf(name);
              return input(f);
          };
    body += passwordField(u"current"_s, t(visit, QT_TRANSLATE_NOOP("Bacheca", "Current password")),
                          u"current-password"_s);
    body += passwordField(u"password"_s, t(visit, QT_TRANSLATE_NOOP("Bacheca", "New password")),
                          u"new-password"_s);
    body += passwordField(u"password2"_s,
                          t(visit, QT_TRANSLATE_NOOP("Bacheca", "New password again")),
                          u"new-password"_s);
    body += u"<p><button type=\"submit\">%1</button></p>\n</form>\n"_s.arg(
        escape(t(visit, QT_TRANSLATE_NOOP("Bacheca", "Change password"))));

    if (!a.mustChangePassword) {
        body += u"<h2>%1</h2>\n"_s.arg(escape(t(visit, QT_TRANSLATE_NOOP("Bacheca", "Your data"))));
        body += paragraph(t(visit,
                            QT_TRANSLATE_NOOP("Bacheca",
                                              "Download everything the board holds about you: your "
                                              "account, your offers and requests, your matches.")));
        body += u"<p><a href=\"/bacheca/account/dati\" download>%1</a></p>\n"_s.arg(
            escape(t(visit, QT_TRANSLATE_NOOP("Bacheca", "Download my data (JSON)"))));
        body += u"<h2>%1</h2>\n"_s.arg(
            escape(t(visit, QT_TRANSLATE_NOOP("Bacheca", "Delete your account"))));
        body += paragraph(
            t(visit,
              QT_TRANSLATE_NOOP("Bacheca",
                                "Your account is deleted at once with your offers, your "
                                "requests and their matches. It cannot be undone.")));
        Field confirm;
        confirm.name = u"confirm"_s;
        confirm.error = errorOf(u"confirm"_s);
        if (deleting)
            body += errorSummary(m_words, visit.language, errors);
        body += u"<form method=\"post\" action=\"/bacheca/account/elimina\">\n"_s
            + csrfField(visit.session->csrf) + u"\n"_s
            + checkbox(confirm, false,
                       escape(t(visit,
                                QT_TRANSLATE_NOOP("Bacheca",
                                                  "Yes, delete my account and everything "
                                                  "the board holds of it."))))
            + u"<p><button type=\"submit\" class=\"danger\">%1</button></p>\n</form>\n"_s.arg(
                escape(t(visit, QT_TRANSLATE_NOOP("Bacheca", "Delete my account"))));
    }
    return page(visit, errors.isEmpty() ? 200 : 422,
                t(visit, QT_TRANSLATE_NOOP("Bacheca", "My account")), body);
}

Reply BoardWeb::changePassword(Visit &visit, const Request &request)
{
    const QHash<QString, QString> fields = formFields(request.body);
    if (!formTokenMatches(visit, fields))
        return refused(visit);
    QList<QPair<QString, QString>> errors;
    const auto problem = [&](const QString &name, const char *message) {
        errors.append({name, t(visit, message)});
    };
    const QString replacement = fields.value(u"password"_s);
    if (replacement != fields.value(u"password2"_s)) {
        problem(u"password2"_s, QT_TRANSLATE_NOOP("Bacheca", "The two passwords differ."));
        return accountPage(visit, {}, errors);
    }
    const Status changed = m_store.accounts().changePassword(
        visit.account->id, fields.value(u"current"_s), replacement);
    if (changed) {
        // Every session ended with the change: this browser gets a new one at the next login.
        Reply reply
            = page(visit, 200, t(visit, QT_TRANSLATE_NOOP("Bacheca", "Password changed")),
                   paragraph(t(visit,
                               QT_TRANSLATE_NOOP("Bacheca",
                                                 "Your password is changed. Log in again with "
                                                 "the new one.")))
                       + u"<p><a href=\"/bacheca/accedi\">%1</a></p>\n"_s.arg(
                           escape(t(visit, QT_TRANSLATE_NOOP("Bacheca", "Log in")))));
        reply.headers.append(setCookie(kSessionCookie, QString(), 0));
        return reply;
    }
    const Error &error = changed.error();
    if (error.code == ErrorCode::WrongCredentials)
        problem(u"current"_s, QT_TRANSLATE_NOOP("Bacheca", "The current password is not right."));
    else if (const char *weak = passwordProblem(error))
        problem(u"password"_s, weak);
    else
        return unavailable(visit);
    return accountPage(visit, {}, errors);
}

Reply BoardWeb::download(const Visit &visit)
{
    auto exported = m_store.exportAccount(visit.account->id);
    if (!exported)
        return unavailable(visit);
    Reply reply;
    reply.contentType = "application/json; charset=utf-8";
    reply.body = QJsonDocument(*exported).toJson(QJsonDocument::Indented);
    reply.headers.append(qMakePair(QByteArray("Content-Disposition"),
                                   QByteArray("attachment; filename=\"bacheca-dati.json\"")));
    addSecurityHeaders(reply);
    return reply;
}

Reply BoardWeb::deleteAccount(Visit &visit, const Request &request)
{
    const QHash<QString, QString> fields = formFields(request.body);
    if (!formTokenMatches(visit, fields))
        return refused(visit);
    if (fields.value(u"confirm"_s) != u"1")
        return accountPage(
            visit, {},
            {{u"confirm"_s,
              t(visit, QT_TRANSLATE_NOOP("Bacheca", "Tick the box to confirm the deletion."))}});
    if (auto removed = m_store.accounts().remove(visit.account->id); !removed)
        return unavailable(visit);
    Visit gone = visit;
    gone.account.reset();
    gone.session.reset();
    Reply reply
        = page(gone, 200, t(visit, QT_TRANSLATE_NOOP("Bacheca", "Account deleted")),
               paragraph(t(visit,
                           QT_TRANSLATE_NOOP("Bacheca",
                                             "Your account and everything the board held of it "
                                             "are deleted."))));
    reply.headers.append(setCookie(kSessionCookie, QString(), 0));
    return reply;
}

} // namespace sportello::hub::web
