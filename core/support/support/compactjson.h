// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringView>

// The bytes QJsonDocument::toJson(QJsonDocument::Compact) writes, written straight into one
// growing buffer. The hub hashes and stores every event's data in this form, and answers every
// batch with a list of results; Qt's own writer (through QCborValue, growing its buffer in
// small steps) took a fifth of the hub's HTTP thread. The output is Qt's byte for byte — a
// stored hash must not change — and a test compares the two on generated documents: plain
// ASCII strings, null, booleans and containers are written here; any other string and every
// number are written by Qt itself.
namespace sportello::json {

void appendString(QByteArray &out, QStringView text);
void appendValue(QByteArray &out, const QJsonValue &value);
[[nodiscard]] QByteArray compact(const QJsonObject &object);

} // namespace sportello::json
