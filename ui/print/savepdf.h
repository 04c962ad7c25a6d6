// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace sportello::ui {

class Prompter;

// Asks through the prompter where to save a PDF (offering `suggestedPath`), adds ".pdf" when
// the name has no extension (confirming before replacing a file the dialog did not see), asks
// again before writing into a folder that looks synced to a cloud service, writes it with
// `write`, makes it readable by its owner only, and warns when it cannot be written. Returns the
// path written, or empty when the person cancelled or nothing could be written.
QString savePdfAs(Prompter &prompter, QWidget *parent, const QString &title,
                  const QString &suggestedPath,
                  const std::function<bool(const QString &path)> &write);

// The asking half of savePdfAs: the path chosen for a PDF, with ".pdf" added to a name without
// extension (confirming before replacing a file the dialog did not see) and a folder synced to a
// cloud service confirmed; nothing when the person cancelled.
[[nodiscard]] std::optional<QString> askPdfPath(Prompter &prompter, QWidget *parent,
                                                const QString &title, const QString &suggestedPath);
// Makes a file written for a person readable and writable by its owner only.
void makeOwnerOnly(const QString &path);
// The sentence of a PDF that could not be written to `path`.
[[nodiscard]] QString unwritablePdfMessage(const QString &path);

// `name` in the folder documents are offered in: the profile's own documents folder once the
// app has set it (decision 35), else the person's Documents folder (or the home folder).
[[nodiscard]] QString documentsPath(const QString &name);
// Set once by the app: a folder inside the profile (private to its user, like the profile).
void setDocumentsFolder(const QString &folder);
// Whether a path lies in a folder a cloud service copies elsewhere (OneDrive, Dropbox,
// Nextcloud, ownCloud, Google Drive, iCloud Drive, Box, MEGA, pCloud, Seafile, Syncthing), going
// by the folder names those services use.
[[nodiscard]] bool looksSynced(const QString &path);

} // namespace sportello::ui
