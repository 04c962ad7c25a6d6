// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/recoverykey.h"
#include "crypto/securebuffer.h"
#include "testhelpers.h"

#include <algorithm>
#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;
using namespace sportello::crypto;

namespace {
SecureBuffer patterned(unsigned char seed)
{
    SecureBuffer buffer(RecoveryKey::kBytes);
    REQUIRE_FALSE(buffer.isNull());
    for (size_t i = 0; i < buffer.size(); ++i)
        buffer.data()[i] = static_cast<unsigned char>(seed + i * 37);
    return buffer;
}

bool sameBytes(const SecureBuffer &a, const SecureBuffer &b)
{
    return a.size() == b.size() && std::equal(a.data(), a.data() + a.size(), b.data());
}
} // namespace

TEST_CASE("a secure buffer is movable and owns its bytes", "[security]")
{
    SecureBuffer empty;
    CHECK(empty.isNull());
    CHECK(empty.size() == 0);

    SecureBuffer first = patterned(1);
    const unsigned char *address = first.data();
    SecureBuffer second(std::move(first));
    CHECK(first.isNull()); // NOLINT(bugprone-use-after-move): the moved-from state is defined
    CHECK(second.data() == address);
    CHECK(second.size() == size_t(RecoveryKey::kBytes));

    SecureBuffer third = patterned(2);
    third = std::move(second);
    CHECK(third.data() == address);
    third.reset();
    CHECK(third.isNull());
}

TEST_CASE("a recovery key is Crockford base32 in groups and reads back despite typing slips",
          "[security]")
{
    for (unsigned char seed : {0, 1, 0x5a, 0xff}) {
        const SecureBuffer secret = patterned(seed);
        const QString text = RecoveryKey::encode(secret);
        INFO(text.toStdString());
        CHECK(text.size() == 52 + 12);
        CHECK(text.count(u'-') == 12);
        CHECK(text == text.toUpper());
        for (const QChar c : {u'I', u'L', u'O', u'U'})
            CHECK_FALSE(text.contains(c));

        CHECK(sameBytes(RecoveryKey::decode(text), secret));
        QString sloppy = text.toLower();
        sloppy.replace(u'-', u"  "_s).replace(u'0', u'O').replace(u'1', u'i');
        CHECK(sameBytes(RecoveryKey::decode(sloppy), secret));
        QString noDashes = text;
        noDashes.remove(u'-');
        CHECK(sameBytes(RecoveryKey::decode(noDashes), secret));

        CHECK(RecoveryKey::decode(text.left(text.size() - 1)).isNull());
        CHECK(RecoveryKey::decode(text + u"0"_s).isNull());
        QString withU = text;
        withU[0] = u'U';
        CHECK(RecoveryKey::decode(withU).isNull());
    }
    // All-zero key: the last symbol carries one bit, its four padding bits must stay zero.
    SecureBuffer zeros(RecoveryKey::kBytes);
    std::fill(zeros.data(), zeros.data() + zeros.size(), 0);
    QString text = RecoveryKey::encode(zeros);
    CHECK(text.endsWith(u"0000"_s));
    text[text.size() - 1] = u'1';
    CHECK(RecoveryKey::decode(text).isNull());
    CHECK(RecoveryKey::decode(QString()).isNull());
}
