#pragma once

#include "app/cli/command.h"

#include <QDateTime>
#include <functional>

namespace gardener::cli {

// `loggardener generate --count N [--seed S] [--start RFC3339] [--duration 24h]
//  [--format json|jsonl|pages] [--gzip [--gzip-level N]] [--services N] [--page-size N] [--truth
//  FILE] --out FILE`
// Writes realistic Cloud Run demo logs (and optionally their ground truth) for demos, tests
// and benchmarks. The files are written atomically. Exit codes per the command-line contract.
class GenerateCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("generate"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;

    // The clock deciding the default --start; tests pin it.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

private:
    std::function<QDateTime()> m_clock = [] { return QDateTime::currentDateTimeUtc(); };
};

} // namespace gardener::cli
