#include "core/gcp/oauthcrypto.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QList>
#include <QRandomGenerator>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <memory>

namespace gardener::gcp {

namespace {

struct BioFree
{
    void operator()(BIO *b) const { BIO_free(b); }
};
struct KeyFree
{
    void operator()(EVP_PKEY *k) const { EVP_PKEY_free(k); }
};
struct MdCtxFree
{
    void operator()(EVP_MD_CTX *c) const { EVP_MD_CTX_free(c); }
};
using BioPtr = std::unique_ptr<BIO, BioFree>;
using KeyPtr = std::unique_ptr<EVP_PKEY, KeyFree>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, MdCtxFree>;

QString opensslError()
{
    char buffer[256] = {};
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return QStringLiteral("unknown OpenSSL error");
    ERR_error_string_n(code, buffer, sizeof buffer);
    return QString::fromLatin1(buffer);
}

} // namespace

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray fromBase64Url(const QByteArray &text)
{
    return QByteArray::fromBase64(text, QByteArray::Base64UrlEncoding);
}

QByteArray randomUrlSafe(int bytes)
{
    QList<quint32> words((bytes + 3) / 4);
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    QByteArray raw(reinterpret_cast<const char *>(words.constData()), bytes);
    return base64Url(raw);
}

QByteArray pkceVerifier()
{
    return randomUrlSafe(32); // 43 characters from [A-Za-z0-9-_]
}

QByteArray pkceChallenge(const QByteArray &verifier)
{
    return base64Url(QCryptographicHash::hash(verifier, QCryptographicHash::Sha256));
}

QByteArray oauthState()
{
    return randomUrlSafe(32);
}

Result<QByteArray> signJwtRs256(const QJsonObject &claims, const QByteArray &privateKeyPem,
                                const QString &keyId)
{
    QJsonObject header{{QStringLiteral("alg"), QStringLiteral("RS256")},
                       {QStringLiteral("typ"), QStringLiteral("JWT")}};
    if (!keyId.isEmpty())
        header.insert(QStringLiteral("kid"), keyId);
    const QByteArray signingInput =
        base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
        base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));

    BioPtr bio(BIO_new_mem_buf(privateKeyPem.constData(), int(privateKeyPem.size())));
    if (!bio)
        return fail(QStringLiteral("Out of memory while reading the private key."));
    KeyPtr key(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
    if (!key)
        return fail(
            QStringLiteral("The private key is not a readable PEM key (%1).").arg(opensslError()));
    if (EVP_PKEY_base_id(key.get()) != EVP_PKEY_RSA)
        return fail(QStringLiteral("The private key is not an RSA key; RS256 needs one."));

    MdCtxPtr ctx(EVP_MD_CTX_new());
    size_t length = 0;
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key.get()) != 1 ||
        EVP_DigestSign(ctx.get(), nullptr, &length,
                       reinterpret_cast<const unsigned char *>(signingInput.constData()),
                       size_t(signingInput.size())) != 1)
        return fail(QStringLiteral("Could not sign the token: %1").arg(opensslError()));
    QByteArray signature(qsizetype(length), Qt::Uninitialized);
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                       reinterpret_cast<const unsigned char *>(signingInput.constData()),
                       size_t(signingInput.size())) != 1)
        return fail(QStringLiteral("Could not sign the token: %1").arg(opensslError()));
    signature.truncate(qsizetype(length));
    return signingInput + '.' + base64Url(signature);
}

Result<QJsonObject> verifyJwtRs256(const QByteArray &jwt, const QByteArray &publicKeyPem)
{
    const QList<QByteArray> parts = jwt.split('.');
    if (parts.size() != 3)
        return fail(QStringLiteral("A JWT has three dot-separated parts; this one has %1.")
                        .arg(parts.size()));
    const QJsonObject header = QJsonDocument::fromJson(fromBase64Url(parts[0])).object();
    if (header.value(QStringLiteral("alg")).toString() != QLatin1String("RS256"))
        return fail(QStringLiteral("The JWT header does not say alg RS256."));

    BioPtr bio(BIO_new_mem_buf(publicKeyPem.constData(), int(publicKeyPem.size())));
    KeyPtr key(bio ? PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!key)
        return fail(
            QStringLiteral("The public key is not a readable PEM key (%1).").arg(opensslError()));
    const QByteArray input = parts[0] + '.' + parts[1];
    const QByteArray signature = fromBase64Url(parts[2]);
    MdCtxPtr ctx(EVP_MD_CTX_new());
    if (!ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key.get()) != 1)
        return fail(QStringLiteral("Could not verify the token: %1").arg(opensslError()));
    const int ok = EVP_DigestVerify(
        ctx.get(), reinterpret_cast<const unsigned char *>(signature.constData()),
        size_t(signature.size()), reinterpret_cast<const unsigned char *>(input.constData()),
        size_t(input.size()));
    if (ok != 1) {
        ERR_clear_error();
        return fail(QStringLiteral("The JWT signature does not match the public key."));
    }
    QJsonParseError error{};
    const QJsonDocument claims = QJsonDocument::fromJson(fromBase64Url(parts[1]), &error);
    if (!claims.isObject())
        return fail(QStringLiteral("The JWT claims are not a JSON object."));
    return claims.object();
}

} // namespace gardener::gcp
