// SPDX-License-Identifier: GPL-3.0-or-later
// The Bacheca's posts (issue 16, point 4): a new offer or request, and one's own post with the
// posts that could answer it, each with why it is suggested. A post is shown to its owner only:
// anyone else gets the page of a post that does not exist.
#include "text/boardtext.h"
#include "web/boardweb.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace sportello::hub::web {

namespace {

constexpr int kMaxNeighbourhoodLength = 60;

// The weekday mask of the form's checkboxes d1 … d7.
int weekdaysOf(const QHash<QString, QString> &fields)
{
    int mask = 0;
    for (int day = 1; day <= 7; ++day) {
        if (fields.value(u"d%1"_s.arg(day)) == u"1")
            mask |= 1 << (day - 1);
    }
    return mask;
}

} // namespace

QString BoardWeb::label(const Visit &visit, const QString &english) const
{
    return m_words.of(visit.language, "BoardText", english);
}

QString BoardWeb::whenText(const Visit &visit, const board::When &when) const
{
    const QLocale locale = localeOf(visit.language);
    QStringList parts;
    for (const board::TimeWindow &w : when.windows) {
        QStringList days;
        if (!when.isOneDay()) {
            for (int weekday = 1; weekday <= 7; ++weekday) {
                if (w.weekdays & (1 << (weekday - 1)))
                    days.append(label(visit, text::BoardText::weekdayName(weekday)));
            }
        }
        const bool anyTime = w.from == QTime(0, 0) && w.to >= QTime(23, 59);
        const QString hours = anyTime
            ? t(visit, QT_TRANSLATE_NOOP("Bacheca", "any time"))
            : u"%1–%2"_s.arg(w.from.toString(u"HH:mm"_s), w.to.toString(u"HH:mm"_s));
        parts.append(QString(days.join(u", "_s) + u' ' + hours).trimmed());
    }
    QString text = parts.isEmpty() ? t(visit, QT_TRANSLATE_NOOP("Bacheca", "any time"))
                                   : parts.join(u"; "_s);
    if (when.isOneDay())
        text = locale.toString(when.date, QLocale::LongFormat) + u", "_s + text;
    else if (when.validTo.isValid())
        text += u" "_s
            + t(visit, QT_TRANSLATE_NOOP("Bacheca", "(until %1)"))
                  .arg(locale.toString(when.validTo, QLocale::ShortFormat));
    return text;
}

QString BoardWeb::explanation(const Visit &visit, const board::Suggestion &suggestion) const
{
    using text::BoardText;
    const board::Overlap &when = suggestion.when;
    const QString where = label(visit, BoardText::nearnessLabel(suggestion.nearness));
    QString day = label(visit, BoardText::weekdayName(when.weekday));
    if (when.date.isValid())
        day = m_words.of(visit.language, "BoardText", u"%1 %2"_s, "weekday, day/month")
                  .arg(day, when.date.toString(u"d/M"_s));
    if (when.anyTime)
        return m_words.of(visit.language, "BoardText", u"%1, %2, any time"_s, "nearness, day")
            .arg(where, day);
    const auto hour = [](const QTime &time) {
        if (!time.isValid())
            return u"24"_s;
        return time.minute() == 0 ? QString::number(time.hour()) : time.toString(u"H:mm"_s);
    };
    return m_words.of(visit.language, "BoardText", u"%1, %2 %3–%4"_s, "nearness, day, from, to")
        .arg(where, day, hour(when.from), hour(when.to));
}

