// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How long a status-bar message stays, in milliseconds: a result the user may want to read
// (copied, opened, refreshed), and a passing notice (pinned, still loading).
constexpr int StatusMessageMs = 8000;
constexpr int BriefStatusMessageMs = 4000;
