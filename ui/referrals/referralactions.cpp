// SPDX-License-Identifier: GPL-3.0-or-later
#include "referralactions.h"

#include "prompter.h"
#include "referralletter.h"
#include "referrals/referralservice.h"
#include "storage/cataloguerepository.h"
#include "text/errortext.h"
#include "text/referraltext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace sportello::ui {

// The translated sentences of the referral actions.
class ReferralActions final
{
    Q_DECLARE_TR_FUNCTIONS(ReferralActions)

public:
    [[nodiscard]] static QString title() { return tr("Referral letter"); }
    [[nodiscard]] static QString noConsent()
    {
        return tr("The person's consent to send an identified referral is not recorded. Record "
                  "it on the person's page first; no letter was written.");
    }
    [[nodiscard]] static QString askPath() { return tr("Save the letter as PDF in:"); }
    [[nodiscard]] static QString replace(const QString &path)
    {
        return tr("The file %1 already exists. Replace it?").arg(path);
    }
    [[nodiscard]] static QString unwritable(const QString &path)
    {
        return tr("The PDF could not be written to %1.").arg(path);
    }
};

namespace {
QString suggestedPath(const QString &code, const QDate &date)
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    // No name in the file name: the file may be left in a shared folder.
    return folder + u"/segnalazione-"_s + code + u'-' + date.toString(Qt::ISODate) + u".pdf"_s;
}
} // namespace

Result<QString> catalogueEntryName(const storage::CatalogueRepository &catalogue,
                                   const QString &uid)
{
    if (uid.isEmpty())
        return QString();
    auto organizations = catalogue.organizations();
    if (!organizations)
        return organizations.error();
    const auto organizationName = [&organizations](const QString &organizationUid) {
        for (const catalogue::Organization &organization : std::as_const(*organizations)) {
            if (organization.uid == organizationUid)
                return organization.name;
        }
        return QString();
    };
    if (const QString name = organizationName(uid); !name.isEmpty())
        return name;
    auto service = catalogue.serviceByUid(uid);
    if (!service)
        return service.code() == ErrorCode::NotFound ? Result<QString>(QString())
                                                     : Result<QString>(service.error());
    const QString organization = organizationName(service->organizationUid);
    return organization.isEmpty() ? service->name
                                  : QString(service->name + u" — "_s + organization);
}

QString saveReferralLetter(QWidget *parent, referrals::ReferralService &service, Prompter &prompter,
                           qint64 referralId, const LetterContext &context)
{
    auto facts = service.letter(context.actor, referralId);
    if (!facts) {
        prompter.warn(parent, ReferralActions::title(),
                      facts.code() == ErrorCode::ConsentMissing
                          ? ReferralActions::noConsent()
                          : text::ErrorText::message(facts.error()));
        return {};
    }
    ReferralLetter::Input input;
    input.facts = std::move(*facts);
    input.desk = context.desk;
    input.operatorName = context.actor.displayName;
    input.destination = text::ReferralText::destinationLabel(input.facts.referral.destinationType);
    input.date = context.date;
    if (context.catalogue) {
        // A catalogue that cannot be read only loses the concrete name, not the letter.
        input.destinationName
            = catalogueEntryName(*context.catalogue, input.facts.referral.destinationUid)
                  .valueOr({});
    }

    const QString suggested
        = suggestedPath(text::ReferralText::referralCode(input.facts.referral.uid), context.date);
    QString path;
    if (context.choosePath) {
        path = context.choosePath(parent, suggested);
    } else {
        const auto answer
            = prompter.askText(parent, ReferralActions::title(), ReferralActions::askPath(),
                               QDir::toNativeSeparators(suggested));
        path = answer ? QDir::fromNativeSeparators(answer->trimmed()) : QString();
    }
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += u".pdf"_s;
    if (QFileInfo::exists(path)
        && !prompter.confirm(parent, ReferralActions::title(),
                             ReferralActions::replace(QDir::toNativeSeparators(path))))
        return {};
    if (!ReferralLetter::writePdf(input, path)) {
        prompter.warn(parent, ReferralActions::title(),
                      ReferralActions::unwritable(QDir::toNativeSeparators(path)));
        return {};
    }
    return path;
}

} // namespace sportello::ui
