#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace gardener::clustering {

// The template text of a group of raw messages (say, the entries of one template or cluster),
// derived from what varies among them, in the log-parsing convention where every variable part
// is "<*>" (Loghub; docs/clustering.md, "Patterns"):
//  - messages are compared word by word (those with the most common word count); a word that
//    is the same in every message stays, one that varies becomes "<*>", except for the parts
//    of it between punctuation (: = , ; ! | quotes brackets) that stay the same:
//    "user=root" / "user=guest" -> "user=<*>", "10.0.0.1:50010" / "10.0.0.2:50011" -> "<*>:<*>";
//  - values are variables even when the group shows only one: numbers ("size 64" -> "size
//    <*>", "2017-05-16" -> "<*>-<*>-<*>"), paths ("/var/lib/x" -> "<*>"), and a word glued to
//    a variable ("<*>ms", "blk_<*>" -> "<*>");
//  - adjacent variables are one ("<*>.<*>" -> "<*>", "<*><*>" -> "<*>").
// The mined templates and their fingerprints are unaffected: this is a view of a group.
std::string templatePattern(const std::vector<std::string_view> &messages);

} // namespace gardener::clustering
