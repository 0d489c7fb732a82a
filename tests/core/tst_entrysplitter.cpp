// The entry splitter's two ways of scanning the inside of an entry (64-byte blocks as bit
// masks, and byte by byte) must find the same entries and report the same problems, at the
// same offsets and lines, however the input is cut into chunks. Generated inputs put quotes,
// backslash runs, brackets, newlines and "entries" keys on every side of the block edges.
#include "core/logs/entrysplitter.h"
#include "tests/common/splitterdriver.h"

#include <QTest>

#include <random>
#include <string>
#include <vector>

using gardener::EntrySplitter;

namespace {

using test::split;

// A string of JSON text built from pieces that stress the scan: escapes, backslash runs,
// brackets and quotes inside strings, keys starting with 'e'.
class Generator
{
public:
    explicit Generator(unsigned seed) : m_rng(seed) {}

    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_rng); }

    std::string text()
    {
        static const char *const pieces[] = {
            "abc",
            "\\\"",
            "\\\\",
            "\\\\\\\"",
            "\\n",
            "\\u00e9",
            "{",
            "}",
            "[",
            "]",
            "entries",
            "e",
            "Y_y",
            " ",
            "\\\\\\\\",
            ":",
            ",",
            "\xc3\xa9",
            "0123456789abcdef",
            "\\\n" /* an escaped raw newline: invalid, but the rules must agree */};
        std::string s;
        const int n = pick(12);
        for (int k = 0; k < n; ++k)
            s += pieces[pick(int(std::size(pieces)))];
        return s;
    }

    std::string value(int depth)
    {
        switch (depth > 3 ? pick(3) : pick(6)) {
        case 0:
            return '"' + text() + '"';
        case 1:
            return std::to_string(pick(100000));
        case 2:
            return pick(2) ? "true" : "null";
        case 3:
            return object(depth + 1, false);
        case 4: {
            std::string s = "[";
            const int n = pick(4);
            for (int k = 0; k < n; ++k)
                s += (k ? "," : "") + value(depth + 1);
            return s + ']';
        }
        default:
            return '"' + std::string(size_t(pick(90)), 'x') + '"';
        }
    }

    std::string key()
    {
        static const char *const keys[] = {"insertId", "e",        "entries",    "entriesX",
                                           "errors",   "severity", "jsonPayload"};
        return '"' + std::string(keys[pick(int(std::size(keys)))]) + '"';
    }

    std::string object(int depth, bool pretty)
    {
        std::string s = "{";
        const int n = 1 + pick(6);
        for (int k = 0; k < n; ++k) {
            if (k)
                s += ',';
            if (pretty)
                s += "\n" + std::string(size_t(2 * depth + 2), ' ');
            s += key() + (pretty ? ": " : ":") + value(depth);
        }
        return s + (pretty ? "\n" + std::string(size_t(2 * depth), ' ') + "}" : "}");
    }

    std::string page()
    {
        std::string s = "{\"" + std::string(size_t(pick(70)), 'p') + "\":1,\"entries\": [";
        const int n = pick(4);
        for (int k = 0; k < n; ++k)
            s += (k ? "," : "") + object(0, false);
        return s + "],\"nextPageToken\":\"t\"}";
    }

    // Damage that only the byte loop's rules decide: cut lines, stray bytes, backslashes
    // outside strings.
    void damage(std::string &s)
    {
        if (s.empty())
            return;
        const size_t at = size_t(pick(int(s.size())));
        switch (pick(5)) {
        case 0:
            s.insert(at, "\n");
            break;
        case 1:
            s.insert(at, "\\");
            break;
        case 2:
            s.insert(at, "\"");
            break;
        case 3:
            s.resize(at);
            break;
        default:
            s.insert(at, "Y_y]");
            break;
        }
    }

    std::string input()
    {
        std::string s;
        const int layout = pick(3);
        const int n = 1 + pick(8);
        if (layout == 1)
            s += "[\n";
        for (int k = 0; k < n; ++k) {
            if (layout == 1) {
                s += (k ? ",\n" : "") + object(0, pick(2) != 0);
            } else {
                s += (layout == 2 && pick(2)) ? page() : object(0, false);
                s += '\n';
            }
        }
        if (layout == 1)
            s += "\n]\n";
        if (pick(3) == 0)
            damage(s);
        return s;
    }

private:
    std::mt19937 m_rng;
};

} // namespace

// Byte by byte, 64-byte blocks in the processor's widest lanes, and in SSE2's 16-byte lanes.
constexpr EntrySplitter::Scan kScans[] = {EntrySplitter::Scan::Bytes, EntrySplitter::Scan::Blocks,
                                          EntrySplitter::Scan::SseBlocks};

