// SPDX-License-Identifier: GPL-3.0-or-later
#include "privacynotice.h"

#include "catalogue/taxonomy.h"
#include "security/accountservice.h"
#include "security/permissions.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/settingsstore.h"
#include "storage/transaction.h"
#include "support/clock.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace sportello::people {

namespace keys = storage::settingskeys;

namespace {
constexpr char kEntityType[] = "privacy_notice";
constexpr char kDeskVersionPrefix[] = "desk-";

// What a person fills in by hand when the desk has not entered a value.
const QString kBlank = u"____________________"_s;

// Line endings and trailing blanks do not make a new version.
QString normalized(const QString &text)
{
    QString result = text;
    result.replace(u"\r\n"_s, u"\n"_s);
    result.replace(u'\r', u'\n');
    while (!result.isEmpty() && result.back().isSpace())
        result.chop(1);
    return result;
}

QString nextVersion(const QString &current)
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

QString orBlank(const QString &value)
{
    const QString trimmed = value.trimmed();
    return trimmed.isEmpty() ? kBlank : trimmed;
}
} // namespace

QString defaultPrivacyNoticeText()
{
    QFile file(u":/sportello/privacy/notice-it.txt"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return normalized(QString::fromUtf8(file.readAll()));
}

Result<PrivacyNotice> loadPrivacyNotice(storage::Database &database, const Clock &clock)
{
    const storage::SettingsStore settings(database, clock);
    auto text = settings.value(QString::fromLatin1(keys::kPrivacyNoticeText));
    if (!text)
        return text.error();
    PrivacyNotice notice;
    if (text->isEmpty()) {
        notice.text = defaultPrivacyNoticeText();
        if (notice.text.isEmpty())
            return makeError(ErrorCode::Internal, u"built-in privacy notice missing"_s);
        notice.version = QString::fromLatin1(kDefaultPrivacyNoticeVersion);
        notice.isDefault = true;
        return notice;
    }
    auto version = settings.value(QString::fromLatin1(keys::kPrivacyNoticeVersion));
    if (!version)
        return version.error();
    auto updated = settings.value(QString::fromLatin1(keys::kPrivacyNoticeUpdated));
    if (!updated)
        return updated.error();
    notice.text = *text;
    notice.version = version->isEmpty() ? nextVersion({}) : *version;
    notice.updatedAt = QDateTime::fromString(*updated, Qt::ISODate);
    notice.isDefault = false;
    return notice;
}

Status savePrivacyNotice(storage::Database &database, const Clock &clock,
                         security::Authorizer &authorizer, const security::Actor &actor,
                         const QString &text)
{
    if (auto allowed = authorizer.require(actor, security::Permission::ConfigureDesk,
                                          QString::fromLatin1(kEntityType));
        !allowed)
        return allowed;
    const QString newText = normalized(text);
    if (newText.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument, u"empty privacy notice"_s);
    if (newText.size() > kMaximumPrivacyNoticeLength)
        return makeError(ErrorCode::InvalidArgument, u"privacy notice too long"_s);

    auto transaction = storage::Transaction::begin(database.connection());
    if (!transaction)
        return transaction.error();
    // Read inside the transaction (BEGIN IMMEDIATE), so two coordinators saving at once
    // cannot both take the same version number.
    auto current = loadPrivacyNotice(database, clock);
    if (!current)
        return current.error();
    if (current->text == newText)
        return {};
    const QString version = nextVersion(current->isDefault ? QString() : current->version);
    // SettingsStore runs its statements on this thread's connection, so they belong to the
    // transaction begun above, as does the audit row.
    storage::SettingsStore settings(database, clock);
    const std::pair<const char *, QString> values[] = {
        {keys::kPrivacyNoticeText, newText},
        {keys::kPrivacyNoticeVersion, version},
        {keys::kPrivacyNoticeUpdated, clock.nowUtc().toString(Qt::ISODate)},
    };
    for (const auto &[key, value] : values) {
        if (auto status = settings.setValue(QString::fromLatin1(key), value); !status)
            return status;
    }
    storage::AuditLog audit(database, clock);
    if (auto status = audit.append(actor.operatorId, QString::fromLatin1(storage::audit::kEdit),
                                   QString::fromLatin1(kEntityType), version);
        !status)
        return status;
    return transaction->commit();
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
