// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace sportello {

// Stable error codes: the numbers are part of the CLI's and logs' contract, never reuse one.
enum class ErrorCode : int {
    Internal = 1,
    InvalidArgument = 2,
    NotFound = 3,
    Cancelled = 4,

    DataDirUnavailable = 100,
    NetworkFilesystem = 101,
    ProfileLocked = 102,
    ProfileLockFailed = 103,
    SecretStoreUnavailable = 104, // the OS keychain cannot be asked; args: its message
    SecretNotFound = 105, // the OS keychain has no such entry

    DatabaseOpenFailed = 200,
    DatabaseNotSportello = 201,
    DatabaseTooNew = 202,
    MigrationFailed = 203,
    DatabaseBusy = 204,
    StorageFull = 205,
    QueryFailed = 206,
    ConstraintViolated = 207,
    TransactionFailed = 208,
    DatabaseKeyMissing = 209, // the keychain has no key for this profile's database
    DatabaseKeyRejected = 210, // the key found does not open the database
    DatabaseCorrupt = 211, // a page fails its check: damaged or altered

    ImportMalformed = 300, // args: file, line, column, parser message
    ImportInvalid = 301, // args: file, line, field, FieldProblem code, value
    FileUnreadable = 302, // args: file
    FileUnwritable = 303, // args: file
    FileTooLarge = 304, // args: file, the limit in MiB

    WrongCredentials = 400, // unknown user, wrong password or recovery key
    AccountLocked = 401, // args: seconds to wait
    AccountInactive = 402,
    PermissionDenied = 403,
    VaultLocked = 404,
    WeakPassword = 405, // args: PasswordProblem code
    CryptoFailed = 406, // authentication failure of sealed data, or libsodium unusable
    AlreadyInitialized = 407,
    UsernameTaken = 408, // args: username
    LastCoordinator = 409,
    PasswordChangeRequired = 410, // nothing but the password change until it is done
    AccountTampered = 411, // the account's role or state was changed outside Sportello

    ConsentMissing = 500, // args: consent purpose code, what needed it (e.g. a need code)
    ContactRefused = 501, // the person asked not to be contacted
    DuplicatePerson = 502, // args: id of the person with the same codice fiscale

    // The district hub (issue 14). Network failures carry what sync::Failure says.
    HubNotEnrolled = 600, // the desk has not joined a hub (or left it)
    HubKeychainUnavailable = 601, // the token cannot be kept or read; args: the keychain's message
    HubAddressInvalid = 602, // args: what is wrong (https, host, path…)
    HubTrustMissing = 603, // neither a CA certificate nor a valid key pin
    HubTokenInvalid = 604, // not a token the hub issues (sph1_…)
    HubUnreachable = 605, // refused, reset, no route, host not found
    HubTimeout = 606,
    HubTlsFailed = 607, // args: the TLS errors, in English
    HubClockWrong = 608, // args: certificate valid from, valid until, this computer's time
    HubUnauthorized = 609, // 401: the token is wrong, revoked or expired
    HubProxyAuth = 610, // 407
    HubCaptivePortal = 611,
    HubBadAnswer = 612,
    HubBusy = 613, // args: seconds to wait, when the hub said
    HubServerError = 614, // args: HTTP status
    HubRefused = 615, // args: the hub's problem type, the field
    HubRedirect = 616, // a redirect to another address: not followed
    CatalogueSignatureInvalid = 617, // a catalogue answer not signed by the district's key
    CatalogueEntryFromNetwork = 618, // the district's entry, read-only at the desk; args: uid
    HubForbidden = 619, // 403: the desk's token has no scope for this (the district report)

    // Backups of the desk (issue 18, decision 59).
    BackupMalformed = 700, // not a Sportello backup, cut short or damaged; args: file
    RestoreTargetNotEmpty = 701, // a backup restores only into a new profile; args: folder
    BackupFolderMissing = 702, // the chosen folder is not there (a stick not inserted); args: it
};

// Why an operation failed: a stable code for the program, a technical detail for logs (never
// personal data) and positional arguments the presentation layer may put in its sentence.
struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString detail;
    QStringList args;

    [[nodiscard]] int number() const { return static_cast<int>(code); }
    // "E203 migration 2 failed: ..." — for logs and test output.
    [[nodiscard]] QString toLogString() const;
};

[[nodiscard]] inline Error makeError(ErrorCode code, QString detail = {}, QStringList args = {})
{
    return Error {code, std::move(detail), std::move(args)};
}

} // namespace sportello
