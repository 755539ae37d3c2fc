#!/usr/bin/python3
"""Drives a running Carillon over AT-SPI, as external UI-automation tools do: finds widgets by
their accessible names only, signs in as a demo person, opens a chat, types into the composer
and presses Send. Exits non-zero with a reason when any step fails."""
import sys
import time

import pyatspi

TIMEOUT = 20.0


def find(root, predicate, timeout=TIMEOUT):
    deadline = time.time() + timeout
    while time.time() < deadline:
        match = pyatspi.findDescendant(root, predicate, True)
        if match is not None:
            return match
        time.sleep(0.2)
    return None


def carillon():
    deadline = time.time() + TIMEOUT
    while time.time() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            if app is not None and app.name and "carillon" in app.name.lower():
                return app
        time.sleep(0.2)
    return None


def named(role, name):
    return lambda a: a is not None and a.getRole() == role and a.name == name


def press(button):
    action = button.queryAction()
    for i in range(action.nActions):
        if action.getName(i) in ("press", "click", "Press"):
            action.doAction(i)
            return
    action.doAction(0)


def fail(message):
    print("atspi: " + message, file=sys.stderr)
    sys.exit(1)


def main():
    text = sys.argv[1]
    app = carillon()
    if app is None:
        fail("Carillon did not appear on the accessibility bus")
    pick = find(app, named(pyatspi.ROLE_PUSH_BUTTON, "Sign in as the selected demo person"))
    if pick is None:
        fail("no sign-in button named 'Sign in as the selected demo person'")
    press(pick)
    chats = find(app, named(pyatspi.ROLE_LIST, "Chats"))
    if chats is None:
        fail("no list named 'Chats' after signing in")
    target = None
    for i in range(chats.childCount):
        child = chats.getChildAtIndex(i)
        if child is not None and child.name.startswith("Grace Hopper"):
            target = i
    if target is None:
        fail("no chat with Grace Hopper in 'Chats'")
    # A list cell's one action ("Toggle") selects it, which opens the chat.
    chats.getChildAtIndex(target).queryAction().doAction(0)
    composer = find(app, lambda a: a is not None and a.getRole() == pyatspi.ROLE_TEXT
                    and a.name == "Message" and a.getState().contains(pyatspi.STATE_ENABLED))
    if composer is None:
        fail("no enabled text field named 'Message'")
    composer.queryEditableText().setTextContents(text)
    send = find(app, named(pyatspi.ROLE_PUSH_BUTTON, "Send"))
    if send is None:
        fail("no button named 'Send'")
    press(send)
    print("atspi: sent through the composer and the Send button")


if __name__ == "__main__":
    main()
