// Fuzzes how an assistant's reply is rendered at display time (AssistantTexts::render): the
// payload is read from the store and turned into a sentence in the reader's language, locale
// and time zone. A payload is whatever the messages table holds, so it may come from an older
// or newer Carillon, a damaged file or a hand-edited database: rendering must never crash,
// never hit undefined behaviour, and always give plain text of a sane size, in English,
// German and Japanese.
//
// Input: the first byte picks the message kind (its value modulo the number of kinds, so '0'
// to '7' in the seeds); the rest is the payload column as stored (JSON text).

#include "core/AssistantTexts.h"
#include "fuzz/FuzzCheck.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTranslator>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <vector>

using namespace carillon;

using carillon::fuzz::check;

namespace {

constexpr int kKinds = int(MessageKind::Refusal) + 1;
// The longest sentence (the help text, in German) is about 1,800 characters; dates and
// durations add a few dozen.
constexpr qsizetype kLongestText = 4096;

// Warnings while rendering (QString::arg with a missing or extra argument in a translation,
// say) are failures too.
QtMessageHandler previousHandler = nullptr;
bool rendering = false;
QString warning;

void onMessage(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    if (rendering && type != QtDebugMsg && type != QtInfoMsg && warning.isEmpty())
        warning = text;
    previousHandler(type, context, text);
}

struct Language
{
    QLocale locale;
    std::unique_ptr<QTranslator> translator;
};

// English (United States), German and Japanese, each with its translation loaded once, from
// the same file installTranslations() loads: loading decompresses the embedded file, which
// costs many times more than rendering.
std::vector<Language> &languages()
{
    static int argc = 1;
    static char name[] = "fuzz_assistant_render";
    static char *argv[] = {name, nullptr};
    // A zone with summer time, so that dates near the changes are rendered too.
    qputenv("TZ", "Europe/Berlin");
    static QCoreApplication app(argc, argv);
    static std::vector<Language> list = [] {
        previousHandler = qInstallMessageHandler(onMessage);
        std::vector<Language> list;
        for (const QLocale &locale : {QLocale(QLocale::English, QLocale::UnitedStates),
                                      QLocale(QLocale::German), QLocale(QLocale::Japanese)}) {
            auto translator = std::make_unique<QTranslator>();
            if (!translator->load(locale, QStringLiteral("carillon"), QStringLiteral("_"),
                                  QStringLiteral(":/i18n")))
                qFatal("the %s translation does not load", qPrintable(locale.name()));
            list.push_back({locale, std::move(translator)});
        }
        return list;
    }();
    return list;
}

bool isControl(QChar c)
{
    return c.category() == QChar::Other_Control && c != QLatin1Char('\n');
}

// The same facts through the payload structs and back: what the assistant would have stored.
QJsonObject normalized(MessageKind kind, const QJsonObject &json)
{
    switch (kind) {
    case MessageKind::Text:
        return json;
    case MessageKind::AssistantIntro:
    case MessageKind::AssistantInfo:
        return AssistantInfoPayload::fromJson(json).toJson();
    case MessageKind::ConfirmationRequest:
        return ConfirmationPayload::fromJson(json).toJson();
    case MessageKind::ExportAccepted:
        return ExportAcceptedPayload::fromJson(json).toJson();
    case MessageKind::ExportDelivered:
        return ExportDeliveredPayload::fromJson(json).toJson();
    case MessageKind::DeletionPreview:
        return DeletionPreviewPayload::fromJson(json).toJson();
    case MessageKind::Refusal:
        return RefusalPayload::fromJson(json).toJson();
    }
    return json;
}

QString render(const Message &message)
{
    rendering = true;
    const QString text = AssistantTexts::render(message);
    rendering = false;
    if (!warning.isEmpty()) {
        std::fprintf(stderr, "fuzz_assistant_render: warning while rendering: %s\n",
                     qPrintable(warning));
        check(false, "rendering warns about nothing");
    }
    return text;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static std::vector<Language> &all = languages();
    if (size == 0)
        return 0;

    Message message;
    message.id = 1;
    message.kind = MessageKind(data[0] % kKinds);
    message.body = QStringLiteral("(the body stored with the reply)");
    // As MessageStore reads the column back: TEXT in the database, JSON inside.
    const QString column = QString::fromUtf8(reinterpret_cast<const char *>(data + 1),
                                             static_cast<qsizetype>(size - 1));
    message.payload = QJsonDocument::fromJson(column.toUtf8()).object();

    // What the payload could bring into the text: its string values.
    qsizetype payloadChars = 0;
    bool payloadHasControl = false;
    bool payloadHasPercent = false;
    for (const auto &value : std::as_const(message.payload)) {
        const QString text = value.toString();
        payloadChars += text.size();
        payloadHasControl = payloadHasControl || std::any_of(text.begin(), text.end(), isControl);
        payloadHasPercent = payloadHasPercent || text.contains(QLatin1Char('%'));
    }
    static const QRegularExpression placeholder(QStringLiteral("%L?[0-9n]"));

    for (const Language &language : all) {
        const QLocale &locale = language.locale;
        QLocale::setDefault(locale);
        QCoreApplication::installTranslator(language.translator.get());
        const QScopeGuard uninstall(
            [&] { QCoreApplication::removeTranslator(language.translator.get()); });

        const QString text = render(message);
        // Say what was rendered, in which language, when a promise below is broken.
        const auto show = [&](bool ok) {
            if (!ok)
                std::fprintf(stderr, "fuzz_assistant_render: %s: %s\n", qPrintable(locale.name()),
                             qPrintable(text));
            return ok;
        };
        check(show(!text.isEmpty()), "a reply never renders empty");
        check(show(text.size() <= message.body.size() + payloadChars + kLongestText),
              "a reply is a sentence plus what the payload names");
        if (!payloadHasControl)
            check(show(std::none_of(text.begin(), text.end(), isControl)),
                  "no control characters but line ends, unless the payload had them");
        if (!payloadHasPercent)
            check(show(!text.contains(placeholder)), "every placeholder is filled");
        if (text != message.body) {
            // Made from the payload: the same facts, stored again as the assistant stores
            // them, read the same.
            Message again = message;
            again.payload = normalized(message.kind, message.payload);
            check(render(again) == text, "a payload reads the same once stored again");
        }
    }
    return 0;
}
