// SPDX-License-Identifier: GPL-3.0-or-later
// What enrolment accepts: an https address and nothing more, a key pin in either usual form,
// a token of the hub's form that fits a Windows credential.
#include "sync/hubconfig.h"

#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;
using namespace sportello;

TEST_CASE("a hub's address is https with a host and nothing else", "[sync][hubconfig]")
{
    CHECK_FALSE(sync::hubUrlProblem(QUrl(u"https://hub.example.it"_s)).has_value());
    CHECK_FALSE(sync::hubUrlProblem(QUrl(u"https://127.0.0.1:8443/"_s)).has_value());
    for (const QString &bad :
         {u"http://hub.example.it"_s, u"https://"_s, u"https://user:pw@hub.example.it"_s,
          u"https://hub.example.it/v1"_s, u"https://hub.example.it?x=1"_s,
          u"https://hub.example.it#f"_s, u"ftp://hub"_s, u"hub.example.it"_s}) {
        INFO(bad.toStdString());
        CHECK(sync::hubUrlProblem(QUrl(bad)).has_value());
    }
}

TEST_CASE("a key pin reads as sha256/base64 or as hexadecimal", "[sync][hubconfig]")
{
    const QByteArray pin
        = QByteArray::fromHex("0f1e2d3c4b5a69788796a5b4c3d2e1f00112233445566778899aabbccddeeff0");
    CHECK(sync::parseSpkiPin(sync::formatSpkiPin(pin)) == pin);
    CHECK(sync::parseSpkiPin(QString::fromLatin1(pin.toHex())) == pin);
    CHECK(sync::parseSpkiPin(QString::fromLatin1(pin.toHex(':'))) == pin);
    CHECK(sync::parseSpkiPin(QString(u"  "_s + sync::formatSpkiPin(pin) + u"\n"_s)) == pin);
    CHECK(sync::parseSpkiPin(u"sha256/abc"_s).isEmpty());
    CHECK(sync::parseSpkiPin(QString(u"sha1/"_s + QString::fromLatin1(pin.toBase64()))).isEmpty());
    CHECK(sync::parseSpkiPin(QString::fromLatin1(pin.toHex()).chopped(2)).isEmpty());
    CHECK(sync::parseSpkiPin(QString(64, u'g')).isEmpty());
}

TEST_CASE("a token has the hub's form and fits a Windows credential", "[sync][hubconfig]")
{
    const QByteArray token = QByteArray("sph1_") + QByteArray(43, 'A');
    CHECK(sync::isHubToken(token));
    CHECK(sync::isHubToken("sph1_abcdefghijklmnopqrstuvwxyz0123456789-_ABCDE"));
    CHECK_FALSE(sync::isHubToken(QByteArray("sph2_" + QByteArray(43, 'A'))));
    CHECK_FALSE(sync::isHubToken(QByteArray("sph1_" + QByteArray(42, 'A'))));
    CHECK_FALSE(sync::isHubToken(QByteArray("sph1_" + QByteArray(42, 'A') + '=')));
    CHECK_FALSE(sync::isHubToken(""));
    CHECK(token.size() <= sync::kMaxCredentialBytes);
}
