// SPDX-License-Identifier: GPL-3.0-or-later
#include "web/comuneweb.h"

#include "catalogue/taxonomy.h"
#include "people/vocabulary.h"
#include "referrals/referralstate.h"
#include "text/peopletext.h"
#include "text/referraltext.h"

#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace sportello::hub::web {

namespace {

constexpr char kPrefix[] = "/comune/segnalazione/";

QString comuneName(const QString &code)
{
    return catalogue::Taxonomy::italianLabel(catalogue::Taxonomy::comuni(), code);
}

} // namespace

ComuneWeb::ComuneWeb(BoardWeb &web, Store &store)
    : m_web(web)
    , m_store(store)
{ }

const QStringList &ComuneWeb::destinationTypes()
{
    static const QStringList types {u"SS_COMUNE"_s, u"SS_SEGR"_s};
    return types;
}

QStringList ComuneWeb::answersFrom(const QString &state)
{
    referrals::State from = referrals::State::Bozza;
    if (!referrals::stateFromCode(state, &from))
        return {};
    QStringList answers;
    for (const referrals::State to :
         {referrals::State::PresaInCarico, referrals::State::NonPresaInCarico,
          referrals::State::Chiusa}) {
        if (!referrals::answerPath(from, to).isEmpty())
            answers.append(referrals::stateCode(to));
    }
    return answers;
}

std::optional<Reply> ComuneWeb::handle(BoardWeb::Visit &visit, const Request &request)
{
    const QString &path = request.path;
    if (!path.startsWith(u"/comune/"))
        return std::nullopt;
    if (!visit.account)
        return redirect(u"/bacheca/accedi"_s);
    if (visit.account->kind != BoardAccountKind::Comune)
        return m_web.forbidden(visit);
    const bool get = request.method == "GET" || request.method == "HEAD";
    if (path == u"/comune/" && get)
        return list(visit, request);
    if (path.startsWith(QLatin1StringView(kPrefix))) {
        const QString id = path.mid(QLatin1StringView(kPrefix).size());
        if (request.method == "POST")
            return answer(visit, request, id);
        if (get) {
            auto found = find(visit, id);
            if (!found)
                return m_web.unavailable(visit);
            if (!*found)
                return m_web.notFound(visit);
            const QString notice = request.query.queryItemValue(u"fatto"_s) == u"1"
                ? m_web.t(visit,
                          QT_TRANSLATE_NOOP("Bacheca",
                                            "Answer recorded: the desk that sent the referral "
                                            "will see it at its next synchronization."))
                : QString();
            return referralPage(visit, **found, notice, {});
        }
    }
    return m_web.notFound(visit);
}

Result<std::optional<AddressedReferral>> ComuneWeb::find(const Visit &visit, const QString &refUuid)
{
    if (refUuid.isEmpty() || refUuid.size() > 64)
        return std::optional<AddressedReferral> {};
    Addressee who {visit.account->comune, destinationTypes(), refUuid.toLower(), false, 1};
    auto found = m_store.addressedReferrals(who);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<AddressedReferral> {};
    return std::optional<AddressedReferral> {found->constFirst()};
}

QString ComuneWeb::stateLabel(const Visit &visit, const QString &code) const
{
    referrals::State state = referrals::State::Bozza;
    if (!referrals::stateFromCode(code, &state))
        return code;
    return m_web.of(visit, "ReferralText", text::ReferralText::stateLabel(state));
}

