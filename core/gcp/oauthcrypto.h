#pragma once

#include "core/util/error.h"

#include <QByteArray>
#include <QJsonObject>

namespace gardener::gcp {

// BASE64URL without padding (RFC 7515 / RFC 7636).
QByteArray base64Url(const QByteArray &data);
QByteArray fromBase64Url(const QByteArray &text);

// `bytes` bytes from the operating system's CSPRNG (QRandomGenerator::system()), base64url.
QByteArray randomUrlSafe(int bytes);

// PKCE (RFC 7636): a verifier of 43 characters (256 random bits) and its S256 challenge,
// BASE64URL(SHA-256(verifier)).
QByteArray pkceVerifier();
QByteArray pkceChallenge(const QByteArray &verifier);

// The OAuth `state`: 256 random bits, base64url.
QByteArray oauthState();

// A compact JWS with alg RS256: header {"alg":"RS256","typ":"JWT"[,"kid":keyId]}, the given
// claims, signed with the PEM private key (PKCS#8 "BEGIN PRIVATE KEY" or PKCS#1 "BEGIN RSA
// PRIVATE KEY") through OpenSSL EVP_DigestSign. Fails with a readable reason when the key does
// not parse or is not RSA; the key text never appears in the error.
Result<QByteArray> signJwtRs256(const QJsonObject &claims, const QByteArray &privateKeyPem,
                                const QString &keyId = {});

// Checks an RS256 JWT against a PEM public key and returns its claims (used by the local fake
// token endpoint in tests, and to sanity-check a key file after it was loaded).
Result<QJsonObject> verifyJwtRs256(const QByteArray &jwt, const QByteArray &publicKeyPem);

} // namespace gardener::gcp
