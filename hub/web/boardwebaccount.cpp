// SPDX-License-Identifier: GPL-3.0-or-later
// The Bacheca's account pages: registration, log in, log out.
#include "web/boardweb.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace sportello::hub::web {

Reply BoardWeb::registration(Visit &visit, const QHash<QString, QString> &fields,
                             const QList<QPair<QString, QString>> &errors)
{
    const auto field = [&](const QString &name, const QString &text) {
        return formField(name, text, fields, errors);
    };
    QString form = errorSummary(m_words, visit.language, errors);
    form += u"<form method=\"post\" action=\"/bacheca/registrati\" novalidate>\n"_s
        + csrfField(formToken(visit)) + u"\n"_s;
    Field kind = field(u"kind"_s, t(visit, QT_TRANSLATE_NOOP("Bacheca", "I register as")));
    form += select(kind,
                   {{u"CITTADINO"_s, t(visit, QT_TRANSLATE_NOOP("Bacheca", "A citizen"))},
                    {u"ORGANIZZAZIONE"_s,
                     t(visit,
                       QT_TRANSLATE_NOOP("Bacheca",
                                         "An organization (association, parish, "
                                         "cooperative)"))}});
    Field name = field(u"display_name"_s,
                       t(visit, QT_TRANSLATE_NOOP("Bacheca", "Name shown on the board")));
    name.autocomplete = u"name"_s;
    name.maxLength = 100;
    form += input(name);
    Field contact = field(u"contact"_s, t(visit, QT_TRANSLATE_NOOP("Bacheca", "Phone or e-mail")));
    contact.hint = t(visit,
                     QT_TRANSLATE_NOOP("Bacheca",
                                       "Shown only to the other person of a match, once "
                                       "both of you have accepted it."));
    contact.maxLength = 200;
    contact.required = false;
    form += input(contact);
    Field comune = field(u"comune"_s, t(visit, QT_TRANSLATE_NOOP("Bacheca", "Comune")));
    QList<QPair<QString, QString>> comuni {
        {QString(), t(visit, QT_TRANSLATE_NOOP("Bacheca", "Choose your comune"))}};
    comuni.append(m_comuni);
    form += select(comune, comuni);
    Field username = field(u"username"_s, t(visit, QT_TRANSLATE_NOOP("Bacheca", "User name")));
    username.autocomplete = u"username"_s;
    username.hint = t(visit,
                      QT_TRANSLATE_NOOP("Bacheca",
                                        "3 to 40 letters, digits, dots, dashes or "
                                        "underscores."));
    username.maxLength = 40;
    form += input(username);
    Field password = field(u"password"_s, t(visit, QT_TRANSLATE_NOOP("Bacheca", "Password")));
    password.type = u"password"_s;
    password.autocomplete = u"new-password"_s;
    password.hint = t(visit,
                      QT_TRANSLATE_NOOP("Bacheca",
                                        "At least 10 characters: three or four unrelated "
                                        "words are easy to remember and hard to guess."));
    form += input(password);
    Field again = field(u"password2"_s, t(visit, QT_TRANSLATE_NOOP("Bacheca", "Password again")));
    again.type = u"password"_s;
    again.autocomplete = u"new-password"_s;
    form += input(again);
    Field consent = field(u"consent"_s, {});
    form += checkbox(consent, fields.value(u"consent"_s) == u"1",
                     u"%1 <a href=\"/bacheca/privacy\">%2</a>"_s.arg(
                         escape(t(visit,
                                  QT_TRANSLATE_NOOP("Bacheca",
                                                    "I have read the privacy notice and agree that "
                                                    "the board keeps my data for this purpose."))),
                         escape(t(visit, QT_TRANSLATE_NOOP("Bacheca", "Privacy notice")))));
    form += u"<p><button type=\"submit\">%1</button></p>\n</form>\n"_s.arg(
        escape(t(visit, QT_TRANSLATE_NOOP("Bacheca", "Register"))));
    return page(visit, errors.isEmpty() ? 200 : 422,
                t(visit, QT_TRANSLATE_NOOP("Bacheca", "Register on the board")), form);
}

