<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountStore</name>
    <message numerus="yes">
        <source>The password must have at least %n characters.</source>
        <translation>
            <numerusform>Das Passwort muss mindestens %n Zeichen lang sein.</numerusform>
            <numerusform>Das Passwort muss mindestens %n Zeichen lang sein.</numerusform>
        </translation>
    </message>
    <message>
        <source>An identity for %1 already exists. Sign in with it instead.</source>
        <translation>Für %1 gibt es bereits eine Identität. Melden Sie sich stattdessen damit an.</translation>
    </message>
    <message>
        <source>There is no identity for %1. Create one first.</source>
        <translation>Für %1 gibt es keine Identität. Legen Sie zuerst eine an.</translation>
    </message>
    <message>
        <source>The email address or password is not right. Check both and try again.</source>
        <translation>E-Mail-Adresse oder Passwort ist falsch. Prüfen Sie beides und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>That identity no longer exists.</source>
        <translation>Diese Identität gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>That person&apos;s profile no longer exists.</source>
        <translation>Das Profil dieser Person gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Nobody with the address %1 uses Carillon yet. Check the address, or invite them.</source>
        <translation>Unter der Adresse %1 nutzt noch niemand Carillon. Prüfen Sie die Adresse oder laden Sie die Person ein.</translation>
    </message>
    <message>
        <source>The assistant is not set up in this data folder.</source>
        <translation>In diesem Datenordner ist der Assistent nicht eingerichtet.</translation>
    </message>
    <message>
        <source>%1 is the assistant&apos;s address and is reserved: nobody can sign up or act with it. Use your own address.</source>
        <translation>%1 ist die Adresse des Assistenten und reserviert: Niemand kann sich damit registrieren oder in ihrem Namen handeln. Verwenden Sie Ihre eigene Adresse.</translation>
    </message>
    <message>
        <source>Nobody can act as the assistant (%1): only Carillon speaks for it. Act as a person instead.</source>
        <translation>Niemand kann als Assistent (%1) handeln: Nur Carillon spricht für ihn. Handeln Sie stattdessen als Person.</translation>
    </message>
</context>
<context>
    <name>AppPaths</name>
    <message>
        <source>&quot;%1&quot; is not a profile name. Use &quot;default&quot;, &quot;demo&quot;, or up to 32 lower-case letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>&quot;%1&quot; ist kein Profilname. Verwenden Sie &quot;default&quot;, &quot;demo&quot; oder bis zu 32 Kleinbuchstaben, Ziffern, &apos;-&apos; und &apos;_&apos;.</translation>
    </message>
</context>
<context>
    <name>AssistantTexts</name>
    <message>
        <source>%1 at %2 %3</source>
        <comment>date, time, time zone</comment>
        <translation>%1 um %2 %3</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Hello! I am %1. I look after your own data on Carillon and understand three commands. Send one as a message:

Help
    what I can do and how it works.

Get my attachments
    a file of download links to every attachment you uploaded to 1:1 and group chats, and to everything shared in chat rooms you created. Once every %2.

Delete me
    erases your profile and your data and signs you out on all your devices. Your sign-in identity is kept.

Before I act on Get my attachments or Delete me, I send you a confirmation code to send back. These two are not available when a Team or an Enterprise account manages your profile.</source>
        <translation>Hallo! Ich bin %1. Ich kümmere mich um Ihre eigenen Daten in Carillon und verstehe drei Befehle. Senden Sie einen davon genau so (auf Englisch) als Nachricht:

Help
    was ich kann und wie es funktioniert.

Get my attachments
    eine Datei mit Download-Links zu allen Anhängen, die Sie in 1:1- und Gruppenchats hochgeladen haben, und zu allem, was in von Ihnen erstellten Chaträumen geteilt wurde. Einmal alle %2.

Delete me
    löscht Ihr Profil und Ihre Daten und meldet Sie auf allen Ihren Geräten ab. Ihre Anmeldeidentität bleibt erhalten.

Bevor ich „Get my attachments“ oder „Delete me“ ausführe, schicke ich Ihnen einen Bestätigungscode, den Sie zurücksenden. Diese beiden Befehle sind nicht verfügbar, wenn ein Team- oder Enterprise-Konto Ihr Profil verwaltet.</translation>
    </message>
    <message>
        <source>Sorry, I did not understand that. I answer three commands: Help, Get my attachments and Delete me.</source>
        <translation>Entschuldigung, das habe ich nicht verstanden. Ich beantworte drei Befehle: „Help“, „Get my attachments“ und „Delete me“.</translation>
    </message>
    <message>
        <source>That did not match the code I sent, so that code no longer works. Here is a new one.</source>
        <translation>Das passte nicht zu dem Code, den ich gesendet habe, deshalb ist dieser Code jetzt ungültig. Hier ist ein neuer.</translation>
    </message>
    <message>
        <source>That code had expired, so here is a new one.</source>
        <translation>Dieser Code war abgelaufen, hier ist ein neuer.</translation>
    </message>
    <message>
        <source>To confirm that you want your profile and data deleted, send this exact command before %1:</source>
        <translation>Um zu bestätigen, dass Ihr Profil und Ihre Daten gelöscht werden sollen, senden Sie vor %1 genau diesen Befehl:</translation>
    </message>
    <message>
        <source>To confirm your request for your attachments, send this exact command before %1:</source>
        <translation>Um Ihre Anfrage nach Ihren Anhängen zu bestätigen, senden Sie vor %1 genau diesen Befehl:</translation>
    </message>
    <message>
        <source>You will be signed out on all your devices and will no longer have your chats, rooms, contacts or meetings.</source>
        <translation>Sie werden auf allen Ihren Geräten abgemeldet, und Ihre Chats, Räume, Kontakte und Besprechungen sind danach nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>Deleting your profile erases:</source>
        <translation>Das Löschen Ihres Profils entfernt:</translation>
    </message>
    <message numerus="yes">
        <source>- your place in %n conversation(s)</source>
        <translation>
            <numerusform>- Ihre Teilnahme an %n Unterhaltung</numerusform>
            <numerusform>- Ihre Teilnahme an %n Unterhaltungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>- %n message(s) you wrote</source>
        <translation>
            <numerusform>- %n Nachricht, die Sie geschrieben haben</numerusform>
            <numerusform>- %n Nachrichten, die Sie geschrieben haben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>- %n attachment(s) you uploaded</source>
        <translation>
            <numerusform>- %n Anhang, den Sie hochgeladen haben</numerusform>
            <numerusform>- %n Anhänge, die Sie hochgeladen haben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>- %n contact(s), and you from other people&apos;s contacts</source>
        <translation>
            <numerusform>- %n Kontakt, und Sie aus den Kontakten anderer Personen</numerusform>
            <numerusform>- %n Kontakte, und Sie aus den Kontakten anderer Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>- %n meeting(s) you organised, cancelled for the people invited</source>
        <translation>
            <numerusform>- %n von Ihnen organisierte Besprechung; sie wird für die Eingeladenen abgesagt</numerusform>
            <numerusform>- %n von Ihnen organisierte Besprechungen; sie werden für die Eingeladenen abgesagt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>- your membership of %n room(s) you created; rooms with other members stay for them</source>
        <translation>
            <numerusform>- Ihre Mitgliedschaft in %n von Ihnen erstellten Raum; Räume mit weiteren Mitgliedern bleiben für diese bestehen</numerusform>
            <numerusform>- Ihre Mitgliedschaft in %n von Ihnen erstellten Räumen; Räume mit weiteren Mitgliedern bleiben für diese bestehen</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept: your sign-in identity %1. Signing in with it again starts a new, empty profile.</source>
        <translation>Erhalten bleibt: Ihre Anmeldeidentität %1. Wenn Sie sich wieder damit anmelden, beginnt ein neues, leeres Profil.</translation>
    </message>
    <message>
        <source>Your request of %1 is still being prepared. I will post the file here around %2.</source>
        <translation>Ihre Anfrage vom %1 wird noch vorbereitet. Ich poste die Datei hier voraussichtlich am %2.</translation>
    </message>
    <message>
        <source>Confirmed. I am preparing the list of your attachments and will post it here as a file around %1.</source>
        <translation>Bestätigt. Ich stelle die Liste Ihrer Anhänge zusammen und poste sie hier voraussichtlich am %1 als Datei.</translation>
    </message>
    <message>
        <source>Your attachments list is ready. The attached file is empty: there are no attachments that qualify.</source>
        <translation>Ihre Anhangsliste ist fertig. Die angehängte Datei ist leer: Es gibt keine Anhänge, die dafür infrage kommen.</translation>
    </message>
    <message numerus="yes">
        <source>Your attachments list is ready: the attached file has %n download link(s), one per line.</source>
        <translation>
            <numerusform>Ihre Anhangsliste ist fertig: Die angehängte Datei enthält %n Download-Link, einen pro Zeile.</numerusform>
            <numerusform>Ihre Anhangsliste ist fertig: Die angehängte Datei enthält %n Download-Links, einen pro Zeile.</numerusform>
        </translation>
    </message>
    <message>
        <source>The links expire on %1.</source>
        <translation>Die Links laufen am %1 ab.</translation>
    </message>
    <message>
        <source>Keep this file private: anyone who has it can download your attachments until then. To download them all at once: wget -i followed by the file&apos;s name.</source>
        <translation>Halten Sie diese Datei privat: Wer sie hat, kann Ihre Anhänge bis dahin herunterladen. Um alle auf einmal herunterzuladen: wget -i gefolgt vom Dateinamen.</translation>
    </message>
    <message>
        <source>%1 is not available to managed users: your profile is managed by the Team &quot;%2&quot;. Ask the Team&apos;s administrator to remove you from the Team; after that you can use it.</source>
        <translation>„%1“ ist für verwaltete Nutzer nicht verfügbar: Ihr Profil wird vom Team „%2“ verwaltet. Bitten Sie den Administrator des Teams, Sie aus dem Team zu entfernen; danach können Sie den Befehl verwenden.</translation>
    </message>
    <message>
        <source>%1 is not available to managed users: the Enterprise account &quot;%2&quot; has claimed your email domain and manages your profile. Your profile data is deleted when your company releases the domain and deletes its account. Please contact your administrator.</source>
        <translation>„%1“ ist für verwaltete Nutzer nicht verfügbar: Das Enterprise-Konto „%2“ hat Ihre E-Mail-Domain beansprucht und verwaltet Ihr Profil. Ihre Profildaten werden gelöscht, wenn Ihr Unternehmen die Domain freigibt und sein Konto löscht. Bitte wenden Sie sich an Ihren Administrator.</translation>
    </message>
    <message>
        <source>You can ask for your attachments once every %1. Your last request was on %2; you can ask again from %3.</source>
        <translation>Sie können Ihre Anhänge einmal alle %1 anfordern. Ihre letzte Anfrage war am %2; eine neue ist ab %3 möglich.</translation>
    </message>
    <message>
        <source>Here is what I can do.

Get my attachments: I collect two kinds of files. First, the ones you sent yourself in 1:1 and group chats. Second, all files posted by anybody in chat rooms that you started. Files other people sent you in 1:1 or group chats, files in rooms started by someone else and my own files are left out. Confirm with the code I send, and about %1 later I post a file here with one download link per line. The links work for about %2. You can make one request every %3.

Delete me: I first tell you what would be erased, then send a code. When you confirm, you are signed out on every device and your profile, contacts, messages, attachments, room memberships and the meetings you organised are erased. Your sign-in identity stays; signing in with it again starts a new, empty profile.

Codes: each code works once, for %4, for that command only. If a code is wrong or late it stops working and I send a new one.

Managed profiles: if you joined a Team or your company&apos;s Enterprise account claimed your email domain, Get my attachments and Delete me are not available. Ask your administrator.</source>
        <translation>Das kann ich für Sie tun.

Get my attachments: Ich sammle zwei Arten von Dateien. Erstens die Dateien, die Sie selbst in 1:1- und Gruppenchats gesendet haben. Zweitens alle Dateien, die irgendjemand in Chaträumen gepostet hat, die Sie eröffnet haben. Nicht dabei sind Dateien, die andere Ihnen in 1:1- oder Gruppenchats geschickt haben, Dateien in Räumen, die jemand anderes eröffnet hat, und meine eigenen Dateien. Bestätigen Sie mit dem Code, den ich Ihnen sende; etwa %1 später poste ich hier eine Datei mit einem Download-Link pro Zeile. Die Links sind etwa %2 lang gültig. Sie können alle %3 eine Anfrage stellen.

Delete me: Ich sage Ihnen zuerst, was gelöscht würde, und sende dann einen Code. Wenn Sie bestätigen, werden Sie auf allen Geräten abgemeldet, und Ihr Profil, Ihre Kontakte, Nachrichten, Anhänge, Raummitgliedschaften und die von Ihnen organisierten Besprechungen werden gelöscht. Ihre Anmeldeidentität bleibt erhalten; wenn Sie sich wieder damit anmelden, beginnt ein neues, leeres Profil.

Codes: Jeder Code gilt einmal, %4 lang und nur für den jeweiligen Befehl. Ist ein Code falsch oder zu spät, wird er ungültig, und ich sende Ihnen einen neuen.

