// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsetup.h"

#include "support/logging.h"
#include "support/version.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace sportello::app {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(u"Sportello"_s);
    QCoreApplication::setOrganizationDomain(u"sportello.invalid"_s);
    QCoreApplication::setApplicationName(u"sportello"_s);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kVersion));
}

QString chooseLanguage(const QString &requested, const QLocale &system)
{
    if (!requested.isEmpty()) {
        const QString lang = requested.toLower();
        return (lang == u"it"_s || lang == u"en"_s) ? lang : QString();
    }
    return system.language() == QLocale::Italian ? u"it"_s : u"en"_s;
}

bool installTranslations(QCoreApplication &app, const QString &language)
{
    const QLocale locale(language == u"it"_s ? QLocale(QLocale::Italian, QLocale::Italy)
                                             : QLocale(QLocale::English, QLocale::UnitedKingdom));
    QLocale::setDefault(locale);

    auto *own = new QTranslator(&app);
    const bool ownLoaded = own->load(u":/i18n/sportello_"_s + language);
    if (ownLoaded)
        QCoreApplication::installTranslator(own);
    else
        qCWarning(lcApp) << "missing translation for" << language;

    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return ownLoaded;
}

} // namespace sportello::app
