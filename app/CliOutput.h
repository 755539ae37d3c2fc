#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QTextStream>

namespace carillon::cli {

// Translation context of every command-line text.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

// Exit statuses of the command line (documented in README.md).
enum ExitCode
{
    ExitOk = 0,
    ExitFailed = 1,
    ExitUsage = 2
};

// Where a command prints: results to standard output (JSON with --json), problems to standard
// error, always one clear sentence that says what to do.
class Output
{
public:
    Output(QTextStream &out, QTextStream &err, bool json) : m_out(out), m_err(err), m_json(json) {}

    bool json() const { return m_json; }
    QTextStream &out() { return m_out; }
    void line(const QString &text) { m_out << text << Qt::endl; }
    void printJson(const QJsonValue &value);
    // Prints the error and returns the exit status it maps to (bad input: 2, else 1).
    int fail(const Error &error);
    int usage(const QString &message);

private:
    QTextStream &m_out;
    QTextStream &m_err;
    bool m_json;
};

QString formatTime(qint64 utcMs);

} // namespace carillon::cli
