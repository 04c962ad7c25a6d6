// SPDX-License-Identifier: GPL-3.0-or-later
// Must not compile: a file of ui reaching for a repository. ui links the services target only,
// whose headers name storage types by declaration, so storage's headers are not on its path.
#include "storage/cataloguerepository.h"
