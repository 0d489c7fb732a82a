#pragma once

#include "core/clustering/masker.h"

#include <string>
#include <string_view>

// Messages of two shapes whose template is not their word sequence, masked by their structure
// before the built-in masks (docs/clustering.md, "Request lines" and "Stack traces"). Private
// to clustering/.
namespace gardener::clustering::detail {

// Request and access lines ("GET /v1/orders/42 200", uvicorn, gunicorn, nginx and envoy access
// lines): the method, the route with its ids masked by shape, the query string reduced to its
// keys, and the status code kept as it is; what follows the status (sizes, user agents) is one
// "<*>". Multi-line stack traces (Python, Java, Go, Node): the line before the trace masked as
// usual, then "stack:" TYPE "at" INNERMOST-IN-APP-FRAME and "via" the in-app callers.
// Returns false, leaving `out` alone, for any other message.
bool maskShaped(std::string_view message, size_t maxTokens, MaskedMessage &out);

// A route with the ids in its path masked by their shape ("/v1/orders/ord_8f3a2c91/items?x=1"
// -> "/v1/orders/ord_<*>/items?x=<*>"); words, versions ("v2") and slugs stay.
void appendRoute(std::string_view url, std::string &out);

// The exception type and innermost in-app frame of a stack-trace template's tokens, joined
// ("KeyError@/app/pricing.py:convert"), or empty when the template is not a stack trace.
std::string stackKey(const std::vector<std::string> &tokens);

} // namespace gardener::clustering::detail