Verwaltete Profile: Wenn Sie einem Team beigetreten sind oder das Enterprise-Konto Ihres Unternehmens Ihre E-Mail-Domain beansprucht hat, sind „Get my attachments“ und „Delete me“ nicht verfügbar. Wenden Sie sich an Ihren Administrator.</translation>
    </message>
    <message numerus="yes">
        <source>I could not prepare your file of attachment links: %n attempt(s) failed, so I stopped trying. Nothing was sent and this request does not count towards the limit. Send Get my attachments again to make a new request; if that fails too, tell whoever looks after this Carillon installation.</source>
        <translation>
            <numerusform>Ich konnte Ihre Datei mit Anhangslinks nicht erstellen: %n Versuch ist fehlgeschlagen, daher habe ich aufgehört. Es wurde nichts gesendet, und diese Anfrage wird nicht auf das Limit angerechnet. Senden Sie erneut „Get my attachments“, um eine neue Anfrage zu stellen; wenn auch das fehlschlägt, wenden Sie sich an die Person, die diese Carillon-Installation betreut.</numerusform>
            <numerusform>Ich konnte Ihre Datei mit Anhangslinks nicht erstellen: %n Versuche sind fehlgeschlagen, daher habe ich aufgehört. Es wurde nichts gesendet, und diese Anfrage wird nicht auf das Limit angerechnet. Senden Sie erneut „Get my attachments“, um eine neue Anfrage zu stellen; wenn auch das fehlschlägt, wenden Sie sich an die Person, die diese Carillon-Installation betreut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong confirmation codes were sent for %1. To keep your account safe, try again in %2, at %3.</source>
        <translation>Für %1 wurden zu viele falsche Bestätigungscodes gesendet. Zum Schutz Ihres Kontos versuchen Sie es in %2 erneut, um %3.</translation>
    </message>
</context>
<context>
    <name>BlobStore</name>
    <message>
        <source>The file %1 does not exist. Check the path and try again.</source>
        <translation>Die Datei %1 existiert nicht. Prüfen Sie den Pfad und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 is %2; attachments can be at most %3. Share a smaller file or split it.</source>
        <translation>%1 ist %2 groß; Anhänge dürfen höchstens %3 groß sein. Senden Sie eine kleinere Datei oder zerlegen Sie sie.</translation>
    </message>
    <message>
        <source>Cannot read %1 (%2). Check that you may read the file.</source>
        <translation>%1 kann nicht gelesen werden (%2). Prüfen Sie, ob Sie die Datei lesen dürfen.</translation>
    </message>
    <message>
        <source>The attachment</source>
        <translation>Der Anhang</translation>
    </message>
    <message>
        <source>Cannot write to the attachment folder %1. Check its permissions and free space.</source>
        <translation>In den Anhangsordner %1 kann nicht geschrieben werden. Prüfen Sie seine Berechtigungen und den freien Speicherplatz.</translation>
    </message>
    <message>
        <source>Cannot write to the attachment folder %1 (%2). Check its permissions and free space.</source>
        <translation>In den Anhangsordner %1 kann nicht geschrieben werden (%2). Prüfen Sie seine Berechtigungen und den freien Speicherplatz.</translation>
    </message>
    <message>
        <source>%1 is larger than the %2 limit for attachments. Share a smaller file or split it.</source>
        <translation>%1 ist größer als die Obergrenze von %2 für Anhänge. Senden Sie eine kleinere Datei oder zerlegen Sie sie.</translation>
    </message>
    <message>
        <source>Writing the attachment failed (%1). Free some disk space and try again.</source>
        <translation>Der Anhang konnte nicht geschrieben werden (%1). Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Reading %1 stopped early (%2). Check the file and try again.</source>
        <translation>%1 konnte nicht vollständig gelesen werden (%2). Prüfen Sie die Datei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Storing the attachment failed (%1). Check the data folder&apos;s permissions.</source>
        <translation>Der Anhang konnte nicht gespeichert werden (%1). Prüfen Sie die Berechtigungen des Datenordners.</translation>
    </message>
</context>
<context>
    <name>Clock</name>
    <message>
        <source>&quot;%1&quot; is not a duration. Write it like 90m, 24h, 6d or 1d12h.</source>
        <translation>&quot;%1&quot; ist keine Dauer. Schreiben Sie sie wie 90m, 24h, 6d oder 1d12h.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no unit: %1h? Write s, m, h or d after the number, like 90m, 24h or 6d.</source>
        <translation>&quot;%1&quot; hat keine Einheit: %1h? Schreiben Sie s, m, h oder d hinter die Zahl, etwa 90m, 24h oder 6d.</translation>
    </message>
    <message>
        <source>%1 is too long: the demo clock runs at most 10 years ahead of real time.</source>
        <translation>%1 ist zu lang: Die Demo-Uhr läuft höchstens 10 Jahre vor der echten Zeit.</translation>
    </message>
</context>
<context>
    <name>ContactStore</name>
    <message>
        <source>That is your own address. Invite someone else.</source>
        <translation>Das ist Ihre eigene Adresse. Laden Sie jemand anderen ein.</translation>
    </message>
    <message>
        <source>There is no open invitation from %1.</source>
        <translation>Es gibt keine offene Einladung von %1.</translation>
    </message>
</context>
<context>
    <name>ConversationStore</name>
    <message>
        <source>You cannot start a 1:1 chat with yourself. Pick someone else.</source>
        <translation>Sie können keinen 1:1-Chat mit sich selbst beginnen. Wählen Sie eine andere Person.</translation>
    </message>
    <message>
        <source>A group chat needs at least two other people. For one person, start a 1:1 chat.</source>
        <translation>Ein Gruppenchat braucht mindestens zwei weitere Personen. Mit einer Person beginnen Sie einen 1:1-Chat.</translation>
    </message>
    <message>
        <source>Give the chat room a name.</source>
        <translation>Geben Sie dem Chatraum einen Namen.</translation>
    </message>
    <message numerus="yes">
        <source>The name is too long: use at most %n characters.</source>
        <translation>
            <numerusform>Der Name ist zu lang: Verwenden Sie höchstens %n Zeichen.</numerusform>
            <numerusform>Der Name ist zu lang: Verwenden Sie höchstens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>People cannot be added to a 1:1 chat. Start a group chat instead.</source>
        <translation>Zu einem 1:1-Chat können keine Personen hinzugefügt werden. Beginnen Sie stattdessen einen Gruppenchat.</translation>
    </message>
    <message>
        <source>Only members can add people to this conversation.</source>
        <translation>Nur Mitglieder können Personen zu dieser Unterhaltung hinzufügen.</translation>
    </message>
    <message>
        <source>You are not in that conversation.</source>
        <translation>Sie sind nicht Teil dieser Unterhaltung.</translation>
    </message>
    <message>
        <source>Conversation %1 does not exist. List your conversations to find its number.</source>
        <translation>Unterhaltung %1 existiert nicht. Lassen Sie sich Ihre Unterhaltungen auflisten, um ihre Nummer zu finden.</translation>
    </message>
    <message>
        <source>Only you</source>
        <translation>Nur Sie</translation>
    </message>
    <message>
        <source>Deleted person</source>
        <translation>Gelöschte Person</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (gelöscht)</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The data store refused the change (%1). Nothing was changed; check that the data folder is writable and has free space.</source>
        <translation>Der Datenspeicher hat die Änderung abgelehnt (%1). Es wurde nichts geändert; prüfen Sie, ob der Datenordner beschreibbar ist und genug freien Speicherplatz hat.</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1. Choose a folder you can write to.</source>
        <translation>Der Datenordner %1 kann nicht angelegt werden. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>Cannot open the data store %1 (%2). Check the file&apos;s permissions.</source>
        <translation>Der Datenspeicher %1 kann nicht geöffnet werden (%2). Prüfen Sie die Berechtigungen der Datei.</translation>
    </message>
    <message>
        <source>This data folder was written by a newer Carillon (schema %1; this build knows %2). Update Carillon to open it.</source>
        <translation>Dieser Datenordner wurde von einer neueren Carillon-Version geschrieben (Schema %1; diese Version kennt %2). Aktualisieren Sie Carillon, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>There is no data store at %1 yet, so there is nothing to read.</source>
        <translation>Unter %1 gibt es noch keinen Datenspeicher, daher gibt es nichts zu lesen.</translation>
    </message>
    <message>
        <source>Cannot open the data store %1. Check the file&apos;s permissions.</source>
        <translation>Der Datenspeicher %1 kann nicht geöffnet werden. Prüfen Sie die Berechtigungen der Datei.</translation>
    </message>
    <message>
        <source>Cannot connect to the database %1 (%2). Check that PostgreSQL runs there and that the user may connect.</source>
        <translation>Keine Verbindung zur Datenbank %1 (%2). Prüfen Sie, ob PostgreSQL dort läuft und der Benutzer sich verbinden darf.</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>Unmanaged: can use every assistant command. Has attachments in 1:1 chats, a group chat, her own room and a room someone else created.</source>
        <translation>Nicht verwaltet: kann alle Befehle des Assistenten nutzen. Hat Anhänge in 1:1-Chats, einem Gruppenchat, ihrem eigenen Raum und einem Raum, den jemand anderes erstellt hat.</translation>
    </message>
    <message>
        <source>Unmanaged contact of Ada&apos;s.</source>
        <translation>Nicht verwalteter Kontakt von Ada.</translation>
    </message>
    <message>
        <source>Unmanaged contact; created the room &quot;Linus&apos;s Garage&quot;.</source>
        <translation>Nicht verwalteter Kontakt; hat den Raum „Linus&apos;s Garage“ erstellt.</translation>
    </message>
    <message>
        <source>Unmanaged: invited to the Team &quot;Orbit Labs&quot; but has not accepted.</source>
        <translation>Nicht verwaltet: in das Team „Orbit Labs“ eingeladen, hat aber noch nicht angenommen.</translation>
    </message>
    <message>
        <source>Team-managed: a member of the Team &quot;Orbit Labs&quot;.</source>
        <translation>Vom Team verwaltet: Mitglied des Teams „Orbit Labs“.</translation>
    </message>
    <message>
        <source>Enterprise-managed: the Enterprise account &quot;Initech&quot; claimed initech.example.</source>
        <translation>Von Enterprise verwaltet: Das Enterprise-Konto „Initech“ hat initech.example beansprucht.</translation>
    </message>
    <message>
        <source>Enterprise-managed and also in the Team &quot;Orbit Labs&quot; (Enterprise wins).</source>
        <translation>Von Enterprise verwaltet und zugleich im Team „Orbit Labs“ (Enterprise hat Vorrang).</translation>
    </message>
</context>
<context>
    <name>Email</name>
    <message>
        <source>Enter an email address, for example name@example.com.</source>
        <translation>Geben Sie eine E-Mail-Adresse ein, zum Beispiel name@example.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address. Use the form name@example.com.</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse. Verwenden Sie die Form name@example.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid domain. Use the form example.com.</source>
        <translation>„%1“ ist keine gültige Domain. Verwenden Sie die Form example.com.</translation>
    </message>
</context>
<context>
    <name>FileSecretStore</name>
    <message>
        <source>a private file (%1) readable only by you, because no keychain is available</source>
        <translation>eine private Datei (%1), die nur Sie lesen können, weil kein Schlüsselbund verfügbar ist</translation>
    </message>
    <message>
        <source>Cannot read the secrets file %1 (%2). Check that it belongs to you.</source>
        <translation>Die Schlüsseldatei %1 kann nicht gelesen werden (%2). Prüfen Sie, ob sie Ihnen gehört.</translation>
    </message>
    <message>
        <source>Cannot write the secrets file %1 (%2). Check the data folder&apos;s permissions.</source>
        <translation>Die Schlüsseldatei %1 kann nicht geschrieben werden (%2). Prüfen Sie die Berechtigungen des Datenordners.</translation>
    </message>
    <message>
        <source>Cannot write the secrets file %1 (%2). Check the data folder&apos;s permissions and free space.</source>
        <translation>Die Schlüsseldatei %1 kann nicht geschrieben werden (%2). Prüfen Sie die Berechtigungen und den freien Speicherplatz des Datenordners.</translation>
    </message>
    <message>
        <source>The secrets file %1 is damaged. Restore it from a backup, or run &quot;carillon forget-secrets&quot; to start over (links handed out stop working and the saved sign-in is forgotten).</source>
        <translation>Die Schlüsseldatei %1 ist beschädigt. Stellen Sie sie aus einer Sicherung wieder her oder führen Sie &quot;carillon forget-secrets&quot; aus, um neu zu beginnen (ausgegebene Links funktionieren dann nicht mehr, und die gespeicherte Anmeldung wird vergessen).</translation>
    </message>
    <message>
        <source>Cannot move the damaged secrets file %1 aside. Check the data folder&apos;s permissions.</source>
        <translation>Die beschädigte Schlüsseldatei %1 kann nicht beiseitegeschoben werden. Prüfen Sie die Berechtigungen des Datenordners.</translation>
    </message>
</context>
<context>
    <name>FolderSettings</name>
    <message>
        <source>The data folder&apos;s %1 setting is &quot;%2&quot;, which is not %3; %4 is used instead. Save a valid value in Settings.</source>
        <translation>Die Einstellung %1 des Datenordners ist „%2“, also nicht %3; stattdessen wird %4 verwendet. Speichern Sie einen gültigen Wert in den Einstellungen.</translation>
    </message>
    <message>
        <source>a port from %1 to 65535</source>
        <translation>ein Port von %1 bis 65535</translation>
    </message>
    <message>
        <source>a positive number</source>
        <translation>eine positive Zahl</translation>
    </message>
    <message>
        <source>zero or a positive number</source>
        <translation>null oder eine positive Zahl</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The keychain refused the request (%1). Unlock your keychain and try again.</source>
        <translation>Der Schlüsselbund hat die Anfrage abgelehnt (%1). Entsperren Sie Ihren Schlüsselbund und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain did not answer. Unlock it and try again.</source>
        <translation>Der Schlüsselbund hat nicht geantwortet. Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>der Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>No keychain is available, so Carillon keeps its secrets (link-signing keys, the saved sign-in) in %1, readable only by you. Start your desktop&apos;s keychain (for example GNOME Keyring) to keep them there instead.</source>
        <translation>Es ist kein Schlüsselbund verfügbar, daher bewahrt Carillon seine vertraulichen Daten (Signaturschlüssel für Links, die gespeicherte Anmeldung) in %1 auf, lesbar nur für Sie. Starten Sie den Schlüsselbund Ihrer Desktopumgebung (zum Beispiel GNOME Keyring), um sie stattdessen dort aufzubewahren.</translation>
    </message>
