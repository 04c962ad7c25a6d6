// SPDX-License-Identifier: GPL-3.0-or-later
#include "web/moderationweb.h"

#include "catalogue/taxonomy.h"
#include "text/boardtext.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace sportello::hub::web {

namespace {

constexpr char kQueue[] = "/bacheca/moderazione";

const char *kindLabel(BoardAccountKind kind)
{
    switch (kind) {
    case BoardAccountKind::Citizen:
        return QT_TRANSLATE_NOOP("Bacheca", "Citizen");
    case BoardAccountKind::Organization:
        return QT_TRANSLATE_NOOP("Bacheca", "Organization");
    case BoardAccountKind::Comune:
        return QT_TRANSLATE_NOOP("Bacheca", "Comune's social services");
    case BoardAccountKind::Operator:
        return QT_TRANSLATE_NOOP("Bacheca", "Network operator");
    }
    return "";
}

QString button(const QString &action, const QString &csrf, const QString &label,
               const QString &fields = {})
{
    return u"<form method=\"post\" action=\"%1\">%2%3<button type=\"submit\">%4</button>"
           "</form>\n"_s.arg(escape(action), csrf, fields, escape(label));
}

} // namespace

ModerationWeb::ModerationWeb(BoardWeb &web, BoardStore &store)
    : m_web(web)
    , m_store(store)
{ }

QString ModerationWeb::actor(const Visit &visit) const
{
    return u"operator:"_s + visit.account->username;
}

QString ModerationWeb::reasonLabel(const Visit &visit, const QString &code) const
{
    if (code == u"INAPPROPRIATO")
        return m_web.t(visit, QT_TRANSLATE_NOOP("Bacheca", "Offensive or inappropriate"));
    if (code == u"NON_PERTINENTE")
        return m_web.t(visit,
                       QT_TRANSLATE_NOOP("Bacheca", "Not neighbourly help (an advert, a sale)"));
    if (code == u"SOSPETTO")
        return m_web.t(visit, QT_TRANSLATE_NOOP("Bacheca", "Suspected fraud or danger"));
    return m_web.t(visit, QT_TRANSLATE_NOOP("Bacheca", "Another reason"));
}

std::optional<Reply> ModerationWeb::handle(BoardWeb::Visit &visit, const Request &request)
{
    const QString &path = request.path;
    const bool moderation
        = path == QLatin1StringView(kQueue) || path.startsWith(QLatin1StringView(kQueue) + u'/');
    const bool reporting = path.startsWith(u"/bacheca/segnala/");
    if (!moderation && !reporting)
        return std::nullopt;
    if (!visit.account)
        return redirect(u"/bacheca/accedi"_s);
    const bool get = request.method == "GET" || request.method == "HEAD";
    const bool post = request.method == "POST";
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts); // bacheca, moderazione, …
    if (reporting) {
        if (parts.size() != 3)
            return m_web.notFound(visit);
        if (get)
            return reportPage(visit, parts.at(2), {});
        if (post)
            return report(visit, request, parts.at(2));
        return m_web.notFound(visit);
    }
    if (visit.account->kind != BoardAccountKind::Operator)
        return m_web.forbidden(visit);
    if (parts.size() == 2 && get)
        return queue(visit);
    if (parts.size() == 4 && parts.at(2) == u"account" && get)
        return accountPage(visit, parts.at(3), {});
    if (parts.size() == 4 && parts.at(2) == u"account" && post)
        return activate(visit, request, parts.at(3));
    if (parts.size() == 4 && parts.at(2) == u"annuncio" && get)
        return reportedPage(visit, parts.at(3));
    if (parts.size() == 5 && parts.at(2) == u"annuncio" && post
        && (parts.at(4) == u"nascondi" || parts.at(4) == u"mantieni"))
        return judge(visit, request, parts.at(3), parts.at(4) == u"nascondi");
    return m_web.notFound(visit);
}

