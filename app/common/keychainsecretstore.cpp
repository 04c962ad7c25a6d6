// SPDX-License-Identifier: GPL-3.0-or-later
#include "keychainsecretstore.h"

#include <QEventLoop>
#include <QMutex>
#include <QThread>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <functional>
#include <optional>

using namespace Qt::StringLiterals;

namespace sportello::app {

namespace {

// What a finished job said.
struct Answer
{
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QByteArray data; // a read's secret
};

// Makes a job with `makeJob` in the thread of `home`, runs it, and waits for its answer at most
// `timeoutMs` in a local event loop of the calling thread; nullopt when none came (the job is
// left to delete itself whenever it finishes, and one not yet started never starts).
std::optional<Answer> runJob(QObject &home, const std::function<QKeychain::Job *()> &makeJob,
                             int timeoutMs)
{
    // Shared by the caller and the job's thread: either may be first to give up on the other.
    struct Call
    {
        QMutex mutex;
        std::optional<Answer> answer;
        QEventLoop *waiter = nullptr; // the caller's loop, while it waits
        bool abandoned = false;
    };
    const auto call = std::make_shared<Call>();
    const auto start = [call, makeJob] {
        {
            const QMutexLocker locker(&call->mutex);
            if (call->abandoned)
                return;
        }
        QKeychain::Job *job = makeJob();
        job->setAutoDelete(true);
        job->setInsecureFallback(false);
        QObject::connect(job, &QKeychain::Job::finished, job, [call](QKeychain::Job *done) {
            Answer answer {done->error(), done->errorString(), {}};
            if (const auto *read = qobject_cast<const QKeychain::ReadPasswordJob *>(done))
                answer.data = read->binaryData();
            const QMutexLocker locker(&call->mutex);
            call->answer = std::move(answer);
            if (call->waiter)
                QMetaObject::invokeMethod(call->waiter, &QEventLoop::quit, Qt::QueuedConnection);
        });
        job->start();
    };

    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    {
        const QMutexLocker locker(&call->mutex);
        call->waiter = &loop;
    }
    if (QThread::currentThread() == home.thread())
        start();
    else
        QMetaObject::invokeMethod(&home, start, Qt::QueuedConnection);
    timer.start(timeoutMs);
    bool answered = false;
    {
        const QMutexLocker locker(&call->mutex);
        answered = call->answer.has_value();
    }
    // An answer that comes meanwhile has posted the loop's quit, which exec() then runs.
    if (!answered)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    const QMutexLocker locker(&call->mutex);
    call->waiter = nullptr;
    call->abandoned = !call->answer.has_value();
    return call->answer;
}

Error unavailable(const QString &why)
{
    return makeError(ErrorCode::SecretStoreUnavailable, why, {why});
}

// A finished job's error as the SecretStore contract names it.
Status outcome(const Answer &answer)
{
    switch (answer.error) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return makeError(ErrorCode::SecretNotFound, u"no keychain entry"_s);
    default:
        // No backend (7 when no secret service answers on D-Bus), access denied, anything
        // else: the keychain could not be asked — never read as "there is no entry".
        return unavailable(
            u"%1 (QtKeychain error %2)"_s.arg(answer.errorString).arg(int(answer.error)));
    }
}

} // namespace

KeychainSecretStore::KeychainSecretStore(int timeoutMs)
    : m_timeoutMs(timeoutMs)
    , m_home(std::make_unique<QObject>())
{ }

KeychainSecretStore::~KeychainSecretStore() = default;

Result<QByteArray> KeychainSecretStore::read(const QString &account)
{
    const auto answer = runJob(
        *m_home,
        [account] {
            auto *job = new QKeychain::ReadPasswordJob(QString::fromLatin1(kService));
            job->setKey(account);
            return job;
        },
        m_timeoutMs);
    if (!answer)
        return unavailable(u"the keychain did not answer in %1 ms"_s.arg(m_timeoutMs));
    if (auto status = outcome(*answer); !status)
        return status.error();
    return answer->data;
}

Status KeychainSecretStore::write(const QString &account, const QByteArray &secret)
{
    // Windows' Credential Manager holds at most CRED_MAX_CREDENTIAL_BLOB_SIZE (5 × 512 bytes):
    // a larger secret would be kept here and lost there.
    constexpr qsizetype kMaxCredentialBytes = 5 * 512;
    Q_ASSERT(secret.size() <= kMaxCredentialBytes);
    if (secret.size() > kMaxCredentialBytes)
        return makeError(ErrorCode::InvalidArgument, u"secret too large for a credential"_s);
    const auto answer = runJob(
        *m_home,
        [account, secret] {
            auto *job = new QKeychain::WritePasswordJob(QString::fromLatin1(kService));
            job->setKey(account);
            job->setBinaryData(secret);
            return job;
        },
        m_timeoutMs);
    if (!answer)
        return unavailable(u"the keychain did not answer in %1 ms"_s.arg(m_timeoutMs));
    return outcome(*answer);
}

Status KeychainSecretStore::remove(const QString &account)
{
    const auto answer = runJob(
        *m_home,
        [account] {
            auto *job = new QKeychain::DeletePasswordJob(QString::fromLatin1(kService));
            job->setKey(account);
            return job;
        },
        m_timeoutMs);
    if (!answer)
        return unavailable(u"the keychain did not answer in %1 ms"_s.arg(m_timeoutMs));
    if (auto status = outcome(*answer); !status && status.error().code != ErrorCode::SecretNotFound)
        return status;
    return {};
}

} // namespace sportello::app
