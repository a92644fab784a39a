// SPDX-License-Identifier: GPL-3.0-or-later
#include "md5digest.h"

#ifdef FWB_HAVE_LIBCRYPTO
#include <openssl/evp.h>

struct Md5Digest::State
{
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    ~State() { EVP_MD_CTX_free(context); }
    void reset() { EVP_DigestInit_ex(context, EVP_md5(), nullptr); }
    void add(QByteArrayView data) { EVP_DigestUpdate(context, data.data(), size_t(data.size())); }
    QByteArray result()
    {
        // On a copy, so that more data may follow, as with QCryptographicHash.
        EVP_MD_CTX *copy = EVP_MD_CTX_new();
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        EVP_MD_CTX_copy_ex(copy, context);
        EVP_DigestFinal_ex(copy, digest, &length);
        EVP_MD_CTX_free(copy);
        return QByteArray(reinterpret_cast<const char *>(digest), int(length));
    }
};

const char *Md5Digest::backend()
{
    return "OpenSSL";
}
#else
#include <QCryptographicHash>

struct Md5Digest::State
{
    QCryptographicHash hash{QCryptographicHash::Md5};
    void reset() { hash.reset(); }
    void add(QByteArrayView data) { hash.addData(data); }
    QByteArray result() { return hash.result(); }
};

const char *Md5Digest::backend()
{
    return "Qt";
}
#endif

Md5Digest::Md5Digest()
    : m_state(std::make_unique<State>())
{
    m_state->reset();
}

Md5Digest::~Md5Digest() = default;

void Md5Digest::reset()
{
    m_state->reset();
}

void Md5Digest::addData(QByteArrayView data)
{
    m_state->add(data);
}

QByteArray Md5Digest::result()
{
    return m_state->result();
}
