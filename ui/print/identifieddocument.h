// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

class QPrinter;
class QWidget;

namespace sportello::ui {

class Prompter;

// A document that names a person: a referral letter, a consent form with the name.
struct IdentifiedDocument
{
    QString title; // of the dialogs
    QString fileName; // suggested when saved; never the person's name
    std::function<void(QPrinter &)> print;
    std::function<bool(const QString &path)> writePdf;
};

// What became of it: printed, saved (the path, to be recorded for erasure), or nothing.
struct Delivery
{
    bool printed = false;
    QString savedPath;
};

// Printed by default (decision 35): the question offers printing first, saving a PDF second —
// into the profile's documents folder unless another is chosen (see savePdfAs) — and says why a
// file on the computer needs care. The question is a dialog run through the prompter; its
// buttons are named "deliverPrint" and "deliverSave".
Delivery deliverIdentified(Prompter &prompter, QWidget *parent, const IdentifiedDocument &document);

} // namespace sportello::ui
