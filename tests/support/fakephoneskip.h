// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtTest>

// The fake adb and fastboot of tests/support are POSIX shell scripts, which Windows cannot start: a
// test function (or initTestCase, for the whole test) that runs them skips there. A macro, because
// QSKIP must return from the test function itself.
#ifdef Q_OS_WIN
#define FWB_SKIP_WHERE_FAKE_PHONES_CANNOT_RUN() QSKIP("the fake adb and fastboot are POSIX shell scripts, which Windows cannot start")
#else
#define FWB_SKIP_WHERE_FAKE_PHONES_CANNOT_RUN() static_cast<void>(0)
#endif
