// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Scope guards for what a test changes for the whole process. Each records the state when it is
// made and puts it back when it goes out of scope, also when a QVERIFY or QCOMPARE returns early,
// so that no test runs on what an earlier one left behind. (scopedstyle.h: the widgets' style.)

#include <QByteArray>
#include <QLocale>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>

#include <optional>

// An environment variable (PATH, DISPLAY, ...), changed through the guard.
class ScopedEnvironmentVariable
{
public:
    explicit ScopedEnvironmentVariable(const char *name);
    ~ScopedEnvironmentVariable();
    ScopedEnvironmentVariable(const ScopedEnvironmentVariable &) = delete;
    ScopedEnvironmentVariable &operator=(const ScopedEnvironmentVariable &) = delete;

    void set(const QByteArray &value);
    void unset();
    QByteArray original() const { return m_original; } // its value when the guard was made

private:
    QByteArray m_name;
    QByteArray m_original;
    bool m_wasSet;
};

// QSslConfiguration::defaultConfiguration(), e.g. made to trust the test server's certificate.
class ScopedDefaultSslConfiguration
{
public:
    ScopedDefaultSslConfiguration();
    // The default also trusts trustedCa (the test server's certificate) until this goes out of scope.
    explicit ScopedDefaultSslConfiguration(const QSslCertificate &trustedCa);
    ~ScopedDefaultSslConfiguration();
    ScopedDefaultSslConfiguration(const ScopedDefaultSslConfiguration &) = delete;
    ScopedDefaultSslConfiguration &operator=(const ScopedDefaultSslConfiguration &) = delete;

private:
    QSslConfiguration m_original;
};

// The interface language: QLocale's default and the translators of installTranslators().
class ScopedLanguage
{
public:
    ScopedLanguage();
    ~ScopedLanguage();
    ScopedLanguage(const ScopedLanguage &) = delete;
    ScopedLanguage &operator=(const ScopedLanguage &) = delete;

private:
    QLocale m_locale;
    std::optional<QLocale> m_translators; // the locale the installed translators are for
};
