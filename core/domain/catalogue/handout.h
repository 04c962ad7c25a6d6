// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogue/model.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace sportello::catalogue {

// The desk printed at the top and bottom of a handout.
struct DeskInfo
{
    QString name;
    QStringList contacts; // lines: address, phone, e-mail, hours
};

// The fixed labels of the handout in one citizen language (resources/handout/labels.json).
class HandoutLabels final
{
public:
    // Codes of the languages a handout can be printed in, in display order.
    [[nodiscard]] static QStringList languages();
    [[nodiscard]] static HandoutLabels forLanguage(const QString &code); // falls back to "it"

    [[nodiscard]] QString code() const { return m_code; }
    [[nodiscard]] QString languageName() const { return text(u"name"); }
    [[nodiscard]] bool isRightToLeft() const { return m_rtl; }
    // The label `key`; %1, %2 filled from `args`.
    [[nodiscard]] QString text(QStringView key, const QStringList &args = {}) const;

private:
    QString m_code;
    bool m_rtl = false;
    QHash<QString, QString> m_labels;
};

// Everything a handout shows for one service, already in printable words.
struct HandoutService
{
    struct Place
    {
        QString name;
        QString address; // empty for a confidential location
        bool confidential = false;
        QString today; // "09:00–12:00" or empty when closed today
        QStringList weekly; // "lunedì 09:00–12:00, 14:00–16:00"
        QStringList phones;
    };
    QString name;
    QString organization;
    QString description;
    QString statusNote; // set when temporarily closed
    QList<Place> places;
    QStringList documents;
    QStringList prerequisites;
    QStringList steps;
    QStringList channels; // in the citizen's language
    QString callWindow; // in the citizen's language, empty if none
    bool automatic = false;
    QString cost; // "Gratuito" (in the citizen's language) or the fees text
    QStringList contacts;
    bool demoValues = false;
};

struct HandoutContent
{
    HandoutLabels labels;
    DeskInfo desk;
    QDate date;
    QString referralCode;
    QList<HandoutService> services;
    bool demo = false; // some details are demo values
};

// Assembles a handout; confidential addresses are left out, hours are computed for `today`.
[[nodiscard]] HandoutContent buildHandout(const QList<Service> &services,
                                          const QList<Organization> &organizations,
                                          const QList<Location> &locations, const DeskInfo &desk,
                                          const QString &language, const QDate &today,
                                          const QString &referralCode = {});

} // namespace sportello::catalogue