</context>
<context>
    <name>LinkResponder</name>
    <message>
        <source>The request&apos;s headers are too large.</source>
        <translation>Die Header der Anfrage sind zu groß.</translation>
    </message>
    <message>
        <source>This server speaks HTTP/1.0 and HTTP/1.1 only.</source>
        <translation>Dieser Server unterstützt nur HTTP/1.0 und HTTP/1.1.</translation>
    </message>
    <message>
        <source>The request was not understood. Use the link exactly as it appears in the list.</source>
        <translation>Die Anfrage wurde nicht verstanden. Verwenden Sie den Link genau so, wie er in der Liste steht.</translation>
    </message>
    <message>
        <source>This address only answers downloads (GET and HEAD).</source>
        <translation>Diese Adresse beantwortet nur Downloads (GET und HEAD).</translation>
    </message>
    <message>
        <source>A download request must not carry a body.</source>
        <translation>Eine Download-Anfrage darf keinen Body enthalten.</translation>
    </message>
    <message>
        <source>There is no file at this address.</source>
        <translation>Unter dieser Adresse gibt es keine Datei.</translation>
    </message>
    <message>
        <source>This link is not valid: it was changed or cut short. Copy the whole line from the list, or ask the assistant for a new list.</source>
        <translation>Dieser Link ist ungültig: Er wurde verändert oder gekürzt. Kopieren Sie die ganze Zeile aus der Liste oder fordern Sie beim Assistenten eine neue Liste an.</translation>
    </message>
    <message>
        <source>This link has expired. Ask the assistant for a new list of links (&quot;Get my attachments&quot;).</source>
        <translation>Dieser Link ist abgelaufen. Fordern Sie beim Assistenten eine neue Liste von Links an („Get my attachments“).</translation>
    </message>
    <message>
        <source>This file no longer exists: it was deleted after the list was made.</source>
        <translation>Diese Datei gibt es nicht mehr: Sie wurde gelöscht, nachdem die Liste erstellt wurde.</translation>
    </message>
    <message>
        <source>The file cannot be read right now. Try again in a moment.</source>
        <translation>Die Datei kann gerade nicht gelesen werden. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The requested part lies beyond the end of the file.</source>
        <translation>Der angeforderte Teil liegt hinter dem Ende der Datei.</translation>
    </message>
    <message>
        <source>Sign in to Carillon to download this file.</source>
        <translation>Melden Sie sich bei Carillon an, um diese Datei herunterzuladen.</translation>
    </message>
    <message>
        <source>The file cannot be stored right now. Try again in a moment.</source>
        <translation>Die Datei kann gerade nicht gespeichert werden. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Your session has ended, so the file was not accepted. Sign in again.</source>
        <translation>Ihre Sitzung ist beendet, daher wurde die Datei nicht angenommen. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>There is no upload at this address.</source>
        <translation>Unter dieser Adresse gibt es keinen Upload.</translation>
    </message>
    <message>
        <source>An upload must say its length (Content-Length).</source>
        <translation>Ein Upload muss seine Länge angeben (Content-Length).</translation>
    </message>
    <message>
        <source>The file is larger than the %1 limit for attachments on this server. Share a smaller file or split it.</source>
        <translation>Die Datei ist größer als das Limit von %1 für Anhänge auf diesem Server. Senden Sie eine kleinere Datei oder teilen Sie sie auf.</translation>
    </message>
</context>
<context>
    <name>LinkSigner</name>
    <message>
        <source>Cannot store a link-signing key in %1: %2</source>
        <translation>Ein Signaturschlüssel für Links kann nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The link-signing keys cannot be read from %1 (%2), so links cannot be served or checked. Fix that and start again, or run &quot;carillon forget-secrets&quot; to start over with a new key (links handed out stop working).</source>
        <translation>Die Signaturschlüssel für Links können nicht aus %1 gelesen werden (%2), daher können Links weder bereitgestellt noch geprüft werden. Beheben Sie das Problem und starten Sie erneut, oder führen Sie &quot;carillon forget-secrets&quot; aus, um mit einem neuen Schlüssel neu zu beginnen (ausgegebene Links funktionieren dann nicht mehr).</translation>
    </message>
    <message>
        <source>The link-signing key is missing from %1, so links cannot be served or checked. If your keys are in a keychain that is not running (GNOME Keyring, for example), start it and try again; if they were kept in secrets.json, restore it. Otherwise run &quot;carillon forget-secrets&quot; to start over with a new key (links handed out stop working).</source>
        <translation>Der Signaturschlüssel für Links fehlt in %1, daher können Links weder bereitgestellt noch geprüft werden. Wenn Ihre Schlüssel in einem Schlüsselbund liegen, der nicht läuft (zum Beispiel GNOME Keyring), starten Sie ihn und versuchen Sie es erneut; wenn sie in secrets.json lagen, stellen Sie diese Datei wieder her. Andernfalls führen Sie &quot;carillon forget-secrets&quot; aus, um mit einem neuen Schlüssel neu zu beginnen (ausgegebene Links funktionieren dann nicht mehr).</translation>
    </message>
</context>
<context>
    <name>MeetingStore</name>
    <message>
        <source>Give the meeting a title of 1 to 200 characters.</source>
        <translation>Geben Sie der Besprechung einen Titel mit 1 bis 200 Zeichen.</translation>
    </message>
    <message>
        <source>A meeting lasts from 5 minutes to 24 hours; %1 minutes is outside that.</source>
        <translation>Eine Besprechung dauert 5 Minuten bis 24 Stunden; %1 Minuten liegen außerhalb davon.</translation>
    </message>
    <message>
        <source>That start time has passed. Pick a time in the future.</source>
        <translation>Diese Startzeit ist bereits vorbei. Wählen Sie eine Zeit in der Zukunft.</translation>
    </message>
</context>
<context>
    <name>MessageStore</name>
    <message>
        <source>The message is empty. Write something or attach a file.</source>
        <translation>Die Nachricht ist leer. Schreiben Sie etwas oder hängen Sie eine Datei an.</translation>
    </message>
    <message>
        <source>The message is too long (%1 characters; at most %2). Split it or send the text as a file.</source>
        <translation>Die Nachricht ist zu lang (%1 Zeichen; höchstens %2). Teilen Sie sie auf oder senden Sie den Text als Datei.</translation>
    </message>
    <message>
        <source>You are not a member of that conversation, so you cannot write in it.</source>
        <translation>Sie sind kein Mitglied dieser Unterhaltung und können daher nicht darin schreiben.</translation>
    </message>
    <message>
        <source>An attachment needs a file name without folders.</source>
        <translation>Ein Anhang braucht einen Dateinamen ohne Ordner.</translation>
    </message>
    <message>
        <source>That message no longer exists.</source>
        <translation>Diese Nachricht gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Attachment %1 does not exist. Print the conversation&apos;s history to see attachment numbers.</source>
        <translation>Anhang %1 existiert nicht. Geben Sie den Verlauf der Unterhaltung aus, um die Nummern der Anhänge zu sehen.</translation>
    </message>
    <message>
        <source>That attachment no longer exists.</source>
        <translation>Diesen Anhang gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The bytes of %1 are missing from the data folder.</source>
        <translation>Der Inhalt von %1 fehlt im Datenordner.</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2). Choose a folder you can write to.</source>
        <translation>%1 kann nicht geschrieben werden (%2). Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>Copying %1 failed (%2). Nothing was written.</source>
        <translation>%1 konnte nicht kopiert werden (%2). Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Saving %1 failed (%2). Nothing was written.</source>
        <translation>%1 konnte nicht gespeichert werden (%2). Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1 changed while it was being attached. Attach it again.</source>
        <translation>%1 wurde geändert, während die Datei angehängt wurde. Hängen Sie sie erneut an.</translation>
    </message>
</context>
<context>
    <name>OpenedCopies</name>
    <message>
        <source>Cannot make a private folder for opening files in %1 (%2). Use Save as… instead, or free space there.</source>
        <translation>In %1 kann kein privater Ordner zum Öffnen von Dateien angelegt werden (%2). Verwenden Sie stattdessen „Speichern unter…“ oder schaffen Sie dort freien Speicherplatz.</translation>
    </message>
    <message>
        <source>Cannot make a private folder for opening files in %1 (%2). Use Save as… instead.</source>
        <translation>In %1 kann kein privater Ordner zum Öffnen von Dateien angelegt werden (%2). Verwenden Sie stattdessen „Speichern unter…“.</translation>
    </message>
    <message>
        <source>Cannot make %1 private (%2).</source>
        <translation>%1 kann nicht privat gemacht werden (%2).</translation>
    </message>
</context>
<context>
    <name>OrgStore</name>
    <message>
        <source>Give the account a name of 1 to 100 characters.</source>
        <translation>Geben Sie dem Konto einen Namen mit 1 bis 100 Zeichen.</translation>
    </message>
    <message>
        <source>There is no Team named &quot;%1&quot;. Check the name or create it first.</source>
        <translation>Es gibt kein Team namens „%1“. Prüfen Sie den Namen oder legen Sie das Team zuerst an.</translation>
    </message>
    <message>
        <source>There is no Enterprise account named &quot;%1&quot;. Check the name or create it first.</source>
        <translation>Es gibt kein Enterprise-Konto namens „%1“. Prüfen Sie den Namen oder legen Sie das Konto zuerst an.</translation>
    </message>
    <message>
        <source>A Team named &quot;%1&quot; already exists. Pick another name.</source>
        <translation>Ein Team namens „%1“ gibt es bereits. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>%1 is already invited to or a member of this Team.</source>
        <translation>%1 ist bereits in dieses Team eingeladen oder Mitglied.</translation>
    </message>
    <message>
        <source>%1 has no open invitation to the Team &quot;%2&quot;.</source>
        <translation>%1 hat keine offene Einladung in das Team „%2“.</translation>
    </message>
    <message>
        <source>%1 is not in the Team &quot;%2&quot;.</source>
        <translation>%1 ist nicht im Team „%2“.</translation>
    </message>
    <message>
        <source>An Enterprise account named &quot;%1&quot; already exists. Pick another name.</source>
        <translation>Ein Enterprise-Konto namens „%1“ gibt es bereits. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The domain %1 is already claimed by &quot;%2&quot;.</source>
        <translation>Die Domain %1 wird bereits von „%2“ beansprucht.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has not claimed the domain %2.</source>
        <translation>„%1“ hat die Domain %2 nicht beansprucht.</translation>
    </message>
</context>
<context>
    <name>PostgresAddress</name>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL address. Write it as postgresql://user@host:port/database.</source>
        <translation>„%1“ ist keine PostgreSQL-Adresse. Schreiben Sie sie als postgresql://benutzer@host:port/datenbank.</translation>
    </message>
    <message>
        <source>The PostgreSQL address &quot;%1&quot; needs a user, a host and a database: postgresql://user@host:port/database.</source>
        <translation>Die PostgreSQL-Adresse „%1“ braucht einen Benutzer, einen Host und eine Datenbank: postgresql://benutzer@host:port/datenbank.</translation>
    </message>
