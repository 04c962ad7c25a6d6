// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakenetwork.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace sportello::test {

namespace {

class FakeReply final : public QNetworkReply
{
public:
    FakeReply(QNetworkAccessManager::Operation op, const QNetworkRequest &request,
              const QByteArray &verb, FakeAnswer answer, QObject *parent)
        : QNetworkReply(parent)
        , m_answer(std::move(answer))
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(op);
        setAttribute(QNetworkRequest::CustomVerbAttribute, verb);
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        if (m_answer.kind != FakeAnswer::Kind::Hang)
            QTimer::singleShot(0, this, &FakeReply::respond);
    }

    void abort() override
    {
        if (isFinished())
            return;
        m_data.clear();
        setError(OperationCanceledError, u"aborted"_s);
        setFinished(true);
        Q_EMIT errorOccurred(OperationCanceledError);
        Q_EMIT finished();
    }

    qint64 bytesAvailable() const override { return m_data.size() + QIODevice::bytesAvailable(); }
    bool isSequential() const override { return true; }

protected:
    void ignoreSslErrorsImplementation(const QList<QSslError> &errors) override
    {
        m_ignored = !errors.isEmpty() && errors.size() == m_answer.sslErrors.size();
    }

    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min<qint64>(maxSize, m_data.size());
        std::memcpy(data, m_data.constData(), size_t(n));
        m_data.remove(0, n);
        return n;
    }

private:
    void respond()
    {
        if (isFinished())
            return;
        if (m_answer.kind == FakeAnswer::Kind::SslErrors) {
            Q_EMIT sslErrors(m_answer.sslErrors);
            if (!m_ignored) {
                setError(SslHandshakeFailedError, u"handshake failed"_s);
                setFinished(true);
                Q_EMIT errorOccurred(SslHandshakeFailedError);
                Q_EMIT finished();
                return;
            }
        }
        if (m_answer.kind == FakeAnswer::Kind::NetworkError) {
            setError(m_answer.error, u"fake network error"_s);
            setFinished(true);
            Q_EMIT errorOccurred(m_answer.error);
            Q_EMIT finished();
            return;
        }
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_answer.status);
        setRawHeader("Content-Type", m_answer.contentType);
        for (const auto &[name, value] : std::as_const(m_answer.headers)) {
            setRawHeader(name, value);
            if (name.compare("Location", Qt::CaseInsensitive) == 0)
                setAttribute(QNetworkRequest::RedirectionTargetAttribute,
                             QUrl(QString::fromLatin1(value)));
        }
        m_data = m_answer.body;
        Q_EMIT metaDataChanged();
        Q_EMIT downloadProgress(m_data.size(), m_data.size());
        Q_EMIT readyRead();
        if (m_answer.status >= 400)
            setError(ProtocolInvalidOperationError, u"HTTP error"_s);
        setFinished(true);
        Q_EMIT finished();
    }

    FakeAnswer m_answer;
    QByteArray m_data;
    bool m_ignored = false;
};

} // namespace

FakeNetwork::FakeNetwork(Handler handler, QObject *parent)
    : QNetworkAccessManager(parent)
    , m_handler(std::move(handler))
{
    // What a hub whose test says nothing about them answers: an empty feed after any cursor,
    // a catalogue that never changes. A test's own route() replaces either.
    route("GET", u"/v1/events"_s, [](const FakeRequest &request) {
        const QString after = QUrlQuery(request.url).queryItemValue(u"after"_s);
        return jsonAnswer(200,
                          R"({"events":[],"next":")" + after.toLatin1() + R"(","more":false})");
    });
    route("GET", u"/v1/catalogue"_s, [](const FakeRequest &) {
        FakeAnswer unchanged;
        unchanged.status = 304;
        unchanged.contentType.clear();
        return unchanged;
    });
}

void FakeNetwork::route(const QByteArray &verb, const QString &path, Handler handler)
{
    m_routes.insert(QString::fromLatin1(verb) + u' ' + path, std::move(handler));
}

QList<FakeRequest> FakeNetwork::posts() const
{
    QList<FakeRequest> list;
    for (const FakeRequest &request : m_requests) {
        if (request.verb == "POST")
            list.append(request);
    }
    return list;
}

QNetworkReply *FakeNetwork::createRequest(Operation op, const QNetworkRequest &request,
                                          QIODevice *outgoingData)
{
    FakeRequest recorded;
    recorded.verb = op == GetOperation
        ? QByteArray("GET")
        : request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
    if (recorded.verb.isEmpty())
        recorded.verb = op == PostOperation ? "POST" : "OTHER";
    recorded.url = request.url();
    recorded.authorization = request.rawHeader("Authorization");
    if (outgoingData)
        recorded.body = outgoingData->readAll();
    m_requests.append(recorded);
    const auto routed
        = m_routes.constFind(QString::fromLatin1(recorded.verb) + u' ' + recorded.url.path());
    const FakeAnswer answer = routed != m_routes.cend() ? (*routed)(recorded) : m_handler(recorded);
    return new FakeReply(op, request, recorded.verb, answer, this);
}

FakeAnswer jsonAnswer(int status, const QByteArray &body)
{
    FakeAnswer answer;
    answer.status = status;
    answer.contentType = status >= 400 ? "application/problem+json" : "application/json";
    answer.body = body;
    return answer;
}

QStringList eventIds(const FakeRequest &request)
{
    QStringList ids;
    const QJsonArray events
        = QJsonDocument::fromJson(request.body).object().value(u"events"_s).toArray();
    for (const QJsonValue &event : events)
        ids.append(event.toObject().value(u"id"_s).toString());
    return ids;
}

FakeAnswer eventResults(const FakeRequest &request,
                        const std::function<QString(const QString &id)> &status)
{
    QJsonArray results;
    for (const QString &id : eventIds(request)) {
        const QString outcome = status(id);
        QJsonObject result {{u"id"_s, id}, {u"status"_s, outcome}};
        if (outcome == u"invalid")
            result.insert(u"field"_s, u"data.stato"_s);
        results.append(result);
    }
    return jsonAnswer(
        200, QJsonDocument(QJsonObject {{u"results"_s, results}}).toJson(QJsonDocument::Compact));
}

} // namespace sportello::test