Reply BoardWeb::newPostPage(Visit &visit, const QHash<QString, QString> &fields,
                            const QList<QPair<QString, QString>> &errors)
{
    const auto field = [&](const QString &name, const QString &text) {
        return formField(name, text, fields, errors);
    };
    QString form = errorSummary(m_words, visit.language, errors);
    form += u"<form method=\"post\" action=\"/bacheca/nuovo\" novalidate>\n"_s
        + csrfField(visit.session->csrf) + u"\n"_s;
    form += select(field(u"kind"_s, t(visit, QT_TRANSLATE_NOOP("Bacheca", "I would like to"))),
                   {{u"RICHIESTA"_s, t(visit, QT_TRANSLATE_NOOP("Bacheca", "ask for help"))},
                    {u"OFFERTA"_s, t(visit, QT_TRANSLATE_NOOP("Bacheca", "offer help"))}});
    QList<QPair<QString, QString>> categories;
    for (const board::Category c : board::allCategories())
        categories.append(
            {board::categoryCode(c), label(visit, text::BoardText::categoryLabel(c))});
    form
        += select(field(u"category"_s, t(visit, QT_TRANSLATE_NOOP("Bacheca", "What"))), categories);
    form += select(field(u"comune"_s, t(visit, QT_TRANSLATE_NOOP("Bacheca", "Comune"))), m_comuni);
    Field neighbourhood
        = field(u"neighbourhood"_s, t(visit, QT_TRANSLATE_NOOP("Bacheca", "Neighbourhood")));
    neighbourhood.required = false;
    neighbourhood.maxLength = kMaxNeighbourhoodLength;
    form += input(neighbourhood);

    form += u"<fieldset><legend>%1</legend>\n"_s.arg(
        escape(t(visit, QT_TRANSLATE_NOOP("Bacheca", "When"))));
    Field date = field(u"date"_s, t(visit, QT_TRANSLATE_NOOP("Bacheca", "On one day")));
    date.type = u"date"_s;
    date.required = false;
    date.hint = t(visit,
                  QT_TRANSLATE_NOOP("Bacheca",
                                    "Leave it empty for every week, on the days ticked "
                                    "below."));
    form += input(date);
    QString days;
    for (int day = 1; day <= 7; ++day) {
        const QString name = u"d%1"_s.arg(day);
        days += u"<span class=\"day\"><input type=\"checkbox\" id=\"f-%1\" name=\"%1\" "
                u"value=\"1\"%2>"
                "<label for=\"f-%1\">%3</label></span>"_s.arg(
                    name, fields.value(name) == u"1" ? u" checked"_s : QString(),
                    escape(label(visit, text::BoardText::weekdayName(day))));
    }
    const QString daysError = web::errorOf(errors, u"d1"_s);
    // The group's error is tied to it, so that it is read with the group.
    form += u"<fieldset class=\"days\"%1><legend>%2</legend>%3%4</fieldset>\n"_s.arg(
        daysError.isEmpty() ? QString() : u" aria-describedby=\"e-d1\""_s,
        escape(t(visit, QT_TRANSLATE_NOOP("Bacheca", "Every week on"))),
        errorNote(u"d1"_s, daysError), days);
    Field from = field(u"from"_s, t(visit, QT_TRANSLATE_NOOP("Bacheca", "From")));
    from.type = u"time"_s;
    from.required = false;
    form += input(from);
    Field to = field(u"to"_s, t(visit, QT_TRANSLATE_NOOP("Bacheca", "To")));
    to.type = u"time"_s;
    to.required = false;
    to.hint = t(visit, QT_TRANSLATE_NOOP("Bacheca", "Leave both empty for any time of the day."));
    form += input(to);
    form += u"</fieldset>\n"_s;

    QList<QPair<QString, QString>> whom;
    for (const board::ForWhom w :
         {board::ForWhom::Self, board::ForWhom::FamilyMember, board::ForWhom::FollowedPerson})
        whom.append({board::forWhomCode(w), label(visit, text::BoardText::forWhomLabel(w))});
    form += select(field(u"for_whom"_s, t(visit, QT_TRANSLATE_NOOP("Bacheca", "For whom"))), whom);
    Field capacity
        = field(u"capacity"_s,
                t(visit, QT_TRANSLATE_NOOP("Bacheca", "If you offer: how many people at once")));
    capacity.type = u"number"_s;
    capacity.required = false;
    if (capacity.value.isEmpty())
        capacity.value = u"1"_s;
    form += input(capacity);
    Field notes = field(u"notes"_s, t(visit, QT_TRANSLATE_NOOP("Bacheca", "Notes")));
    notes.required = false;
    notes.maxLength = board::kMaxNotesLength;
    form += textarea(notes, 4);
    form += u"<p><button type=\"submit\">%1</button></p>\n</form>\n"_s.arg(
        escape(t(visit, QT_TRANSLATE_NOOP("Bacheca", "Post it"))));
    return page(visit, errors.isEmpty() ? 200 : 422,
                t(visit, QT_TRANSLATE_NOOP("Bacheca", "New offer or request")), form);
}

