// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QCoreApplication;
class QLocale;

namespace sportello::app {

// Organization and application names: they decide QStandardPaths' folders on every platform.
void setApplicationIdentity();

// "it" or "en": the requested language when given, else Italian for an Italian system locale
// and English otherwise. Returns an empty string for a language Sportello does not have.
[[nodiscard]] QString chooseLanguage(const QString &requested, const QLocale &system);

// Loads Sportello's and Qt's own translations for `language` and makes its locale the default
// (number and date formats). Returns false when Sportello's translation is missing.
bool installTranslations(QCoreApplication &app, const QString &language);

} // namespace sportello::app
