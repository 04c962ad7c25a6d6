// SPDX-License-Identifier: GPL-3.0-or-later
#include "web/webpage.h"

#include <QRandomGenerator>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace sportello::hub::web {

QString escape(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'&':
            out += u"&amp;"_s;
            break;
        case u'<':
            out += u"&lt;"_s;
            break;
        case u'>':
            out += u"&gt;"_s;
            break;
        case u'"':
            out += u"&quot;"_s;
            break;
        case u'\'':
            out += u"&#39;"_s;
            break;
        default:
            out += c;
        }
    }
    return out;
}

Words::Words()
{
    // The application's Italian translation, compiled in (sportello_translations).
    (void)m_italian.load(u":/i18n/sportello_it"_s);
}

QString Words::operator()(Language language, const char *source) const
{
    if (language == Language::Italian) {
        const QString translated = m_italian.translate("Bacheca", source);
        if (!translated.isEmpty())
            return translated;
    }
    return QString::fromUtf8(source);
}

QString Words::of(Language language, const char *context, const QString &english,
                  const char *disambiguation) const
{
    if (language == Language::Italian) {
        const QByteArray source = english.toUtf8();
        const QString translated = m_italian.translate(context, source.constData(), disambiguation);
        if (!translated.isEmpty())
            return translated;
    }
    return english;
}

QLocale localeOf(Language language)
{
    return language == Language::English ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                         : QLocale(QLocale::Italian, QLocale::Italy);
}

QHash<QString, QString> cookies(const QByteArray &header)
{
    QHash<QString, QString> found;
    for (const QByteArray &pair : header.split(';')) {
        const qsizetype eq = pair.indexOf('=');
        if (eq <= 0)
            continue;
        const QString name = QString::fromLatin1(pair.left(eq).trimmed());
        if (!found.contains(name))
            found.insert(name, QString::fromLatin1(pair.mid(eq + 1).trimmed()));
    }
    return found;
}

QHash<QString, QString> formFields(const QByteArray &body)
{
    QByteArray spaced = body;
    spaced.replace('+', "%20");
    QHash<QString, QString> fields;
    const QUrlQuery query(QString::fromUtf8(spaced));
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!fields.contains(name))
            fields.insert(name, value);
    }
    return fields;
}