Reply BoardWeb::addPost(Visit &visit, const Request &request)
{
    const QHash<QString, QString> fields = formFields(request.body);
    if (!formTokenMatches(visit, fields))
        return refused(visit);
    QList<QPair<QString, QString>> errors;
    const auto problem = [&](const QString &name, const char *message) {
        errors.append({name, t(visit, message)});
    };
    board::Post post;
    post.accountId = visit.account->id;
    if (!board::postKindFromCode(fields.value(u"kind"_s), &post.kind))
        problem(u"kind"_s, QT_TRANSLATE_NOOP("Bacheca", "Choose whether you ask or offer."));
    if (!board::categoryFromCode(fields.value(u"category"_s), &post.category))
        problem(u"category"_s, QT_TRANSLATE_NOOP("Bacheca", "Choose what from the list."));
    post.zone.comune = fields.value(u"comune"_s);
    if (std::none_of(m_comuni.cbegin(), m_comuni.cend(),
                     [&](const auto &c) { return c.first == post.zone.comune; }))
        problem(u"comune"_s, QT_TRANSLATE_NOOP("Bacheca", "Choose your comune from the list."));
    post.zone.neighbourhood = fields.value(u"neighbourhood"_s).simplified();
    if (post.zone.neighbourhood.size() > kMaxNeighbourhoodLength)
        problem(u"neighbourhood"_s,
                QT_TRANSLATE_NOOP("Bacheca", "Write a neighbourhood of at most 60 characters."));
    const QString dateText = fields.value(u"date"_s);
    const QTime from = QTime::fromString(fields.value(u"from"_s), u"HH:mm"_s);
    const QTime to = QTime::fromString(fields.value(u"to"_s), u"HH:mm"_s);
    const bool anyTime = fields.value(u"from"_s).isEmpty() && fields.value(u"to"_s).isEmpty();
    if (!anyTime && (!from.isValid() || !to.isValid() || to <= from))
        problem(u"to"_s,
                QT_TRANSLATE_NOOP("Bacheca",
                                  "Give both times, the second after the first, or "
                                  "neither."));
    const int weekdays = weekdaysOf(fields);
    if (!dateText.isEmpty()) {
        post.when.date = QDate::fromString(dateText, Qt::ISODate);
        if (!post.when.date.isValid())
            problem(u"date"_s, QT_TRANSLATE_NOOP("Bacheca", "Write the day as on a calendar."));
        else if (post.when.date < m_clock.nowUtc().date())
            problem(u"date"_s, QT_TRANSLATE_NOOP("Bacheca", "The day has already passed."));
        if (!anyTime)
            post.when.windows = {{0, from, to}};
    } else if (weekdays == 0) {
        problem(u"d1"_s, QT_TRANSLATE_NOOP("Bacheca", "Tick at least one day, or give a date."));
    } else {
        post.when.windows
            = {{weekdays, anyTime ? QTime(0, 0) : from, anyTime ? QTime(23, 59) : to}};
    }
    if (!board::forWhomFromCode(fields.value(u"for_whom"_s), &post.forWhom))
        problem(u"for_whom"_s, QT_TRANSLATE_NOOP("Bacheca", "Choose for whom from the list."));
    bool number = false;
    post.capacity = fields.value(u"capacity"_s, u"1"_s).toInt(&number);
    if (post.kind == board::PostKind::Offer
        && (!number || post.capacity < 1 || post.capacity > board::kMaxCapacity))
        problem(u"capacity"_s, QT_TRANSLATE_NOOP("Bacheca", "Give a number from 1 to 50."));
    post.notes = fields.value(u"notes"_s).trimmed();
    if (post.notes.size() > board::kMaxNotesLength)
        problem(u"notes"_s, QT_TRANSLATE_NOOP("Bacheca", "Write at most 1,000 characters."));
    if (!errors.isEmpty())
        return newPostPage(visit, fields, errors);
    auto added = m_store.posts().add(post, m_clock.nowUtc());
    if (!added)
        return unavailable(visit);
    return redirect(u"/bacheca/annuncio/"_s + added->id);
}