</context>
<context>
    <name>ProfileEraser</name>
    <message>
        <source>That profile does not exist or was already deleted.</source>
        <translation>Dieses Profil existiert nicht oder wurde bereits gelöscht.</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>QLabel</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Carillon</source>
        <translation>Carillon</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>Type the address of your Carillon server, like chat.example.com or wss://chat.example.com:8443.</source>
        <translation>Geben Sie die Adresse Ihres Carillon-Servers ein, etwa chat.example.com oder wss://chat.example.com:8443.</translation>
    </message>
    <message>
        <source>That server address is too long. Type a host name and, if needed, a port, like chat.example.com:8443.</source>
        <translation>Diese Serveradresse ist zu lang. Geben Sie einen Hostnamen und bei Bedarf einen Port ein, etwa chat.example.com:8443.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address. Type a host name and, if needed, a port, like chat.example.com:8443.</source>
        <translation>„%1“ ist keine Serveradresse. Geben Sie einen Hostnamen und bei Bedarf einen Port ein, etwa chat.example.com:8443.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Carillon server address: it starts with %2://. Use wss:// (or ws:// for a server on this computer).</source>
        <translation>„%1“ ist keine Carillon-Serveradresse: Sie beginnt mit %2://. Verwenden Sie wss:// (oder ws:// für einen Server auf diesem Computer).</translation>
    </message>
    <message>
        <source>Leave the name and password out of the server address; you sign in below.</source>
        <translation>Lassen Sie Name und Passwort aus der Serveradresse weg; Sie melden sich unten an.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not encrypted (ws://), so your password would cross the network readable. Use wss:// for a server on another computer; ws:// is for a server on this computer only.</source>
        <translation>„%1“ ist nicht verschlüsselt (ws://), Ihr Passwort ginge also lesbar über das Netz. Verwenden Sie wss:// für einen Server auf einem anderen Computer; ws:// ist nur für einen Server auf diesem Computer.</translation>
    </message>
</context>
<context>
    <name>SessionStore</name>
    <message>
        <source>The saved sign-in is no longer valid. Sign in with your password.</source>
        <translation>Die gespeicherte Anmeldung ist nicht mehr gültig. Melden Sie sich mit Ihrem Passwort an.</translation>
    </message>
    <message>
        <source>This session has ended. Sign in again.</source>
        <translation>Diese Sitzung ist beendet. Melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>UploadSink</name>
    <message>
        <source>The server could not store the file. Try again later; if it keeps failing, tell whoever runs the server (its disk may be full).</source>
        <translation>Der Server konnte die Datei nicht speichern. Versuchen Sie es später erneut; wenn es weiter fehlschlägt, wenden Sie sich an die Person, die den Server betreibt (der Datenträger ist vielleicht voll).</translation>
    </message>
</context>
<context>
    <name>carillon::EmbeddedBackend</name>
    <message>
        <source>You are signed out. Sign in again to continue.</source>
        <translation>Sie sind abgemeldet. Melden Sie sich erneut an, um fortzufahren.</translation>
    </message>
    <message>
        <source>No saved sign-in.</source>
        <translation>Keine gespeicherte Anmeldung.</translation>
    </message>
    <message>
        <source>Picking a person without a password works on the demo profile only.</source>
        <translation>Eine Person ohne Passwort auszuwählen ist nur im Demoprofil möglich.</translation>
    </message>
    <message>
        <source>Only the demo profile can be reset.</source>
        <translation>Nur das Demoprofil kann zurückgesetzt werden.</translation>
    </message>
    <message>
        <source>You are signed in, but this computer could not remember it (%1). You will be asked to sign in again next time.</source>
        <translation>Sie sind angemeldet, aber dieser Computer konnte sich die Anmeldung nicht merken (%1). Beim nächsten Mal müssen Sie sich erneut anmelden.</translation>
    </message>
    <message>
        <source>Signed out here, but the session could not be ended in the data store (%1). Sign in and out again to end it.</source>
        <translation>Hier abgemeldet, aber die Sitzung konnte im Datenspeicher nicht beendet werden (%1). Melden Sie sich erneut an und wieder ab, um sie zu beenden.</translation>
    </message>
    <message>
        <source>The saved sign-in could not be removed (%1). Run &quot;carillon forget-secrets&quot; to remove it.</source>
        <translation>Die gespeicherte Anmeldung konnte nicht entfernt werden (%1). Führen Sie &quot;carillon forget-secrets&quot; aus, um sie zu entfernen.</translation>
    </message>
    <message>
        <source>There is nobody by that number among the people you know.</source>
        <translation>Unter den Personen, die Sie kennen, gibt es niemanden mit dieser Nummer.</translation>
    </message>
    <message>
        <source>This conversation does not exist, or you are not in it.</source>
        <translation>Diese Unterhaltung gibt es nicht, oder Sie nehmen nicht daran teil.</translation>
    </message>
    <message>
        <source>This message does not exist, or you cannot see it.</source>
        <translation>Diese Nachricht gibt es nicht, oder Sie können sie nicht sehen.</translation>
    </message>
</context>
<context>
    <name>carillon::LinkServer</name>
    <message>
        <source>Port %1 on %2 is already in use, so the download links cannot be served. Stop the program that uses it (perhaps another &quot;carillon serve&quot;), or choose another port with --port or the links.port setting; links already handed out keep naming port %1.</source>
        <translation>Port %1 auf %2 ist bereits belegt, daher können die Download-Links nicht bereitgestellt werden. Beenden Sie das Programm, das ihn nutzt (vielleicht ein weiteres &quot;carillon serve&quot;), oder wählen Sie mit --port oder der Einstellung links.port einen anderen Port; bereits ausgegebene Links verweisen weiterhin auf Port %1.</translation>
    </message>
    <message>
        <source>The link server cannot listen on port %1 of %2 (%3).</source>
        <translation>Der Link-Server kann nicht auf Port %1 von %2 lauschen (%3).</translation>
    </message>
</context>
<context>
    <name>carillon::RemoteBackend</name>
    <message>
        <source>The Carillon server at %1 cannot be reached. Check the network and the address, then try again.</source>
        <translation>Der Carillon-Server unter %1 ist nicht erreichbar. Prüfen Sie Netzwerk und Adresse und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The Carillon server at %1 cannot be reached (%2). Check the network and the address, then try again.</source>
        <translation>Der Carillon-Server unter %1 ist nicht erreichbar (%2). Prüfen Sie Netzwerk und Adresse und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The server&apos;s answer to signing in could not be read; the server may be a different version.</source>
        <translation>Die Antwort des Servers auf die Anmeldung konnte nicht gelesen werden; der Server hat vielleicht eine andere Version.</translation>
    </message>
    <message>
        <source>The server at %1 refused this client: %2</source>
        <translation>Der Server unter %1 hat diesen Client abgelehnt: %2</translation>
    </message>
    <message>
        <source>The server at %1 did not name its assistant; this client may be too old or too new for it.</source>
        <translation>Der Server unter %1 hat seinen Assistenten nicht genannt; dieser Client ist vielleicht zu alt oder zu neu für ihn.</translation>
    </message>
    <message>
        <source>Your session on the server could not be taken up again after the connection came back (%1). Sign in again.</source>
        <translation>Ihre Sitzung auf dem Server konnte nach der Wiederverbindung nicht fortgesetzt werden (%1). Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The connection to the server at %1 was lost before it answered; what you asked may or may not have been done. Check, then try again.</source>
        <translation>Die Verbindung zum Server unter %1 brach ab, bevor er antwortete; was Sie angefordert haben, ist vielleicht ausgeführt worden, vielleicht nicht. Prüfen Sie es und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time; what you asked may or may not have been done. Check, then try again.</source>
        <translation>Der Server unter %1 hat nicht rechtzeitig geantwortet; was Sie angefordert haben, ist vielleicht ausgeführt worden, vielleicht nicht. Prüfen Sie es und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The server sent something this version cannot read (%1).</source>
        <translation>Der Server hat etwas gesendet, das diese Version nicht lesen kann (%1).</translation>
    </message>
    <message>
        <source>You are signed in, but this computer could not remember it (%1). You will be asked to sign in again next time.</source>
        <translation>Sie sind angemeldet, aber dieser Computer konnte sich das nicht merken (%1). Beim nächsten Mal werden Sie erneut nach der Anmeldung gefragt.</translation>
    </message>
    <message>
        <source>No saved sign-in.</source>
        <translation>Keine gespeicherte Anmeldung.</translation>
    </message>
    <message>
        <source>Signed out here, but the server could not end the session (%1). Sign in and out again to end it.</source>
        <translation>Hier abgemeldet, aber der Server konnte die Sitzung nicht beenden (%1). Melden Sie sich an und wieder ab, um sie zu beenden.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <source>The Carillon server at %1 does not pass attachments on (it may be an older version). Ask whoever runs it to update it.</source>
        <translation>Der Carillon-Server unter %1 überträgt keine Anhänge (vielleicht eine ältere Version). Bitten Sie die Person, die ihn betreibt, ihn zu aktualisieren.</translation>
    </message>
    <message>
        <source>The server&apos;s answer to &quot;%1&quot; could not be read; the server may be a different version.</source>
        <translation>Die Antwort des Servers auf „%1“ konnte nicht gelesen werden; der Server hat vielleicht eine andere Version.</translation>
    </message>
    <message>
        <source>A server&apos;s demo data is reset on the server, by whoever runs it.</source>
        <translation>Die Demodaten eines Servers werden auf dem Server zurückgesetzt, von der Person, die ihn betreibt.</translation>
    </message>
    <message>
        <source>These settings belong to the server; whoever runs it sets them.</source>
        <translation>Diese Einstellungen gehören zum Server; die Person, die ihn betreibt, legt sie fest.</translation>
    </message>
    <message>
        <source>Cannot make the attachment cache %1 private to you. Check that you own that folder, then try again.</source>
        <translation>Der Anhang-Zwischenspeicher %1 kann nicht nur für Sie zugänglich gemacht werden. Prüfen Sie, ob Ihnen dieser Ordner gehört, und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>carillon::RemoteTransfers</name>
    <message>
        <source>The file %1 does not exist. Check the path and try again.</source>
        <translation>Die Datei %1 existiert nicht. Prüfen Sie den Pfad und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 is %2; attachments on this server can be at most %3. Share a smaller file or split it.</source>
        <translation>%1 ist %2 groß; Anhänge dürfen auf diesem Server höchstens %3 groß sein. Senden Sie eine kleinere Datei oder teilen Sie sie auf.</translation>
    </message>
    <message>
        <source>Cannot read %1 (%2). Check that you may read the file, then send it again.</source>
        <translation>%1 kann nicht gelesen werden (%2). Prüfen Sie, ob Sie die Datei lesen dürfen, und senden Sie sie dann erneut.</translation>
    </message>
    <message>
        <source>The server no longer accepts this session, so %1 was not sent. Sign in again, then send it again.</source>
        <translation>Der Server akzeptiert diese Sitzung nicht mehr, daher wurde %1 nicht gesendet. Melden Sie sich erneut an und senden Sie die Datei dann noch einmal.</translation>
    </message>
    <message>
        <source>%1 is larger than this server accepts for attachments. Share a smaller file or split it.</source>
        <translation>%1 ist größer, als dieser Server für Anhänge annimmt. Senden Sie eine kleinere Datei oder teilen Sie sie auf.</translation>
    </message>
    <message>
        <source>Sending %1 to the server failed (%2). Check the connection, then send the message again.</source>
        <translation>Das Senden von %1 an den Server ist fehlgeschlagen (%2). Prüfen Sie die Verbindung und senden Sie die Nachricht dann erneut.</translation>
    </message>
    <message>
        <source>The server did not take %1 (%2: %3). Send the message again later.</source>
        <translation>Der Server hat %1 nicht angenommen (%2: %3). Senden Sie die Nachricht später erneut.</translation>
    </message>
    <message>
        <source>Cannot make the folder %1. Choose another place to save the file.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden. Wählen Sie einen anderen Ort zum Speichern der Datei.</translation>
    </message>
    <message>
        <source>Cannot write in %1 (%2). Choose another place to save the file.</source>
        <translation>In %1 kann nicht geschrieben werden (%2). Wählen Sie einen anderen Ort zum Speichern der Datei.</translation>
    </message>
    <message>
        <source>Saving the file failed (%1). Free some disk space and try again.</source>
        <translation>Das Speichern der Datei ist fehlgeschlagen (%1). Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server sent other contents than this attachment&apos;s. Try again later.</source>
        <translation>Der Server hat einen anderen Inhalt als den dieses Anhangs gesendet. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The file arrived damaged (its contents do not match). Try again.</source>
        <translation>Die Datei kam beschädigt an (ihr Inhalt stimmt nicht überein). Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The file was downloaded but could not be saved as %1. Check that you may write there, then try again.</source>
        <translation>Die Datei wurde heruntergeladen, konnte aber nicht als %1 gespeichert werden. Prüfen Sie, ob Sie dort schreiben dürfen, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The server no longer accepts this session. Sign in again, then open the file again.</source>
        <translation>Der Server akzeptiert diese Sitzung nicht mehr. Melden Sie sich erneut an und öffnen Sie die Datei dann noch einmal.</translation>
    </message>
    <message>
        <source>This file is not available to you: it was deleted, or you are not in its conversation.</source>
        <translation>Diese Datei ist für Sie nicht verfügbar: Sie wurde gelöscht, oder Sie gehören nicht zu ihrer Unterhaltung.</translation>
    </message>
    <message>
        <source>Downloading the file failed (%1). Check the connection and try again; it continues where it stopped.</source>
        <translation>Das Herunterladen der Datei ist fehlgeschlagen (%1). Prüfen Sie die Verbindung und versuchen Sie es erneut; es geht dort weiter, wo es aufgehört hat.</translation>
    </message>
    <message>
        <source>The server could not send the file (%1). Try again later.</source>
        <translation>Der Server konnte die Datei nicht senden (%1). Versuchen Sie es später erneut.</translation>
    </message>
</context>
<context>
    <name>carillon::Workspace</name>
    <message>
        <source>No data folder was given.</source>
        <translation>Es wurde kein Datenordner angegeben.</translation>
    </message>
    <message>
        <source>Only the demo profile can move its clock; this data folder uses real time.</source>
        <translation>Nur das Demoprofil kann seine Uhr vorstellen; dieser Datenordner verwendet die echte Zeit.</translation>
    </message>
    <message>
        <source>The demo clock cannot go back before real time.</source>
        <translation>Die Demo-Uhr kann nicht vor die echte Zeit zurückgestellt werden.</translation>
    </message>
    <message>
        <source>%1 holds real data, not the demo: demo commands, the demo clock and signing in without a password work only in a demo folder. Use &quot;--profile demo&quot; without --data-dir and with CARILLON_DATA_DIR unset.</source>
        <translation>%1 enthält echte Daten, nicht die Demo: Demo-Befehle, die Demo-Uhr und die Anmeldung ohne Passwort funktionieren nur in einem Demo-Ordner. Verwenden Sie &quot;--profile demo&quot; ohne --data-dir und ohne gesetztes CARILLON_DATA_DIR.</translation>
    </message>
    <message>
        <source>There is no Carillon data in %1 yet, so there is nothing to show. Check --profile and --data-dir (and CARILLON_DATA_DIR).</source>
        <translation>In %1 gibt es noch keine Carillon-Daten, daher gibt es nichts anzuzeigen. Prüfen Sie --profile und --data-dir (und CARILLON_DATA_DIR).</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1. Choose a folder you can write to.</source>
        <translation>Der Datenordner %1 kann nicht angelegt werden. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message numerus="yes">
        <source>The demo clock runs at most 10 years ahead of real time; it is %n day(s) ahead now. Move it by less, or put it back with &quot;carillon clock reset&quot;.</source>
        <translation>
            <numerusform>Die Demo-Uhr läuft höchstens 10 Jahre vor der echten Zeit; sie geht jetzt %n Tag vor. Stellen Sie sie um weniger vor, oder setzen Sie sie mit &quot;carillon clock reset&quot; zurück.</numerusform>
            <numerusform>Die Demo-Uhr läuft höchstens 10 Jahre vor der echten Zeit; sie geht jetzt %n Tage vor. Stellen Sie sie um weniger vor, oder setzen Sie sie mit &quot;carillon clock reset&quot; zurück.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carillon::ui::AdvanceTimeDialog</name>
    <message>
        <source>Advance demo time</source>
        <translation>Demo-Zeit vorstellen</translation>
    </message>
    <message>
        <source>Move the demo clock forward for every Carillon window on this demo profile.</source>
        <translation>Stellt die Demo-Uhr für alle Carillon-Fenster in diesem Demoprofil vor.</translation>
    </message>
    <message>
        <source>+10 minutes (codes expire)</source>
        <translation>+10 Minuten (Codes laufen ab)</translation>
    </message>
    <message>
        <source>+1 hour</source>
        <translation>+1 Stunde</translation>
    </message>
    <message>
        <source>+1 day (attachments delivered)</source>
        <translation>+1 Tag (Anhänge werden geliefert)</translation>
    </message>
    <message>
        <source>+6 days (links expire)</source>
        <translation>+6 Tage (Links laufen ab)</translation>
    </message>
    <message>
        <source>+7 days (new request allowed)</source>
        <translation>+7 Tage (neue Anfrage möglich)</translation>
    </message>
    <message>
        <source>Other duration</source>
        <translation>Andere Dauer</translation>
    </message>
    <message>
        <source>Other: 90m, 36h, 2d12h…</source>
        <translation>Andere: 90m, 36h, 2d12h…</translation>
    </message>
    <message>
        <source>Advance</source>
        <translation>Vorstellen</translation>
    </message>
    <message>
        <source>Write a duration like 90m, 24h or 6d, or pick one above.</source>
        <translation>Geben Sie eine Dauer wie 90m, 24h oder 6d ein oder wählen Sie oben eine aus.</translation>
    </message>
</context>
<context>
    <name>carillon::ui::AssistantWait</name>
    <message>
        <source>The assistant is working on it…</source>
        <translation>Der Assistent arbeitet daran …</translation>
    </message>
    <message>
        <source>Deleting your profile – Carillon</source>
        <translation>Ihr Profil wird gelöscht – Carillon</translation>
    </message>
    <message>
        <source>Deleting your profile</source>
        <translation>Ihr Profil wird gelöscht</translation>
    </message>
    <message>
        <source>Deleting your profile and everything in it. On a large profile this takes a few seconds; you are signed out when it is done.</source>
        <translation>Ihr Profil und alles darin wird gelöscht. Bei einem großen Profil dauert das einige Sekunden; danach werden Sie abgemeldet.</translation>
    </message>
</context>
<context>
    <name>carillon::ui::ChatView</name>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>An automated assistant, not a person</source>
        <translation>Ein automatischer Assistent, keine Person</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>Attach files (Ctrl+Shift+A)</source>
        <translation>Dateien anhängen (Strg+Umschalt+A)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>Senden (Eingabetaste)</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Anhang speichern</translation>
    </message>
    <message>
        <source>No conversation selected</source>
        <translation>Keine Unterhaltung ausgewählt</translation>
    </message>
    <message>
        <source>Pick a chat on the left, or start one with Message &gt; New message.</source>
        <translation>Wählen Sie links einen Chat aus oder beginnen Sie einen mit Nachricht &gt; Neue Nachricht.</translation>
    </message>
    <message numerus="yes">
        <source>Chat room · %n member(s)</source>
        <translation>
            <numerusform>Chatraum · %n Mitglied</numerusform>
            <numerusform>Chatraum · %n Mitglieder</numerusform>
        </translation>
    </message>
    <message>
        <source>Group chat · %1</source>
        <translation>Gruppenchat · %1</translation>
    </message>
    <message>
        <source>Message to %1</source>
        <translation>Nachricht an %1</translation>
    </message>
    <message>
        <source>%1 cannot be read, so it was not attached. Check that the file exists and that you may read it.</source>
        <translation>%1 kann nicht gelesen werden und wurde daher nicht angehängt. Prüfen Sie, ob die Datei existiert und ob Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <source>%1 is %2, over the %3 limit for attachments.</source>
        <translation>%1 ist %2 groß und liegt damit über der Obergrenze von %3 für Anhänge.</translation>
    </message>
    <message>
        <source>%1  ✕</source>
        <translation>%1  ✕</translation>
    </message>
    <message>
        <source>Remove attachment %1</source>
        <translation>Anhang %1 entfernen</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Die Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Remove %1 from this message</source>
        <translation>%1 aus dieser Nachricht entfernen</translation>
    </message>
    <message>
        <source>No program to open %1 is installed, so Carillon cannot open it. Save it with Save as… and open it with a program of your choice, or install a file opener (the xdg-utils package) and try Open again.</source>
        <translation>Es ist kein Programm zum Öffnen von %1 installiert, daher kann Carillon die Datei nicht öffnen. Speichern Sie sie mit „Speichern unter…“ und öffnen Sie sie mit einem Programm Ihrer Wahl, oder installieren Sie ein Programm zum Öffnen von Dateien (das Paket xdg-utils) und versuchen Sie „Öffnen“ erneut.</translation>
    </message>
    <message>
        <source>Sending %1…</source>
        <translation>%1 wird gesendet …</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n files…</source>
        <translation>
            <numerusform>%n Datei wird gesendet …</numerusform>
            <numerusform>%n Dateien werden gesendet …</numerusform>
        </translation>
    </message>
    <message>
        <source>No conversation open</source>
        <translation>Keine Unterhaltung geöffnet</translation>
    </message>
    <message>
        <source>No messages yet</source>
        <translation>Noch keine Nachrichten</translation>
    </message>
    <message>
        <source>Send Help to see what the assistant can do for you.</source>
        <translation>Senden Sie „Help“, um zu sehen, was der Assistent für Sie tun kann.</translation>
    </message>
    <message>
        <source>Say hello: write a message below and press Enter.</source>
        <translation>Sagen Sie Hallo: Schreiben Sie unten eine Nachricht und drücken Sie die Eingabetaste.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>empty list: hint</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Loading the conversation…</source>
        <translation>Unterhaltung wird geladen …</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet …</translation>
    </message>
</context>
<context>
    <name>carillon::ui::Composer</name>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Write a message… (Enter sends, Shift+Enter for a new line)</source>
        <translation>Nachricht schreiben… (Eingabetaste sendet, Umschalt+Eingabetaste für eine neue Zeile)</translation>
    </message>
</context>
<context>
    <name>carillon::ui::CopyFeedback</name>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Copied to the clipboard</source>
        <translation>In die Zwischenablage kopiert</translation>
    </message>
</context>
<context>
    <name>carillon::ui::CreateIdentityDialog</name>
    <message>
        <source>Create an identity</source>
        <translation>Identität anlegen</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>Anlegen und anmelden</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Die beiden Passwörter stimmen nicht überein. Geben Sie zweimal dasselbe Passwort ein.</translation>
    </message>
    <message>
        <source>Creating your identity…</source>
        <translation>Ihre Identität wird angelegt…</translation>
    </message>
</context>
<context>
    <name>carillon::ui::FontNotice</name>
    <message>
        <source>Japanese text shows as empty boxes: no font for Japanese is installed. Install the fonts-noto-cjk package (sudo apt install fonts-noto-cjk), then restart Carillon.</source>
        <translation>Japanischer Text erscheint als leere Kästchen: Es ist keine Schrift für Japanisch installiert. Installieren Sie das Paket fonts-noto-cjk (sudo apt install fonts-noto-cjk) und starten Sie Carillon neu.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Dismiss the notice about Japanese fonts</source>
        <translation>Hinweis zu japanischen Schriften ausblenden</translation>
    </message>
</context>
<context>
    <name>carillon::ui::InviteContactDialog</name>
    <message>
        <source>Invite contact</source>
        <translation>Kontakt einladen</translation>
    </message>
    <message>
        <source>Email address of the person to add. To use the privacy assistant, invite %1.</source>
        <translation>E-Mail-Adresse der Person, die Sie hinzufügen möchten. Um den Datenschutz-Assistenten zu nutzen, laden Sie %1 ein.</translation>
    </message>
    <message>
        <source>Email address to invite</source>
        <translation>Einzuladende E-Mail-Adresse</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Einladen</translation>
    </message>
    <message>
        <source>%1 was added to your contacts and asked to add you back.</source>
        <translation>%1 wurde zu Ihren Kontakten hinzugefügt und gebeten, Sie ebenfalls hinzuzufügen.</translation>
    </message>
    <message>
        <source>You and %1 are now contacts.</source>
        <translation>Sie und %1 sind jetzt Kontakte.</translation>
    </message>
    <message>
        <source>%1 is already one of your contacts.</source>
        <translation>%1 ist bereits einer Ihrer Kontakte.</translation>
    </message>
    <message>
        <source>Nobody uses %1 yet. The invitation waits for them.</source>
        <translation>Unter %1 nutzt noch niemand Carillon. Die Einladung bleibt bestehen, bis die Person beitritt.</translation>
    </message>
</context>
<context>
    <name>carillon::ui::MainWindow</name>
    <message>
        <source>Lists</source>
        <translation>Listen</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Räume</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Besprechungen</translation>
    </message>
    <message>
        <source>Lists: chats, rooms, contacts, meetings</source>
        <translation>Listen: Chats, Räume, Kontakte, Besprechungen</translation>
    </message>
    <message>
        <source>R&amp;ooms</source>
        <translation>Rä&amp;ume</translation>
    </message>
    <message>
        <source>Con&amp;tacts</source>
        <translation>Kon&amp;takte</translation>
    </message>
    <message>
        <source>Meeti&amp;ngs</source>
        <translation>Bes&amp;prechungen</translation>
    </message>
    <message>
        <source>⚠ No keychain</source>
        <translation>⚠ Kein Schlüsselbund</translation>
    </message>
    <message>
        <source>%1 – Carillon</source>
        <translation>%1 – Carillon</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Kontakte</translation>
    </message>
    <message>
        <source>&amp;Invite contact…</source>
        <translation>Kontakt &amp;einladen…</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Nachricht</translation>
    </message>
    <message>
        <source>&amp;New message…</source>
        <translation>&amp;Neue Nachricht…</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>Dateien &amp;anhängen…</translation>
    </message>
    <message>
        <source>&amp;Rooms</source>
        <translation>&amp;Räume</translation>
    </message>
    <message>
        <source>&amp;New room…</source>
        <translation>&amp;Neuer Raum…</translation>
    </message>
    <message>
        <source>M&amp;eetings</source>
        <translation>&amp;Besprechungen</translation>
    </message>
    <message>
        <source>&amp;Schedule…</source>
        <translation>&amp;Planen…</translation>
    </message>
    <message>
        <source>&amp;Demo</source>
        <translation>De&amp;mo</translation>
    </message>
    <message>
        <source>&amp;Advance time…</source>
        <translation>&amp;Zeit vorstellen…</translation>
    </message>
    <message>
        <source>&amp;Reset demo data</source>
        <translation>Demodaten &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Sign in as…</source>
        <translation>&amp;Anmelden als…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Carillon</source>
        <translation>Ü&amp;ber Carillon</translation>
    </message>
    <message>
        <source>About Carillon</source>
        <translation>Über Carillon</translation>
    </message>
    <message>
        <source>Carillon %1
A desktop chat client with a privacy assistant.

Data: %2</source>
        <translation>Carillon %1
Ein Desktop-Chat-Client mit Datenschutz-Assistent.

Daten: %2</translation>
    </message>
    <message>
        <source> · Webhook</source>
        <translation> · Webhook</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <source>No messages yet</source>
        <translation>Noch keine Nachrichten</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n unread, last message: %2</source>
        <translation>
            <numerusform>%1, %n ungelesen, letzte Nachricht: %2</numerusform>
            <numerusform>%1, %n ungelesen, letzte Nachricht: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 wants to add you</source>
        <translation>%1 möchte Sie hinzufügen</translation>
    </message>
    <message>
        <source>%1 · press Enter to accept</source>
        <translation>%1 · zum Annehmen die Eingabetaste drücken</translation>
    </message>
    <message>
        <source>Automated assistant: send it Help, Get my attachments or Delete me</source>
        <translation>Automatischer Assistent: Senden Sie ihm „Help“, „Get my attachments“ oder „Delete me“</translation>
    </message>
    <message>
        <source>Has not added you back yet</source>
        <translation>Hat Sie noch nicht hinzugefügt</translation>
    </message>
    <message>
        <source>No contacts yet. Use Contacts &gt; Invite contact…</source>
        <translation>Noch keine Kontakte. Verwenden Sie Kontakte &gt; Kontakt einladen…</translation>
    </message>
    <message numerus="yes">
        <source>%n min · organised by %1</source>
        <translation>
            <numerusform>%n Min. · organisiert von %1</numerusform>
            <numerusform>%n Min. · organisiert von %1</numerusform>
        </translation>
    </message>
    <message>
        <source>someone</source>
        <translation>jemandem</translation>
    </message>
    <message>
        <source>No meetings. Use Meetings &gt; Schedule…</source>
        <translation>Keine Besprechungen. Verwenden Sie Besprechungen &gt; Planen…</translation>
    </message>
    <message>
        <source> · managed by the Team &quot;%1&quot;</source>
        <translation> · verwaltet vom Team „%1“</translation>
    </message>
    <message>
        <source> · managed by the Enterprise &quot;%1&quot;</source>
        <translation> · verwaltet vom Enterprise-Konto „%1“</translation>
    </message>
    <message>
        <source>Signed in as %1 &lt;%2&gt;%3</source>
        <translation>Angemeldet als %1 &lt;%2&gt;%3</translation>
    </message>
    <message>
        <source>Demo time: %1</source>
        <translation>Demo-Zeit: %1</translation>
    </message>
    <message>
        <source>Reset demo data</source>
        <translation>Demodaten zurücksetzen</translation>
    </message>
    <message>
        <source>Restore the demo data set? Everything done on the demo profile is undone and everyone on it is signed out.</source>
        <translation>Den Demodatensatz wiederherstellen? Alles, was im Demoprofil getan wurde, wird rückgängig gemacht, und alle darin werden abgemeldet.</translation>
    </message>
    <message>
        <source>Assistant commands</source>
        <translation>Assistentenbefehle</translation>
    </message>
    <message>
        <source>Invite %1 as a contact (Contacts &gt; Invite contact…), open a chat with it and send one of these commands:

Help – what the assistant does.

Get my attachments – after you confirm with a code, a file of download links arrives in the chat about a day later. Once every 7 days.

Delete me – after you confirm with a code (valid 10 minutes), your profile and data are erased and you are signed out everywhere. Your sign-in identity is kept.

Not available to profiles managed by a Team or an Enterprise.</source>
        <translation>Laden Sie %1 als Kontakt ein (Kontakte &gt; Kontakt einladen…), öffnen Sie einen Chat mit dem Assistenten und senden Sie einen dieser Befehle (auf Englisch):

Help – was der Assistent tut.

Get my attachments – nachdem Sie mit einem Code bestätigt haben, kommt etwa einen Tag später eine Datei mit Download-Links im Chat an. Einmal alle 7 Tage.

Delete me – nachdem Sie mit einem Code bestätigt haben (10 Minuten gültig), werden Ihr Profil und Ihre Daten gelöscht, und Sie werden überall abgemeldet. Ihre Anmeldeidentität bleibt erhalten.

„Get my attachments“ und „Delete me“ sind nicht verfügbar für Profile, die von einem Team oder einem Enterprise-Konto verwaltet werden.</translation>
    </message>
    <message>
        <source>Carillon</source>
        <translation>Carillon</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Search people, rooms and messages</source>
        <translation>Personen, Räume und Nachrichten suchen</translation>
    </message>
    <message>
        <source>Search people, rooms and messages (Ctrl+F)</source>
        <translation>Personen, Räume und Nachrichten suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Ch&amp;ats</source>
        <translation>Ch&amp;ats</translation>
    </message>
    <message>
        <source>Assistant &amp;commands</source>
        <translation>Befehle des Assistenten (&amp;C)</translation>
    </message>
    <message>
        <source>That message is no longer in the conversation.</source>
        <translation>Diese Nachricht ist nicht mehr in der Unterhaltung.</translation>
    </message>
    <message>
        <source>&amp;Go to conversation…</source>
        <translation>&amp;Gehe zu Unterhaltung…</translation>
    </message>
</context>
<context>
    <name>carillon::ui::ManifestViewer</name>
    <message>
        <source>Attachment links – %1</source>
        <translation>Anhang-Links – %1</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Download-Fortschritt</translation>
    </message>
    <message>
        <source>&amp;Copy all links</source>
        <translation>Alle Links &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy all links</source>
        <translation>Alle Links kopieren</translation>
    </message>
    <message>
        <source>&amp;Download all…</source>
        <translation>Alle &amp;herunterladen…</translation>
    </message>
    <message>
        <source>Download all</source>
        <translation>Alle herunterladen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Download into</source>
        <translation>Herunterladen nach</translation>
    </message>
    <message>
        <source>The file of links cannot be read (%1).</source>
        <translation>Die Datei mit den Links kann nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>This file is empty: none of your attachments qualified.</source>
        <translation>Diese Datei ist leer: Keiner Ihrer Anhänge kam infrage.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Refused: the link was changed or its key is unknown</source>
        <translation>Abgelehnt: Der Link wurde verändert oder sein Schlüssel ist unbekannt</translation>
    </message>
    <message>
        <source>No longer available (deleted)</source>
        <translation>Nicht mehr verfügbar (gelöscht)</translation>
    </message>
    <message>
        <source>Expired: ask the assistant for a new list</source>
        <translation>Abgelaufen: Fordern Sie beim Assistenten eine neue Liste an</translation>
    </message>
    <message>
        <source>Failed (HTTP %1)</source>
        <translation>Fehlgeschlagen (HTTP %1)</translation>
    </message>
    <message>
        <source>Link server not reachable: start Carillon or &quot;carillon serve&quot;</source>
        <translation>Link-Server nicht erreichbar: Starten Sie Carillon oder &quot;carillon serve&quot;</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Resuming…</source>
        <translation>Wird fortgesetzt…</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Wird heruntergeladen…</translation>
    </message>
    <message>
        <source>Interrupted: %1</source>
        <translation>Unterbrochen: %1</translation>
    </message>
    <message>
        <source>Downloaded, SHA-256 verified</source>
        <translation>Heruntergeladen, SHA-256 geprüft</translation>
    </message>
    <message numerus="yes">
        <source>Downloaded and verified %1 of %n file(s) into %2.</source>
        <translation>
            <numerusform>%1 von %n Datei heruntergeladen und geprüft, gespeichert in %2.</numerusform>
            <numerusform>%1 von %n Dateien heruntergeladen und geprüft, gespeichert in %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloaded, not verified: this older link carries no checksum; ask the assistant for a new list to have it checked</source>
        <translation>Heruntergeladen, nicht geprüft: Dieser ältere Link enthält keine Prüfsumme; fordern Sie beim Assistenten eine neue Liste an, damit die Datei geprüft werden kann</translation>
    </message>
    <message>
        <source>Checksum mismatch: the file was discarded. Another program may be answering on the link port; close it and try again</source>
        <translation>Prüfsumme stimmt nicht: Die Datei wurde verworfen. Möglicherweise antwortet ein anderes Programm auf dem Link-Port; schließen Sie es und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>These links expired on %1</source>
        <translation>Diese Links sind am %1 abgelaufen</translation>
    </message>
    <message>
        <source>Links valid until %1</source>
        <translation>Links gültig bis %1</translation>
    </message>
    <message>
        <source>They no longer download. Send Get my attachments to the assistant for a new list.</source>
        <translation>Sie laden nichts mehr herunter. Senden Sie dem Assistenten „Get my attachments“ für eine neue Liste.</translation>
    </message>
    <message>
        <source>Anyone with these links can download the files until then, so keep them private.</source>
        <translation>Bis dahin kann jeder mit diesen Links die Dateien herunterladen – geben Sie sie nicht weiter.</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s). Download all checks each one against the SHA-256 checksum in its link.</source>
        <translation>
            <numerusform>%n Datei. „Alle herunterladen“ prüft sie gegen die SHA-256-Prüfsumme in ihrem Link.</numerusform>
            <numerusform>%n Dateien. „Alle herunterladen“ prüft jede gegen die SHA-256-Prüfsumme in ihrem Link.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carillon::ui::MessageCard</name>
    <message>
        <source>%1, %2 %3</source>
        <comment>date, time, zone</comment>
        <translation>%1 um %2 %3</translation>
    </message>
    <message>
        <source>Request in progress</source>
        <translation>Anfrage in Bearbeitung</translation>
    </message>
    <message>
        <source>Request confirmed</source>
        <translation>Anfrage bestätigt</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Confirm: Delete me</source>
        <translation>Bestätigen: Delete me</translation>
    </message>
    <message>
        <source>Confirm: Get my attachments</source>
        <translation>Bestätigen: Get my attachments</translation>
    </message>
    <message>
        <source>Confirmation code %1</source>
        <translation>Bestätigungscode %1</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Code kopieren</translation>
    </message>
    <message>
        <source>Copy command</source>
        <translation>Befehl kopieren</translation>
    </message>
    <message>
        <source>Put in composer</source>
        <translation>In Eingabefeld einfügen</translation>
    </message>
    <message>
        <source>Put the command in the composer</source>
        <translation>Den Befehl in das Eingabefeld einfügen</translation>
    </message>
    <message>
        <source>Puts &quot;%1&quot; in the message box. Press Send to confirm.</source>
        <translation>Fügt „%1“ in das Nachrichtenfeld ein. Drücken Sie zum Bestätigen auf „Senden“.</translation>
    </message>
    <message>
        <source>This code has expired. Send the command again for a new one.</source>
        <translation>Dieser Code ist abgelaufen. Senden Sie den Befehl erneut, um einen neuen zu erhalten.</translation>
    </message>
    <message>
        <source>Valid for %1:%2 more</source>
        <translation>Noch %1:%2 gültig</translation>
    </message>
    <message>
        <source>What Delete me removes</source>
        <translation>Was „Delete me“ löscht</translation>
    </message>
    <message>
        <source>Your attachments list is ready</source>
        <translation>Ihre Anhangsliste ist fertig</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s), valid until %1</source>
        <translation>
            <numerusform>%n Link, gültig bis %1</numerusform>
            <numerusform>%n Links, gültig bis %1</numerusform>
        </translation>
    </message>
    <message>
        <source>View links…</source>
        <translation>Links anzeigen…</translation>
    </message>
    <message>
        <source>View links</source>
        <translation>Links anzeigen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Save %1 as</source>
        <translation>%1 speichern unter</translation>
    </message>
    <message>
        <source>Attachment %1, %2</source>
        <translation>Anhang %1, %2</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>jemand</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n Anhang</numerusform>
            <numerusform>%n Anhänge</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>sender: card title</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This code was used. It no longer works.</source>
        <translation>Dieser Code wurde verwendet. Er gilt nicht mehr.</translation>
    </message>
    <message>
        <source>A newer code replaced this one. Use the code on the latest card.</source>
        <translation>Ein neuerer Code hat diesen ersetzt. Verwenden Sie den Code auf der neuesten Karte.</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s), expired on %1. Send Get my attachments for new links.</source>
        <translation>
            <numerusform>%n Link, abgelaufen am %1. Senden Sie „Get my attachments“ für neue Links.</numerusform>
            <numerusform>%n Links, abgelaufen am %1. Senden Sie „Get my attachments“ für neue Links.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carillon::ui::MessageDelegate</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>date, time</comment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>carillon::ui::MessageModel</name>
    <message>
        <source>Deleted person</source>
        <translation>Gelöschte Person</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>carillon::ui::NewMessageDialog</name>
    <message>
        <source>New message</source>
        <translation>Neue Nachricht</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;An:</translation>
    </message>
    <message>
        <source>First message (optional)</source>
        <translation>Erste Nachricht (optional)</translation>
    </message>
    <message>
        <source>Optional: a first message</source>
        <translation>Optional: eine erste Nachricht</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Nachricht:</translation>
    </message>
    <message>
        <source>Start chat</source>
        <translation>Chat beginnen</translation>
    </message>
    <message>
        <source>Add at least one recipient in To:.</source>
        <translation>Fügen Sie unter „An:“ mindestens einen Empfänger hinzu.</translation>
    </message>
    <message>
        <source>You are already in the conversation; add other people.</source>
        <translation>Sie sind bereits Teil der Unterhaltung; fügen Sie andere Personen hinzu.</translation>
    </message>
    <message>
        <source>%1 (%2) is not in your contacts yet. Add them as a contact and start the chat?</source>
        <translation>%1 (%2) ist noch nicht in Ihren Kontakten. Als Kontakt hinzufügen und den Chat beginnen?</translation>
    </message>
    <message>
        <source>Nobody uses %1 on Carillon yet. Send them an invitation? You can chat once they join.</source>
        <translation>Unter %1 nutzt noch niemand Carillon. Eine Einladung senden? Sie können chatten, sobald die Person beitritt.</translation>
    </message>
    <message>
        <source>%1 is not a contact; remove it from To: or invite it.</source>
        <translation>%1 ist kein Kontakt; entfernen Sie die Adresse aus „An:“ oder laden Sie die Person ein.</translation>
    </message>
    <message>
        <source>Invitation sent to %1. There is nobody to chat with yet.</source>
        <translation>Einladung an %1 gesendet. Noch gibt es niemanden, mit dem Sie chatten können.</translation>
    </message>