void addSecurityHeaders(Reply &reply)
{
    const auto add = [&reply](const char *name, const char *value) {
        reply.headers.append(qMakePair(QByteArray(name), QByteArray(value)));
    };
    add("Content-Security-Policy",
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self';"
        " object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'");
    add("Strict-Transport-Security", "max-age=31536000");
    add("X-Content-Type-Options", "nosniff");
    add("X-Frame-Options", "DENY");
    add("Referrer-Policy", "no-referrer");
    add("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
    add("Cross-Origin-Opener-Policy", "same-origin");
    add("Cross-Origin-Resource-Policy", "same-origin");
}

QPair<QByteArray, QByteArray> setCookie(const char *name, const QString &value,
                                        qint64 maxAgeSeconds)
{
    return qMakePair(QByteArray("Set-Cookie"),
                     (u"__Host-"_s + QLatin1StringView(name) + u'=' + value
                      + u"; Path=/; Max-Age="_s + QString::number(maxAgeSeconds)
                      + u"; Secure; HttpOnly; SameSite=Strict"_s)
                         .toLatin1());
}

QByteArray render(const Words &words, const Frame &frame)
{
    const Language l = frame.language;
    const QString html
        = u"<!doctype html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
          "<title>%2 – %3</title>\n"
          "<link rel=\"stylesheet\" href=\"/bacheca/static/bacheca.css\">\n</head>\n<body>\n"
          "<a class=\"skip\" href=\"#main\">%4</a>\n"
          "<header><p class=\"brand\"><a href=\"/bacheca/\">%3</a></p>\n"
          "<nav aria-label=\"%5\">%6</nav></header>\n"
          "<main id=\"main\">\n<h1>%2</h1>\n%7\n</main>\n"
          "<footer><p><a href=\"/bacheca/privacy\">%8</a></p></footer>\n</body>\n</html>\n"_s.arg(
              l == Language::Italian ? u"it"_s : u"en"_s, escape(frame.title),
              escape(words(l, QT_TRANSLATE_NOOP("Bacheca", "Neighbourhood help board"))),
              escape(words(l, QT_TRANSLATE_NOOP("Bacheca", "Skip to the content"))),
              escape(words(l, QT_TRANSLATE_NOOP("Bacheca", "Board menu"))), frame.navigation,
              frame.body, escape(words(l, QT_TRANSLATE_NOOP("Bacheca", "Privacy notice"))));
    return html.toUtf8();
}

Reply htmlReply(int status, const QByteArray &html)
{
    Reply reply;
    reply.status = status;
    reply.contentType = "text/html; charset=utf-8";
    reply.body = html;
    addSecurityHeaders(reply);
    return reply;
}

Reply redirect(const QString &location)
{
    Reply reply;
    reply.status = 303;
    reply.headers.append(qMakePair(QByteArray("Location"), location.toUtf8()));
    addSecurityHeaders(reply);
    return reply;
}

namespace {

// The attributes every control shares: id, name, required, and its error and hint.
QString controlAttributes(const Field &f)
{
    QString attributes = u" id=\"f-%1\" name=\"%1\""_s.arg(escape(f.name));
    if (f.required)
        attributes += u" required"_s;
    QStringList describedBy;
    if (!f.hint.isEmpty())
        describedBy.append(u"h-"_s + f.name);
    if (!f.error.isEmpty()) {
        describedBy.append(u"e-"_s + f.name);
        attributes += u" aria-invalid=\"true\""_s;
    }
    if (!describedBy.isEmpty())
        attributes += u" aria-describedby=\"%1\""_s.arg(escape(describedBy.join(u' ')));
    return attributes;
}

QString fieldNotes(const Field &f)
{
    QString notes;
    if (!f.hint.isEmpty())
        notes += u"<p class=\"hint\" id=\"h-%1\">%2</p>"_s.arg(escape(f.name), escape(f.hint));
    notes += errorNote(f.name, f.error);
    return notes;
}

} // namespace

QString input(const Field &f)
{
    QString attributes = controlAttributes(f);
    attributes += u" type=\"%1\""_s.arg(escape(f.type));
    if (f.type != u"password")
        attributes += u" value=\"%1\""_s.arg(escape(f.value));
    if (!f.autocomplete.isEmpty())
        attributes += u" autocomplete=\"%1\""_s.arg(escape(f.autocomplete));
    if (f.maxLength > 0)
        attributes += u" maxlength=\"%1\""_s.arg(f.maxLength);
    return u"<div class=\"field\"><label for=\"f-%1\">%2</label>%3<input%4></div>\n"_s.arg(
        escape(f.name), escape(f.label), fieldNotes(f), attributes);
}

QString select(const Field &f, const QList<QPair<QString, QString>> &options)
{
    QString list;
    for (const auto &[value, label] : options)
        list += u"<option value=\"%1\"%2>%3</option>"_s.arg(
            escape(value), value == f.value ? u" selected"_s : QString(), escape(label));
    return u"<div class=\"field\"><label for=\"f-%1\">%2</label>%3<select%4>%5</select></div>\n"_s
        .arg(escape(f.name), escape(f.label), fieldNotes(f), controlAttributes(f), list);
}

QString checkbox(const Field &f, bool checked, const QString &labelHtml)
{
    return u"<div class=\"field check\"><input type=\"checkbox\" value=\"1\"%1%2>"
           "<label for=\"f-%3\">%4</label>%5</div>\n"_s.arg(
               controlAttributes(f), checked ? u" checked"_s : QString(), escape(f.name), labelHtml,
               fieldNotes(f));
}

QString textarea(const Field &f, int rows)
{
    QString attributes = controlAttributes(f) + u" rows=\"%1\""_s.arg(rows);
    if (f.maxLength > 0)
        attributes += u" maxlength=\"%1\""_s.arg(f.maxLength);
    return u"<div class=\"field\"><label for=\"f-%1\">%2</label>%3<textarea%4>%5</textarea>"
           "</div>\n"_s.arg(escape(f.name), escape(f.label), fieldNotes(f), attributes,
                            escape(f.value));
}

QString errorNote(const QString &name, const QString &message)
{
    if (message.isEmpty())
        return {};
    return u"<p class=\"error\" id=\"e-%1\">%2</p>"_s.arg(escape(name), escape(message));
}

QString errorOf(const FormErrors &errors, const QString &name)
{
    for (const auto &[field, message] : errors) {
        if (field == name)
            return message;
    }
    return {};
}

Field formField(const QString &name, const QString &label, const QHash<QString, QString> &fields,
                const FormErrors &errors)
{
    Field f;
    f.name = name;
    f.label = label;
    f.value = fields.value(name);
    f.error = errorOf(errors, name);
    return f;
}

QString errorSummary(const Words &words, Language language,
                     const QList<QPair<QString, QString>> &errors)
{
    if (errors.isEmpty())
        return {};
    QString items;
    for (const auto &[name, message] : errors)
        items += u"<li><a href=\"#f-%1\">%2</a></li>"_s.arg(escape(name), escape(message));
    return u"<div class=\"summary\" role=\"alert\"><h2>%1</h2><ul>%2</ul></div>\n"_s.arg(
        escape(words(language, QT_TRANSLATE_NOOP("Bacheca", "Please correct the following"))),
        items);
}

QString csrfField(const QString &token)
{
    return u"<input type=\"hidden\" name=\"csrf\" value=\"%1\">"_s.arg(escape(token));
}

QString hostCookie(const QHash<QString, QString> &cookies, const char *name)
{
    return cookies.value(u"__Host-"_s + QLatin1StringView(name));
}

QString termRow(const QString &term, const QString &value)
{
    return u"<dt>%1</dt><dd>%2</dd>"_s.arg(escape(term), escape(value));
}

QString paragraph(const QString &text)
{
    return u"<p>%1</p>\n"_s.arg(escape(text));
}

QString newToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace sportello::hub::web
