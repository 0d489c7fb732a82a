#pragma once

// Drives an EntrySplitter the way the reader does (the buffer keeps every byte from keepFrom()
// on, is followed by padding, and grows by one chunk per scan) and records what it reports,
// so tst_entrysplitter and the reader fuzzer can hold its two scans to the same answers.
#include "core/logs/entrysplitter.h"

#include <string>
#include <vector>

namespace test {

struct Recorder final : gardener::EntrySplitter::Sink
{
    std::vector<std::string> events;
    void entry(const char *begin, size_t length, quint64 offset, qint64 line) override
    {
        events.push_back("entry @" + std::to_string(offset) + " line " + std::to_string(line) +
                         ": " + std::string(begin, length));
    }
    void problem(quint64 offset, qint64 line, const QString &what, bool skipped) override
    {
        events.push_back("problem @" + std::to_string(offset) + " line " + std::to_string(line) +
                         (skipped ? " skipped: " : ": ") + what.toStdString());
    }
};

// Feeds `input` in chunks of `chunk` bytes the way the reader does: the buffer keeps every
// byte from keepFrom() on and is followed by padding.
inline std::vector<std::string> split(const std::string &input, size_t chunk,
                                      gardener::EntrySplitter::Scan scan,
                                      gardener::EntrySplitter::Layout *layout = nullptr)
{
    gardener::EntrySplitter splitter(size_t(1) << 20, scan);
    Recorder sink;
    std::string buffer;
    quint64 base = 0;
    for (size_t at = 0; at < input.size(); at += chunk) {
        const quint64 keep = splitter.keepFrom();
        buffer.erase(0, size_t(keep - base));
        base = keep;
        buffer.append(input, at, chunk);
        const size_t length = buffer.size();
        buffer.append(64, ' ');
        splitter.scan(buffer.data(), base, length, sink);
        buffer.resize(length);
    }
    splitter.finish(sink);
    sink.events.push_back("lines " + std::to_string(splitter.line()) + ", pages " +
                          std::to_string(splitter.pages()));
    if (layout)
        *layout = splitter.layout();
    return sink.events;
}

} // namespace test
