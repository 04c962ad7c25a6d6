// SPDX-License-Identifier: GPL-3.0-or-later
#include "keychainsecretstore.h"

#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace sportello::app {

namespace {

// Runs `job` to its end or to the timeout; returns false on timeout (the job is then left to
// delete itself whenever it finishes).
bool runJob(QKeychain::Job *job, int timeoutMs)
{
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    bool finished = false;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    job->setAutoDelete(false);
    job->setInsecureFallback(false);
    timer.start(timeoutMs);
    job->start();
    if (!finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!finished) {
        QObject::disconnect(job, nullptr, &loop, nullptr);
        job->setAutoDelete(true);
    }
    return finished;
}

Error unavailable(const QString &why)
{
    return makeError(ErrorCode::SecretStoreUnavailable, why, {why});
}

// A finished job's error as the SecretStore contract names it.
Status outcome(const QKeychain::Job &job)
{
    switch (job.error()) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return makeError(ErrorCode::SecretNotFound, u"no keychain entry"_s);
    default:
        // No backend (7 when no secret service answers on D-Bus), access denied, anything
        // else: the keychain could not be asked — never read as "there is no entry".
        return unavailable(u"%1 (QtKeychain error %2)"_s.arg(job.errorString()).arg(job.error()));
    }
}

} // namespace

KeychainSecretStore::KeychainSecretStore(int timeoutMs)
    : m_timeoutMs(timeoutMs)
{ }

Result<QByteArray> KeychainSecretStore::read(const QString &account)
{
    auto *job = new QKeychain::ReadPasswordJob(QString::fromLatin1(kService));
    job->setKey(account);
    if (!runJob(job, m_timeoutMs))
        return unavailable(u"the keychain did not answer in %1 ms"_s.arg(m_timeoutMs));
    const std::unique_ptr<QKeychain::Job> owned(job);
    if (auto status = outcome(*job); !status)
        return status.error();
    return job->binaryData();
}

Status KeychainSecretStore::write(const QString &account, const QByteArray &secret)
{
    // Windows' Credential Manager holds at most CRED_MAX_CREDENTIAL_BLOB_SIZE (5 × 512 bytes):
    // a larger secret would be kept here and lost there.
    constexpr qsizetype kMaxCredentialBytes = 5 * 512;
    Q_ASSERT(secret.size() <= kMaxCredentialBytes);
    if (secret.size() > kMaxCredentialBytes)
        return makeError(ErrorCode::InvalidArgument, u"secret too large for a credential"_s);
    auto *job = new QKeychain::WritePasswordJob(QString::fromLatin1(kService));
    job->setKey(account);
    job->setBinaryData(secret);
    if (!runJob(job, m_timeoutMs))
        return unavailable(u"the keychain did not answer in %1 ms"_s.arg(m_timeoutMs));
    const std::unique_ptr<QKeychain::Job> owned(job);
    return outcome(*job);
}

Status KeychainSecretStore::remove(const QString &account)
{
    auto *job = new QKeychain::DeletePasswordJob(QString::fromLatin1(kService));
    job->setKey(account);
    if (!runJob(job, m_timeoutMs))
        return unavailable(u"the keychain did not answer in %1 ms"_s.arg(m_timeoutMs));
    const std::unique_ptr<QKeychain::Job> owned(job);
    if (auto status = outcome(*job); !status && status.error().code != ErrorCode::SecretNotFound)
        return status;
    return {};
}

} // namespace sportello::app
