// SPDX-License-Identifier: GPL-3.0-or-later
// fuzz-codice-fiscale: the codice fiscale typed at the counter, normalized and parsed. A code
// it accepts gives a real birth date, a known sex, and normalizes to itself.
#include "fuzzsupport.h"
#include "people/codicefiscale.h"

#include <QDate>

using namespace sportello;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(fuzz::bytesOf(data, size));
    const QString normalized = people::normalizeCodiceFiscale(text);
    fuzz::require(people::normalizeCodiceFiscale(normalized) == normalized);
    const QDate today(2026, 12, 7);
    auto parsed = people::parseCodiceFiscale(text, today);
    if (parsed) {
        fuzz::require(parsed->birthDate.isValid());
        fuzz::require(parsed->birthDate <= today);
        fuzz::require(parsed->gender == 'F' || parsed->gender == 'M');
    }
    return 0;
}
