// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/compactjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <catch2/catch_test_macros.hpp>
#include <limits>

using namespace Qt::StringLiterals;
using namespace sportello;

namespace {

QString randomText(QRandomGenerator &random)
{
    // Mostly what events carry (codes, ids, times), then everything a writer must escape.
    static const QList<char16_t> specials {u'"',  u'\\',  u'/',   u'\b',  u'\f',  u'\n',
                                           u'\r', u'\t',  0x01,   0x1f,   0x7f,   0x80,
                                           u'è',  0x2028, 0xd83d, 0xde00, 0xfeff, 0xfffd};
    QString text;
    const int size = random.bounded(12);
    for (int i = 0; i < size; ++i) {
        if (random.bounded(6) == 0)
            text.append(QChar(specials.at(random.bounded(specials.size()))));
        else
            text.append(QChar(char16_t(0x20 + random.bounded(0x5f))));
    }
    return text;
}

QJsonValue randomValue(QRandomGenerator &random, int depth)
{
    static const QList<double> numbers {0.0,
                                        -0.0,
                                        1.0,
                                        -1.0,
                                        0.1,
                                        1e300,
                                        -2.5e-308,
                                        2e15,
                                        9007199254740993.0,
                                        123456789.125,
                                        std::numeric_limits<double>::max()};
    switch (random.bounded(depth > 3 ? 5 : 7)) {
    case 0:
        return QJsonValue();
    case 1:
        return random.bounded(2) == 0;
    case 2:
        return numbers.at(random.bounded(numbers.size()));
    case 3:
        return qint64(random.generate64());
    case 4:
        return randomText(random);
    case 5: {
        QJsonArray array;
        for (int i = random.bounded(4); i > 0; --i)
            array.append(randomValue(random, depth + 1));
        return array;
    }
    default: {
        QJsonObject object;
        for (int i = random.bounded(5); i > 0; --i)
            object.insert(randomText(random), randomValue(random, depth + 1));
        return object;
    }
    }
}

} // namespace

TEST_CASE("compact JSON is the bytes Qt's writer makes", "[support]")
{
    QRandomGenerator random(20261205);
    for (int round = 0; round < 3000; ++round) {
        QJsonObject object;
        for (int i = random.bounded(8); i > 0; --i)
            object.insert(randomText(random), randomValue(random, 0));
        const QByteArray expected = QJsonDocument(object).toJson(QJsonDocument::Compact);
        INFO(expected.toStdString());
        REQUIRE(json::compact(object) == expected);
    }
}

TEST_CASE("compact JSON of a parsed document is the document's compact form", "[support]")
{
    // Keys in any order and repeated, as a desk might send them: Qt's parser sorts them and
    // keeps the last, and the writer follows the parsed order.
    const QByteArray sent
        = R"({"b":[1,2.5,"x\u00e8"],"a":{"z":null,"y":true},"b":"last","c":"\""})";
    const QJsonObject parsed = QJsonDocument::fromJson(sent).object();
    CHECK(json::compact(parsed) == QJsonDocument(parsed).toJson(QJsonDocument::Compact));
    CHECK(json::compact(parsed) == R"({"a":{"y":true,"z":null},"b":"last","c":"\""})");

    QByteArray out;
    json::appendString(out, u"ok \"quoted\"\n");
    CHECK(out == R"("ok \"quoted\"\n")");
}
