// Search at scale: bench_search [messages] [runs]
//   A data folder with 1,000,000 messages (default) in 500 conversations of 200 people, text
//   drawn from a 5,000-word vocabulary with a few very common words, the searching person in 50
//   of the conversations. Times SearchIndex::search (people, rooms and the first 50 messages,
//   what the search box shows first) for common, rare and prefix queries and for a word that
//   only occurs where the person is not a member, median and worst of [runs] (default 20).
//   Goal: first results under 50 ms. Also times the index merge an erasure runs.

#include "bench/BenchFigures.h"
#include "core/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace carillon;
using namespace carillon::bench;

namespace {
constexpr double kGoalMs = 50;

QString word(int i)
{
    // Pronounceable, distinct words: "ba", "beko", …
    static const char *const syllables[] = {"ba", "ke", "lo", "mi", "nu", "ra", "si", "to",
                                            "ve", "zu", "da", "fe", "gi", "ho", "ju", "py"};
    QString w;
    int n = i + 16;
    while (n > 0) {
        w.append(QLatin1String(syllables[n % 16]));
        n /= 16;
    }
    return w;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int messages = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 1'000'000;
    const int runs = argc > 2 ? QString::fromLatin1(argv[2]).toInt() : 20;
    QTextStream out(stdout);
    QTemporaryDir dir;
    WorkspaceOptions options;
    options.dataDir = dir.path();
    auto opened = Workspace::open(options);
    if (!opened)
        qFatal("%s", qPrintable(opened.error().message));
    Workspace &ws = **opened;

    constexpr int kPeople = 200, kConversations = 500, kMine = 50, kVocabulary = 5000;
    QRandomGenerator rng(12);
    QList<qint64> people;
    const QString hash = AccountStore::hashPassword(QStringLiteral("benchmark-password"));
    for (int i = 0; i < kPeople; ++i) {
        auto id = ws.accounts().createIdentityHashed(
            QStringLiteral("p%1@example.com").arg(i),
            QStringLiteral("Person %1 %2").arg(i).arg(word(i)), hash);
        people.append(ws.accounts().ensureProfile(id->id)->id);
    }
    const qint64 me = people.first();
    QList<qint64> conversations;
    for (int c = 0; c < kConversations; ++c) {
        // The first kMine rooms include the searching person; the others never do.
        const qint64 creator = c < kMine ? me : people[1 + c % (kPeople - 1)];
        QList<qint64> members{people[1 + (c * 7) % (kPeople - 1)],
                              people[1 + (c * 13) % (kPeople - 1)]};
        members.removeAll(creator);
        conversations.append(
            ws.conversations()
                .createRoom(creator, QStringLiteral("Room %1 %2").arg(c).arg(word(c)), members)
                ->id);
    }
    QElapsedTimer t;
    t.start();
    const int batch = 20'000;
    for (int done = 0; done < messages; done += batch) {
        Status s = ws.db().transaction([&]() -> Status {
            for (int i = done; i < std::min(messages, done + batch); ++i) {
                const int c = int(rng.bounded(kConversations));
                QStringList words;
                const int length = 4 + int(rng.bounded(12));
                for (int k = 0; k < length; ++k) {
                    // Skewed: a few words are everywhere, most are rare.
                    const double u = rng.generateDouble();
                    words.append(word(int(u * u * u * kVocabulary)));
                }
                if (c >= kMine && i % 10 == 0)
                    words.append(QStringLiteral("elsewhereonly"));
                auto q = ws.db().exec(
                    QStringLiteral("INSERT INTO messages (conversation_id, sender_id, kind, body, "
                                   "created_at) VALUES (?, ?, 'text', ?, ?)"),
                    {conversations[c], c < kMine ? me : people[1 + (c * 7) % (kPeople - 1)],
                     words.join(QLatin1Char(' ')), qint64(i) * 1000});
                if (!q)
                    return q.error();
            }
            return {};
        });
        if (!s)
            qFatal("%s", qPrintable(s.error().message));
    }
    out << "Inserted " << messages << " messages (index kept by triggers) in "
        << t.elapsed() / 1000.0 << " s" << Qt::endl;

    struct Query
    {
        QString label;
        QString text;
    };
    const QList<Query> queries{
        {QStringLiteral("common word"), word(0)},
        {QStringLiteral("rare word"), word(kVocabulary - 7)},
        {QStringLiteral("two words"), word(1) + QLatin1Char(' ') + word(40)},
        {QStringLiteral("2-letter prefix"), word(3).left(2)},
        {QStringLiteral("3-letter prefix"), word(300).left(3)},
        {QStringLiteral("person's name"), QStringLiteral("person 12")},
        {QStringLiteral("no match"), QStringLiteral("zzyzx")},
        {QStringLiteral("only in others' chats"), QStringLiteral("elsewhereonly")},
    };
    bool met = true;
    out << "Search as one person (in " << kMine << " of " << kConversations
        << " conversations), first page, " << runs << " runs:" << Qt::endl;
    for (const Query &query : queries) {
        std::vector<double> times;
        int found = 0;
        for (int r = 0; r < runs; ++r) {
            QElapsedTimer q;
            q.start();
            auto results = ws.search().search(me, query.text, 50);
            times.push_back(q.nsecsElapsed() / 1e6);
            if (!results)
                qFatal("%s", qPrintable(results.error().message));
            found = int(results->messages.size() + results->people.size() +
                        results->conversations.size());
        }
        const double worst = *std::max_element(times.begin(), times.end());
        met = met && worst < kGoalMs;
        out << QStringLiteral("  %1 %2: median %3 ms, worst %4 ms, %5 results")
                   .arg(query.label, -22)
                   .arg(QLatin1Char('"') + query.text + QLatin1Char('"'), -14)
                   .arg(median(times), 0, 'f', 2)
                   .arg(worst, 0, 'f', 2)
                   .arg(found)
            << Qt::endl;
    }
    out << "Goal: first results < " << kGoalMs << " ms: " << (met ? "MET" : "NOT MET") << Qt::endl;

    t.restart();
    if (Status s = ws.db().transaction([&] { return SearchIndex(ws.db()).purgeDeleted(); }); !s)
        qFatal("%s", qPrintable(s.error().message));
    out << "Index merge an erasure runs (optimize): " << t.elapsed() << " ms" << Qt::endl;
    return met ? 0 : 1;
}
