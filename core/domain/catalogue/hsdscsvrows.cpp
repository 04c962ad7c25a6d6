// SPDX-License-Identifier: GPL-3.0-or-later
// The reading half of hsdscsv.h, rows of one entry's parts: lookups, documents, languages,
// channels, costs and eligibility rules, each with its problems recorded on the row.
#include "catalogue/hsdscsvreader.h"
#include "catalogue/jsoncodec.h"
#include "catalogue/taxonomy.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace sportello::catalogue::hsds::csvread {

qsizetype lookupRow(RowReader &r, const QString &column, const QHash<QString, qsizetype> &index)
{
    const QString uid = r.text(column);
    const auto it = index.constFind(uid);
    if (it != index.cend())
        return *it;
    r.problem(column, uid.isEmpty() ? FieldProblem::Required : FieldProblem::UnknownReference, uid);
    return -1;
}

bool claimRow(RowReader &r, QSet<QString> &seen, const QString &column, const QString &uid,
              bool required)
{
    if (uid.isEmpty()) {
        if (required)
            r.problem(column, FieldProblem::Required);
        return false;
    }
    if (seen.contains(uid)) {
        r.problem(column, FieldProblem::DuplicateUid, uid);
        return false;
    }
    seen.insert(uid);
    return true;
}

NamedItem namedItemRow(RowReader &r, const QString &idColumn, const QString &nameColumn)
{
    NamedItem item {r.text(idColumn), r.text(nameColumn).trimmed()};
    if (item.uid.isEmpty())
        r.problem(idColumn, FieldProblem::Required);
    else if (!isValidUid(item.uid))
        r.problem(idColumn, FieldProblem::InvalidUid, item.uid);
    if (item.name.isEmpty())
        r.problem(nameColumn, FieldProblem::Required);
    return item;
}

NamedItem documentRow(RowReader &r, bool standard)
{
    if (!standard || !r.text(u"x_document_id"_s).isEmpty())
        return namedItemRow(r, u"x_document_id"_s, u"document"_s);
    const QString name = r.text(u"document"_s).trimmed();
    QString uid = r.text(u"id"_s);
    if (uid.isEmpty() && !name.isEmpty())
        uid = u"doc-"_s
            + QString::fromLatin1(QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha1)
                                      .toHex()
                                      .left(12));
    if (uid.isEmpty())
        r.problem(u"id"_s, FieldProblem::Required);
    else if (!isValidUid(uid))
        r.problem(u"id"_s, FieldProblem::InvalidUid, uid);
    if (name.isEmpty())
        r.problem(u"document"_s, FieldProblem::Required);
    return {uid, name};
}

std::optional<Language> languageRow(RowReader &r, bool standard)
{
    Language language {r.text(u"code"_s).trimmed().toLower(), r.text(u"name"_s)};
    if (standard) {
        language.code = language.code.section(u'-', 0, 0); // "en-GB" is English
        if (language.code.isEmpty())
            return std::nullopt;
    }
    if (language.code.size() < 2 || language.code.size() > 3)
        r.problem(u"code"_s, FieldProblem::InvalidLanguage, language.code);
    return language;
}

Channel channelRow(RowReader &r)
{
    Channel channel;
    const QString type = r.text(u"type"_s);
    if (!Taxonomy::channelFromCode(type, &channel.type))
        r.problem(u"type"_s, FieldProblem::UnknownCode, type);
    channel.details = r.text(u"details"_s);
    return channel;
}

CostOption costOptionRow(RowReader &r)
{
    CostOption cost;
    cost.option = r.text(u"option"_s);
    cost.amount = r.amount(u"amount"_s, false).value_or(0.0);
    const QString currency = r.text(u"currency"_s);
    cost.currency = currency.isEmpty() ? u"EUR"_s : currency;
    cost.description = r.text(u"amount_description"_s);
    return cost;
}

EligibilityRules eligibilityRow(RowReader &r)
{
    EligibilityRules rules;
    for (const QString &comune : r.text(u"comuni"_s).split(u';', Qt::SkipEmptyParts))
        rules.comuni.append(comune.trimmed());
    const QStringList iseeColumns {u"isee_type"_s, u"isee_max"_s, u"isee_valid_from"_s,
                                   u"isee_alt_max"_s, u"isee_alt_min_children"_s};
    if (std::any_of(iseeColumns.cbegin(), iseeColumns.cend(),
                    [&r](const QString &column) { return !r.text(column).isEmpty(); })) {
        IseeRule rule;
        const QString type = r.text(u"isee_type"_s);
        if (!type.isEmpty() && !Taxonomy::iseeTypeFromCode(type, &rule.type))
            r.problem(u"isee_type"_s, FieldProblem::UnknownCode, type);
        rule.maxCents = json::euroToCents(r.amount(u"isee_max"_s, true).value_or(0.0));
        rule.validFrom = r.date(u"isee_valid_from"_s);
        if (!r.text(u"isee_alt_max"_s).isEmpty()) {
            rule.altMaxCents = json::euroToCents(r.amount(u"isee_alt_max"_s, true).value_or(0.0));
            rule.altMinChildren = r.integer(u"isee_alt_min_children"_s, 1, 20).value_or(1);
        }
        rules.isee = rule;
    }
    for (const QString &flag : r.text(u"household_any"_s).split(u';', Qt::SkipEmptyParts)) {
        const int bit = Taxonomy::householdFlagFromCode(flag.trimmed());
        if (bit == 0)
            r.problem(u"household_any"_s, FieldProblem::UnknownCode, flag.trimmed());
        rules.householdAny |= bit;
    }
    rules.minHouseholdSize = r.integer(u"min_household_size"_s, 1, 30).value_or(0);
    rules.residencePermit = r.flag(u"residence_permit"_s);
    return rules;
}

} // namespace sportello::catalogue::hsds::csvread
