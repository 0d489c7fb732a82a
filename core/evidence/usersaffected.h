#pragma once

#include <QString>
#include <vector>

namespace gardener {
class LogStore;
}

namespace gardener::evidence {

// How many distinct users a cluster's entries name. A user is the value of the first of these
// keys an entry carries: labels or jsonPayload (also jsonPayload.labels) user_id, userId, uid,
// user (a string, or an object's id), enduser.id; jsonPayload.user.id. Only when no entry names
// a user, the client addresses (httpRequest.remoteIp) are counted instead and said to be IPs:
// several users may share an address and one user may have many.
struct UsersAffected
{
    enum class Kind
    {
        None,
        Users,
        Ips
    };
    Kind kind = Kind::None;
    QString field;         // the key that named them, e.g. "labels.user_id", "httpRequest.remoteIp"
    quint64 distinct = 0;  // distinct values among the entries read
    quint64 withValue = 0; // entries read that carry one
    quint64 read = 0;      // entries read (all, or an even sample of at most maxEntries)
    quint64 entries = 0;   // entries of the cluster
    bool sampled() const { return read < entries; }
};

// Reads the entries' JSON (at most `maxEntries`, spread evenly over the list): O(entries read),
// so call it on a worker thread, as gatherEvidence does.
UsersAffected usersAffected(const LogStore &store, const std::vector<quint64> &entries,
                            size_t maxEntries = 5000);

} // namespace gardener::evidence