Reply ModerationWeb::queue(const Visit &visit)
{
    auto pending = m_store.accounts().pending();
    auto reported = m_store.moderation().reported();
    auto trail = m_store.moderation().trail(50);
    if (!pending || !reported || !trail)
        return m_web.unavailable(visit);
    const QLocale locale = localeOf(visit.language);
    const auto th = [&](const char *text) {
        return u"<th scope=\"col\">%1</th>"_s.arg(escape(m_web.t(visit, text)));
    };

    QString body = u"<h2>%1</h2>\n"_s.arg(
        escape(m_web.t(visit, QT_TRANSLATE_NOOP("Bacheca", "Registrations waiting"))));
    if (pending->isEmpty()) {
        body += paragraph(m_web.t(visit, QT_TRANSLATE_NOOP("Bacheca", "No registration waits.")));
    } else {
        QString rows;
        for (const BoardAccount &a : std::as_const(*pending))
            rows += u"<tr><th scope=\"row\"><a href=\"%1/account/%2\">%3</a></th><td>%4</td>"
                    "<td>%5</td><td>%6</td></tr>\n"_s.arg(
                        QLatin1StringView(kQueue), escape(a.id), escape(a.displayName),
                        escape(a.username), escape(m_web.t(visit, kindLabel(a.kind))),
                        escape(locale.toString(a.createdAt.toLocalTime().date(),
                                               QLocale::ShortFormat)));
        body += u"<table><caption>%1</caption><thead><tr>%2%3%4%5</tr></thead><tbody>%6</tbody>"
                "</table>\n"_s.arg(
                    escape(m_web.t(visit, QT_TRANSLATE_NOOP("Bacheca", "Registrations waiting"))),
                    th(QT_TRANSLATE_NOOP("Bacheca", "Name")),
                    th(QT_TRANSLATE_NOOP("Bacheca", "Username")),
                    th(QT_TRANSLATE_NOOP("Bacheca", "Kind")),
                    th(QT_TRANSLATE_NOOP("Bacheca", "Registered on")), rows);
    }

    body += u"<h2>%1</h2>\n"_s.arg(
        escape(m_web.t(visit, QT_TRANSLATE_NOOP("Bacheca", "Reported posts"))));
    if (reported->isEmpty()) {
        body += paragraph(m_web.t(visit, QT_TRANSLATE_NOOP("Bacheca", "No post is reported.")));
    } else {
        QString items;
        for (const ReportedPost &r : std::as_const(*reported)) {
            QStringList reasons;
            for (const QString &code : r.reasons)
                reasons.append(reasonLabel(visit, code));
            // Named by the post's kind and category, then how often and why it was reported.
            QString what = r.postId;
            if (auto post = m_store.posts().post(r.postId))
                what = m_web.of(visit, "BoardText", text::BoardText::postKindLabel(post->kind))
                    + u" · "_s
                    + m_web.of(visit, "BoardText", text::BoardText::categoryLabel(post->category));
            const QString why = reasons.join(u", "_s);
            const QString line = r.reports == 1
                ? m_web.t(visit, QT_TRANSLATE_NOOP("Bacheca", "%1 — reported once: %2"))
                      .arg(what, why)
                : m_web.t(visit, QT_TRANSLATE_NOOP("Bacheca", "%1 — reported %3 times: %2"))
                      .arg(what, why, QString::number(r.reports));
            items += u"<li><a href=\"%1/annuncio/%2\">%3</a></li>\n"_s.arg(
                QLatin1StringView(kQueue), escape(r.postId), escape(line));
        }
        body += u"<ul>%1</ul>\n"_s.arg(items);
    }

    auto noticed = m_store.accounts().noticed();
    if (!noticed)
        return m_web.unavailable(visit);
    if (!noticed->isEmpty()) {
        body += u"<h2>%1</h2>\n"_s.arg(escape(
            m_web.t(visit, QT_TRANSLATE_NOOP("Bacheca", "Accounts to be deleted for inactivity"))));
        body += paragraph(
            m_web.t(visit,
                    QT_TRANSLATE_NOOP("Bacheca",
                                      "Unused for 23 months: tell each person, at the contact "
                                      "given, that the account will be deleted in 30 days or "
                                      "more unless they log in.")));
        QString items;
        for (const BoardAccount &a : std::as_const(*noticed))
            items += u"<li>%1 (%2) — %3</li>\n"_s.arg(escape(a.displayName), escape(a.username),
                                                      escape(a.contact));
        body += u"<ul>%1</ul>\n"_s.arg(items);
    }

    body += u"<h2>%1</h2>\n"_s.arg(
        escape(m_web.t(visit, QT_TRANSLATE_NOOP("Bacheca", "The moderators' latest actions"))));
    if (trail->isEmpty()) {
        body += paragraph(m_web.t(visit, QT_TRANSLATE_NOOP("Bacheca", "No action yet.")));
    } else {
        QString items;
        for (const AuditEntry &e : std::as_const(*trail))
            items += u"<li>%1 — %2 — %3 %4</li>\n"_s.arg(
                escape(locale.toString(e.at.toLocalTime(), QLocale::ShortFormat)), escape(e.actor),
                escape(e.action), escape(e.object));
        body += u"<ul class=\"trail\">%1</ul>\n"_s.arg(items);
    }
    return m_web.page(visit, 200, m_web.t(visit, QT_TRANSLATE_NOOP("Bacheca", "Moderation")), body);
}

