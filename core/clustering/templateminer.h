#pragma once

#include <QtGlobal>
#include <atomic>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

// Template mining over distinct masked messages (signatures), in the style of Drain: messages
// are bucketed by location and token count, then by their leading token when it is a plain
// word, and joined to the most similar template of that leaf. Private to clustering/.
//
// Order independence: the miner sees each distinct signature once, with its count, and visits
// them in a fixed order (most frequent first, then byte-wise), so the result depends only on
// the multiset of messages, never on arrival order or on how they were split into pages.
namespace gardener::clustering::detail {

struct MinerSignature
{
    std::vector<std::string_view> tokens;
    quint64 count = 0;
    quint32 location = 0; // messages from different locations never share a template
};

struct MinedTemplate
{
    std::vector<std::string> tokens; // placeholders where messages differ
    quint32 location = 0;
    quint64 count = 0;
};

struct MinerOptions
{
    double similarity = 0.8;
    size_t maxTemplatesPerLeaf = 64;
    // A wildcard position where the messages of a template hold at most this many distinct
    // plain words (never a masked value) is a word of the message, not a variable: the
    // template is split there. 0 disables the split.
    size_t splitDistinct = 3;
};

struct MinerResult
{
    std::vector<MinedTemplate> templates;
    std::vector<quint32> signatureTemplate; // signature index -> template index
    // Templates split from one mined template share a family (the index of its first member):
    // the same message with a different word, so issue grouping keeps them together.
    std::vector<quint32> templateFamily;
};

MinerResult mineTemplates(const std::vector<MinerSignature> &signatures,
                          const MinerOptions &options, const std::atomic_bool *cancel = nullptr);

std::string joinTokens(const std::vector<std::string> &tokens);

// Ids in URL paths that no mask caught (slugs, base62 words without a digit), found per
// position from the values seen there across signatures, become "<*>" in the signatures'
// tokens (positionmasks.cpp); rewritten tokens live in `storage`.
void maskVariablePathSegments(std::vector<MinerSignature> &sigs, std::deque<std::string> &storage);

// The route of a request or access line: a path right after an HTTP method. Two different
// routes are two different messages, never one template.
bool isRouteToken(std::string_view previous, std::string_view token);

} // namespace gardener::clustering::detail
