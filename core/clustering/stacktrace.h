#pragma once

#include <string>
#include <string_view>
#include <vector>

// The one stack-trace parser of the product: clustering groups traces by the exception type and
// innermost in-app frame it finds (messageshapes.cpp), and the entry view shows its frames.
namespace gardener::clustering {

struct StackFrame
{
    std::string_view text;     // the frame's line as printed, trimmed
    std::string_view function; // "convert", "com.acme.cart.CartService.add", "main.handler"
    std::string_view file; // "/app/pricing.py", "CartService.java", "/app/main.go"; may be empty
    int line = 0;          // 0 when the frame names none
    bool library = false;  // the runtime or a third-party package, not the application
    // What clustering skips: `library` as it was first defined, narrower for Node's internal
    // frames ("node:internal/…"). Kept as it is, because fingerprints depend on it.
    bool skippedByClustering = false;
    int block = 0;   // which exception of a chain (Java "Caused by:", Python's chained tracebacks)
    std::string key; // application frames: how clustering names the frame
};

struct StackTrace
{
    enum class Kind
    {
        None,
        Python,
        Java,
        Node,
        Go
    };
    Kind kind = Kind::None;
    size_t headlineLines = 0; // lines before the trace: the logger's own message
    std::string
        type; // the exception type clustering groups by ("KeyError", "panic:_runtime_error:")
    std::string_view exception; // the line naming that exception ("ValueError: bad id"), trimmed
    // Per block, the line that names its exception ("Caused by: java.sql.SQLException: …").
    std::vector<std::string_view> blockTitles;
    std::vector<StackFrame>
        frames;        // in printed order (Python: outermost first; others: innermost first)
    int rootBlock = 0; // Java: the block of the last "Caused by:" (the root cause)

    bool isValid() const { return kind != Kind::None; }
    bool innermostFirst() const { return kind != Kind::Python; }
    // The application frames clustering looks at, innermost first (the root cause's block).
    std::vector<const StackFrame *> clusteringFrames() const;
};

// Python tracebacks, Java and Node "at" frames and Go goroutine dumps; Kind::None for any other
// text. Views point into `text`, which must outlive the result.
StackTrace parseStackTrace(std::string_view text);

// What a list row shows for a message that may hold a stack trace: the exception line (after the
// logger's first line when there is one, "Error in job 7 · ValueError: bad id"); empty when
// `message` is not a stack trace.
std::string stackSummaryLine(std::string_view message);

} // namespace gardener::clustering