Reply BoardWeb::registerAccount(Visit &visit, const Request &request)
{
    const QHash<QString, QString> fields = formFields(request.body);
    if (!formTokenMatches(visit, fields))
        return refused(visit);
    QList<QPair<QString, QString>> errors;
    const auto problem = [&](const QString &name, const char *message) {
        errors.append({name, t(visit, message)});
    };
    NewBoardAccount fresh;
    const QString kind = fields.value(u"kind"_s);
    if (kind == u"ORGANIZZAZIONE")
        fresh.kind = BoardAccountKind::Organization;
    else if (kind == u"CITTADINO")
        fresh.kind = BoardAccountKind::Citizen;
    else
        problem(u"kind"_s, QT_TRANSLATE_NOOP("Bacheca", "Choose a citizen or an organization."));
    fresh.displayName = fields.value(u"display_name"_s);
    fresh.contact = fields.value(u"contact"_s);
    fresh.comune = fields.value(u"comune"_s);
    fresh.username = fields.value(u"username"_s);
    fresh.password = fields.value(u"password"_s);
    const bool inDistrict = std::any_of(m_comuni.cbegin(), m_comuni.cend(),
                                        [&](const auto &c) { return c.first == fresh.comune; });
    if (!inDistrict)
        problem(u"comune"_s, QT_TRANSLATE_NOOP("Bacheca", "Choose your comune from the list."));
    if (fresh.password != fields.value(u"password2"_s))
        problem(u"password2"_s, QT_TRANSLATE_NOOP("Bacheca", "The two passwords differ."));
    if (fields.value(u"consent"_s) != u"1")
        problem(u"consent"_s,
                QT_TRANSLATE_NOOP("Bacheca",
                                  "The board can keep your data only with your "
                                  "agreement."));
    if (errors.isEmpty()) {
        auto created = m_store.accounts().registerAccount(fresh, m_clock.nowUtc());
        if (created) {
            const QString body
                = paragraph(t(visit,
                              QT_TRANSLATE_NOOP("Bacheca",
                                                "Thank you. Your account is waiting for a network "
                                                "operator to check who you are.")))
                + paragraph(
                      t(visit,
                        QT_TRANSLATE_NOOP("Bacheca",
                                          "Go to one of the network's help desks with an "
                                          "identity document and your user name: the operator "
                                          "activates your account, and then you can log in, "
                                          "offer and ask.")))
                + u"<p>%1: <strong>%2</strong></p>\n"_s.arg(
                    escape(t(visit, QT_TRANSLATE_NOOP("Bacheca", "User name"))),
                    escape(created->username));
            return page(visit, 201, t(visit, QT_TRANSLATE_NOOP("Bacheca", "Registration received")),
                        body);
        }
        const Error &error = created.error();
        const QString field = error.args.value(0);
        if (error.code == ErrorCode::UsernameTaken)
            problem(u"username"_s,
                    QT_TRANSLATE_NOOP("Bacheca",
                                      "This user name is taken: "
                                      "choose another."));
        else if (const char *weak = passwordProblem(error))
            problem(u"password"_s, weak);
        else if (field == u"board.username")
            problem(u"username"_s,
                    QT_TRANSLATE_NOOP("Bacheca",
                                      "Use 3 to 40 letters, digits, dots, dashes "
                                      "or underscores, starting with a letter or "
                                      "a digit."));
        else if (field == u"board.display_name")
            problem(u"display_name"_s,
                    QT_TRANSLATE_NOOP("Bacheca", "Write a name of at most 100 characters."));
        else if (field == u"board.contact")
            problem(u"contact"_s,
                    QT_TRANSLATE_NOOP("Bacheca", "Write a contact of at most 200 characters."));
        else
            return unavailable(visit);
    }
    return registration(visit, fields, errors);
}

