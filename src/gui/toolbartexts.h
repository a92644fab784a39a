// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QToolBar;

// Chinese (and Japanese) texts put the mnemonic after the words, "检测手机(&D)". A toolbar button
// has no mnemonic, yet Qt's default icon text only drops the '&' and shows "检测手机(D)". This
// gives the toolbar's actions their text without that suffix, and keeps it so when a text changes.
// Call once, after the actions are added; it owns their icon texts.
void dropMnemonicSuffixes(QToolBar *toolBar);
