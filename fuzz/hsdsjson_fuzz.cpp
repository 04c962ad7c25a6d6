// SPDX-License-Identifier: GPL-3.0-or-later
// fuzz-hsds-json: the catalogue's HSDS JSON reader (files a coordinator imports, the upserts of
// the hub's catalogue delta). Whatever it reads, it can write and read back.
#include "catalogue/hsdsjson.h"
#include "fuzzsupport.h"

using namespace Qt::StringLiterals;
using namespace sportello;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzz::bytesOf(data, size);
    catalogue::ReferenceIndex existing;
    existing.organizationUids.insert(u"org-caritas"_s);
    existing.locationUids.insert(u"loc-centro"_s);
    auto parsed = catalogue::hsds::readJson(bytes, u"fuzz.json"_s, existing);
    (void)catalogue::hsds::lineAt(bytes, bytes.size() / 2);
    if (!parsed)
        return 0;
    const QByteArray written = catalogue::hsds::writeJson(parsed->catalogue, 1, {});
    auto again = catalogue::hsds::readJson(written, u"again.json"_s, existing);
    fuzz::require(again.ok());
    fuzz::require(again->catalogue.services.size() == parsed->catalogue.services.size());
    return 0;
}
