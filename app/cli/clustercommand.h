#pragma once

#include "app/cli/command.h"

namespace gardener::cli {

// `loggardener cluster FILE... [--text] [--format table|json|markdown] [--members] [--demo]`:
// reads exports (or plain text, one message per line), clusters them and prints the issue
// clusters with their templates and fingerprints (docs/clustering.md).
class ClusterCommand final : public ExportCommand
{
public:
    QString name() const override { return QStringLiteral("cluster"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace gardener::cli
