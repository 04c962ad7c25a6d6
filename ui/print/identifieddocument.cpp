// SPDX-License-Identifier: GPL-3.0-or-later
#include "identifieddocument.h"

#include "prompter.h"
#include "savepdf.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace sportello::ui {

namespace {
class Delivering final
{
    Q_DECLARE_TR_FUNCTIONS(Delivering)

public:
    [[nodiscard]] static QString question()
    {
        return tr("This document names a person: print it and hand it over. A PDF saved on this "
                  "computer is one more copy of the person's data, to be deleted when they ask "
                  "to be erased.");
    }
    [[nodiscard]] static QString print() { return tr("&Print…"); }
    [[nodiscard]] static QString save() { return tr("Save as P&DF…"); }
};
} // namespace

Delivery deliverIdentified(Prompter &prompter, QWidget *parent, const IdentifiedDocument &document)
{
    QMessageBox box(QMessageBox::Question, document.title, Delivering::question(),
                    QMessageBox::Cancel, parent);
    QPushButton *print = box.addButton(Delivering::print(), QMessageBox::AcceptRole);
    print->setObjectName(u"deliverPrint"_s);
    QPushButton *save = box.addButton(Delivering::save(), QMessageBox::ActionRole);
    save->setObjectName(u"deliverSave"_s);
    box.setDefaultButton(print);
    box.setEscapeButton(QMessageBox::Cancel);
    (void)prompter.runDialog(box);

    Delivery delivery;
    if (box.clickedButton() == print) {
        QPrinter printer(QPrinter::HighResolution);
        QPrintDialog dialog(&printer, parent);
        if (prompter.runDialog(dialog) == QDialog::Accepted) {
            document.print(printer);
            delivery.printed = true;
        }
    } else if (box.clickedButton() == save) {
        delivery.savedPath = savePdfAs(prompter, parent, document.title,
                                       documentsPath(document.fileName), document.writePdf);
    }
    return delivery;
}

} // namespace sportello::ui
