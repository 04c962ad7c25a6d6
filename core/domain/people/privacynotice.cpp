// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/privacynotice.h"

#include "catalogue/taxonomy.h"
#include "security/account.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace sportello::people {

namespace {
constexpr char kDeskVersionPrefix[] = "desk-";

// What a person fills in by hand when the desk has not entered a value.
const QString kBlank = u"____________________"_s;

QString orBlank(const QString &value)
{
    const QString trimmed = value.trimmed();
    return trimmed.isEmpty() ? kBlank : trimmed;
}
} // namespace

QString normalizedPrivacyNotice(const QString &text)
{
    QString result = text;
    result.replace(u"\r\n"_s, u"\n"_s);
    result.replace(u'\r', u'\n');
    while (!result.isEmpty() && result.back().isSpace())
        result.chop(1);
    return result;
}

QString nextPrivacyNoticeVersion(const QString &current)
{
    const QString prefix = QString::fromLatin1(kDeskVersionPrefix);
    int number = 0;
    if (current.startsWith(prefix)) {
        bool ok = false;
        number = current.sliced(prefix.size()).toInt(&ok);
        if (!ok || number < 0)
            number = 0;
    }
    return prefix + QString::number(number + 1);
}

QString defaultPrivacyNoticeText()
{
    QFile file(u":/sportello/privacy/notice-it.txt"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return normalizedPrivacyNotice(QString::fromUtf8(file.readAll()));
}

QString fillPrivacyNotice(const QString &text, const security::DeskIdentity &desk)
{
    QString comune;
    if (!desk.comuneIstat.isEmpty())
        comune = catalogue::Taxonomy::italianLabel(catalogue::Taxonomy::comuni(), desk.comuneIstat);
    QStringList contacts;
    for (const QString &line : desk.contacts) {
        if (!line.trimmed().isEmpty())
            contacts.append(line.trimmed());
    }
    const QHash<QString, QString> values = {
        {u"desk"_s, orBlank(desk.name)},
        {u"organization"_s, orBlank(desk.organization)},
        {u"comune"_s, orBlank(comune)},
        {u"contacts"_s, orBlank(contacts.join(u", "_s))},
    };
    // One pass, so a desk value that happens to contain "{…}" is never expanded again.
    static const QRegularExpression placeholder(u"\\{(desk|organization|comune|contacts)\\}"_s);
    QString filled;
    qsizetype from = 0;
    for (const QRegularExpressionMatch &match : placeholder.globalMatch(text)) {
        filled += QStringView(text).sliced(from, match.capturedStart() - from);
        filled += values.value(match.captured(1));
        from = match.capturedEnd();
    }
    filled += QStringView(text).sliced(from);
    return filled;
}

} // namespace sportello::people