Reply ModerationWeb::accountPage(const Visit &visit, const QString &id, const FormErrors &errors)
{
    auto account = m_store.accounts().account(id);
    if (!account && account.code() != ErrorCode::NotFound)
        return m_web.unavailable(visit);
    if (!account || account->state != BoardAccountState::Pending)
        return m_web.notFound(visit);
    QString rows;
    rows += termRow(m_web.t(visit, QT_TRANSLATE_NOOP("Bacheca", "Name")), account->displayName);
    rows += termRow(m_web.t(visit, QT_TRANSLATE_NOOP("Bacheca", "Username")), account->username);
    rows += termRow(m_web.t(visit, QT_TRANSLATE_NOOP("Bacheca", "Kind")),
                    m_web.t(visit, kindLabel(account->kind)));
    rows += termRow(
        m_web.t(visit, QT_TRANSLATE_NOOP("Bacheca", "Comune")),
        catalogue::Taxonomy::italianLabel(catalogue::Taxonomy::comuni(), account->comune));
    rows += termRow(m_web.t(visit, QT_TRANSLATE_NOOP("Bacheca", "Contact")), account->contact);
    QString body = errorSummary(m_web.words(), visit.language, errors);
    body += u"<dl>%1</dl>\n"_s.arg(rows);
    body += paragraph(m_web.t(visit,
                              QT_TRANSLATE_NOOP("Bacheca",
                                                "Issue the credentials only to the person "
                                                "in front of you, after checking an identity "
                                                "document (or, for an organization, who "
                                                "represents it) against the name above.")));
    Field checked;
    checked.name = u"verificato"_s;
    checked.error = errorOf(errors, u"verificato"_s);
    body += button(QLatin1StringView(kQueue) + u"/account/"_s + account->id,
                   csrfField(visit.session->csrf),
                   m_web.t(visit, QT_TRANSLATE_NOOP("Bacheca", "Issue the credentials")),
                   checkbox(checked, false,
                            escape(m_web.t(visit,
                                           QT_TRANSLATE_NOOP("Bacheca",
                                                             "I have checked who this "
                                                             "person is")))));
    Reply reply = m_web.page(
        visit, errors.isEmpty() ? 200 : 422,
        m_web.t(visit, QT_TRANSLATE_NOOP("Bacheca", "Registration of %1")).arg(account->username),
        body);
    return reply;
}