Reply ComuneWeb::list(const Visit &visit, const Request &request)
{
    const bool all = request.query.queryItemValue(u"tutte"_s) == u"1";
    const QString code = request.query.queryItemValue(u"codice"_s).trimmed().toUpper().left(16);
    Addressee who {visit.account->comune, destinationTypes(), {}, !all, 500};
    auto found = m_store.addressedReferrals(who);
    if (!found)
        return m_web.unavailable(visit);
    const QLocale locale = localeOf(visit.language);

    QString body = paragraph(m_web.t(visit,
                                     QT_TRANSLATE_NOOP("Bacheca",
                                                       "The referrals the network's help desks "
                                                       "sent to the Comune's social services, "
                                                       "as the hub holds them: without names. "
                                                       "The person brings the letter with the "
                                                       "referral's code.")));
    Field codeField;
    codeField.name = u"codice"_s;
    codeField.label = m_web.t(visit, QT_TRANSLATE_NOOP("Bacheca", "Code on the letter"));
    codeField.value = code;
    codeField.required = false;
    codeField.maxLength = 16;
    codeField.autocomplete = u"off"_s;
    Field allField;
    allField.name = u"tutte"_s;
    allField.required = false;
    body += u"<form method=\"get\" action=\"/comune/\" class=\"filters\">%1%2"
            "<button type=\"submit\">%3</button></form>\n"_s.arg(
                input(codeField),
                checkbox(allField, all,
                         escape(m_web.t(visit,
                                        QT_TRANSLATE_NOOP("Bacheca",
                                                          "Also those already decided "
                                                          "or closed")))),
                escape(m_web.t(visit, QT_TRANSLATE_NOOP("Bacheca", "Show"))));

    QString rows;
    int shown = 0;
    for (const AddressedReferral &r : std::as_const(*found)) {
        const QString letterCode = text::ReferralText::referralCode(r.refUuid);
        if (!code.isEmpty() && letterCode != code)
            continue;
        ++shown;
        QStringList needs;
        for (const QJsonValue need : r.record.value(u"bisogni_macro"_s).toArray())
            needs.append(m_web.of(visit, "sportello::people::Vocabulary",
                                  text::PeopleText::need(need.toString())));
        rows
            += u"<tr><th scope=\"row\"><a href=\"%1%2\">%3</a></th><td>%4</td><td>%5</td>"
               "<td>%6</td><td>%7</td><td>%8</td></tr>\n"_s.arg(
                   QLatin1StringView(kPrefix), escape(r.refUuid), escape(letterCode),
                   escape(locale.toString(r.occurredAt.toLocalTime().date(), QLocale::ShortFormat)),
                   escape(r.deskName), escape(needs.join(u", "_s)),
                   escape(m_web.of(
                       visit, "ReferralText",
                       text::ReferralText::urgencyLabel(r.record.value(u"urgenza"_s).toString()))),
                   escape(stateLabel(visit, r.state)));
    }
    if (shown == 0) {
        body += paragraph(
            code.isEmpty()
                ? m_web.t(visit, QT_TRANSLATE_NOOP("Bacheca", "No referral is waiting."))
                : m_web.t(visit, QT_TRANSLATE_NOOP("Bacheca", "No referral has this code.")));
    } else {
        body += u"<table><caption>%1</caption><thead><tr><th scope=\"col\">%2</th>"
                "<th scope=\"col\">%3</th><th scope=\"col\">%4</th><th scope=\"col\">%5</th>"
                "<th scope=\"col\">%6</th><th scope=\"col\">%7</th></tr></thead>"
                "<tbody>%8</tbody></table>\n"_s.arg(
                    escape(
                        all ? m_web.t(visit, QT_TRANSLATE_NOOP("Bacheca", "All referrals"))
                            : m_web.t(visit, QT_TRANSLATE_NOOP("Bacheca", "Referrals still open"))),
                    escape(m_web.t(visit, QT_TRANSLATE_NOOP("Bacheca", "Code"))),
                    escape(m_web.t(visit, QT_TRANSLATE_NOOP("Bacheca", "Sent on"))),
                    escape(m_web.t(visit, QT_TRANSLATE_NOOP("Bacheca", "From the desk"))),
                    escape(m_web.t(visit, QT_TRANSLATE_NOOP("Bacheca", "Needs"))),
                    escape(m_web.t(visit, QT_TRANSLATE_NOOP("Bacheca", "Urgency"))),
                    escape(m_web.t(visit, QT_TRANSLATE_NOOP("Bacheca", "State"))), rows);
    }
    return m_web.page(visit, 200,
                      m_web.t(visit, QT_TRANSLATE_NOOP("Bacheca", "Referrals to the Comune of %1"))
                          .arg(comuneName(visit.account->comune)),
                      body);
}

