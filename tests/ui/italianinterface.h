// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include <catch2/catch_test_macros.hpp>

namespace sportello::test {

// The interface in Italian for one test, as a desk in Italy sees it: the app's own translation
// (compiled from translations/sportello_it.ts) and the Italian locale; both go back as they
// were at the end of the scope.
class ItalianInterface final
{
public:
    ItalianInterface()
        : m_previous(QLocale())
    {
        REQUIRE(m_translator.load(QStringLiteral(":/i18n/sportello_it")));
        QCoreApplication::installTranslator(&m_translator);
        QLocale::setDefault(QLocale(QLocale::Italian, QLocale::Italy));
    }
    ~ItalianInterface()
    {
        QCoreApplication::removeTranslator(&m_translator);
        QLocale::setDefault(m_previous);
    }
    Q_DISABLE_COPY_MOVE(ItalianInterface)

private:
    QTranslator m_translator;
    QLocale m_previous;
};

} // namespace sportello::test