Reply ModerationWeb::activate(const Visit &visit, const Request &request, const QString &id)
{
    const QHash<QString, QString> fields = formFields(request.body);
    if (!m_web.formTokenMatches(visit, fields))
        return m_web.refused(visit);
    if (fields.value(u"verificato"_s) != u"1")
        return accountPage(visit, id,
                           {{u"verificato"_s,
                             m_web.t(visit,
                                     QT_TRANSLATE_NOOP("Bacheca",
                                                       "Confirm that you have checked who this "
                                                       "person is."))}});
    const QDateTime now = m_web.clock().nowUtc();
    auto account = m_store.accounts().account(id);
    if (!account && account.code() != ErrorCode::NotFound)
        return m_web.unavailable(visit);
    if (!account || account->state != BoardAccountState::Pending)
        return m_web.notFound(visit);
    if (!m_store.accounts().activate(id, actor(visit), now)
        || !m_store.moderation().audit(actor(visit), u"ACCOUNT_ACTIVATED"_s, id, now))
        return m_web.unavailable(visit);
    return redirect(QLatin1StringView(kQueue));
}

Reply ModerationWeb::reportedPage(const Visit &visit, const QString &id)
{
    auto reported = m_store.moderation().reported();
    if (!reported)
        return m_web.unavailable(visit);
    const auto found = std::find_if(reported->cbegin(), reported->cend(),
                                    [&id](const ReportedPost &r) { return r.postId == id; });
    auto post = m_store.posts().post(id);
    if (!post && post.code() != ErrorCode::NotFound)
        return m_web.unavailable(visit);
    if (!post || found == reported->cend())
        return m_web.notFound(visit);
    using text::BoardText;
    QStringList reasons;
    for (const QString &code : found->reasons)
        reasons.append(reasonLabel(visit, code));
    QString rows;
    rows += termRow(m_web.t(visit, QT_TRANSLATE_NOOP("Bacheca", "Kind")),
                    m_web.of(visit, "BoardText", BoardText::postKindLabel(post->kind)));
    rows += termRow(m_web.t(visit, QT_TRANSLATE_NOOP("Bacheca", "Category")),
                    m_web.of(visit, "BoardText", BoardText::categoryLabel(post->category)));
    rows += termRow(m_web.t(visit, QT_TRANSLATE_NOOP("Bacheca", "Notes")), post->notes);
    rows += termRow(m_web.t(visit, QT_TRANSLATE_NOOP("Bacheca", "Reports")),
                    QString::number(found->reports));
    rows += termRow(m_web.t(visit, QT_TRANSLATE_NOOP("Bacheca", "Reasons")), reasons.join(u", "_s));
    const QString base = QLatin1StringView(kQueue) + u"/annuncio/"_s + post->id;
    const QString csrf = csrfField(visit.session->csrf);
    QString body = u"<dl>%1</dl>\n"_s.arg(rows);
    body += u"<div class=\"actions\">%1%2</div>\n"_s.arg(
        button(base + u"/nascondi"_s, csrf,
               m_web.t(visit, QT_TRANSLATE_NOOP("Bacheca", "Hide the post"))),
        button(base + u"/mantieni"_s, csrf,
               m_web.t(visit, QT_TRANSLATE_NOOP("Bacheca", "Keep it and dismiss the reports"))));
    return m_web.page(visit, 200, m_web.t(visit, QT_TRANSLATE_NOOP("Bacheca", "Reported post")),
                      body);
}

Reply ModerationWeb::judge(const Visit &visit, const Request &request, const QString &id, bool hide)
{
    const QHash<QString, QString> fields = formFields(request.body);
    if (!m_web.formTokenMatches(visit, fields))
        return m_web.refused(visit);
    const QDateTime now = m_web.clock().nowUtc();
    auto post = m_store.posts().post(id);
    if (!post && post.code() != ErrorCode::NotFound)
        return m_web.unavailable(visit);
    if (!post)
        return m_web.notFound(visit);
    if (hide && !m_store.posts().setState(id, board::PostState::Closed, now))
        return m_web.unavailable(visit);
    if (!m_store.moderation().dismissReports(id)
        || !m_store.moderation().audit(actor(visit),
                                       hide ? u"POST_HIDDEN"_s : u"REPORTS_DISMISSED"_s, id, now))
        return m_web.unavailable(visit);
    return redirect(QLatin1StringView(kQueue));
}