Reply BoardWeb::postPage(const Visit &visit, const QString &id)
{
    auto post = m_store.posts().post(id);
    // Someone else's post, or none: the same answer.
    if (!post && post.code() != ErrorCode::NotFound)
        return unavailable(visit);
    if (!post || post->accountId != visit.account->id)
        return notFound(visit);
    using text::BoardText;
    QString body = u"<dl>"_s;
    const auto row = [&body](const QString &term, const QString &value) {
        body += termRow(term, value);
    };
    row(t(visit, QT_TRANSLATE_NOOP("Bacheca", "Kind")),
        label(visit, BoardText::postKindLabel(post->kind)));
    row(t(visit, QT_TRANSLATE_NOOP("Bacheca", "Category")),
        label(visit, BoardText::categoryLabel(post->category)));
    QString comune = post->zone.comune;
    for (const auto &[code, name] : m_comuni) {
        if (code == comune)
            comune = name;
    }
    if (!post->zone.neighbourhood.isEmpty())
        comune += u", "_s + post->zone.neighbourhood;
    row(t(visit, QT_TRANSLATE_NOOP("Bacheca", "Where")), comune);
    row(t(visit, QT_TRANSLATE_NOOP("Bacheca", "When")), whenText(visit, post->when));
    row(t(visit, QT_TRANSLATE_NOOP("Bacheca", "State")),
        label(visit, BoardText::postStateLabel(post->state)));
    if (!post->notes.isEmpty())
        row(t(visit, QT_TRANSLATE_NOOP("Bacheca", "Notes")), post->notes);
    body += u"</dl>\n"_s;

    const board::PostKind other
        = post->kind == board::PostKind::Offer ? board::PostKind::Request : board::PostKind::Offer;
    auto candidates
        = m_store.posts().candidates(post->category, other, m_geography.near(post->zone.comune));
    auto active = m_store.posts().activeMatches(post->id);
    if (!candidates || !active)
        return unavailable(visit);
    const QList<board::Suggestion> suggestions
        = board::suggest(*post, *active, *candidates, m_geography, m_clock.nowUtc().date());
    body += u"<h2>%1</h2>\n"_s.arg(escape(t(visit, QT_TRANSLATE_NOOP("Bacheca", "Suggestions"))));
    if (suggestions.isEmpty()) {
        body += paragraph(
            t(visit,
              QT_TRANSLATE_NOOP("Bacheca",
                                "Nobody near you fits yet. The board will suggest them "
                                "here as soon as they post.")));
    } else {
        QString items;
        for (const board::Suggestion &s : suggestions) {
            QString notes;
            for (const board::Candidate &c : std::as_const(*candidates)) {
                if (c.post.id == s.postId)
                    notes = c.post.notes;
            }
            items
                += u"<li><p>%1</p>%2<form method=\"post\" action=\"/bacheca/annuncio/%3/proponi\">"
                   "%4<input type=\"hidden\" name=\"other\" value=\"%5\"><button "
                   "type=\"submit\">%6</button></form><p class=\"report\">"
                   "<a href=\"/bacheca/segnala/%5\">%7</a></p></li>\n"_s.arg(
                       escape(explanation(visit, s)),
                       notes.isEmpty() ? QString() : u"<p>%1</p>"_s.arg(escape(notes)),
                       escape(post->id), csrfField(visit.session->csrf), escape(s.postId),
                       escape(t(visit, QT_TRANSLATE_NOOP("Bacheca", "Propose"))),
                       escape(t(visit, QT_TRANSLATE_NOOP("Bacheca", "Report to the moderators"))));
        }
        body += u"<ol class=\"suggestions\">%1</ol>\n"_s.arg(items);
    }
    return page(visit, 200, label(visit, BoardText::categoryLabel(post->category)), body);
}

} // namespace sportello::hub::web