</context>
<context>
    <name>carillon::ui::NewRoomDialog</name>
    <message>
        <source>New room</source>
        <translation>Neuer Raum</translation>
    </message>
    <message>
        <source>Room name</source>
        <translation>Raumname</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>&amp;Mitglieder:</translation>
    </message>
    <message>
        <source>Create room</source>
        <translation>Raum erstellen</translation>
    </message>
</context>
<context>
    <name>carillon::ui::Notifier</name>
    <message>
        <source>Someone</source>
        <translation>jemandem</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n file(s)</source>
        <translation>
            <numerusform>Hat %n Datei gesendet</numerusform>
            <numerusform>Hat %n Dateien gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>New message from %1</source>
        <translation>Neue Nachricht von %1</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Neue Nachricht</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>carillon::ui::QuickSwitcher</name>
    <message>
        <source>Go to conversation</source>
        <translation>Gehe zu Unterhaltung</translation>
    </message>
    <message>
        <source>Conversation or person to go to</source>
        <translation>Unterhaltung oder Person, zu der gewechselt wird</translation>
    </message>
    <message>
        <source>Type a name, a room or an address</source>
        <translation>Name, Raum oder Adresse eingeben</translation>
    </message>
    <message>
        <source>Conversations and people</source>
        <translation>Unterhaltungen und Personen</translation>
    </message>
    <message>
        <source>No conversation or person matches.</source>
        <translation>Keine Unterhaltung und keine Person passt.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>name · detail</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>group chat</source>
        <translation>Gruppenchat</translation>
    </message>
    <message>
        <source>Not everything could be loaded: %1 Close this and press Ctrl+K again to retry.</source>
        <translation>Nicht alles konnte geladen werden: %1 Schließen Sie dieses Fenster und drücken Sie erneut Strg+K.</translation>
    </message>
