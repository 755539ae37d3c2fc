#pragma once

namespace carillon::ui {

// Interfaces for the accessibility tree where Qt's own fall short, installed as an interface
// factory (QAccessible::installFactory, as Qt's widgets are; the last installed is asked
// first). Idempotent; needs the QApplication. Each widget that relies on one calls it.
//
// - The message list: Qt's item-view interface exposes a list's cells only, so the cards set
//   as index widgets (every button, code and label on the assistant's replies and attachment
//   bubbles) sat on the viewport, which the tree never reaches: screen readers and AT-SPI
//   automation could not find them. Here the list has one child per message, the card where
//   the row has one, else an item naming sender, time and text.
// - Drop-downs: on Linux Qt names a combo box after its current value and ignores its
//   accessible name, so Settings offered "English" and "System" instead of "Language" and
//   "Colours". Here the name is the accessible name and the current text is the value.
void installAccessibility();

} // namespace carillon::ui
