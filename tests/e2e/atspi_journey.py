#!/usr/bin/python3
"""The whole assistant journey driven over AT-SPI, as UI-automation tools drive Carillon: by
accessible roles and names only (no coordinates, no object names, no fixed sleeps: every step
polls for the condition it needs, with generous deadlines for a loaded machine).

Sign in, invite the assistant, Help, Get my attachments, confirm with the code read from the
card, advance the demo clock, open the links viewer, Download all and read the verified state,
Delete me, confirm, back at sign-in.

With --names it also walks the accessibility tree of every screen, dialog and card it passes
(and of the dialogs the journey does not need) and fails on any focusable element without a
name. Usage: atspi_journey.py [--names] DOWNLOAD_FOLDER"""
import os
import sys
import time

import pyatspi

DEADLINE = float(os.environ.get("CARILLON_ATSPI_DEADLINE", "120"))
POLL = 0.1  # the polling interval of each condition, never a wait for something
ASSISTANT = "assistant_no_reply@chime.aws"
CHECK_NAMES = False
UNNAMED = []


def fail(message):
    print("atspi: " + message, file=sys.stderr)
    if UNNAMED:
        print("atspi: focusable elements without a name:\n  " + "\n  ".join(UNNAMED),
              file=sys.stderr)
    sys.exit(1)


def step(message):
    print("atspi: " + message, flush=True)


