// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Whether stderr is a terminal: progress then redraws one live line, else prints one line per
// change (a log, a pipe).
bool stderrIsTerminal();