Reply ModerationWeb::reportPage(const Visit &visit, const QString &id, const FormErrors &errors)
{
    auto post = m_store.posts().post(id);
    if (!post && post.code() != ErrorCode::NotFound)
        return m_web.unavailable(visit);
    // Only an open post of someone else: what the board suggests.
    if (!post || post->state != board::PostState::Open || post->accountId == visit.account->id)
        return m_web.notFound(visit);
    QList<QPair<QString, QString>> reasons {
        {QString(), m_web.t(visit, QT_TRANSLATE_NOOP("Bacheca", "Choose…"))}};
    for (const QString &code : BoardModeration::reportReasons())
        reasons.append({code, reasonLabel(visit, code)});
    Field reason;
    reason.name = u"motivo"_s;
    reason.label = m_web.t(visit, QT_TRANSLATE_NOOP("Bacheca", "Why"));
    reason.error = errorOf(errors, u"motivo"_s);
    QString body = errorSummary(m_web.words(), visit.language, errors);
    body += u"<dl>%1%2</dl>\n"_s.arg(
        termRow(m_web.t(visit, QT_TRANSLATE_NOOP("Bacheca", "Kind")),
                m_web.of(visit, "BoardText", text::BoardText::postKindLabel(post->kind))),
        termRow(m_web.t(visit, QT_TRANSLATE_NOOP("Bacheca", "Category")),
                m_web.of(visit, "BoardText", text::BoardText::categoryLabel(post->category))));
    body += paragraph(m_web.t(visit,
                              QT_TRANSLATE_NOOP("Bacheca",
                                                "The network's moderators will read the post and "
                                                "may hide it. Its author is not told who reported "
                                                "it.")));
    body += button(u"/bacheca/segnala/"_s + post->id, csrfField(visit.session->csrf),
                   m_web.t(visit, QT_TRANSLATE_NOOP("Bacheca", "Report")), select(reason, reasons));
    return m_web.page(visit, errors.isEmpty() ? 200 : 422,
                      m_web.t(visit, QT_TRANSLATE_NOOP("Bacheca", "Report a post")), body);
}

Reply ModerationWeb::report(const Visit &visit, const Request &request, const QString &id)
{
    const QHash<QString, QString> fields = formFields(request.body);
    if (!m_web.formTokenMatches(visit, fields))
        return m_web.refused(visit);
    const QString reason = fields.value(u"motivo"_s);
    if (!BoardModeration::reportReasons().contains(reason))
        return reportPage(
            visit, id,
            {{u"motivo"_s, m_web.t(visit, QT_TRANSLATE_NOOP("Bacheca", "Choose the reason."))}});
    auto post = m_store.posts().post(id);
    if (!post && post.code() != ErrorCode::NotFound)
        return m_web.unavailable(visit);
    if (!post || post->state != board::PostState::Open || post->accountId == visit.account->id)
        return m_web.notFound(visit);
    if (!m_store.moderation().report(id, visit.account->id, reason, m_web.clock().nowUtc()))
        return m_web.unavailable(visit);
    return m_web.page(visit, 200, m_web.t(visit, QT_TRANSLATE_NOOP("Bacheca", "Post reported")),
                      paragraph(m_web.t(visit,
                                        QT_TRANSLATE_NOOP("Bacheca",
                                                          "Thank you: the moderators will look at "
                                                          "it.")))
                          + u"<p><a href=\"/bacheca/\">%1</a></p>"_s.arg(escape(
                              m_web.t(visit, QT_TRANSLATE_NOOP("Bacheca", "Back to the board")))));
}

} // namespace sportello::hub::web
