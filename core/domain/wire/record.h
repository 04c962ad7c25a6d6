// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

// The wire schema: what a desk sends to the district hub and what the hub sends back, in one
// place for both sides. The desk's anonymizer builds these records and the hub validates them
// with the same key lists and vocabularies, so a field added on one side only fails a test.
namespace sportello::wire {

inline constexpr char kNotStated[] = "ND";
inline constexpr char kOutsideDistrict[] = "FUORI_DISTRETTO";

// Where a received value breaks the schema: the JSON path of the value ("data.nome",
// "events[3].id") and what is wrong with it, in English for the problem document.
struct FieldError
{
    QString field;
    QString message;
};

// The district the hub serves: its name and the ISTAT codes of its comuni. Only these codes
// leave a desk; any other comune travels as FUORI_DISTRETTO. Nothing about one district is
// written in code: the hub's administrator sets it and the desks learn it from the hub.
struct District
{
    QString name;
    QStringList comuni;

    [[nodiscard]] bool contains(const QString &istat) const { return comuni.contains(istat); }
};
// A six-digit ISTAT comune code.
[[nodiscard]] bool isIstatCode(const QString &code);
// "0f8fad5b-d9cb-469f-a165-70867728950e": hexadecimal digits in lower case.
[[nodiscard]] bool isLowercaseUuid(QStringView text);
// A public catalogue uid (an organization's or a service's): letters, digits, _ . : -, ≤ 64.
[[nodiscard]] bool isCatalogueUid(const QString &uid);

// The anonymized referral record (DESIGN.md §5): its keys, all required, no others.
[[nodiscard]] const QStringList &referralRecordKeys();
// The demographic keys of a record, also kept on a referral whose person is erased.
[[nodiscard]] const QStringList &profileKeys();

// The vocabularies of the record's coded values, each without ND (every one also accepts ND).
[[nodiscard]] const QStringList &ageBands(); // 0-17, 18-29, …, 75+
[[nodiscard]] const QStringList &genders(); // F, M, altro
[[nodiscard]] const QStringList &citizenshipGroups(); // IT, UE, EXTRA_UE
[[nodiscard]] const QStringList &householdTypes();
// Days from sending to take-over travel in bands, never as an exact count.
[[nodiscard]] const QStringList &daysToTakeOverBands(); // 0-7, 8-14, 15-30, 31-60, 61+
[[nodiscard]] QString daysToTakeOverBand(int days);

// Checks a record against the schema and the district: every key present, no other, every
// value of its type and vocabulary. Returns the first problem, with its field prefixed by
// `path` ("data" gives "data.nome").
[[nodiscard]] std::optional<FieldError>
checkReferralRecord(const QJsonObject &record, const District &district, const QString &path);

} // namespace sportello::wire
