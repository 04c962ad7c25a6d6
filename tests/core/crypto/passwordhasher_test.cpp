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
        CHECK(checkNewPassword(u"una frase lunga da ricordare"_s, u"anna"_s, {}, {})
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

TEST_CASE("zxcvbn refuses what an attacker guesses first, the desk's own names included",
          "[security][password][zxcvbn]")
{
    // The desk "Centro di Ascolto Caritas" in Pioltello, code PIO-CDA, as AccountService passes it.
    const QStringList desk {u"Centro di Ascolto"_s, u"Caritas"_s, u"PIO-CDA"_s, u"Pioltello"_s};

    SECTION("built on the desk's or the comune's names: refused with them, accepted without")
    {
        for (const QString &password :
             {u"Pioltello2024!"_s, u"Caritas-Pioltello1"_s, u"CentroAscolto24"_s,
              u"pioltello.caritas"_s, u"PIO-CDA-2024!"_s}) {
            CHECK(checkNewPassword(password, u"anna"_s, desk) == PasswordProblem::TooGuessable);
            CHECK(checkNewPassword(password, u"anna"_s) == std::nullopt);
            CHECK(passwordStrengthBits(password, desk) < kMinimumPasswordBits);
            CHECK(passwordStrengthBits(password) >= kMinimumPasswordBits);
        }
    }
    SECTION("the pieces count whatever the case, accented letters included")
    {
        CHECK(checkNewPassword(u"CARITAS2024!"_s, u"anna"_s, desk)
              == PasswordProblem::TooGuessable);
        // zxcvbn folds the case of ASCII letters only: "CANTÙ" is matched through the upper-case
        // form of the comune's name.
        const QStringList cantu {u"Cant\u00f9"_s};
        CHECK(checkNewPassword(u"CANT\u00d92024!!"_s, u"anna"_s, cantu)
              == PasswordProblem::TooGuessable);
        CHECK(checkNewPassword(u"Cant\u00f92024!!"_s, u"anna"_s, cantu)
              == PasswordProblem::TooGuessable);
        CHECK(checkNewPassword(u"CANT\u00d92024!!"_s, u"anna"_s) == std::nullopt);
    }
    SECTION("the username is context too, beyond the letters-only comparison")
    {
        // Not the username's letters alone, so SameAsUsername does not catch it.
        CHECK(checkNewPassword(u"Ferraresi.2024!"_s, u"luca.ferraresi"_s)
              == PasswordProblem::TooGuessable);
        CHECK(checkNewPassword(u"Ferraresi.2024!"_s, u"anna"_s) == std::nullopt);
    }
    SECTION("keyboard walks, names with a year, repeats")
    {
        CHECK(checkNewPassword(u"Caritas2024!"_s, u"anna"_s, desk)
              == PasswordProblem::TooGuessable);
        CHECK(checkNewPassword(u"zaq12wsxcde3"_s) == PasswordProblem::TooGuessable);
        CHECK(checkNewPassword(u"Francesca.1987"_s) == PasswordProblem::TooGuessable);
        CHECK(checkNewPassword(u"abcdef123456"_s) == PasswordProblem::TooGuessable);
        // On the shipped list, which is checked first; zxcvbn alone would refuse it as well.
        CHECK(checkNewPassword(u"qwertyuiop1"_s) == PasswordProblem::Common);
        CHECK(passwordStrengthBits(u"qwertyuiop1"_s) < kMinimumPasswordBits);
        // Past the 256 characters zxcvbn estimates, the rest counts at the average.
        CHECK(checkNewPassword(QString(300, u'a')) == PasswordProblem::TooGuessable);
    }
    SECTION("random words and random characters are accepted, at any desk")
    {
        for (const QString &password : {u"tavolo rosso cielo neve"_s, u"apple river stone cloud"_s,
                                        u"x4Tq9pLm2ZcR"_s, u"k3m9x2p7q4zt"_s}) {
            CHECK(checkNewPassword(password, u"anna"_s, desk) == std::nullopt);
            CHECK(passwordStrengthBits(password, desk) >= kMinimumPasswordBits);
        }
        // Longer than zxcvbn is given: letters from a fixed linear congruential sequence.
        QString longPassword;
        quint32 state = 12345;
        while (longPassword.size() < 300) {
            state = state * 1103515245u + 12345u;
            longPassword += QChar(u'a' + char16_t((state >> 16) % 26));
        }
        CHECK(checkNewPassword(longPassword, u"anna"_s, desk) == std::nullopt);
    }
    SECTION("the earlier rules come first")
    {
        CHECK(checkNewPassword(u"Caritas1!"_s, u"anna"_s, desk) == PasswordProblem::TooShort);
        CHECK(checkNewPassword(u"password1234"_s, u"anna"_s, desk) == PasswordProblem::Common);
        CHECK(checkNewPassword(u"caritas2024"_s, u"caritas"_s, desk)
              == PasswordProblem::SameAsUsername);
        CHECK(checkNewPassword(u"tavolo rosso cielo neve"_s, u"anna"_s, desk, {})
              == PasswordProblem::CommonListMissing);
    }
}