QString ComuneWeb::answerForm(const Visit &visit, const AddressedReferral &referral,
                              const FormErrors &errors) const
{
    const QStringList allowed = answersFrom(referral.state);
    if (allowed.isEmpty())
        return paragraph(m_web.t(visit,
                                 QT_TRANSLATE_NOOP("Bacheca",
                                                   "This referral needs no answer "
                                                   "now.")));
    const QString action = QLatin1StringView(kPrefix) + referral.refUuid;
    const QString token = csrfField(visit.session->csrf);
    QString forms = u"<h2>%1</h2>\n"_s.arg(
        escape(m_web.t(visit, QT_TRANSLATE_NOOP("Bacheca", "Answer the desk"))));
    forms += errorSummary(m_web.words(), visit.language, errors);
    const auto form = [&](const QString &state, const QString &controls, const char *button) {
        return u"<form method=\"post\" action=\"%1\" class=\"answer\">%2"
               "<input type=\"hidden\" name=\"stato\" value=\"%3\">%4"
               "<button type=\"submit\">%5</button></form>\n"_s.arg(
                   escape(action), token, state, controls, escape(m_web.t(visit, button)));
    };
    if (allowed.contains(u"PRESA_IN_CARICO"_s))
        forms += form(u"PRESA_IN_CARICO"_s, {},
                      QT_TRANSLATE_NOOP("Bacheca", "Taken on by the social services"));
    if (allowed.contains(u"NON_PRESA_IN_CARICO"_s)) {
        QList<QPair<QString, QString>> reasons {
            {QString(), m_web.t(visit, QT_TRANSLATE_NOOP("Bacheca", "Choose…"))}};
        for (const QString &code : referrals::declineReasons())
            reasons.append(
                {code, m_web.of(visit, "ReferralText", text::ReferralText::reasonLabel(code))});
        Field reason;
        reason.name = u"motivo"_s;
        reason.label = m_web.t(visit, QT_TRANSLATE_NOOP("Bacheca", "Reason for declining"));
        reason.error = errorOf(errors, u"motivo"_s);
        forms += form(u"NON_PRESA_IN_CARICO"_s, select(reason, reasons),
                      QT_TRANSLATE_NOOP("Bacheca", "Declined"));
    }
    if (allowed.contains(u"CHIUSA"_s)) {
        QList<QPair<QString, QString>> outcomes {
            {QString(), m_web.t(visit, QT_TRANSLATE_NOOP("Bacheca", "Choose…"))}};
        for (const QString &code : referrals::finalOutcomes())
            outcomes.append(
                {code,
                 m_web.of(visit, "ReferralText", text::ReferralText::finalOutcomeLabel(code))});
        Field outcome;
        outcome.name = u"esito"_s;
        outcome.label = m_web.t(visit, QT_TRANSLATE_NOOP("Bacheca", "Outcome"));
        outcome.error = errorOf(errors, u"esito"_s);
        forms
            += form(u"CHIUSA"_s, select(outcome, outcomes), QT_TRANSLATE_NOOP("Bacheca", "Closed"));
    }
    return forms;
}

Reply ComuneWeb::referralPage(const Visit &visit, const AddressedReferral &referral,
                              const QString &notice, const FormErrors &errors)
{
    using text::PeopleText;
    using text::ReferralText;
    const QLocale locale = localeOf(visit.language);
    const QJsonObject &record = referral.record;
    const auto field = [&record](const char *key) {
        return record.value(QLatin1StringView(key)).toString();
    };
    const auto vocabulary = [&](const QString &english) {
        return m_web.of(visit, "sportello::people::Vocabulary", english);
    };
    QStringList needs;
    for (const QJsonValue need : record.value(u"bisogni_macro"_s).toArray())
        needs.append(vocabulary(PeopleText::need(need.toString())));
    const auto notStated = [&](const QString &value) {
        return value.isEmpty() || value == u"ND"
            ? m_web.t(visit, QT_TRANSLATE_NOOP("Bacheca", "not stated"))
            : value;
    };

    QString body;
    if (!notice.isEmpty())
        body += u"<p class=\"notice\" role=\"status\">%1</p>\n"_s.arg(escape(notice));
    QString rows;
    rows += termRow(m_web.t(visit, QT_TRANSLATE_NOOP("Bacheca", "Code on the letter")),
                    ReferralText::referralCode(referral.refUuid));
    rows += termRow(m_web.t(visit, QT_TRANSLATE_NOOP("Bacheca", "State")),
                    stateLabel(visit, referral.state));
    rows += termRow(m_web.t(visit, QT_TRANSLATE_NOOP("Bacheca", "Sent on")),
                    locale.toString(referral.occurredAt.toLocalTime().date(), QLocale::LongFormat));
    rows += termRow(m_web.t(visit, QT_TRANSLATE_NOOP("Bacheca", "From the desk")),
                    referral.deskName);
    rows += termRow(
        m_web.t(visit, QT_TRANSLATE_NOOP("Bacheca", "To")),
        m_web.of(visit, "ReferralText", ReferralText::destinationLabel(field("dest_tipo"))));
    rows += termRow(m_web.t(visit, QT_TRANSLATE_NOOP("Bacheca", "Urgency")),
                    m_web.of(visit, "ReferralText", ReferralText::urgencyLabel(field("urgenza"))));
    rows += termRow(m_web.t(visit, QT_TRANSLATE_NOOP("Bacheca", "Needs")), needs.join(u", "_s));
    rows += termRow(m_web.t(visit, QT_TRANSLATE_NOOP("Bacheca", "Age band")),
                    notStated(field("fascia_eta")));
    rows += termRow(m_web.t(visit, QT_TRANSLATE_NOOP("Bacheca", "Gender")),
                    notStated(vocabulary(PeopleText::term(people::Vocabulary::genders(),
                                                          field("genere").toUpper()))));
    rows += termRow(m_web.t(visit, QT_TRANSLATE_NOOP("Bacheca", "Citizenship")),
                    notStated(vocabulary(PeopleText::term(people::Vocabulary::citizenships(),
                                                          field("cittadinanza_macro")))));
    body += u"<dl>%1</dl>\n"_s.arg(rows);

    // The target of the error "does not fit the state any more: see its answers so far".
    body += u"<h2 id=\"f-stato\" tabindex=\"-1\">%1</h2>\n"_s.arg(
        escape(m_web.t(visit, QT_TRANSLATE_NOOP("Bacheca", "Answers so far"))));
    if (referral.answers.isEmpty()) {
        body += paragraph(m_web.t(visit, QT_TRANSLATE_NOOP("Bacheca", "No answer yet.")));
    } else {
        QString items;
        for (const AddressedAnswer &a : referral.answers) {
            QString what = stateLabel(visit, a.state);
            if (!a.reason.isEmpty())
                what += u" — "_s
                    + m_web.of(visit, "ReferralText", ReferralText::reasonLabel(a.reason));
            if (!a.outcome.isEmpty())
                what += u" — "_s
                    + m_web.of(visit, "ReferralText", ReferralText::finalOutcomeLabel(a.outcome));
            items += u"<li>%1: %2</li>"_s.arg(
                escape(locale.toString(a.recordedAt.toLocalTime(), QLocale::ShortFormat)),
                escape(what));
        }
        body += u"<ul>%1</ul>\n"_s.arg(items);
    }
    body += answerForm(visit, referral, errors);
    body += u"<p>%1</p>"_s.arg(u"<a href=\"/comune/\">%1</a>"_s.arg(
        escape(m_web.t(visit, QT_TRANSLATE_NOOP("Bacheca", "Back to the referrals")))));
    return m_web.page(visit, errors.isEmpty() ? 200 : 422,
                      m_web.t(visit, QT_TRANSLATE_NOOP("Bacheca", "Referral %1"))
                          .arg(ReferralText::referralCode(referral.refUuid)),
                      body);
}

