// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace sportello::catalogue {

// A problem with one field of an entry; the UI turns the code into a translated sentence and
// points at the field.
struct FieldProblem
{
    enum Code {
        Required,
        InvalidUrl,
        InvalidEmail,
        InvalidPhone,
        InvalidUid,
        DateOrder, // an end date before its start
        AgeRange, // minimum age above maximum
        IseeCeiling, // zero or negative ceiling, or a family ceiling below the normal one
        UnknownCode, // category, user area, comune or channel not in the vocabulary
        MissingCategory,
        MissingUserArea,
        MissingChannel,
        ClosedWithoutNote,
        UnknownReference, // an organization or location that does not exist
        ScheduleTimes, // closing time not after opening time, or no weekday
        // Shapes of imported or stored JSON:
        ExpectedList,
        ExpectedObject,
        ExpectedText,
        ExpectedBool,
        ExpectedNumber,
        OutOfRange, // value: "min–max"
        InvalidAmount, // not a non-negative amount in euro
        InvalidDate, // value: the text
        InvalidTime, // value: the text
        InvalidWeekdays, // value: the text
        InvalidLanguage, // value: the text
        Unsupported, // value: the text
        DuplicateUid, // value: the id
        UnknownDocument, // an imported document of no shape the reader knows
    };
    QString field;
    Code code = Required;
    QString value;

    friend bool operator==(const FieldProblem &, const FieldProblem &) = default;
};

} // namespace sportello::catalogue