Reply BoardWeb::loginPage(Visit &visit, const QString &username, const QString &error)
{
    QString form;
    if (!error.isEmpty())
        form += u"<div class=\"summary\" role=\"alert\"><p>%1</p></div>\n"_s.arg(escape(error));
    form += u"<form method=\"post\" action=\"/bacheca/accedi\">\n"_s + csrfField(formToken(visit))
        + u"\n"_s;
    Field name;
    name.name = u"username"_s;
    name.label = t(visit, QT_TRANSLATE_NOOP("Bacheca", "User name"));
    name.value = username;
    name.autocomplete = u"username"_s;
    form += input(name);
    Field password;
    password.name = u"password"_s;
    password.label = t(visit, QT_TRANSLATE_NOOP("Bacheca", "Password"));
    password.type = u"password"_s;
    password.autocomplete = u"current-password"_s;
    form += input(password);
    form += u"<p><button type=\"submit\">%1</button></p>\n</form>\n"_s.arg(
        escape(t(visit, QT_TRANSLATE_NOOP("Bacheca", "Log in"))));
    form += paragraph(t(visit,
                        QT_TRANSLATE_NOOP("Bacheca",
                                          "Forgotten your password? A help desk of the "
                                          "network can give you a new one.")));
    return page(visit, error.isEmpty() ? 200 : 401,
                t(visit, QT_TRANSLATE_NOOP("Bacheca", "Log in")), form);
}

Reply BoardWeb::login(Visit &visit, const Request &request)
{
    const QHash<QString, QString> fields = formFields(request.body);
    if (!formTokenMatches(visit, fields))
        return refused(visit);
    const QString username = fields.value(u"username"_s);
    const QDateTime now = m_clock.nowUtc();
    auto account = m_store.accounts().login(username, fields.value(u"password"_s), now);
    if (!account) {
        QString message;
        switch (account.code()) {
        case ErrorCode::AccountLocked:
            message = t(visit,
                        QT_TRANSLATE_NOOP("Bacheca", "Too many attempts. Try again in %1 seconds."))
                          .arg(account.error().args.value(0));
            break;
        case ErrorCode::AccountInactive:
            message = account.error().args.value(0) == u"SOSPESO"
                ? t(visit,
                    QT_TRANSLATE_NOOP("Bacheca",
                                      "Your account is suspended: ask a help "
                                      "desk of the network."))
                : t(visit,
                    QT_TRANSLATE_NOOP("Bacheca",
                                      "Your account is not active yet: a network "
                                      "operator must first check who you are at a help "
                                      "desk."));
            break;
        case ErrorCode::WrongCredentials:
            message = t(
                visit, QT_TRANSLATE_NOOP("Bacheca", "The user name or the password is not right."));
            break;
        default:
            message = t(visit,
                        QT_TRANSLATE_NOOP("Bacheca",
                                          "The board cannot be read right now. "
                                          "Try again in a few minutes."));
        }
        return loginPage(visit, username, message);
    }
    // A new session at every login (the old one, if any, ends): a token planted before the
    // login is worth nothing after it.
    if (!visit.sessionHash.isEmpty())
        (void)m_store.accounts().closeSession(visit.sessionHash);
    const QString token = newToken();
    const QByteArray hash = QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256);
    if (auto opened = m_store.accounts().openSession(account->id, hash, newToken(), now,
                                                     now.addSecs(kSessionSeconds));
        !opened)
        return loginPage(visit, username,
                         t(visit,
                           QT_TRANSLATE_NOOP("Bacheca",
                                             "The board cannot be read right "
                                             "now. Try again in a few minutes.")));
    Reply reply = redirect(u"/bacheca/"_s);
    reply.headers.append(setCookie(kSessionCookie, token, kSessionSeconds));
    return reply;
}

Reply BoardWeb::logout(const Visit &visit, const Request &request)
{
    const QHash<QString, QString> fields = formFields(request.body);
    if (!visit.session)
        return redirect(u"/bacheca/"_s);
    if (!formTokenMatches(visit, fields))
        return refused(visit);
    (void)m_store.accounts().closeSession(visit.sessionHash);
    Reply reply = redirect(u"/bacheca/"_s);
    reply.headers.append(setCookie(kSessionCookie, QString(), 0));
    return reply;
}

} // namespace sportello::hub::web
