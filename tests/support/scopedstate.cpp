// SPDX-License-Identifier: GPL-3.0-or-later
#include "scopedstate.h"

#include "util/translations.h"

ScopedEnvironmentVariable::ScopedEnvironmentVariable(const char *name)
    : m_name(name)
    , m_original(qgetenv(name))
    , m_wasSet(qEnvironmentVariableIsSet(name))
{
}

ScopedEnvironmentVariable::~ScopedEnvironmentVariable()
{
    if (m_wasSet)
        qputenv(m_name.constData(), m_original);
    else
        qunsetenv(m_name.constData());
}

void ScopedEnvironmentVariable::set(const QByteArray &value)
{
    qputenv(m_name.constData(), value);
}

void ScopedEnvironmentVariable::unset()
{
    qunsetenv(m_name.constData());
}

ScopedDefaultSslConfiguration::ScopedDefaultSslConfiguration()
    : m_original(QSslConfiguration::defaultConfiguration())
{
}

ScopedDefaultSslConfiguration::ScopedDefaultSslConfiguration(const QSslCertificate &trustedCa)
    : ScopedDefaultSslConfiguration()
{
    QSslConfiguration trusting = m_original;
    trusting.addCaCertificate(trustedCa);
    QSslConfiguration::setDefaultConfiguration(trusting);
}

ScopedDefaultSslConfiguration::~ScopedDefaultSslConfiguration()
{
    QSslConfiguration::setDefaultConfiguration(m_original);
}

ScopedLanguage::ScopedLanguage()
    : m_locale(QLocale())
    , m_translators(translatorsLocale())
{
}

ScopedLanguage::~ScopedLanguage()
{
    QLocale::setDefault(m_locale);
    if (m_translators)
        installTranslators(*m_translators);
    else
        removeTranslators();
}