class TestEntrySplitter : public QObject
{
    Q_OBJECT

private slots:
    void blocksAndBytesAgreeOnGeneratedInput()
    {
        int entries = 0;
        int problems = 0;
        for (unsigned seed = 1; seed <= 3000; ++seed) {
            Generator g(seed);
            const std::string input = g.input();
            const auto bytes = split(input, input.size() + 1, EntrySplitter::Scan::Bytes);
            for (size_t chunk :
                 {size_t(1), size_t(63), size_t(65), size_t(200), input.size() + 1}) {
                for (auto scan : {EntrySplitter::Scan::Blocks, EntrySplitter::Scan::SseBlocks}) {
                    const auto blocks = split(input, chunk, scan);
                    if (blocks != bytes) {
                        qWarning("seed %u, chunk %zu, scan %d, input:\n%s", seed, chunk, int(scan),
                                 input.c_str());
                        QCOMPARE(blocks, bytes);
                    }
                }
            }
            for (const auto &e : bytes) {
                entries += e.rfind("entry", 0) == 0;
                problems += e.rfind("problem", 0) == 0;
            }
        }
        // The generator reaches both sides: many entries, and damage the byte loop judged.
        QVERIFY2(entries > 10000, qPrintable(QString::number(entries)));
        QVERIFY2(problems > 300, qPrintable(QString::number(problems)));
    }

    // A backslash run ending right at a block edge decides whether the quote after it closes
    // the string: entries padded so that the run ends at every byte of the first blocks.
    void backslashRunsAcrossBlockEdges()
    {
        for (int pad = 0; pad < 140; ++pad) {
            for (int run = 1; run <= 4; ++run) {
                const std::string str = std::string(size_t(pad), 'a') +
                                        std::string(size_t(run), '\\') + (run % 2 ? "\"" : "");
                const std::string first = "{\"m\":\"" + str + "\",\"n\":\"}\"}";
                const std::string input = first + "\n{\"m\":2}\n";
                for (auto scan : kScans) {
                    const auto events = split(input, input.size(), scan);
                    QCOMPARE(events.size(), size_t(3));
                    QCOMPARE(events[0], "entry @0 line 1: " + first);
                    QCOMPARE(events[1],
                             "entry @" + std::to_string(first.size() + 1) + " line 2: {\"m\":2}");
                }
            }
        }
    }

    // An API page is found by its member key "entries"; the key is moved across the block
    // edges (the scan reads one byte past a block to see the 'e' after a quote in its last).
    void pageKeyAtEveryOffset()
    {
        for (int pad = 0; pad < 140; ++pad) {
            const std::string input = "{\"" + std::string(size_t(pad), 'k') +
                                      "\":\"v\",\"entries\":[{\"a\":1},{\"b\":\"]\"}],\"x\":{}}\n";
            for (auto scan : kScans) {
                EntrySplitter::Layout layout = EntrySplitter::Layout::Unknown;
                const auto events = split(input, input.size(), scan, &layout);
                QCOMPARE(events.size(), size_t(3));
                QVERIFY(events[0].find(": {\"a\":1}") != std::string::npos);
                QVERIFY(events[1].find(": {\"b\":\"]\"}") != std::string::npos);
                QCOMPARE(events[2], std::string("lines 2, pages 1"));
                QCOMPARE(layout, EntrySplitter::Layout::Pages);
            }
        }
    }

    // A JSON Lines entry cut inside a string loses itself only, with the line it was cut on,
    // wherever the cut falls in a block.
    void cutLineInJsonLines()
    {
        for (int pad = 0; pad < 140; pad += 7) {
            const std::string input =
                "{\"m\":\"" + std::string(size_t(pad), 'c') + "\n{\"m\":\"ok\"}\n";
            for (auto scan : kScans) {
                const auto events = split(input, input.size(), scan);
                QCOMPARE(events.size(), size_t(3));
                QVERIFY2(
                    events[0].rfind("problem @0 line 1 skipped: line ends inside a string", 0) == 0,
                    events[0].c_str());
                QVERIFY2(events[1].rfind("entry @", 0) == 0 &&
                             events[1].find("line 2: {\"m\":\"ok\"}") != std::string::npos,
                         events[1].c_str());
            }
        }
    }

    // Pretty-printed arrays count their lines in whole blocks; an entry's line is where its
    // '{' stands.
    void linesOfPrettyArrays()
    {
        std::string input = "[\n";
        for (int k = 0; k < 30; ++k) {
            input += k ? ",\n" : "";
            input += "  {\n    \"textPayload\": \"line " + std::to_string(k) + " \\n ok\",\n" +
                     "    \"labels\": {\n      \"a\": \"[b]\"\n    }\n  }";
        }
        input += "\n]\n";
        for (size_t chunk : {size_t(64), size_t(4096)}) {
            for (auto scan : kScans) {
                const auto events = split(input, chunk, scan);
                QCOMPARE(events.size(), size_t(31));
                for (int k = 0; k < 30; ++k)
                    QVERIFY2(events[size_t(k)].find(" line " + std::to_string(2 + 6 * k) + ": ") !=
                                 std::string::npos,
                             events[size_t(k)].c_str());
                QCOMPARE(events.back(), "lines " + std::to_string(2 + 6 * 30 + 1) + ", pages 0");
            }
        }
    }
};

QTEST_APPLESS_MAIN(TestEntrySplitter)
#include "tst_entrysplitter.moc"
