// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hub/http.h"

#include <QHash>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTranslator>

// What every page of the board's web application shares (issue 16, points 4–6): escaping, the
// words in the reader's language, the page's frame with its landmarks, form fields that say
// their errors, the security headers, cookies and form bodies.
namespace sportello::hub::web {

// Text for an HTML text node or a quoted attribute: & < > " ' escaped.
[[nodiscard]] QString escape(const QString &text);

enum class Language { Italian, English };

// The board's words: English in the sources (context "Bacheca", marked QT_TRANSLATE_NOOP so
// lupdate finds them), Italian from the application's own translation.
class Words final
{
public:
    Words();
    [[nodiscard]] QString operator()(Language language, const char *source) const;
    // Another context's words, given in English as that code returns them in the hub (which
    // installs no translator): text::BoardText's labels, for example.
    [[nodiscard]] QString of(Language language, const char *context, const QString &english,
                             const char *disambiguation = nullptr) const;

private:
    QTranslator m_italian;
};

// The locale of dates and times on a page in `language`.
[[nodiscard]] QLocale localeOf(Language language);

// The cookies of a request's Cookie header, by name.
[[nodiscard]] QHash<QString, QString> cookies(const QByteArray &header);
// An application/x-www-form-urlencoded body, '+' as a space; each name's first value.
[[nodiscard]] QHash<QString, QString> formFields(const QByteArray &body);

// Content-Security-Policy and the other headers every page carries (docs/web-security.md).
void addSecurityHeaders(Reply &reply);
// A Set-Cookie for the board: __Host- prefix, Path=/, Secure, HttpOnly, SameSite=Strict;
// maxAge 0 deletes it.
[[nodiscard]] QPair<QByteArray, QByteArray> setCookie(const char *name, const QString &value,
                                                      qint64 maxAgeSeconds);
// The value of the board's cookie `name` (sent as __Host-name), or empty.
[[nodiscard]] QString hostCookie(const QHash<QString, QString> &cookies, const char *name);

// A page's frame around `body`: language, title, the skip link, header with navigation,
// main landmark with the title as its heading, footer.
struct Frame
{
    Language language = Language::Italian;
    QString title;
    QString navigation; // HTML: links, or the log-out form
    QString body; // HTML
};
[[nodiscard]] QByteArray render(const Words &words, const Frame &frame);
[[nodiscard]] Reply htmlReply(int status, const QByteArray &html);
// 303 See Other to `location` (a path of ours).
[[nodiscard]] Reply redirect(const QString &location);

// A labelled input; its error, when there is one, is tied to it (aria-describedby) and marks
// it invalid. `type`: text, password, email, tel.
struct Field
{
    QString name;
    QString label;
    QString type = QStringLiteral("text");
    QString value; // plain text, escaped here
    QString error; // plain text
    QString autocomplete;
    QString hint; // plain text
    bool required = true;
    int maxLength = 0;
};
[[nodiscard]] QString input(const Field &field);
// A list of choices as a select: (value, label) pairs.
[[nodiscard]] QString select(const Field &field, const QList<QPair<QString, QString>> &options);
// A checkbox; `labelHtml` is HTML (the caller escapes its text).
[[nodiscard]] QString checkbox(const Field &field, bool checked, const QString &labelHtml);
// A text area of `rows` lines.
[[nodiscard]] QString textarea(const Field &field, int rows);
// The error of a group of controls (a fieldset), which the summary links to as #f-NAME.
[[nodiscard]] QString errorNote(const QString &name, const QString &message);

// A form's errors: (field name, message) in the order of the form.
using FormErrors = QList<QPair<QString, QString>>;
// The message for `name`, or empty.
[[nodiscard]] QString errorOf(const FormErrors &errors, const QString &name);

// A field named `name` with what the form sent for it and its error, if any.
[[nodiscard]] Field formField(const QString &name, const QString &label,
                              const QHash<QString, QString> &fields, const FormErrors &errors);

// The summary of a form's errors, announced (role="alert"), each linking to its field.
[[nodiscard]] QString errorSummary(const Words &words, Language language,
                                   const QList<QPair<QString, QString>> &errors);
// The hidden field of the form token.
[[nodiscard]] QString csrfField(const QString &token);
// A term and its value in a definition list (<dl>), both escaped.
[[nodiscard]] QString termRow(const QString &term, const QString &value);
// A paragraph of plain text, escaped.
[[nodiscard]] QString paragraph(const QString &text);
// 32 random bytes from the system's generator, base64url: a cookie's token or a form's.
[[nodiscard]] QString newToken();

// The board's cookies (each set with the __Host- prefix).
inline constexpr char kSessionCookie[] = "bacheca";
inline constexpr char kFormCookie[] = "bacheca-form";
inline constexpr char kLanguageCookie[] = "bacheca-lang";

} // namespace sportello::hub::web
