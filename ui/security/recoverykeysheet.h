// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDialog>
#include <QString>

class QCheckBox;

namespace sportello::ui {

class Prompter;

// The recovery key on paper: the sheet, printing it, and saving it as a PDF — which is offered
// only after a warning, since a key saved on the desk's own computer protects nothing against
// someone who takes the computer (issue 13, point 6).
class RecoveryKeySheet final
{
    Q_DECLARE_TR_FUNCTIONS(RecoveryKeySheet)

public:
    // `desk` names the desk on the sheet ("Centro di Ascolto (PIO-CDA)").
    [[nodiscard]] static QString html(const QString &desk, const QString &key);
    static void print(Prompter &prompter, QWidget *parent, const QString &html);
    // Warns, asks where, writes; returns the path written or empty.
    static QString saveAsPdf(Prompter &prompter, QWidget *parent, const QString &html);
    [[nodiscard]] static bool writePdf(const QString &path, const QString &html);
};

// Shows a new recovery key once (after it was replaced, or when a key rotation had to make
// one), with print and save; closes only once the person confirms they stored it.
class RecoveryKeyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecoveryKeyDialog)

public:
    RecoveryKeyDialog(const QString &desk, const QString &key, Prompter &prompter,
                      QWidget *parent = nullptr);

private:
    QString m_sheet;
};

} // namespace sportello::ui
