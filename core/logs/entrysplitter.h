#pragma once

#include <QString>
#include <QtGlobal>
#include <vector>

namespace gardener {

// Finds the byte range of every LogEntry object in a stream of Cloud Logging export bytes,
// without parsing them: a state machine over bytes that tracks strings, escapes and nesting
// depth with counters (never recursion), so 100,000 nested brackets cost nothing but time.
//
// Layouts it understands, told apart by content:
//  - a JSON array of entries (`gcloud logging read --format=json`), also several arrays in a row;
//  - JSON Lines or concatenated objects, one entry each;
//  - API response pages `{"entries": [...], "nextPageToken": ...}`, one or several in a row,
//    on one line each or pretty-printed. A top-level object (or array element) is a page when
//    it has a member "entries" whose value is an array; otherwise it is an entry.
//
// Bytes arrive in chunks through scan(); the caller keeps every byte from keepFrom() on, so the
// current entry is always contiguous in its buffer. Memory is bounded by the largest entry:
// an entry longer than maxEntryBytes is not kept at all but reported and skipped.
//
// Recovery: in a JSON Lines stream a line that ends inside a string, or a '{' at the start of a
// line while an entry is still open, ends the damaged entry there (reported, skipped), so one
// broken line loses one entry. Garbage at the top level is skipped up to the end of its line.
// Inside arrays a damaged entry is still delimited by its brackets and rejected by the parser.
class EntrySplitter
{
public:
    enum class Layout
    {
        Unknown,
        Array,
        Lines,
        Pages
    };

    class Sink
    {
    public:
        virtual ~Sink() = default;
        // One complete entry; `offset` is the absolute position of its '{' in the input and
        // `line` its 1-based line. The bytes are valid only during the call and are followed
        // by at least the caller's padding.
        virtual void entry(const char *begin, size_t length, quint64 offset, qint64 line) = 0;
        // Something that is not an entry. `skipped`: it stood where an entry should have been.
        virtual void problem(quint64 offset, qint64 line, const QString &what, bool skipped) = 0;
    };

    // How the inside of an entry is scanned: 64 bytes at a time as bit masks where the CPU
    // has SSE2 (every x86-64; in two 32-byte AVX2 lanes where the processor runs AVX2), else
    // byte by byte. All find the same entries and problems; SseBlocks (16-byte lanes even
    // where AVX2 runs) and Bytes are there for the tests that hold them to that.
    enum class Scan
    {
        Blocks,
        SseBlocks,
        Bytes
    };

    explicit EntrySplitter(size_t maxEntryBytes = size_t(64) << 20, Scan scan = Scan::Blocks);

    // Scans the bytes of `buffer`, which holds input bytes [base, base + length) and must
    // begin at or before keepFrom(). Scanning resumes where the last call stopped.
    void scan(const char *buffer, quint64 base, size_t length, Sink &sink);
    // The input ended: reports an unfinished entry or array.
    void finish(Sink &sink);

    // First absolute offset the next scan() still needs (start of an unfinished entry).
    quint64 keepFrom() const;
    quint64 position() const { return m_pos; }
    qint64 line() const { return m_line; }
    Layout layout() const { return m_layout; }
    // The first non-blank byte was neither '{' nor '[': this is not a JSON export at all.
    bool notJson() const { return m_notJson; }
    quint64 pages() const { return m_pages; }

private:
    enum class Mode
    {
        List,
        Item,
        Scalar,
        Page,
        SkipLine,
        Dead
    };
    enum class ListKind
    {
        Stream,
        Array,
        Entries
    };
    enum class ItemKind
    {
        Object,
        Array,
        String
    };
    struct ListContext
    {
        qint64 depth; // nesting depth inside this list
        ListKind kind;
        quint64 openedAt;
        quint64 items = 0;
    };

    // What a step of a scan loop says: go on with the next byte, leave the scan (the mode
    // changed or the buffer ended), or go on with the rest of this iteration.
    enum class Step : quint8
    {
        Again,
        Leave,
        On,
    };

    void scanList(const char *buf, quint64 base, size_t &i, size_t end, Sink &sink);
    // The parts of scanList and scanNested; inlined into their loops (no call per byte).
    void openList(ListContext &list, quint64 at);
    bool closeList(ListContext &list, quint64 base, size_t &i, Sink &sink);
    void scanNested(const char *buf, quint64 base, size_t &i, size_t end, Sink &sink);
    // The fast part of scanNested (entrysplitterblocks.cpp): whole 64-byte blocks while
    // nothing in them needs the byte loop's rules; Leave when the item or page ended.
    Step scanBlocks(const char *buf, quint64 base, size_t &i, size_t end, Sink &sink,
                    bool jsonLines);
    Step scanBlocksAvx2(const char *buf, quint64 base, size_t &i, size_t end, Sink &sink,
                        bool jsonLines);
    static bool avx2Runs();
    Step stringStep(const char *buf, quint64 base, size_t &i, size_t end, Sink &sink,
                    bool jsonLines);
    Step entriesKeyStep(const char *buf, quint64 base, size_t &i);
    Step structureStep(const char *buf, quint64 base, size_t &i, Sink &sink, bool jsonLines);
    void scanScalar(const char *buf, quint64 base, size_t &i, size_t end, Sink &sink);
    void scanSkipLine(const char *buf, size_t &i, size_t end);
    void garbage(quint64 at, char c, Sink &sink);
    void beginItem(ItemKind kind, quint64 at, bool candidate);
    void endItem(const char *buf, quint64 base, quint64 endOffset, Sink &sink);
    void abandonItem(quint64 at, const QString &why, Sink &sink);
    void becomePage(quint64 at);
    void badElement(const char *found, Sink &sink);

    size_t m_maxEntryBytes;
    bool m_blocks;
    bool m_avx2;              // scanBlocksAvx2 for scanBlocks
    quint64 m_bytesUntil = 0; // the byte loop scans up to here (a block it must judge)
    Mode m_mode = Mode::List;
    std::vector<ListContext> m_lists;
    qint64 m_depth = 0;
    quint64 m_pos = 0;
    qint64 m_line = 1;
    bool m_sawValue = false;
    bool m_notJson = false;
    Layout m_layout = Layout::Unknown;
    quint64 m_pages = 0;

    // The item (entry candidate) being scanned.
    ItemKind m_itemKind = ItemKind::Object;
    quint64 m_itemStart = 0;
    qint64 m_itemLine = 0;
    qint64 m_itemDepth = 0;   // depth of the list the item sits in
    bool m_candidate = false; // may still turn out to be a page
    bool m_oversize = false;
    bool m_inString = false;
    bool m_escape = false;
    bool m_lineStart = false;   // the last byte was a newline outside a string
    quint64 m_keyStart = kNone; // start of a member-level string of a candidate
    int m_entriesKey = 0;       // 1: saw key "entries", 2: and its ':'
    quint64 m_pageStart = 0;
    qint64 m_pageLine = 0;
    qint64 m_pageItemDepth = 0;

    static constexpr quint64 kNone = ~quint64(0);
};

} // namespace gardener
