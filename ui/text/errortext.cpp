// SPDX-License-Identifier: GPL-3.0-or-later
#include "errortext.h"

#include "cataloguetext.h"
#include "peopletext.h"
#include "referraltext.h"
#include "rights/retention.h"
#include "securitytext.h"
#include "support/error.h"

namespace sportello::text {

namespace {
QString arg(const Error &error, qsizetype index)
{
    return error.args.value(index);
}
} // namespace

QString ErrorText::message(const Error &error)
{
    switch (error.code) {
    case ErrorCode::Internal:
        return tr("An internal error occurred. Please report it to the coordinator.");
    case ErrorCode::InvalidArgument:
        if (arg(error, 0) == u"retention_months")
            return tr("People's records are kept between %1 and %2 months after the last "
                      "contact.")
                .arg(rights::kMinimumRetentionMonths)
                .arg(rights::kMaximumRetentionMonths);
        if (const QString field = PeopleText::invalidField(arg(error, 0), arg(error, 1));
            !field.isEmpty())
            return field;
        if (const QString field = ReferralText::invalidField(arg(error, 0), arg(error, 1));
            !field.isEmpty())
            return field;
        return tr("The request is not valid.");
    case ErrorCode::NotFound:
        return tr("The requested item does not exist.");
    case ErrorCode::Cancelled:
        return tr("The operation was cancelled.");
    case ErrorCode::DataDirUnavailable:
        return tr("The data folder %1 cannot be created or written.").arg(arg(error, 0));
    case ErrorCode::NetworkFilesystem:
        return tr("The data folder %1 is on a network drive. Sportello keeps its data on this "
                  "computer's own disk, because a database on a network drive can be corrupted.")
            .arg(arg(error, 0));
    case ErrorCode::ProfileLocked:
        return tr("Sportello is already open on this profile (%1), in process %2 on %3. Close "
                  "the other window first.")
            .arg(arg(error, 0), arg(error, 1), arg(error, 2));
    case ErrorCode::ProfileLockFailed:
        return tr("The profile in %1 cannot be locked for use.").arg(arg(error, 0));
    case ErrorCode::SecretStoreUnavailable:
        return tr("The system keychain (where Sportello keeps the key of its database) cannot "
                  "be reached: %1. On Linux, log in to a desktop session with a keyring "
                  "(GNOME Keyring or KWallet), then try again.")
            .arg(arg(error, 0));
    case ErrorCode::SecretNotFound:
        return tr("The system keychain has no such entry.");
    case ErrorCode::DatabaseKeyMissing:
        return tr("The key of this profile's database is not in this computer's keychain (the "
                  "profile was copied from another computer, or the keychain was reset). The "
                  "desk's recovery key puts it back: start Sportello and type it, or run "
                  "sportello-cli key restore.");
    case ErrorCode::DatabaseKeyRejected:
        return tr("The key found in the keychain does not open this profile's database.");
    case ErrorCode::DatabaseCorrupt:
        return tr("The database is damaged or has been altered outside Sportello. Restore it "
                  "from a backup.");
    case ErrorCode::DatabaseOpenFailed:
        return tr("The database cannot be opened.");
    case ErrorCode::DatabaseNotSportello:
        return tr("The file is not a Sportello database.");
    case ErrorCode::DatabaseTooNew:
        return tr("The database was created by a newer version of Sportello (schema %1; this "
                  "version knows up to %2). Install the newer version to open it.")
            .arg(arg(error, 0), arg(error, 1));
    case ErrorCode::MigrationFailed:
        return tr("The database could not be updated to this version of Sportello; it was left "
                  "as it was.");
    case ErrorCode::DatabaseBusy:
        return tr("The database is busy with another operation. Try again in a moment.");
    case ErrorCode::StorageFull:
        return tr("The disk is full: nothing was saved. Free some space and try again.");
    case ErrorCode::QueryFailed:
        return tr("The database could not complete the operation; nothing was changed.");
    case ErrorCode::ConstraintViolated:
        return tr("The data conflicts with what is already saved; nothing was changed.");
    case ErrorCode::TransactionFailed:
        return tr("The changes could not be saved; nothing was changed.");
    case ErrorCode::ImportMalformed:
        return tr("The file %1 cannot be read at line %2, column %3: %4. Nothing was imported.")
            .arg(arg(error, 0), arg(error, 1), arg(error, 2), arg(error, 3));
    case ErrorCode::ImportInvalid:
        return tr("The file %1 has a problem at line %2, field %3: %4 Nothing was imported.")
            .arg(arg(error, 0), arg(error, 1), arg(error, 2),
                 CatalogueText::problem(
                     static_cast<catalogue::FieldProblem::Code>(arg(error, 3).toInt()),
                     arg(error, 4)));
    case ErrorCode::FileUnreadable:
        return tr("The file %1 cannot be read.").arg(arg(error, 0));
    case ErrorCode::FileTooLarge:
        return tr("The file %1 is larger than %2 MiB, more than any catalogue: nothing was "
                  "imported.")
            .arg(arg(error, 0), arg(error, 1));
    case ErrorCode::FileUnwritable:
        return tr("The file %1 cannot be written.").arg(arg(error, 0));
    case ErrorCode::WrongCredentials:
        return tr("Wrong username or password.");
    case ErrorCode::AccountLocked:
        return tr("Too many wrong attempts: try again in %n second(s).", nullptr,
                  arg(error, 0).toInt());
    case ErrorCode::AccountInactive:
        return tr("This account has been deactivated. Ask a coordinator.");
    case ErrorCode::PermissionDenied:
        return tr("Your role does not allow this. Ask a coordinator.");
    case ErrorCode::AccountTampered:
        return tr("This account's record was changed outside Sportello, so it cannot be used. "
                  "A coordinator can check the activity log; the recovery key gives a "
                  "coordinator access again.");
    case ErrorCode::PasswordChangeRequired:
        return tr("Change your password before going on: the one you have was set by a "
                  "coordinator.");
    case ErrorCode::VaultLocked:
        return tr("Personal data are locked: log in again.");
    case ErrorCode::WeakPassword:
        return SecurityText::passwordProblem(arg(error, 0).toInt());
    case ErrorCode::CryptoFailed:
        return tr("Protected data could not be read: they may have been altered.");
    case ErrorCode::AlreadyInitialized:
        return tr("This desk has already been set up.");
    case ErrorCode::UsernameTaken:
        return tr("The username \"%1\" is already in use.").arg(arg(error, 0));
    case ErrorCode::LastCoordinator:
        return tr("At least one active coordinator must remain.");
    case ErrorCode::ConsentMissing: {
        people::ConsentPurpose purpose = people::ConsentPurpose::PersonalData;
        const QString what = people::consentPurposeFromCode(arg(error, 0), &purpose)
            ? PeopleText::consentPurpose(purpose)
            : arg(error, 0);
        if (!arg(error, 1).isEmpty())
            return tr("\"%1\" can only be recorded with the person's consent to: %2. Record "
                      "the consent first, or choose the general category.")
                .arg(PeopleText::need(arg(error, 1)), what);
        return tr("This needs the person's consent to: %1. Record the consent first.").arg(what);
    }
    case ErrorCode::ContactRefused:
        return tr("The person asked not to be contacted.");
    case ErrorCode::DuplicatePerson:
        return tr("A person with this codice fiscale is already recorded. Open that record "
                  "instead of creating a new one.");
    case ErrorCode::HubNotEnrolled:
        return tr("This desk is not connected to the district network. A coordinator connects "
                  "it with the address, the token and the certificate from the Ufficio di "
                  "Piano.");
    case ErrorCode::HubKeychainUnavailable:
        return tr("The system keychain, where Sportello keeps the desk's network token, cannot "
                  "be reached (%1). Synchronization stays paused and the token was not written "
                  "anywhere. On Linux, log in to a desktop session with a keyring (GNOME Keyring "
                  "or KWallet), then try again.")
            .arg(arg(error, 0));
    case ErrorCode::HubAddressInvalid:
        return tr("The hub address is not valid: it must start with https:// followed by the "
                  "server's name, e.g. https://hub.example.it:8443.");
    case ErrorCode::HubTrustMissing:
        return tr("Give the district's certificate (the ca.pem file) or the hub's key "
                  "fingerprint (sha256/…): without one of them the desk cannot tell the real "
                  "hub from an impostor.");
    case ErrorCode::HubTokenInvalid:
        return tr("The token is not valid: it starts with sph1_ and is 48 characters long. Copy "
                  "it again from the sheet the Ufficio di Piano gave you.");
    case ErrorCode::HubUnreachable:
        return tr("The hub cannot be reached. Check the internet connection; what is waiting "
                  "will be sent automatically as soon as the hub answers.");
    case ErrorCode::HubTimeout:
        return tr("The hub did not answer in time. What is waiting will be sent automatically "
                  "later.");
    case ErrorCode::HubTlsFailed:
        return tr("The server that answered is not the district's hub, or its certificate is "
                  "not the one this desk trusts. Nothing was sent. Ask the Ufficio di Piano "
                  "(details: %1).")
            .arg(arg(error, 0));
    case ErrorCode::HubClockWrong:
        return tr("This computer's date (%3) is outside the validity of the hub's certificate "
                  "(from %1 to %2). If the computer's date or time is wrong, correct it, then "
                  "synchronize again; if it is right, the certificate must be renewed: tell the "
                  "Ufficio di Piano. Nothing was sent.")
            .arg(arg(error, 0), arg(error, 1), arg(error, 2));
    case ErrorCode::HubUnauthorized:
        return tr("The hub no longer accepts this desk's token (revoked or replaced). "
                  "Synchronization is paused: a coordinator must connect the desk again with a "
                  "new token. Nothing is lost.");
    case ErrorCode::HubProxyAuth:
        return tr("The network's proxy asks for a user name and password. Synchronization is "
                  "paused; nothing is lost.");
    case ErrorCode::HubCaptivePortal:
        return tr("The network answered with a web page instead of the hub (a Wi-Fi that wants "
                  "a login in the browser?). What is waiting will be sent later.");
    case ErrorCode::HubBadAnswer:
        return tr("The hub's answer could not be read. What is waiting will be sent later.");
    case ErrorCode::HubBusy:
        if (!arg(error, 0).isEmpty())
            return tr("The hub is busy and asked to wait %1 seconds. What is waiting will be "
                      "sent then.")
                .arg(arg(error, 0));
        return tr("The hub is busy. What is waiting will be sent later.");
    case ErrorCode::HubServerError:
        return tr("The hub had an internal problem (HTTP %1). What is waiting will be sent "
                  "later.")
            .arg(arg(error, 0));
    case ErrorCode::HubRefused:
        return tr("The hub refused the request (%1 %2).").arg(arg(error, 0), arg(error, 1));
    case ErrorCode::HubForbidden:
        return tr("The hub gives the district report only to the desks of the network's "
                  "coordinators, and this desk is not one of them. Ask the Ufficio di Piano.");
    case ErrorCode::BackupMalformed:
        return tr("The file %1 is not a Sportello backup, or it is damaged or incomplete. Try "
                  "another backup.")
            .arg(arg(error, 0));
    case ErrorCode::RestoreTargetNotEmpty:
        return tr("The folder %1 already holds a Sportello profile. A backup is restored only "
                  "into a new, empty profile: choose another folder.")
            .arg(arg(error, 0));
    case ErrorCode::BackupFolderMissing:
        return tr("The backup folder %1 is not there. If it is on a USB stick, insert the stick "
                  "and try again.")
            .arg(arg(error, 0));
    case ErrorCode::HubRedirect:
        return tr("The hub's address sends elsewhere; Sportello does not follow it, so the "
                  "token is not sent to another server. Ask the Ufficio di Piano for the right "
                  "address.");
    case ErrorCode::CatalogueEntryFromNetwork:
        return tr("This entry comes from the district's shared catalogue and only the Ufficio di "
                  "Piano changes it. If it is wrong or out of date, report it from the entry.");
    case ErrorCode::CatalogueSignatureInvalid:
        return tr("The shared catalogue received is not signed by the district's key: it was "
                  "not applied, and the desk's catalogue is unchanged.");
    }
    return tr("Unexpected error %1.").arg(error.number());
}

} // namespace sportello::text
