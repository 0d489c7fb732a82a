#include "core/clustering/fingerprint.h"

#include "core/clustering/masker.h"

#include <QCryptographicHash>
#include <algorithm>

namespace gardener::clustering {

std::string normaliseTemplate(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    size_t i = 0;
    bool lastWasWildcardToken = false;
    while (i < text.size()) {
        while (i < text.size() && static_cast<unsigned char>(text[i]) <= ' ')
            ++i;
        if (i >= text.size())
            break;
        size_t j = i;
        while (j < text.size() && static_cast<unsigned char>(text[j]) > ' ')
            ++j;
        const std::string_view tok = text.substr(i, j - i);
        i = j;
        // Every placeholder, whole token or embedded ("[<NUM>]"), is written "<*>".
        std::string norm;
        for (size_t k = 0; k < tok.size();) {
            if (tok[k] == '<') {
                const size_t close = tok.find('>', k + 1);
                if (close != std::string_view::npos &&
                    isPlaceholder(tok.substr(k, close - k + 1))) {
                    norm += "<*>";
                    k = close + 1;
                    continue;
                }
            }
            norm += tok[k++];
        }
        const bool wildcard = norm == "<*>";
        if (wildcard && lastWasWildcardToken)
            continue;
        lastWasWildcardToken = wildcard;
        if (!out.empty())
            out += ' ';
        out += norm;
    }
    return out;
}

QString templateFingerprint(std::string_view templateText, std::string_view sourceFile,
                            std::string_view function)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const std::string norm = normaliseTemplate(templateText);
    hash.addData(QByteArrayView(norm.data(), qsizetype(norm.size())));
    hash.addData(QByteArrayView("\x1f", 1));
    hash.addData(QByteArrayView(sourceFile.data(), qsizetype(sourceFile.size())));
    hash.addData(QByteArrayView("\x1f", 1));
    hash.addData(QByteArrayView(function.data(), qsizetype(function.size())));
    return QLatin1String(FingerprintVersion) + QLatin1Char(':') +
           QString::fromLatin1(hash.result().toHex().left(16));
}

QString clusterFingerprint(const std::vector<QString> &members)
{
    if (members.empty())
        return {};
    return *std::min_element(members.begin(), members.end());
}

} // namespace gardener::clustering