</context>
<context>
    <name>carillon::ui::RecipientEdit</name>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Names or addresses, separated by commas</source>
        <translation>Namen oder Adressen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Matching contacts</source>
        <translation>Passende Kontakte</translation>
    </message>
</context>
<context>
    <name>carillon::ui::ScheduleMeetingDialog</name>
    <message>
        <source>Schedule a meeting</source>
        <translation>Besprechung planen</translation>
    </message>
    <message>
        <source>Meeting title</source>
        <translation>Titel der Besprechung</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Dauer in Minuten</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Invitees</source>
        <translation>Eingeladene</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>&amp;Invite:</source>
        <translation>&amp;Einladen:</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planen</translation>
    </message>
</context>
<context>
    <name>carillon::ui::SearchPanel</name>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Person: %1, %2</source>
        <translation>Person: %1, %2</translation>
    </message>
    <message>
        <source>Rooms and group chats</source>
        <translation>Räume und Gruppenchats</translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation>Raum: %1</translation>
    </message>
    <message>
        <source>Group chat: %1</source>
        <translation>Gruppenchat: %1</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>%1 in %2 · %3
%4</source>
        <translation>%1 in %2 · %3
%4</translation>
    </message>
    <message>
        <source>Message from %1 in %2, %3: %4</source>
        <translation>Nachricht von %1 in %2, %3: %4</translation>
    </message>
    <message>
        <source>No matches for “%1”. Check the spelling, or try fewer or shorter words.</source>
        <translation>Keine Treffer für „%1“. Prüfen Sie die Schreibweise oder versuchen Sie weniger oder kürzere Wörter.</translation>
    </message>
