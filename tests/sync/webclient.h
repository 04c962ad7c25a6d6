// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrlQuery>

#include <catch2/catch_test_macros.hpp>

namespace sportello::test {

// A person at a browser on the hub's web pages, for the sync tests: keeps the cookies, follows
// no redirect (each answer is looked at), trusts the test hub's CA, reads each form's token.
class WebClient final
{
public:
    struct Page
    {
        int status = 0;
        QByteArray location;
        QString html;
        [[nodiscard]] QString token() const
        {
            static const QRegularExpression hidden(
                QStringLiteral("name=\"csrf\" value=\"([^\"]+)\""));
            return hidden.match(html).captured(1);
        }
    };

    WebClient(QString base, const QString &caFile)
        : m_base(std::move(base))
    {
        m_tls = QSslConfiguration::defaultConfiguration();
        m_tls.setCaCertificates(QSslCertificate::fromPath(caFile));
        m_manager.setCookieJar(new QNetworkCookieJar(&m_manager));
        m_manager.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    }

    Page get(const QString &path) { return send("GET", path, {}); }
    // Posts `fields` with the token of the page last read.
    Page post(const QString &path, QList<QPair<QString, QString>> fields)
    {
        fields.prepend({QStringLiteral("csrf"), m_lastToken});
        QUrlQuery body;
        for (const auto &[name, value] : fields)
            body.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
        return send("POST", path, body.query(QUrl::FullyEncoded).toLatin1());
    }

private:
    Page send(const QByteArray &verb, const QString &path, const QByteArray &body)
    {
        QNetworkRequest request(QUrl(m_base + path));
        request.setSslConfiguration(m_tls);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
        QNetworkReply *reply
            = verb == "GET" ? m_manager.get(request) : m_manager.post(request, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
        REQUIRE(reply->isFinished());
        Page page;
        page.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        page.location = reply->rawHeader("Location");
        page.html = QString::fromUtf8(reply->readAll());
        reply->deleteLater();
        if (const QString token = page.token(); !token.isEmpty())
            m_lastToken = token;
        return page;
    }

    QString m_base;
    QSslConfiguration m_tls;
    QNetworkAccessManager m_manager;
    QString m_lastToken;
};

} // namespace sportello::test
