// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/passwordhasher.h"
#include "testhelpers.h"

#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;
using namespace sportello;
using namespace sportello::crypto;

TEST_CASE("the new-password policy", "[security][password]")
{
    SECTION("length is counted in code points")
    {
        CHECK(checkNewPassword(u"\u00e0\u00e8\u00ec\u00f2\u00f91234"_s)
              == PasswordProblem::TooShort);
        // Decomposed accents are still one character each.
        CHECK(checkNewPassword(u"a\u0300e\u0300i\u0300o\u0300u\u03001234"_s)
              == PasswordProblem::TooShort);
        // Nine emoji are nine characters, although eighteen UTF-16 units.
        QString emoji;
        for (int i = 0; i < 9; ++i)
            emoji += u"\U0001F600"_s;
        REQUIRE(emoji.size() == 18);
        CHECK(checkNewPassword(emoji) == PasswordProblem::TooShort);
        CHECK(checkNewPassword(emoji + u"\U0001F431"_s) == std::nullopt);
        CHECK(checkNewPassword(u"\u00e0\u00e8\u00ec\u00f2\u00f912345"_s) == std::nullopt);
        CHECK(checkNewPassword(u"corta"_s) == PasswordProblem::TooShort);
        CHECK(checkNewPassword(QString()) == PasswordProblem::TooShort);
    }
    SECTION("common passwords are refused whatever their case")
    {
        for (const QString &common :
             {u"password1234"_s, u"Juventus1897"_s, u"CIAO12345678"_s, u"qwertyuiop"_s,
              u"1234567890"_s, u"forzainter"_s, u"amoremio123"_s, u"Password1234!"_s}) {
            INFO(common.toStdString());
            CHECK(checkNewPassword(common) == PasswordProblem::Common);
        }
    }
    SECTION("without the list of common passwords every new password is refused")
    {
        CHECK(checkNewPassword(u"una frase lunga da ricordare"_s, u"anna"_s, {})
              == PasswordProblem::CommonListMissing);
        CHECK(checkNewPassword(u"una frase lunga da ricordare"_s, u"anna"_s) == std::nullopt);
    }
    SECTION("the username, also with digits and symbols added, is refused")
    {
        CHECK(checkNewPassword(u"mrossi2024!"_s, u"mrossi"_s) == PasswordProblem::SameAsUsername);
        CHECK(checkNewPassword(u"MRossi-2024"_s, u"m.rossi"_s) == PasswordProblem::SameAsUsername);
        CHECK(checkNewPassword(u"Operatore12"_s, u"operatore"_s)
              == PasswordProblem::SameAsUsername);
        CHECK(checkNewPassword(u"73918462050"_s, u"73918462050"_s)
              == PasswordProblem::SameAsUsername);
        // The username inside a longer phrase is allowed.
        CHECK(checkNewPassword(u"mrossi va al mare"_s, u"mrossi"_s) == std::nullopt);
    }
    SECTION("a good passphrase is accepted")
    {
        CHECK(checkNewPassword(u"cavallo batteria graffetta"_s, u"mrossi"_s) == std::nullopt);
        CHECK(checkNewPassword(u"Il gatto dorme sul divano"_s) == std::nullopt);
    }
}