</context>
<context>
    <name>carillon::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Data location</source>
        <translation>Speicherort der Daten</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>Daten:</translation>
    </message>
    <message>
        <source>Link server port</source>
        <translation>Port des Link-Servers</translation>
    </message>
    <message>
        <source>Link server &amp;port:</source>
        <translation>&amp;Port des Link-Servers:</translation>
    </message>
    <message>
        <source>Takes effect the next time Carillon or &quot;carillon serve&quot; starts. Links already handed out keep naming the old port.</source>
        <translation>Gilt ab dem nächsten Start von Carillon oder &quot;carillon serve&quot;. Bereits ausgegebene Links verweisen weiterhin auf den alten Port.</translation>
    </message>
    <message>
        <source>Export processing delay in minutes</source>
        <translation>Bearbeitungszeit des Exports in Minuten</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Export &amp;delay (demo):</source>
        <translation>Export-&amp;Verzögerung (Demo):</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Takes effect the next time Carillon starts.</source>
        <translation>Gilt ab dem nächsten Start von Carillon.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie im System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Farben:</translation>
    </message>
    <message>
        <source>Notify me of new messages while Carillon is in the background</source>
        <translation>Über neue Nachrichten benachrichtigen, während Carillon im Hintergrund ist</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
</context>
<context>
    <name>carillon::ui::SidePanel</name>
    <message>
        <source>Your contacts could not be loaded: %1 Carillon tries again in a few seconds.</source>
        <translation>Ihre Kontakte konnten nicht geladen werden: %1 Carillon versucht es in wenigen Sekunden erneut.</translation>
    </message>
    <message>
        <source>Your meetings could not be loaded: %1 Carillon tries again in a few seconds.</source>
        <translation>Ihre Besprechungen konnten nicht geladen werden: %1 Carillon versucht es in wenigen Sekunden erneut.</translation>
    </message>
    <message>
        <source>Your chats could not be loaded: %1 Carillon tries again in a few seconds.</source>
        <translation>Ihre Chats konnten nicht geladen werden: %1 Carillon versucht es in wenigen Sekunden erneut.</translation>
    </message>
</context>
<context>
    <name>carillon::ui::SignInWindow</name>
    <message>
        <source>Your profile was deleted with the assistant&apos;s Delete me command, so you were signed out on every device. Your sign-in identity still works: signing in starts a new, empty profile.</source>
        <translation>Ihr Profil wurde mit dem Befehl „Delete me“ des Assistenten gelöscht, daher wurden Sie auf allen Geräten abgemeldet. Ihre Anmeldeidentität funktioniert weiterhin: Wenn Sie sich anmelden, beginnt ein neues, leeres Profil.</translation>
    </message>
    <message>
        <source>Your organisation deleted its Enterprise account and your profile with it, so you were signed out. Contact your administrator for details.</source>
        <translation>Ihre Organisation hat ihr Enterprise-Konto und damit Ihr Profil gelöscht, daher wurden Sie abgemeldet. Einzelheiten erfahren Sie von Ihrem Administrator.</translation>
    </message>
    <message>
        <source>The demo data was reset, so everyone was signed out. Pick a demo person to continue.</source>
        <translation>Die Demodaten wurden zurückgesetzt, daher wurden alle abgemeldet. Wählen Sie eine Demo-Person, um fortzufahren.</translation>
    </message>
    <message>
        <source>You are signed out.</source>
        <translation>Sie sind abgemeldet.</translation>
    </message>
    <message>
        <source>Sign in – Carillon</source>
        <translation>Anmelden – Carillon</translation>
    </message>
    <message>
        <source>Sign in to Carillon</source>
        <translation>Bei Carillon anmelden</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>Auf diesem Computer &amp;angemeldet bleiben</translation>
    </message>
    <message>
        <source>Remember me</source>
        <translation>Angemeldet bleiben</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Create an identity…</source>
        <translation>Identität anlegen…</translation>
    </message>
    <message>
        <source>Create an identity</source>
        <translation>Identität anlegen</translation>
    </message>
    <message>
        <source>Demo: pick a person (password for all: carillon-demo)</source>
        <translation>Demo: Wählen Sie eine Person (Passwort für alle: carillon-demo)</translation>
    </message>
    <message>
        <source>Demo people</source>
        <translation>Demo-Personen</translation>
    </message>
    <message>
        <source>Sign in as this person</source>
        <translation>Als diese Person anmelden</translation>
    </message>
    <message>
        <source>Sign in as the selected demo person</source>
        <translation>Als die ausgewählte Demo-Person anmelden</translation>
    </message>
    <message>
        <source>Checking your password</source>
        <translation>Ihr Passwort wird geprüft</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Where your account is</source>
        <translation>Wo Ihr Konto liegt</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Auf diesem Computer</translation>
    </message>
    <message>
        <source>On a server</source>
        <translation>Auf einem Server</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>chat.example.com</source>
        <translation>chat.example.com</translation>
    </message>
    <message>
        <source>The address of your Carillon server, like chat.example.com or wss://chat.example.com:8443. Your organisation gives it to you.</source>
        <translation>Die Adresse Ihres Carillon-Servers, etwa chat.example.com oder wss://chat.example.com:8443. Sie erhalten sie von Ihrer Organisation.</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Act as this person.</source>
        <translation>Als diese Person handeln.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>
Exit status: 0 done, 1 the operation failed, 2 bad arguments (nothing was changed).
</source>
        <translation>
Exit-Status: 0 erledigt, 1 Vorgang fehlgeschlagen, 2 ungültige Argumente (nichts wurde geändert).
</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number. Use the number shown by the &quot;conversations&quot; or &quot;history&quot; command.</source>
        <translation>&quot;%1&quot; ist keine Nummer. Verwenden Sie die Nummer, die der Befehl &quot;conversations&quot; oder &quot;history&quot; anzeigt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of minutes.</source>
        <translation>&quot;%1&quot; ist keine Anzahl von Minuten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time. Write it like 2026-12-01T14:30.</source>
        <translation>&quot;%1&quot; ist kein Datum mit Uhrzeit. Schreiben Sie es wie 2026-12-01T14:30.</translation>
    </message>
    <message>
        <source>The file %1 does not exist. Check the path.</source>
        <translation>Die Datei %1 existiert nicht. Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read. Check its permissions.</source>
        <translation>Die Datei %1 kann nicht gelesen werden. Prüfen Sie ihre Berechtigungen.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Create it first.</source>
        <translation>Der Ordner %1 existiert nicht. Legen Sie ihn zuerst an.</translation>
    </message>
    <message>
        <source>%1 must not be empty.</source>
        <translation>%1 darf nicht leer sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs %2.</source>
        <translation>&quot;%1&quot; braucht %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes %2, but got more: %3</source>
        <translation>&quot;%1&quot; erwartet %2, hat aber mehr bekommen: %3</translation>
    </message>
    <message>
        <source>no arguments</source>
        <translation>keine Argumente</translation>
    </message>
    <message>
        <source>This build has no window; give a command.</source>
        <translation>Diese Version hat kein Fenster; geben Sie einen Befehl an.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a command.</source>
        <translation>&quot;%1&quot; ist kein Befehl.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not take --%2.</source>
        <translation>&quot;%1&quot; kennt die Option --%2 nicht.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; works on the demo profile only: add --profile demo.</source>
        <translation>&quot;%1&quot; funktioniert nur im Demoprofil: Fügen Sie --profile demo hinzu.</translation>
    </message>
    <message>
        <source>Give the password with --password-stdin (or --password).</source>
        <translation>Geben Sie das Passwort mit --password-stdin (oder --password) an.</translation>
    </message>
    <message>
        <source>Created %1 &lt;%2&gt;.</source>
        <translation>%1 &lt;%2&gt; angelegt.</translation>
    </message>
    <message>
        <source>assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>invited</source>
        <translation>eingeladen</translation>
    </message>
    <message>
        <source>Demo time: %1 (%2 hours ahead of real time).</source>
        <translation>Demo-Zeit: %1 (%2 Stunden vor der echten Zeit).</translation>
    </message>
    <message>
        <source>Display name.</source>
        <translation>Anzeigename.</translation>
    </message>
    <message>
        <source>Password (visible to other local users; prefer --password-stdin).</source>
        <translation>Passwort (für andere lokale Benutzer sichtbar; besser --password-stdin verwenden).</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input.</source>
        <translation>Das Passwort aus der ersten Zeile der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Create a sign-in identity and its chat profile.</source>
        <translation>Eine Anmeldeidentität und ihr Chatprofil anlegen.</translation>
    </message>
    <message>
        <source>List everyone with a profile and whether a Team or Enterprise manages them.</source>
        <translation>Alle mit Profil auflisten, jeweils mit der Angabe, ob ein Team oder Enterprise-Konto sie verwaltet.</translation>
    </message>
    <message>
        <source>Create a Team account.</source>
        <translation>Ein Team-Konto anlegen.</translation>
    </message>
    <message>
        <source>Created the Team &quot;%1&quot;.</source>
        <translation>Team &quot;%1&quot; angelegt.</translation>
    </message>
    <message>
        <source>Invite a person into a Team (they are managed once they accept).</source>
        <translation>Eine Person in ein Team einladen (sie wird verwaltet, sobald sie annimmt).</translation>
    </message>
    <message>
        <source>Invited %1 to &quot;%2&quot;.</source>
        <translation>%1 in &quot;%2&quot; eingeladen.</translation>
    </message>
    <message>
        <source>Accept a Team invitation on the person&apos;s behalf.</source>
        <translation>Eine Team-Einladung im Namen der Person annehmen.</translation>
    </message>
    <message>
        <source>%1 joined &quot;%2&quot;.</source>
        <translation>%1 ist &quot;%2&quot; beigetreten.</translation>
    </message>
    <message>
        <source>Remove a person (or an open invitation) from a Team.</source>
        <translation>Eine Person (oder eine offene Einladung) aus einem Team entfernen.</translation>
    </message>
    <message>
        <source>Removed %1 from &quot;%2&quot;.</source>
        <translation>%1 aus &quot;%2&quot; entfernt.</translation>
    </message>
    <message>
        <source>List Teams and their members.</source>
        <translation>Teams und ihre Mitglieder auflisten.</translation>
    </message>
    <message>
        <source>Create an Enterprise account.</source>
        <translation>Ein Enterprise-Konto anlegen.</translation>
    </message>
    <message>
        <source>Created the Enterprise account &quot;%1&quot;.</source>
        <translation>Enterprise-Konto &quot;%1&quot; angelegt.</translation>
    </message>
    <message>
        <source>Claim an email domain: everyone with an address there becomes managed.</source>
        <translation>Eine E-Mail-Domain beanspruchen: Alle mit einer Adresse dort werden verwaltet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; claimed %2.</source>
        <translation>&quot;%1&quot; hat %2 beansprucht.</translation>
    </message>
    <message>
        <source>Release a claimed domain.</source>
        <translation>Eine beanspruchte Domain freigeben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; released %2.</source>
        <translation>&quot;%1&quot; hat %2 freigegeben.</translation>
    </message>
    <message>
        <source>Delete an Enterprise account and erase the profiles in the domains it claims.</source>
        <translation>Ein Enterprise-Konto löschen und die Profile in den von ihm beanspruchten Domains löschen.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted &quot;%1&quot;; erased %n profile(s).</source>
        <translation>
            <numerusform>&quot;%1&quot; gelöscht; %n Profil gelöscht.</numerusform>
            <numerusform>&quot;%1&quot; gelöscht; %n Profile gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>List Enterprise accounts and their domains.</source>
        <translation>Enterprise-Konten und ihre Domains auflisten.</translation>
    </message>
    <message>
        <source>Restore the demo data set (everyone on the demo profile is signed out).</source>
        <translation>Den Demodatensatz wiederherstellen (alle im Demoprofil werden abgemeldet).</translation>
    </message>
    <message>
        <source>The demo data was restored in %1. Password for every demo person: %2</source>
        <translation>Die Demodaten wurden in %1 wiederhergestellt. Passwort für alle Demo-Personen: %2</translation>
    </message>
    <message>
        <source>List the demo people and what each one shows.</source>
        <translation>Die Demo-Personen auflisten und was jede von ihnen zeigt.</translation>
    </message>
    <message>
        <source>Remove the saved sign-in and the link-signing keys from the keychain (or the private file); links handed out stop working, a new key is made.</source>
        <translation>Die gespeicherte Anmeldung und die Signaturschlüssel für Links aus dem Schlüsselbund (oder der privaten Datei) entfernen; ausgegebene Links funktionieren nicht mehr, ein neuer Schlüssel wird erzeugt.</translation>
    </message>
    <message>
        <source>Show the demo clock.</source>
        <translation>Die Demo-Uhr anzeigen.</translation>
    </message>
    <message>
        <source>Move the demo clock forward (e.g. 24h, 6d) for every instance on the data folder.</source>
        <translation>Die Demo-Uhr für alle Instanzen auf dem Datenordner vorstellen (z. B. 24h, 6d).</translation>
    </message>
    <message>
        <source>Put the demo clock back to real time.</source>
        <translation>Die Demo-Uhr auf die echte Zeit zurückstellen.</translation>
    </message>
    <message>
        <source>Say who is acting with --as EMAIL (a person who has an identity).</source>
        <translation>Geben Sie mit --as EMAIL an, wer handelt (eine Person mit Identität).</translation>
    </message>
    <message>
        <source>%1 is in no %2 called &quot;%3&quot;. Run &quot;carillon conversations --as %1&quot; to list them.</source>
        <translation>%1 ist in keiner Unterhaltung (%2) namens &quot;%3&quot;. Mit &quot;carillon conversations --as %1&quot; können Sie sie auflisten.</translation>
    </message>
    <message>
        <source>Name exactly one conversation: --%1 EMAIL (repeat it for a group chat), --conversation ID, --room NAME or --group NAME.</source>
        <translation>Geben Sie genau eine Unterhaltung an: --%1 EMAIL (für einen Gruppenchat wiederholen), --conversation ID, --room NAME oder --group NAME.</translation>
    </message>
    <message>
        <source>%1 is not a member of conversation %2.</source>
        <translation>%1 ist kein Mitglied der Unterhaltung %2.</translation>
    </message>
    <message>
        <source>Sent message %1 to conversation %2.</source>
        <translation>Nachricht %1 an Unterhaltung %2 gesendet.</translation>
    </message>
    <message>
        <source>  attachment %1: %2 (%3)</source>
        <translation>  Anhang %1: %2 (%3)</translation>
    </message>
    <message>
        <source>      [attachment %1] %2 (%3, %4)</source>
        <translation>      [Anhang %1] %2 (%3, %4)</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n ungelesen</numerusform>
            <numerusform>%n ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>Created room %1 &quot;%2&quot;.</source>
        <translation>Raum %1 &quot;%2&quot; erstellt.</translation>
    </message>
    <message>
        <source>Created group chat %1.</source>
        <translation>Gruppenchat %1 erstellt.</translation>
    </message>
    <message>
        <source>(has not added you back)</source>
        <translation>(hat Sie noch nicht hinzugefügt)</translation>
    </message>
    <message>
        <source>Invitation from %1 &lt;%2&gt;: accept with &quot;carillon contact accept --as %3 %2&quot;.</source>
        <translation>Einladung von %1 &lt;%2&gt;: annehmen mit &quot;carillon contact accept --as %3 %2&quot;.</translation>
    </message>
    <message>
        <source>Added %1; they were asked to add you back.</source>
        <translation>%1 hinzugefügt; die Person wurde gebeten, Sie ebenfalls hinzuzufügen.</translation>
    </message>
    <message>
        <source>You and %1 are now contacts.</source>
        <translation>Sie und %1 sind jetzt Kontakte.</translation>
    </message>
    <message>
        <source>%1 is already a contact.</source>
        <translation>%1 ist bereits ein Kontakt.</translation>
    </message>
    <message>
        <source>Nobody uses %1 yet; the invitation waits for them.</source>
        <translation>Unter %1 nutzt noch niemand Carillon; die Einladung bleibt bestehen, bis die Person beitritt.</translation>
    </message>
    <message>
        <source>Scheduled meeting %1 &quot;%2&quot; at %3.</source>
        <translation>Besprechung %1 &quot;%2&quot; für %3 geplant.</translation>
    </message>
    <message>
        <source>Title or name.</source>
        <translation>Titel oder Name.</translation>
    </message>
    <message>
        <source>A recipient (repeat for a group chat).</source>
        <translation>Ein Empfänger (für einen Gruppenchat wiederholen).</translation>
    </message>
    <message>
        <source>The other person of a 1:1 chat (repeat for a group chat).</source>
        <translation>Die andere Person eines 1:1-Chats (für einen Gruppenchat wiederholen).</translation>
    </message>
    <message>
        <source>A conversation by number.</source>
        <translation>Eine Unterhaltung, angegeben per Nummer.</translation>
    </message>
    <message>
        <source>A room by name.</source>
        <translation>Ein Raum, angegeben per Name.</translation>
    </message>
    <message>
        <source>A group chat by name.</source>
        <translation>Ein Gruppenchat, angegeben per Name.</translation>
    </message>
    <message>
        <source>Attach a file (repeatable).</source>
        <translation>Eine Datei anhängen (mehrfach möglich).</translation>
    </message>
    <message>
        <source>How many messages (default 50).</source>
        <translation>Wie viele Nachrichten (Standard: 50).</translation>
    </message>
    <message>
        <source>Start, local time (2026-12-01T14:30).</source>
        <translation>Beginn, Ortszeit (2026-12-01T14:30).</translation>
    </message>
    <message>
        <source>Length in minutes (default 30).</source>
        <translation>Dauer in Minuten (Standard: 30).</translation>
    </message>
    <message>
        <source>Invite a contact by address (the assistant is assistant_no_reply@chime.aws).</source>
        <translation>Einen Kontakt per Adresse einladen (der Assistent ist assistant_no_reply@chime.aws).</translation>
    </message>
    <message>
        <source>Accept an invitation, so both of you are contacts.</source>
        <translation>Eine Einladung annehmen, sodass Sie gegenseitig Kontakte sind.</translation>
    </message>
    <message>
        <source>List contacts and open invitations.</source>
        <translation>Kontakte und offene Einladungen auflisten.</translation>
    </message>
    <message>
        <source>List a person&apos;s conversations with their numbers and unread counts.</source>
        <translation>Die Unterhaltungen einer Person mit ihren Nummern und der Zahl ungelesener Nachrichten auflisten.</translation>
    </message>
    <message>
        <source>Create a group chat with two or more other people.</source>
        <translation>Einen Gruppenchat mit zwei oder mehr weiteren Personen erstellen.</translation>
    </message>
    <message>
        <source>Create a chat room (the acting person is its creator).</source>
        <translation>Einen Chatraum erstellen (die handelnde Person gilt als Ersteller).</translation>
    </message>
    <message>
        <source>Add a person to a room.</source>
        <translation>Eine Person zu einem Raum hinzufügen.</translation>
    </message>
    <message>
        <source>Name the room with --room NAME.</source>
        <translation>Geben Sie den Raum mit --room NAME an.</translation>
    </message>
    <message>
        <source>Added %1 to &quot;%2&quot;.</source>
        <translation>%1 zu &quot;%2&quot; hinzugefügt.</translation>
    </message>
    <message>
        <source>Send a message (text and/or files) to a person, a group chat or a room.</source>
        <translation>Eine Nachricht (Text und/oder Dateien) an eine Person, einen Gruppenchat oder einen Raum senden.</translation>
    </message>
    <message>
        <source>Print a conversation with message and attachment numbers.</source>
        <translation>Eine Unterhaltung mit Nachrichten- und Anhangsnummern ausgeben.</translation>
    </message>
    <message>
        <source>Save an attachment&apos;s bytes to a file.</source>
        <translation>Den Inhalt eines Anhangs in einer Datei speichern.</translation>
    </message>
    <message>
        <source>Saved attachment %1 to %2.</source>
        <translation>Anhang %1 unter %2 gespeichert.</translation>
    </message>
    <message>
        <source>Schedule a meeting.</source>
        <translation>Eine Besprechung planen.</translation>
    </message>
    <message>
        <source>List a person&apos;s meetings.</source>
        <translation>Die Besprechungen einer Person auflisten.</translation>
    </message>
    <message>
        <source>carillon: %1</source>
        <translation>carillon: %1</translation>
    </message>
    <message>
        <source>carillon: %1
