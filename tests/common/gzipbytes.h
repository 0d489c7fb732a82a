#pragma once

#include <QByteArray>

namespace gardener::test {

// `data` as one gzip member (zlib's deflate at `level`), as `gzip -c` would write it.
QByteArray gzip(const QByteArray &data, int level = 6);

} // namespace gardener::test
