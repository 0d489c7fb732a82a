#pragma once

#include <QByteArray>
#include <QStringList>

namespace gardener::test {

// Files under `root` (hidden ones included) that hold `secret` in plain, hex or base64 form:
// the tests' proof that a credential went to the keychain and nowhere else.
QStringList filesContaining(const QString &root, const QByteArray &secret);

} // namespace gardener::test