Reply ComuneWeb::answer(const Visit &visit, const Request &request, const QString &refUuid)
{
    const QHash<QString, QString> fields = formFields(request.body);
    if (!m_web.formTokenMatches(visit, fields))
        return m_web.refused(visit);
    auto found = find(visit, refUuid);
    if (!found)
        return m_web.unavailable(visit);
    if (!*found)
        return m_web.notFound(visit);
    const AddressedReferral &referral = **found;
    const QString state = fields.value(u"stato"_s);
    FormErrors errors;
    wire::StatusChange change {referral.refUuid, state, {}, {}};
    if (!answersFrom(referral.state).contains(state)) {
        errors.append({u"stato"_s,
                       m_web.t(visit,
                               QT_TRANSLATE_NOOP("Bacheca",
                                                 "This answer does not fit the "
                                                 "referral's state any more: see its "
                                                 "answers so far."))});
    } else if (state == u"NON_PRESA_IN_CARICO") {
        change.reason = fields.value(u"motivo"_s);
        if (!referrals::declineReasons().contains(change.reason))
            errors.append(
                {u"motivo"_s, m_web.t(visit, QT_TRANSLATE_NOOP("Bacheca", "Choose the reason."))});
    } else if (state == u"CHIUSA") {
        change.finalOutcome = fields.value(u"esito"_s);
        if (!referrals::finalOutcomes().contains(change.finalOutcome))
            errors.append(
                {u"esito"_s, m_web.t(visit, QT_TRANSLATE_NOOP("Bacheca", "Choose the outcome."))});
    }
    if (errors.isEmpty() && wire::checkStatusChange(change))
        errors.append({u"stato"_s,
                       m_web.t(visit, QT_TRANSLATE_NOOP("Bacheca", "This answer is not valid."))});
    if (!errors.isEmpty()) {
        Reply reply = referralPage(visit, referral, {}, errors);
        reply.status = errors.constFirst().first == u"stato" ? 409 : 422;
        return reply;
    }
    auto recorded = m_store.recordStatus(change, m_web.clock().nowUtc(),
                                         u"comune:"_s + visit.account->username);
    if (!recorded)
        return m_web.unavailable(visit);
    return redirect(QLatin1StringView(kPrefix) + referral.refUuid + u"?fatto=1"_s);
}

} // namespace sportello::hub::web
