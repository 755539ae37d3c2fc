<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountStore</name>
    <message numerus="yes">
        <source>The password must have at least %n characters.</source>
        <translation>
            <numerusform>The password must have at least %n characters.</numerusform>
            <numerusform>The password must have at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssistantTexts</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>- your place in %n conversation(s)</source>
        <translation>
            <numerusform>- your place in %n conversation</numerusform>
            <numerusform>- your place in %n conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>- %n message(s) you wrote</source>
        <translation>
            <numerusform>- %n message you wrote</numerusform>
            <numerusform>- %n messages you wrote</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>- %n attachment(s) you uploaded</source>
        <translation>
            <numerusform>- %n attachment you uploaded</numerusform>
            <numerusform>- %n attachments you uploaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>- %n contact(s), and you from other people's contacts</source>
        <translation>
            <numerusform>- %n contact, and you from other people's contacts</numerusform>
            <numerusform>- %n contacts, and you from other people's contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>- %n meeting(s) you organised, cancelled for the people invited</source>
        <translation>
            <numerusform>- %n meeting you organised, cancelled for the people invited</numerusform>
            <numerusform>- %n meetings you organised, cancelled for the people invited</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>- your membership of %n room(s) you created; rooms with other members stay for them</source>
        <translation>
            <numerusform>- your membership of %n room you created; rooms with other members stay for them</numerusform>
            <numerusform>- your membership of %n rooms you created; rooms with other members stay for them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your attachments list is ready: the attached file has %n download link(s), one per line.</source>
        <translation>
            <numerusform>Your attachments list is ready: the attached file has %n download link, one per line.</numerusform>
            <numerusform>Your attachments list is ready: the attached file has %n download links, one per line.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>I could not prepare your file of attachment links: %n attempt(s) failed, so I stopped trying. Nothing was sent and this request does not count towards the limit. Send Get my attachments again to make a new request; if that fails too, tell whoever looks after this Carillon installation.</source>
        <translation>
            <numerusform>I could not prepare your file of attachment links: %n attempt failed, so I stopped trying. Nothing was sent and this request does not count towards the limit. Send Get my attachments again to make a new request; if that fails too, tell whoever looks after this Carillon installation.</numerusform>
            <numerusform>I could not prepare your file of attachment links: %n attempts failed, so I stopped trying. Nothing was sent and this request does not count towards the limit. Send Get my attachments again to make a new request; if that fails too, tell whoever looks after this Carillon installation.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConversationStore</name>
    <message numerus="yes">
        <source>The name is too long: use at most %n characters.</source>
        <translation>
            <numerusform>The name is too long: use at most %n characters.</numerusform>
            <numerusform>The name is too long: use at most %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carillon::Workspace</name>
    <message numerus="yes">
        <source>The demo clock runs at most 10 years ahead of real time; it is %n day(s) ahead now. Move it by less, or put it back with "carillon clock reset".</source>
        <translation>
            <numerusform>The demo clock runs at most 10 years ahead of real time; it is %n day ahead now. Move it by less, or put it back with "carillon clock reset".</numerusform>
            <numerusform>The demo clock runs at most 10 years ahead of real time; it is %n days ahead now. Move it by less, or put it back with "carillon clock reset".</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carillon::ui::ChatView</name>
    <message numerus="yes">
        <source>Chat room · %n member(s)</source>
        <translation>
            <numerusform>Chat room · %n member</numerusform>
            <numerusform>Chat room · %n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %n files…</source>
        <translation>
            <numerusform>Sending %n files…</numerusform>
            <numerusform>Sending %n files…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carillon::ui::MainWindow</name>
    <message numerus="yes">
        <source>%1, %n unread, last message: %2</source>
        <translation>
            <numerusform>%1, %n unread, last message: %2</numerusform>
            <numerusform>%1, %n unread, last message: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min · organised by %1</source>
        <translation>
            <numerusform>%n min · organised by %1</numerusform>
            <numerusform>%n min · organised by %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carillon::ui::ManifestViewer</name>
    <message numerus="yes">
        <source>Downloaded and verified %1 of %n file(s) into %2.</source>
        <translation>
            <numerusform>Downloaded and verified %1 of %n file into %2.</numerusform>
            <numerusform>Downloaded and verified %1 of %n files into %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s). Download all checks each one against the SHA-256 checksum in its link.</source>
        <translation>
            <numerusform>%n file. Download all checks each one against the SHA-256 checksum in its link.</numerusform>
            <numerusform>%n files. Download all checks each one against the SHA-256 checksum in its link.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carillon::ui::MessageCard</name>
    <message numerus="yes">
        <source>%n link(s), valid until %1</source>
        <translation>
            <numerusform>%n link, valid until %1</numerusform>
            <numerusform>%n links, valid until %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n attachment</numerusform>
            <numerusform>%n attachments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s), expired on %1. Send Get my attachments for new links.</source>
        <translation>
            <numerusform>%n link, expired on %1. Send Get my attachments for new links.</numerusform>
            <numerusform>%n links, expired on %1. Send Get my attachments for new links.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carillon::ui::Notifier</name>
    <message numerus="yes">
        <source>Sent %n file(s)</source>
        <translation>
            <numerusform>Sent %n file</numerusform>
            <numerusform>Sent %n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message numerus="yes">
        <source>Deleted "%1"; erased %n profile(s).</source>
        <translation>
            <numerusform>Deleted "%1"; erased %n profile.</numerusform>
            <numerusform>Deleted "%1"; erased %n profiles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed the saved sign-ins and %n link-signing key(s) from %1.</source>
        <translation>
            <numerusform>Removed the saved sign-ins and %n link-signing key from %1.</numerusform>
            <numerusform>Removed the saved sign-ins and %n link-signing keys from %1.</numerusform>
        </translation>
    </message>
</context>
</TS>