def poll(what, condition, timeout=DEADLINE, on_timeout=None):
    """Returns the first true value of condition(), polled until the deadline."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            value = condition()
        except Exception:  # an object went away mid-walk (a dialog closed): ask again
            value = None
        if value:
            return value
        if time.monotonic() > deadline:
            detail = ""
            if on_timeout:
                try:
                    detail = " (" + on_timeout() + ")"
                except Exception:
                    pass
            fail("timed out after %.0f s waiting for %s%s" % (timeout, what, detail))
        time.sleep(POLL)


def children(node):
    try:
        count = node.childCount
    except Exception:
        return []
    out = []
    for i in range(count):
        try:
            child = node.getChildAtIndex(i)
        except Exception:
            child = None
        if child is not None:
            out.append(child)
    return out


def walk(root):
    """Every node under root, depth first (root included)."""
    stack = [root]
    while stack:
        node = stack.pop()
        yield node
        stack.extend(reversed(children(node)))


def states(node):
    return node.getState()


def showing(node):
    s = states(node)
    return s.contains(pyatspi.STATE_SHOWING) and s.contains(pyatspi.STATE_VISIBLE)


def enabled(node):
    return states(node).contains(pyatspi.STATE_ENABLED)


def find_all(root, role, name=None, prefix=None, contains=None, visible=True):
    found = []
    for node in walk(root):
        try:
            if node.getRole() != role:
                continue
            text = node.name or ""
            if name is not None and text != name:
                continue
            if prefix is not None and not text.startswith(prefix):
                continue
            if contains is not None and contains not in text:
                continue
            if visible and not showing(node):
                continue
            found.append(node)
        except Exception:
            continue
    return found


def wait_one(root, role, what, **match):
    return poll(what, lambda: (find_all(root, role, **match) or [None])[-1])


def carillon():
    def find():
        for app in pyatspi.Registry.getDesktop(0):
            if app is not None and app.name and "carillon" in app.name.lower():
                return app
        return None
    return poll("Carillon on the accessibility bus", find)


def press(node, what):
    poll(what + " to be enabled", lambda: enabled(node))
    action = node.queryAction()
    names = [action.getName(i) for i in range(action.nActions)]
    for wanted in ("Press", "press", "click", "Toggle"):
        if wanted in names:
            action.doAction(names.index(wanted))
            return
    action.doAction(0)


def press_named(root, role, name):
    press(wait_one(root, role, "'%s'" % name, name=name), "'%s'" % name)


def menu_item(app, name):
    """Triggers a menu item by name: the menu need not be opened first."""
    item = poll("menu item '%s'" % name,
                lambda: (find_all(app, pyatspi.ROLE_MENU_ITEM, name=name, visible=False)
                         or [None])[0])
    press(item, "menu item '%s'" % name)


def check_names(root, where):
    """Records every focusable, visible element without a name under root."""
    if not CHECK_NAMES:
        return
    focusable = 0
    for node in walk(root):
        try:
            s = states(node)
            if not (s.contains(pyatspi.STATE_FOCUSABLE) and s.contains(pyatspi.STATE_SHOWING)):
                continue
            focusable += 1
            if (node.name or "").strip():
                continue
            UNNAMED.append("%s: %s (%s)" % (where, node.getRoleName(), node.description))
        except Exception:
            continue
    if focusable == 0:  # a walk that saw nothing would pass anything
        fail("no focusable element in %s" % where)
    step("names: %d focusable element(s) in %s" % (focusable, where))


def window(app, role, what, **match):
    def find():
        return next((w for w in children(app) if role in (None, w.getRole()) and showing(w)
                     and _matches(w.name or "", **match)), None)
    found = poll(what, find, on_timeout=lambda: "windows: " + ", ".join(
        "%s '%s'" % (w.getRoleName(), w.name) for w in children(app)))
    return found


def _matches(text, name=None, prefix=None, contains=None):
    return ((name is None or text == name) and (prefix is None or text.startswith(prefix))
            and (contains is None or contains in text))


class Chat:
    def __init__(self, app):
        self.app = app

    def messages(self):
        return wait_one(self.app, pyatspi.ROLE_LIST, "the list 'Messages'", name="Messages")

    def send(self, text):
        composer = poll("an enabled text field 'Message'", lambda: next(
            (n for n in find_all(self.app, pyatspi.ROLE_TEXT, name="Message") if enabled(n)),
            None))
        composer.queryEditableText().setTextContents(text)
        poll("the composer to hold the text",
             lambda: composer.queryText().getText(0, -1) == text)
        press_named(self.app, pyatspi.ROLE_PUSH_BUTTON, "Send")
        poll("the composer to be emptied by Send",
             lambda: composer.queryText().characterCount == 0)

    def card(self, contains):
        return wait_one(self.messages(), pyatspi.ROLE_LIST_ITEM,
                        "a message containing '%s'" % contains, contains=contains, visible=False)

    def codes(self):
        return [n.name.split()[-1] for n in find_all(
            self.messages(), pyatspi.ROLE_LABEL, prefix="Confirmation code ", visible=False)]

    def new_code(self, known):
        return poll("a new confirmation code on a card",
                    lambda: next((c for c in reversed(self.codes()) if c not in known), None))


def dialog_names_tour(app, main):
    """Opens the dialogs the journey does not pass through, checks their names, closes them."""
    for item, title, close in (("Settings…", "Settings", "Cancel"),
                               ("New room…", "New room", "Cancel"),
                               ("Schedule…", "Schedule a meeting", "Cancel"),
                               ("Assistant commands", "Assistant commands", "OK"),
                               ("About Carillon", "About Carillon", "OK")):
        menu_item(app, item)
        dialog = window(app, None, "the dialog '%s'" % title, prefix=title)
        check_names(dialog, title)
        press_named(dialog, pyatspi.ROLE_PUSH_BUTTON, close)
        poll("the dialog '%s' to close" % title, lambda: not showing(dialog))
    check_names(main, "main window after the dialogs")


def main():
    global CHECK_NAMES
    args = sys.argv[1:]
    if args and args[0] == "--names":
        CHECK_NAMES = True
        args = args[1:]
    folder = args[0]
    app = carillon()

    # A top-level widget: a filler on AT-SPI, not a frame.
    sign_in = window(app, None, "the sign-in window", prefix="Sign in")
    check_names(sign_in, "sign-in window")
    press_named(app, pyatspi.ROLE_PUSH_BUTTON, "Sign in as the selected demo person")
    wait_one(app, pyatspi.ROLE_LIST, "the list 'Chats'", name="Chats")
    main_window = window(app, pyatspi.ROLE_FRAME, "the main window", contains="– Carillon")
    step("signed in: " + main_window.name)
    check_names(main_window, "main window")
    if CHECK_NAMES:
        dialog_names_tour(app, main_window)

    menu_item(app, "Invite contact…")
    address = wait_one(app, pyatspi.ROLE_TEXT, "the field 'Email address to invite'",
                       name="Email address to invite")
    address.queryEditableText().setTextContents(ASSISTANT)
    check_names(window(app, pyatspi.ROLE_DIALOG, "the invite dialog", prefix="Invite"),
                "invite dialog")
    press_named(app, pyatspi.ROLE_PUSH_BUTTON, "Invite")
    poll("the invite dialog to close", lambda: not showing(address))
    step("invited the assistant")

    menu_item(app, "New message…")
    to = wait_one(app, pyatspi.ROLE_TEXT, "the field 'To'", name="To")
    to.queryEditableText().setTextContents(ASSISTANT)
    check_names(window(app, pyatspi.ROLE_DIALOG, "the new message dialog", name="New message"),
                "new message dialog")
    press_named(app, pyatspi.ROLE_PUSH_BUTTON, "Start chat")
    poll("the chat with the assistant", lambda: not showing(to)
         and find_all(app, pyatspi.ROLE_LABEL, name="Webhook"))
    chat = Chat(app)

    chat.send("Help")
    chat.card("Get my attachments")  # the help text names the commands
    step("Help answered")
    check_names(main_window, "chat with the Help answer")

    chat.send("Get my attachments")
    code = chat.new_code([])
    for button in ("Copy code", "Copy command", "Put the command in the composer"):
        wait_one(chat.messages(), pyatspi.ROLE_PUSH_BUTTON, "'%s' on the card" % button,
                 name=button)
    wait_one(chat.messages(), pyatspi.ROLE_LABEL, "the code's expiry", prefix="Valid for ")
    step("code on the card: " + code)
    check_names(main_window, "confirmation card")
    chat.send("Get my attachments " + code)
    chat.card("Request confirmed")
    step("request confirmed")

    menu_item(app, "Advance time…")
    advance = window(app, pyatspi.ROLE_DIALOG, "the advance time dialog",
                     name="Advance demo time")
    check_names(advance, "advance time dialog")
    press_named(advance, pyatspi.ROLE_PUSH_BUTTON, "+1 day (attachments delivered)")
    chat.card("Your attachments list is ready")
    step("attachments delivered")
    check_names(main_window, "delivered card")

    press(wait_one(chat.messages(), pyatspi.ROLE_PUSH_BUTTON, "'View links' on the card",
                   name="View links", visible=False), "'View links'")
    viewer = window(app, pyatspi.ROLE_DIALOG, "the links viewer", prefix="Attachment links")
    table = wait_one(viewer, pyatspi.ROLE_TABLE, "the table 'Links'", name="Links")
    rows = poll("rows in the links table", lambda: table.queryTable().nRows)
    poll("every link checked", lambda: all(
        table.queryTable().getAccessibleAt(r, 3).name == "Ready" for r in range(rows)))
    check_names(viewer, "links viewer")
    press_named(viewer, pyatspi.ROLE_PUSH_BUTTON, "Download all")
    chooser = window(app, pyatspi.ROLE_DIALOG, "the folder chooser", name="Download into")
    field = poll("the chooser's folder field", lambda: next(
        (n for n in find_all(chooser, pyatspi.ROLE_TEXT)
         if states(n).contains(pyatspi.STATE_EDITABLE)), None))
    field.queryEditableText().setTextContents(folder)
    press_named(chooser, pyatspi.ROLE_PUSH_BUTTON, "Choose")
    summary = wait_one(viewer, pyatspi.ROLE_LABEL, "the verified state",
                       prefix="Downloaded and verified %d of %d" % (rows, rows))
    verified = [table.queryTable().getAccessibleAt(r, 3).name for r in range(rows)]
    if any(v != "Downloaded, SHA-256 verified" for v in verified):
        fail("not every file verified: %s" % verified)
    step("downloaded: " + summary.name)
    press_named(viewer, pyatspi.ROLE_PUSH_BUTTON, "Close")
    poll("the links viewer to close", lambda: not showing(viewer))

    known = chat.codes()
    chat.send("Delete me")
    code = chat.new_code(known)
    step("Delete me code: " + code)
    check_names(main_window, "Delete me card")
    chat.send("Delete me " + code)
    notice = wait_one(app, pyatspi.ROLE_LABEL, "the sign-out notice naming Delete me",
                      contains="Delete me")
    wait_one(app, pyatspi.ROLE_PUSH_BUTTON, "the sign-in window again",
             name="Sign in as the selected demo person")
    check_names(window(app, None, "the sign-in window", prefix="Sign in"),
                "sign-in window after Delete me")
    step("back at sign-in: " + notice.name)
    if UNNAMED:
        fail("%d focusable element(s) without a name" % len(UNNAMED))
    print("atspi: journey complete")


if __name__ == "__main__":
    main()