Run &quot;carillon --help&quot; for the list of commands.</source>
        <translation>carillon: %1
Mit &quot;carillon --help&quot; erhalten Sie die Liste der Befehle.</translation>
    </message>
    <message>
        <source>Listen on this port (default: the links.port setting, else %1).</source>
        <translation>Auf diesem Port lauschen (Standard: die Einstellung links.port, sonst %1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number. Give one from 1 to 65535.</source>
        <translation>&quot;%1&quot; ist keine Portnummer. Geben Sie eine von 1 bis 65535 an.</translation>
    </message>
    <message>
        <source>Serving download links on %1; stop with Ctrl+C.</source>
        <translation>Download-Links werden auf %1 bereitgestellt; beenden mit Strg+C.</translation>
    </message>
    <message>
        <source>Note: new lists of links name port %1 (the links.port setting), not this one.</source>
        <translation>Hinweis: Neue Link-Listen verweisen auf Port %1 (die Einstellung links.port), nicht auf diesen.</translation>
    </message>
    <message>
        <source>Stopped serving links.</source>
        <translation>Bereitstellung der Links beendet.</translation>
    </message>
    <message>
        <source>Serve the download links of the assistant&apos;s lists without a window, until stopped (Ctrl+C).</source>
        <translation>Die Download-Links aus den Listen des Assistenten ohne Fenster bereitstellen, bis zum Beenden (Strg+C).</translation>
    </message>
    <message>
        <source>%1  %2  %3 min  %4  (organised by %5)</source>
        <translation>%1  %2  %3 Min.  %4  (organisiert von %5)</translation>
    </message>
    <message>
        <source>%1 is a folder. Attach the files in it one by one, or a zip of them.</source>
        <translation>%1 ist ein Ordner. Hängen Sie die Dateien darin einzeln an oder ein Zip-Archiv davon.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a device, pipe or socket). Attach a regular file.</source>
        <translation>%1 ist keine reguläre Datei (sondern ein Gerät, eine Pipe oder ein Socket). Hängen Sie eine reguläre Datei an.</translation>
    </message>
    <message>
        <source>%1 is %2; attachments can be at most %3. Share a smaller file or split it.</source>
        <translation>%1 ist %2 groß; Anhänge dürfen höchstens %3 groß sein. Senden Sie eine kleinere Datei oder zerlegen Sie sie.</translation>
    </message>
    <message>
        <source>Nobody can act as the assistant (%1): it only answers. Give a person&apos;s address with --as.</source>
        <translation>Niemand kann als Assistent (%1) handeln: Er antwortet nur. Geben Sie mit --as die Adresse einer Person an.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an option.</source>
        <translation>&quot;%1&quot; ist keine Option.</translation>
    </message>
    <message>
        <source>--%1 needs a value, like --%1 %2.</source>
        <translation>--%1 braucht einen Wert, etwa --%1 %2.</translation>
    </message>
    <message>
        <source>The demo data is not set up in %1 yet. Run &quot;carillon demo reset&quot; first, or start the window with --profile demo.</source>
        <translation>Die Demodaten sind in %1 noch nicht eingerichtet. Führen Sie zuerst &quot;carillon demo reset&quot; aus oder starten Sie das Fenster mit --profile demo.</translation>
    </message>
    <message>
        <source>%1 is the assistant&apos;s address and is reserved: nobody can sign up with it. Use your own address.</source>
        <translation>%1 ist die Adresse des Assistenten und reserviert: Niemand kann sich damit registrieren. Verwenden Sie Ihre eigene Adresse.</translation>
    </message>
    <message numerus="yes">
        <source>Removed the saved sign-ins and %n link-signing key(s) from %1.</source>
        <translation>
            <numerusform>Die gespeicherten Anmeldungen und %n Signaturschlüssel für Links wurden entfernt. Speicherort: %1.</numerusform>
            <numerusform>Die gespeicherten Anmeldungen und %n Signaturschlüssel für Links wurden entfernt. Speicherort: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no chat with exactly those people yet.</source>
        <translation>Es gibt noch keinen Chat mit genau diesen Personen.</translation>
    </message>
    <message>
        <source>The message is empty. Write the text after the options, or attach a file with --attach FILE.</source>
        <translation>Die Nachricht ist leer. Schreiben Sie den Text hinter die Optionen oder hängen Sie mit --attach FILE eine Datei an.</translation>
    </message>
    <message>
        <source>The message is too long (%1 characters; at most %2). Split it or send the text as a file with --attach.</source>
        <translation>Die Nachricht ist zu lang (%1 Zeichen; höchstens %2). Teilen Sie sie auf oder senden Sie den Text mit --attach als Datei.</translation>
    </message>
    <message>
        <source>No messages with %1 yet.</source>
        <translation>Noch keine Nachrichten mit %1.</translation>
    </message>
    <message>
        <source>Usage: carillon [--profile NAME] [--data-dir DIR] [COMMAND] [ARGUMENTS]

Without a command, starts the Carillon window. Commands act on the profile&apos;s data
folder directly (no window needed) and are meant for scripting and demo set-up.

Global options:
  --profile NAME   default, demo, or another name (default: default)
  --data-dir DIR   use this data folder instead of the profile&apos;s
  --lang CODE      language of messages and the window (en, de, ja)
  --server URL     the window signs in through this Carillon server
                   (wss://host:port; ws:// for a server on this computer)
  --help, --version

Commands:
</source>
        <translation>Aufruf: carillon [--profile NAME] [--data-dir DIR] [COMMAND] [ARGUMENTS]

Ohne Befehl wird das Carillon-Fenster gestartet. Befehle arbeiten direkt auf dem Datenordner
des Profils (kein Fenster nötig) und sind für Skripte und die Vorbereitung von Demos gedacht.

Globale Optionen:
  --profile NAME   default, demo oder ein anderer Name (Standard: default)
  --data-dir DIR   diesen Datenordner statt des Ordners des Profils verwenden
  --lang CODE      Sprache der Meldungen und des Fensters (en, de, ja)
  --server URL     das Fenster meldet sich über diesen Carillon-Server an
                   (wss://host:port; ws:// für einen Server auf diesem Computer)
  --help, --version

Befehle:
</translation>
    </message>
    <message>
        <source>--server: %1</source>
        <translation>--server: %1</translation>
    </message>
    <message>
        <source>--sign-in-as signs in without a password, which only a demo does: add --profile demo, or --server with a demo server&apos;s address.</source>
        <translation>--sign-in-as meldet ohne Passwort an, und das kann nur eine Demo: Fügen Sie --profile demo hinzu oder --server mit der Adresse eines Demo-Servers.</translation>
    </message>
</context>
</TS>
