<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AccountStore</name>
    <message numerus="yes">
        <source>The password must have at least %n characters.</source>
        <translation>
            <numerusform>パスワードは%n文字以上にしてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>An identity for %1 already exists. Sign in with it instead.</source>
        <translation>%1 のIDはすでにあります。そのIDでサインインしてください。</translation>
    </message>
    <message>
        <source>There is no identity for %1. Create one first.</source>
        <translation>%1 のIDはありません。先にIDを作成してください。</translation>
    </message>
    <message>
        <source>The email address or password is not right. Check both and try again.</source>
        <translation>メールアドレスまたはパスワードが正しくありません。両方を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>That identity no longer exists.</source>
        <translation>このIDはもう存在しません。</translation>
    </message>
    <message>
        <source>That person&apos;s profile no longer exists.</source>
        <translation>この人のプロフィールはもう存在しません。</translation>
    </message>
    <message>
        <source>Nobody with the address %1 uses Carillon yet. Check the address, or invite them.</source>
        <translation>%1 のアドレスで Carillon を使っている人はまだいません。アドレスを確認するか、招待してください。</translation>
    </message>
    <message>
        <source>The assistant is not set up in this data folder.</source>
        <translation>このデータフォルダーにはアシスタントが設定されていません。</translation>
    </message>
    <message>
        <source>%1 is the assistant&apos;s address and is reserved: nobody can sign up or act with it. Use your own address.</source>
        <translation>%1 はアシスタントのアドレスのため予約されています。このアドレスで登録したり操作したりすることはできません。ご自分のアドレスを使ってください。</translation>
    </message>
    <message>
        <source>Nobody can act as the assistant (%1): only Carillon speaks for it. Act as a person instead.</source>
        <translation>アシスタント（%1）として操作することはできません。アシスタントとして話せるのは Carillon だけです。代わりに人として操作してください。</translation>
    </message>
</context>
<context>
    <name>AppPaths</name>
    <message>
        <source>&quot;%1&quot; is not a profile name. Use &quot;default&quot;, &quot;demo&quot;, or up to 32 lower-case letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>&quot;%1&quot; はプロファイル名として使えません。&quot;default&quot;、&quot;demo&quot;、または32文字以内の英小文字・数字・&apos;-&apos;・&apos;_&apos; を使ってください。</translation>
    </message>
</context>
<context>
    <name>AssistantTexts</name>
    <message>
        <source>%1 at %2 %3</source>
        <comment>date, time, time zone</comment>
        <translation>%1 %2 %3</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n時間</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n分</numerusform>
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
        <translation>こんにちは。%1 です。Carillon に保存されているあなた自身のデータについてお手伝いします。使えるコマンドは次の3つです。いずれかを（英語のまま）メッセージとして送ってください。

Help
    できることと、その仕組み。

Get my attachments
    1対1チャットとグループチャットにあなたがアップロードしたすべての添付ファイルと、あなたが作成したチャットルームで共有されたすべてのファイルへの、ダウンロードリンクをまとめたファイル。%2に1回まで。

Delete me
    プロフィールとデータを消去し、すべてのデバイスからサインアウトします。サインインIDは残ります。

「Get my attachments」と「Delete me」は、実行する前に確認コードをお送りしますので、それを送り返してください。この2つは、Team アカウントまたは Enterprise アカウントがあなたのプロフィールを管理している場合は使えません。</translation>
    </message>
    <message>
        <source>Sorry, I did not understand that. I answer three commands: Help, Get my attachments and Delete me.</source>
        <translation>すみません、よくわかりませんでした。使えるコマンドは「Help」「Get my attachments」「Delete me」の3つです。</translation>
    </message>
    <message>
        <source>That did not match the code I sent, so that code no longer works. Here is a new one.</source>
        <translation>お送りしたコードと一致しなかったため、そのコードは無効になりました。新しいコードはこちらです。</translation>
    </message>
    <message>
        <source>That code had expired, so here is a new one.</source>
        <translation>そのコードは期限切れでした。新しいコードはこちらです。</translation>
    </message>
    <message>
        <source>To confirm that you want your profile and data deleted, send this exact command before %1:</source>
        <translation>プロフィールとデータの削除を確定するには、%1 までに次のコマンドをそのまま送ってください：</translation>
    </message>
    <message>
        <source>To confirm your request for your attachments, send this exact command before %1:</source>
        <translation>添付ファイルのリクエストを確定するには、%1 までに次のコマンドをそのまま送ってください：</translation>
    </message>
    <message>
        <source>You will be signed out on all your devices and will no longer have your chats, rooms, contacts or meetings.</source>
        <translation>すべてのデバイスでサインアウトされ、チャット、ルーム、連絡先、ミーティングはすべてなくなります。</translation>
    </message>
    <message>
        <source>Deleting your profile erases:</source>
        <translation>プロフィールを削除すると、次のものが消去されます：</translation>
    </message>
    <message numerus="yes">
        <source>- your place in %n conversation(s)</source>
        <translation>
            <numerusform>- %n件の会話への参加</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>- %n message(s) you wrote</source>
        <translation>
            <numerusform>- あなたが書いた%n件のメッセージ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>- %n attachment(s) you uploaded</source>
        <translation>
            <numerusform>- あなたがアップロードした%n件の添付ファイル</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>- %n contact(s), and you from other people&apos;s contacts</source>
        <translation>
            <numerusform>- %n件の連絡先と、ほかの人の連絡先にあるあなたの登録</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>- %n meeting(s) you organised, cancelled for the people invited</source>
        <translation>
            <numerusform>- あなたが主催した%n件のミーティング（招待した人にとっても中止になります）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>- your membership of %n room(s) you created; rooms with other members stay for them</source>
        <translation>
            <numerusform>- あなたが作成した%n個のルームのメンバーシップ（ほかのメンバーがいるルームは、その人たちのために残ります）</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept: your sign-in identity %1. Signing in with it again starts a new, empty profile.</source>
        <translation>残るもの：サインインID %1。このIDで再びサインインすると、新しい空のプロフィールで始まります。</translation>
    </message>
    <message>
        <source>Your request of %1 is still being prepared. I will post the file here around %2.</source>
        <translation>%1 のリクエストはまだ準備中です。%2 ごろにファイルをここに投稿します。</translation>
    </message>
    <message>
        <source>Confirmed. I am preparing the list of your attachments and will post it here as a file around %1.</source>
        <translation>確認しました。添付ファイルの一覧を準備しています。%1 ごろにファイルとしてここに投稿します。</translation>
    </message>
    <message>
        <source>Your attachments list is ready. The attached file is empty: there are no attachments that qualify.</source>
        <translation>添付ファイルの一覧ができました。対象となる添付ファイルがないため、添付のファイルは空です。</translation>
    </message>
    <message numerus="yes">
        <source>Your attachments list is ready: the attached file has %n download link(s), one per line.</source>
        <translation>
            <numerusform>添付ファイルの一覧ができました。添付のファイルには%n件のダウンロードリンクが1行に1つずつ書かれています。</numerusform>
        </translation>
    </message>
    <message>
        <source>The links expire on %1.</source>
        <translation>リンクの有効期限は %1 です。</translation>
    </message>
    <message>
        <source>Keep this file private: anyone who has it can download your attachments until then. To download them all at once: wget -i followed by the file&apos;s name.</source>
        <translation>このファイルはほかの人に渡さないでください。ファイルを持っている人は、期限まであなたの添付ファイルをダウンロードできます。まとめてダウンロードするには、wget -i の後にファイル名を指定します。</translation>
    </message>
    <message>
        <source>%1 is not available to managed users: your profile is managed by the Team &quot;%2&quot;. Ask the Team&apos;s administrator to remove you from the Team; after that you can use it.</source>
        <translation>「%1」は管理対象のユーザーには使えません。あなたのプロフィールは Team「%2」によって管理されています。Team の管理者に Team から外してもらうと、使えるようになります。</translation>
    </message>
    <message>
        <source>%1 is not available to managed users: the Enterprise account &quot;%2&quot; has claimed your email domain and manages your profile. Your profile data is deleted when your company releases the domain and deletes its account. Please contact your administrator.</source>
        <translation>「%1」は管理対象のユーザーには使えません。Enterprise アカウント「%2」があなたのメールドメインを取得し、プロフィールを管理しています。プロフィールのデータは、会社がドメインを解放してアカウントを削除したときに削除されます。管理者にお問い合わせください。</translation>
    </message>
    <message>
        <source>You can ask for your attachments once every %1. Your last request was on %2; you can ask again from %3.</source>
        <translation>添付ファイルのリクエストは%1に1回までです。前回のリクエストは %2 でした。次は %3 からリクエストできます。</translation>
    </message>
    <message>
        <source>Here is what I can do.

Get my attachments: I collect two kinds of files. First, the ones you sent yourself in 1:1 and group chats. Second, all files posted by anybody in chat rooms that you started. Files other people sent you in 1:1 or group chats, files in rooms started by someone else and my own files are left out. Confirm with the code I send, and about %1 later I post a file here with one download link per line. The links work for about %2. You can make one request every %3.

Delete me: I first tell you what would be erased, then send a code. When you confirm, you are signed out on every device and your profile, contacts, messages, attachments, room memberships and the meetings you organised are erased. Your sign-in identity stays; signing in with it again starts a new, empty profile.

Codes: each code works once, for %4, for that command only. If a code is wrong or late it stops working and I send a new one.

Managed profiles: if you joined a Team or your company&apos;s Enterprise account claimed your email domain, Get my attachments and Delete me are not available. Ask your administrator.</source>
        <translation>できることは次のとおりです。

Get my attachments：2種類のファイルを集めます。1つ目は、1対1チャットとグループチャットであなた自身が送ったファイルです。2つ目は、あなたが開設したチャットルームに誰かが投稿したすべてのファイルです。1対1チャットやグループチャットでほかの人からあなたに送られたファイル、ほかの人が開設したルームのファイル、私自身のファイルは含みません。お送りするコードで確認すると、約%1後に、1行に1つずつダウンロードリンクを書いたファイルをここに投稿します。リンクの有効期間は約%2です。リクエストは%3に1回までです。

Delete me：まず消去される内容をお知らせし、次にコードをお送りします。確認すると、すべてのデバイスでサインアウトされ、プロフィール、連絡先、メッセージ、添付ファイル、ルームのメンバーシップ、あなたが主催したミーティングが消去されます。サインインIDは残り、再びサインインすると新しい空のプロフィールで始まります。

コード：各コードは、そのコマンドにだけ、%4以内に1回使えます。間違ったコードや期限切れのコードが送られると、そのコードは無効になり、新しいコードをお送りします。

管理対象のプロフィール：Team に参加している場合や、会社の Enterprise アカウントがあなたのメールドメインを取得している場合は、「Get my attachments」と「Delete me」は使えません。管理者にお問い合わせください。</translation>
    </message>
    <message numerus="yes">
        <source>I could not prepare your file of attachment links: %n attempt(s) failed, so I stopped trying. Nothing was sent and this request does not count towards the limit. Send Get my attachments again to make a new request; if that fails too, tell whoever looks after this Carillon installation.</source>
        <translation>
            <numerusform>添付ファイルのリンクをまとめたファイルを用意できませんでした。%n回失敗したため、処理を中止しました。何も送信されておらず、このリクエストは回数の制限に数えられません。新しくリクエストするには、もう一度「Get my attachments」を送ってください。それでも失敗する場合は、この Carillon 環境を管理している人にお知らせください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong confirmation codes were sent for %1. To keep your account safe, try again in %2, at %3.</source>
        <translation>%1 に対して誤った確認コードが多すぎました。アカウントを守るため、%2 後（%3）にもう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>BlobStore</name>
    <message>
        <source>The file %1 does not exist. Check the path and try again.</source>
        <translation>ファイル %1 がありません。パスを確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 is %2; attachments can be at most %3. Share a smaller file or split it.</source>
        <translation>%1 のサイズは %2 です。添付ファイルは %3 までです。小さいファイルにするか、分割してください。</translation>
    </message>
    <message>
        <source>Cannot read %1 (%2). Check that you may read the file.</source>
        <translation>%1 を読み取れません（%2）。ファイルの読み取り権限を確認してください。</translation>
    </message>
    <message>
        <source>The attachment</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <source>Cannot write to the attachment folder %1. Check its permissions and free space.</source>
        <translation>添付ファイルのフォルダー %1 に書き込めません。アクセス権と空き容量を確認してください。</translation>
    </message>
    <message>
        <source>Cannot write to the attachment folder %1 (%2). Check its permissions and free space.</source>
        <translation>添付ファイルのフォルダー %1 に書き込めません（%2）。アクセス権と空き容量を確認してください。</translation>
    </message>
    <message>
        <source>%1 is larger than the %2 limit for attachments. Share a smaller file or split it.</source>
        <translation>%1 は添付ファイルの上限 %2 を超えています。小さいファイルにするか、分割してください。</translation>
    </message>
    <message>
        <source>Writing the attachment failed (%1). Free some disk space and try again.</source>
        <translation>添付ファイルを書き込めませんでした（%1）。ディスクの空き容量を増やして、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Reading %1 stopped early (%2). Check the file and try again.</source>
        <translation>%1 の読み取りが途中で止まりました（%2）。ファイルを確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Storing the attachment failed (%1). Check the data folder&apos;s permissions.</source>
        <translation>添付ファイルを保存できませんでした（%1）。データフォルダーのアクセス権を確認してください。</translation>
    </message>
</context>
<context>
    <name>Clock</name>
    <message>
        <source>&quot;%1&quot; is not a duration. Write it like 90m, 24h, 6d or 1d12h.</source>
        <translation>&quot;%1&quot; は時間の長さではありません。90m、24h、6d、1d12h のように書いてください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no unit: %1h? Write s, m, h or d after the number, like 90m, 24h or 6d.</source>
        <translation>&quot;%1&quot; には単位がありません。%1h のことですか？数字の後に s、m、h、d のいずれかを付けてください（例: 90m、24h、6d）。</translation>
    </message>
    <message>
        <source>%1 is too long: the demo clock runs at most 10 years ahead of real time.</source>
        <translation>%1 は長すぎます。デモの時計は実際の時刻より最大10年先までしか進められません。</translation>
    </message>
</context>
<context>
    <name>ContactStore</name>
    <message>
        <source>That is your own address. Invite someone else.</source>
        <translation>これはあなた自身のアドレスです。ほかの人を招待してください。</translation>
    </message>
    <message>
        <source>There is no open invitation from %1.</source>
        <translation>%1 からの保留中の招待はありません。</translation>
    </message>
</context>
<context>
    <name>ConversationStore</name>
    <message>
        <source>You cannot start a 1:1 chat with yourself. Pick someone else.</source>
        <translation>自分自身とは1対1チャットを始められません。ほかの人を選んでください。</translation>
    </message>
    <message>
        <source>A group chat needs at least two other people. For one person, start a 1:1 chat.</source>
        <translation>グループチャットには、自分以外に2人以上が必要です。相手が1人なら1対1チャットを始めてください。</translation>
    </message>
    <message>
        <source>Give the chat room a name.</source>
        <translation>チャットルームに名前を付けてください。</translation>
    </message>
    <message numerus="yes">
        <source>The name is too long: use at most %n characters.</source>
        <translation>
            <numerusform>名前が長すぎます。%n文字以内にしてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>People cannot be added to a 1:1 chat. Start a group chat instead.</source>
        <translation>1対1チャットにはメンバーを追加できません。代わりにグループチャットを始めてください。</translation>
    </message>
    <message>
        <source>Only members can add people to this conversation.</source>
        <translation>この会話にメンバーを追加できるのはメンバーだけです。</translation>
    </message>
    <message>
        <source>You are not in that conversation.</source>
        <translation>あなたはこの会話に参加していません。</translation>
    </message>
    <message>
        <source>Conversation %1 does not exist. List your conversations to find its number.</source>
        <translation>会話 %1 はありません。会話の一覧を表示して番号を確認してください。</translation>
    </message>
    <message>
        <source>Only you</source>
        <translation>自分のみ</translation>
    </message>
    <message>
        <source>Deleted person</source>
        <translation>削除されたユーザー</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1（削除済み）</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The data store refused the change (%1). Nothing was changed; check that the data folder is writable and has free space.</source>
        <translation>データストアが変更を拒否しました（%1）。何も変更されていません。データフォルダーに書き込めるか、空き容量があるかを確認してください。</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1. Choose a folder you can write to.</source>
        <translation>データフォルダー %1 を作成できません。書き込み可能なフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>Cannot open the data store %1 (%2). Check the file&apos;s permissions.</source>
        <translation>データストア %1 を開けません（%2）。ファイルのアクセス権を確認してください。</translation>
    </message>
    <message>
        <source>This data folder was written by a newer Carillon (schema %1; this build knows %2). Update Carillon to open it.</source>
        <translation>このデータフォルダーは新しいバージョンの Carillon で書き込まれています（スキーマ %1、このビルドの対応は %2 まで）。開くには Carillon を更新してください。</translation>
    </message>
    <message>
        <source>There is no data store at %1 yet, so there is nothing to read.</source>
        <translation>%1 にはまだデータストアがないため、読み取るものがありません。</translation>
    </message>
    <message>
        <source>Cannot open the data store %1. Check the file&apos;s permissions.</source>
        <translation>データストア %1 を開けません。ファイルのアクセス権を確認してください。</translation>
    </message>
    <message>
        <source>Cannot connect to the database %1 (%2). Check that PostgreSQL runs there and that the user may connect.</source>
        <translation>データベース %1 に接続できません（%2）。PostgreSQL がそこで動作しており、そのユーザーが接続できることを確認してください。</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>Unmanaged: can use every assistant command. Has attachments in 1:1 chats, a group chat, her own room and a room someone else created.</source>
        <translation>管理対象外：アシスタントのすべてのコマンドを使えます。1対1チャット、グループチャット、自分のルーム、ほかの人が作成したルームに添付ファイルがあります。</translation>
    </message>
    <message>
        <source>Unmanaged contact of Ada&apos;s.</source>
        <translation>Ada の連絡先（管理対象外）。</translation>
    </message>
    <message>
        <source>Unmanaged contact; created the room &quot;Linus&apos;s Garage&quot;.</source>
        <translation>管理対象外の連絡先。ルーム「Linus&apos;s Garage」を作成しました。</translation>
    </message>
    <message>
        <source>Unmanaged: invited to the Team &quot;Orbit Labs&quot; but has not accepted.</source>
        <translation>管理対象外：Team「Orbit Labs」に招待されていますが、まだ承諾していません。</translation>
    </message>
    <message>
        <source>Team-managed: a member of the Team &quot;Orbit Labs&quot;.</source>
        <translation>Team による管理：Team「Orbit Labs」のメンバーです。</translation>
    </message>
    <message>
        <source>Enterprise-managed: the Enterprise account &quot;Initech&quot; claimed initech.example.</source>
        <translation>Enterprise による管理：Enterprise アカウント「Initech」が initech.example を取得しています。</translation>
    </message>
    <message>
        <source>Enterprise-managed and also in the Team &quot;Orbit Labs&quot; (Enterprise wins).</source>
        <translation>Enterprise による管理で、Team「Orbit Labs」にも所属しています（Enterprise が優先）。</translation>
    </message>
</context>
<context>
    <name>Email</name>
    <message>
        <source>Enter an email address, for example name@example.com.</source>
        <translation>メールアドレスを入力してください（例：name@example.com）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address. Use the form name@example.com.</source>
        <translation>「%1」は有効なメールアドレスではありません。name@example.com の形式で入力してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid domain. Use the form example.com.</source>
        <translation>「%1」は有効なドメインではありません。example.com の形式で入力してください。</translation>
    </message>
</context>
<context>
    <name>FileSecretStore</name>
    <message>
        <source>a private file (%1) readable only by you, because no keychain is available</source>
        <translation>キーチェーンが使えないため、あなただけが読めるプライベートファイル（%1）</translation>
    </message>
    <message>
        <source>Cannot read the secrets file %1 (%2). Check that it belongs to you.</source>
        <translation>シークレットファイル %1 を読み取れません（%2）。ファイルの所有者があなたであることを確認してください。</translation>
    </message>
    <message>
        <source>Cannot write the secrets file %1 (%2). Check the data folder&apos;s permissions.</source>
        <translation>シークレットファイル %1 に書き込めません（%2）。データフォルダーのアクセス権を確認してください。</translation>
    </message>
    <message>
        <source>Cannot write the secrets file %1 (%2). Check the data folder&apos;s permissions and free space.</source>
        <translation>シークレットファイル %1 に書き込めません（%2）。データフォルダーのアクセス権と空き容量を確認してください。</translation>
    </message>
    <message>
        <source>The secrets file %1 is damaged. Restore it from a backup, or run &quot;carillon forget-secrets&quot; to start over (links handed out stop working and the saved sign-in is forgotten).</source>
        <translation>シークレットファイル %1 が壊れています。バックアップから復元するか、&quot;carillon forget-secrets&quot; を実行して最初からやり直してください（配布済みのリンクは使えなくなり、保存されたサインイン情報は消去されます）。</translation>
    </message>
    <message>
        <source>Cannot move the damaged secrets file %1 aside. Check the data folder&apos;s permissions.</source>
        <translation>壊れたシークレットファイル %1 を別の名前に移せません。データフォルダーのアクセス権を確認してください。</translation>
    </message>
</context>
<context>
    <name>FolderSettings</name>
    <message>
        <source>The data folder&apos;s %1 setting is &quot;%2&quot;, which is not %3; %4 is used instead. Save a valid value in Settings.</source>
        <translation>データフォルダーの設定 %1 は「%2」で、%3ではありません。代わりに %4 を使います。設定で正しい値を保存してください。</translation>
    </message>
    <message>
        <source>a port from %1 to 65535</source>
        <translation>%1～65535 のポート番号</translation>
    </message>
    <message>
        <source>a positive number</source>
        <translation>正の数</translation>
    </message>
    <message>
        <source>zero or a positive number</source>
        <translation>0 以上の数</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The keychain refused the request (%1). Unlock your keychain and try again.</source>
        <translation>キーチェーンが要求を拒否しました（%1）。キーチェーンのロックを解除して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The keychain did not answer. Unlock it and try again.</source>
        <translation>キーチェーンから応答がありません。ロックを解除して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>システムのキーチェーン</translation>
    </message>
    <message>
        <source>No keychain is available, so Carillon keeps its secrets (link-signing keys, the saved sign-in) in %1, readable only by you. Start your desktop&apos;s keychain (for example GNOME Keyring) to keep them there instead.</source>
        <translation>キーチェーンが使えないため、Carillon は秘密情報（リンク署名鍵、保存されたサインイン情報）を、あなただけが読める %1 に保存しています。キーチェーンに保存するには、デスクトップのキーチェーン（GNOME Keyring など）を起動してください。</translation>
    </message>
</context>
<context>
    <name>LinkResponder</name>
    <message>
        <source>The request&apos;s headers are too large.</source>
        <translation>リクエストのヘッダーが大きすぎます。</translation>
    </message>
    <message>
        <source>This server speaks HTTP/1.0 and HTTP/1.1 only.</source>
        <translation>このサーバーは HTTP/1.0 と HTTP/1.1 にのみ対応しています。</translation>
    </message>
    <message>
        <source>The request was not understood. Use the link exactly as it appears in the list.</source>
        <translation>リクエストを理解できませんでした。一覧に書かれているとおりのリンクを使ってください。</translation>
    </message>
    <message>
        <source>This address only answers downloads (GET and HEAD).</source>
        <translation>このアドレスはダウンロード（GET と HEAD）にのみ応答します。</translation>
    </message>
    <message>
        <source>A download request must not carry a body.</source>
        <translation>ダウンロードのリクエストに本文を含めることはできません。</translation>
    </message>
    <message>
        <source>There is no file at this address.</source>
        <translation>このアドレスにファイルはありません。</translation>
    </message>
    <message>
        <source>This link is not valid: it was changed or cut short. Copy the whole line from the list, or ask the assistant for a new list.</source>
        <translation>このリンクは無効です。変更されたか、途中で切れています。一覧から行全体をコピーするか、アシスタントに新しい一覧を依頼してください。</translation>
    </message>
    <message>
        <source>This link has expired. Ask the assistant for a new list of links (&quot;Get my attachments&quot;).</source>
        <translation>このリンクは期限切れです。アシスタントに新しいリンクの一覧を依頼してください（「Get my attachments」）。</translation>
    </message>
    <message>
        <source>This file no longer exists: it was deleted after the list was made.</source>
        <translation>このファイルはもうありません。一覧の作成後に削除されました。</translation>
    </message>
    <message>
        <source>The file cannot be read right now. Try again in a moment.</source>
        <translation>現在ファイルを読み取れません。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The requested part lies beyond the end of the file.</source>
        <translation>要求された範囲はファイルの末尾を超えています。</translation>
    </message>
    <message>
        <source>Sign in to Carillon to download this file.</source>
        <translation>このファイルをダウンロードするには Carillon にサインインしてください。</translation>
    </message>
    <message>
        <source>The file cannot be stored right now. Try again in a moment.</source>
        <translation>ファイルを今は保存できません。少し待ってからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Your session has ended, so the file was not accepted. Sign in again.</source>
        <translation>セッションが終了したため、ファイルは受け付けられませんでした。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>There is no upload at this address.</source>
        <translation>このアドレスにはアップロードがありません。</translation>
    </message>
    <message>
        <source>An upload must say its length (Content-Length).</source>
        <translation>アップロードには長さ（Content-Length）の指定が必要です。</translation>
    </message>
    <message>
        <source>The file is larger than the %1 limit for attachments on this server. Share a smaller file or split it.</source>
        <translation>ファイルがこのサーバーの添付ファイルの上限（%1）を超えています。小さいファイルを送るか、分割してください。</translation>
    </message>
</context>
<context>
    <name>LinkSigner</name>
    <message>
        <source>Cannot store a link-signing key in %1: %2</source>
        <translation>リンク署名鍵を %1 に保存できません：%2</translation>
    </message>
    <message>
        <source>The link-signing keys cannot be read from %1 (%2), so links cannot be served or checked. Fix that and start again, or run &quot;carillon forget-secrets&quot; to start over with a new key (links handed out stop working).</source>
        <translation>リンク署名鍵を %1 から読み取れないため（%2）、リンクの提供も検証もできません。問題を解決してからもう一度起動するか、&quot;carillon forget-secrets&quot; を実行して新しい鍵でやり直してください（配布済みのリンクは使えなくなります）。</translation>
    </message>
    <message>
        <source>The link-signing key is missing from %1, so links cannot be served or checked. If your keys are in a keychain that is not running (GNOME Keyring, for example), start it and try again; if they were kept in secrets.json, restore it. Otherwise run &quot;carillon forget-secrets&quot; to start over with a new key (links handed out stop working).</source>
        <translation>リンク署名鍵が %1 にないため、リンクの提供も検証もできません。鍵が起動していないキーチェーン（GNOME Keyring など）にある場合は、キーチェーンを起動してもう一度お試しください。secrets.json に保存していた場合は、そのファイルを復元してください。それ以外の場合は、&quot;carillon forget-secrets&quot; を実行して新しい鍵でやり直してください（配布済みのリンクは使えなくなります）。</translation>
    </message>
</context>
<context>
    <name>MeetingStore</name>
    <message>
        <source>Give the meeting a title of 1 to 200 characters.</source>
        <translation>ミーティングに1〜200文字のタイトルを付けてください。</translation>
    </message>
    <message>
        <source>A meeting lasts from 5 minutes to 24 hours; %1 minutes is outside that.</source>
        <translation>ミーティングの長さは5分から24時間までです。%1分はこの範囲外です。</translation>
    </message>
    <message>
        <source>That start time has passed. Pick a time in the future.</source>
        <translation>この開始時刻はすでに過ぎています。これから先の時刻を選んでください。</translation>
    </message>
</context>
<context>
    <name>MessageStore</name>
    <message>
        <source>The message is empty. Write something or attach a file.</source>
        <translation>メッセージが空です。何か入力するか、ファイルを添付してください。</translation>
    </message>
    <message>
        <source>The message is too long (%1 characters; at most %2). Split it or send the text as a file.</source>
        <translation>メッセージが長すぎます（%1文字、上限は%2文字）。分割するか、テキストをファイルとして送ってください。</translation>
    </message>
    <message>
        <source>You are not a member of that conversation, so you cannot write in it.</source>
        <translation>この会話のメンバーではないため、書き込めません。</translation>
    </message>
    <message>
        <source>An attachment needs a file name without folders.</source>
        <translation>添付ファイルには、フォルダーを含まないファイル名が必要です。</translation>
    </message>
    <message>
        <source>That message no longer exists.</source>
        <translation>このメッセージはもう存在しません。</translation>
    </message>
    <message>
        <source>Attachment %1 does not exist. Print the conversation&apos;s history to see attachment numbers.</source>
        <translation>添付ファイル %1 はありません。会話の履歴を表示して、添付ファイルの番号を確認してください。</translation>
    </message>
    <message>
        <source>That attachment no longer exists.</source>
        <translation>この添付ファイルはもう存在しません。</translation>
    </message>
    <message>
        <source>The bytes of %1 are missing from the data folder.</source>
        <translation>%1 のデータがデータフォルダーにありません。</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2). Choose a folder you can write to.</source>
        <translation>%1 に書き込めません（%2）。書き込み可能なフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>Copying %1 failed (%2). Nothing was written.</source>
        <translation>%1 をコピーできませんでした（%2）。何も書き込まれていません。</translation>
    </message>
    <message>
        <source>Saving %1 failed (%2). Nothing was written.</source>
        <translation>%1 を保存できませんでした（%2）。何も書き込まれていません。</translation>
    </message>
    <message>
        <source>%1 changed while it was being attached. Attach it again.</source>
        <translation>添付の処理中に %1 が変更されました。もう一度添付してください。</translation>
    </message>
</context>
<context>
    <name>OpenedCopies</name>
    <message>
        <source>Cannot make a private folder for opening files in %1 (%2). Use Save as… instead, or free space there.</source>
        <translation>ファイルを開くための専用フォルダーを %1 に作成できません（%2）。代わりに [名前を付けて保存…] を使うか、そこの空き容量を増やしてください。</translation>
    </message>
    <message>
        <source>Cannot make a private folder for opening files in %1 (%2). Use Save as… instead.</source>
        <translation>ファイルを開くための専用フォルダーを %1 に作成できません（%2）。代わりに [名前を付けて保存…] を使ってください。</translation>
    </message>
    <message>
        <source>Cannot make %1 private (%2).</source>
        <translation>%1 をプライベートにできません（%2）。</translation>
    </message>
</context>
<context>
    <name>OrgStore</name>
    <message>
        <source>Give the account a name of 1 to 100 characters.</source>
        <translation>アカウントに1〜100文字の名前を付けてください。</translation>
    </message>
    <message>
        <source>There is no Team named &quot;%1&quot;. Check the name or create it first.</source>
        <translation>「%1」という名前の Team はありません。名前を確認するか、先に作成してください。</translation>
    </message>
    <message>
        <source>There is no Enterprise account named &quot;%1&quot;. Check the name or create it first.</source>
        <translation>「%1」という名前の Enterprise アカウントはありません。名前を確認するか、先に作成してください。</translation>
    </message>
    <message>
        <source>A Team named &quot;%1&quot; already exists. Pick another name.</source>
        <translation>「%1」という名前の Team はすでにあります。別の名前を選んでください。</translation>
    </message>
    <message>
        <source>%1 is already invited to or a member of this Team.</source>
        <translation>%1 はすでにこの Team に招待済みか、メンバーです。</translation>
    </message>
    <message>
        <source>%1 has no open invitation to the Team &quot;%2&quot;.</source>
        <translation>%1 には Team「%2」への保留中の招待はありません。</translation>
    </message>
    <message>
        <source>%1 is not in the Team &quot;%2&quot;.</source>
        <translation>%1 は Team「%2」に所属していません。</translation>
    </message>
    <message>
        <source>An Enterprise account named &quot;%1&quot; already exists. Pick another name.</source>
        <translation>「%1」という名前の Enterprise アカウントはすでにあります。別の名前を選んでください。</translation>
    </message>
    <message>
        <source>The domain %1 is already claimed by &quot;%2&quot;.</source>
        <translation>ドメイン %1 はすでに「%2」が取得しています。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has not claimed the domain %2.</source>
        <translation>「%1」はドメイン %2 を取得していません。</translation>
    </message>
</context>
<context>
    <name>PostgresAddress</name>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL address. Write it as postgresql://user@host:port/database.</source>
        <translation>「%1」は PostgreSQL のアドレスではありません。postgresql://user@host:port/database の形で書いてください。</translation>
    </message>
    <message>
        <source>The PostgreSQL address &quot;%1&quot; needs a user, a host and a database: postgresql://user@host:port/database.</source>
        <translation>PostgreSQL のアドレス「%1」にはユーザー、ホスト、データベースが必要です: postgresql://user@host:port/database</translation>
    </message>
</context>
<context>
    <name>ProfileEraser</name>
    <message>
        <source>That profile does not exist or was already deleted.</source>
        <translation>このプロフィールは存在しないか、すでに削除されています。</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>QLabel</name>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
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
        <translation>Carillon サーバーのアドレスを入力してください（例: chat.example.com、wss://chat.example.com:8443）。</translation>
    </message>
    <message>
        <source>That server address is too long. Type a host name and, if needed, a port, like chat.example.com:8443.</source>
        <translation>このサーバーアドレスは長すぎます。ホスト名と、必要ならポートを入力してください（例: chat.example.com:8443）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address. Type a host name and, if needed, a port, like chat.example.com:8443.</source>
        <translation>「%1」はサーバーアドレスではありません。ホスト名と、必要ならポートを入力してください（例: chat.example.com:8443）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Carillon server address: it starts with %2://. Use wss:// (or ws:// for a server on this computer).</source>
        <translation>「%1」は Carillon サーバーのアドレスではありません（%2:// で始まっています）。wss:// を使ってください（このコンピューター上のサーバーには ws://）。</translation>
    </message>
    <message>
        <source>Leave the name and password out of the server address; you sign in below.</source>
        <translation>サーバーアドレスには名前とパスワードを含めないでください。サインインは下で行います。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not encrypted (ws://), so your password would cross the network readable. Use wss:// for a server on another computer; ws:// is for a server on this computer only.</source>
        <translation>「%1」は暗号化されていない（ws://）ため、パスワードが読める状態でネットワークを流れてしまいます。別のコンピューター上のサーバーには wss:// を使ってください。ws:// はこのコンピューター上のサーバー専用です。</translation>
    </message>
</context>
<context>
    <name>SessionStore</name>
    <message>
        <source>The saved sign-in is no longer valid. Sign in with your password.</source>
        <translation>保存されたサインイン情報は無効になりました。パスワードでサインインしてください。</translation>
    </message>
    <message>
        <source>This session has ended. Sign in again.</source>
        <translation>このセッションは終了しました。もう一度サインインしてください。</translation>
    </message>
</context>
<context>
    <name>UploadSink</name>
    <message>
        <source>The server could not store the file. Try again later; if it keeps failing, tell whoever runs the server (its disk may be full).</source>
        <translation>サーバーがファイルを保存できませんでした。後でもう一度お試しください。失敗が続く場合はサーバーの管理者に連絡してください（ディスクがいっぱいかもしれません）。</translation>
    </message>
</context>
<context>
    <name>carillon::EmbeddedBackend</name>
    <message>
        <source>You are signed out. Sign in again to continue.</source>
        <translation>サインアウトしています。続けるには、もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>No saved sign-in.</source>
        <translation>保存されたサインイン情報はありません。</translation>
    </message>
    <message>
        <source>Picking a person without a password works on the demo profile only.</source>
        <translation>パスワードなしで人を選べるのは、デモプロファイルだけです。</translation>
    </message>
    <message>
        <source>Only the demo profile can be reset.</source>
        <translation>リセットできるのはデモプロファイルだけです。</translation>
    </message>
    <message>
        <source>You are signed in, but this computer could not remember it (%1). You will be asked to sign in again next time.</source>
        <translation>サインインしましたが、このコンピューターにサインイン情報を保存できませんでした（%1）。次回はもう一度サインインが必要です。</translation>
    </message>
    <message>
        <source>Signed out here, but the session could not be ended in the data store (%1). Sign in and out again to end it.</source>
        <translation>ここではサインアウトしましたが、データストアのセッションを終了できませんでした（%1）。終了するには、もう一度サインインしてからサインアウトしてください。</translation>
    </message>
    <message>
        <source>The saved sign-in could not be removed (%1). Run &quot;carillon forget-secrets&quot; to remove it.</source>
        <translation>保存されたサインイン情報を削除できませんでした（%1）。削除するには &quot;carillon forget-secrets&quot; を実行してください。</translation>
    </message>
    <message>
        <source>There is nobody by that number among the people you know.</source>
        <translation>あなたが知っている人の中に、その番号の人はいません。</translation>
    </message>
    <message>
        <source>This conversation does not exist, or you are not in it.</source>
        <translation>この会話は存在しないか、あなたは参加していません。</translation>
    </message>
    <message>
        <source>This message does not exist, or you cannot see it.</source>
        <translation>このメッセージは存在しないか、あなたには表示できません。</translation>
    </message>
</context>
<context>
    <name>carillon::LinkServer</name>
    <message>
        <source>Port %1 on %2 is already in use, so the download links cannot be served. Stop the program that uses it (perhaps another &quot;carillon serve&quot;), or choose another port with --port or the links.port setting; links already handed out keep naming port %1.</source>
        <translation>%2 のポート %1 はすでに使用中のため、ダウンロードリンクを提供できません。そのポートを使っているプログラム（別の &quot;carillon serve&quot; かもしれません）を終了するか、--port または links.port 設定で別のポートを選んでください。すでに配布したリンクは引き続きポート %1 を指します。</translation>
    </message>
    <message>
        <source>The link server cannot listen on port %1 of %2 (%3).</source>
        <translation>リンクサーバーが %2 のポート %1 で待ち受けできません（%3）。</translation>
    </message>
</context>
<context>
    <name>carillon::RemoteBackend</name>
    <message>
        <source>The Carillon server at %1 cannot be reached. Check the network and the address, then try again.</source>
        <translation>%1 の Carillon サーバーに接続できません。ネットワークとアドレスを確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The Carillon server at %1 cannot be reached (%2). Check the network and the address, then try again.</source>
        <translation>%1 の Carillon サーバーに接続できません（%2）。ネットワークとアドレスを確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The server&apos;s answer to signing in could not be read; the server may be a different version.</source>
        <translation>サインインに対するサーバーの応答を読み取れませんでした。サーバーのバージョンが異なる可能性があります。</translation>
    </message>
    <message>
        <source>The server at %1 refused this client: %2</source>
        <translation>%1 のサーバーがこのクライアントを拒否しました: %2</translation>
    </message>
    <message>
        <source>The server at %1 did not name its assistant; this client may be too old or too new for it.</source>
        <translation>%1 のサーバーがアシスタントを示しませんでした。このクライアントはサーバーに対して古すぎるか新しすぎる可能性があります。</translation>
    </message>
    <message>
        <source>Your session on the server could not be taken up again after the connection came back (%1). Sign in again.</source>
        <translation>接続が戻った後、サーバー上のセッションを再開できませんでした（%1）。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>The connection to the server at %1 was lost before it answered; what you asked may or may not have been done. Check, then try again.</source>
        <translation>%1 のサーバーが応答する前に接続が切れました。依頼した操作が行われたかどうかはわかりません。確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time; what you asked may or may not have been done. Check, then try again.</source>
        <translation>%1 のサーバーが時間内に応答しませんでした。依頼した操作が行われたかどうかはわかりません。確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The server sent something this version cannot read (%1).</source>
        <translation>サーバーがこのバージョンでは読み取れないものを送ってきました（%1）。</translation>
    </message>
    <message>
        <source>You are signed in, but this computer could not remember it (%1). You will be asked to sign in again next time.</source>
        <translation>サインインしましたが、このコンピューターはそれを記憶できませんでした（%1）。次回はもう一度サインインが必要です。</translation>
    </message>
    <message>
        <source>No saved sign-in.</source>
        <translation>保存されたサインインはありません。</translation>
    </message>
    <message>
        <source>Signed out here, but the server could not end the session (%1). Sign in and out again to end it.</source>
        <translation>ここではサインアウトしましたが、サーバーはセッションを終了できませんでした（%1）。終了するには、もう一度サインインしてからサインアウトしてください。</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>先にサインインしてください。</translation>
    </message>
    <message>
        <source>The Carillon server at %1 does not pass attachments on (it may be an older version). Ask whoever runs it to update it.</source>
        <translation>%1 の Carillon サーバーは添付ファイルを扱えません（古いバージョンかもしれません）。サーバーの管理者に更新を依頼してください。</translation>
    </message>
    <message>
        <source>The server&apos;s answer to &quot;%1&quot; could not be read; the server may be a different version.</source>
        <translation>「%1」に対するサーバーの応答を読み取れませんでした。サーバーのバージョンが異なる可能性があります。</translation>
    </message>
    <message>
        <source>A server&apos;s demo data is reset on the server, by whoever runs it.</source>
        <translation>サーバーのデモデータは、サーバーの管理者がサーバー上でリセットします。</translation>
    </message>
    <message>
        <source>These settings belong to the server; whoever runs it sets them.</source>
        <translation>これらの設定はサーバーのものです。サーバーの管理者が設定します。</translation>
    </message>
    <message>
        <source>Cannot make the attachment cache %1 private to you. Check that you own that folder, then try again.</source>
        <translation>添付ファイルのキャッシュ %1 を自分専用にできません。そのフォルダーの所有者が自分であることを確認してから、もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>carillon::RemoteTransfers</name>
    <message>
        <source>The file %1 does not exist. Check the path and try again.</source>
        <translation>ファイル %1 は存在しません。パスを確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 is %2; attachments on this server can be at most %3. Share a smaller file or split it.</source>
        <translation>%1 は %2 です。このサーバーの添付ファイルは最大 %3 です。小さいファイルを送るか、分割してください。</translation>
    </message>
    <message>
        <source>Cannot read %1 (%2). Check that you may read the file, then send it again.</source>
        <translation>%1 を読み取れません（%2）。ファイルを読む権限があるか確認してから、もう一度送信してください。</translation>
    </message>
    <message>
        <source>The server no longer accepts this session, so %1 was not sent. Sign in again, then send it again.</source>
        <translation>サーバーがこのセッションを受け付けなくなったため、%1 は送信されませんでした。もう一度サインインしてから、再度送信してください。</translation>
    </message>
    <message>
        <source>%1 is larger than this server accepts for attachments. Share a smaller file or split it.</source>
        <translation>%1 はこのサーバーが添付ファイルとして受け付けるサイズを超えています。小さいファイルを送るか、分割してください。</translation>
    </message>
    <message>
        <source>Sending %1 to the server failed (%2). Check the connection, then send the message again.</source>
        <translation>%1 をサーバーに送信できませんでした（%2）。接続を確認してから、メッセージをもう一度送信してください。</translation>
    </message>
    <message>
        <source>The server did not take %1 (%2: %3). Send the message again later.</source>
        <translation>サーバーは %1 を受け付けませんでした（%2: %3）。後でメッセージをもう一度送信してください。</translation>
    </message>
    <message>
        <source>Cannot make the folder %1. Choose another place to save the file.</source>
        <translation>フォルダー %1 を作成できません。ファイルの保存先を別の場所にしてください。</translation>
    </message>
    <message>
        <source>Cannot write in %1 (%2). Choose another place to save the file.</source>
        <translation>%1 に書き込めません（%2）。ファイルの保存先を別の場所にしてください。</translation>
    </message>
    <message>
        <source>Saving the file failed (%1). Free some disk space and try again.</source>
        <translation>ファイルを保存できませんでした（%1）。ディスクの空きを増やして、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The server sent other contents than this attachment&apos;s. Try again later.</source>
        <translation>サーバーがこの添付ファイルとは異なる内容を送ってきました。後でもう一度お試しください。</translation>
    </message>
    <message>
        <source>The file arrived damaged (its contents do not match). Try again.</source>
        <translation>ファイルが壊れた状態で届きました（内容が一致しません）。もう一度お試しください。</translation>
    </message>
    <message>
        <source>The file was downloaded but could not be saved as %1. Check that you may write there, then try again.</source>
        <translation>ファイルはダウンロードされましたが、%1 として保存できませんでした。そこに書き込む権限があるか確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The server no longer accepts this session. Sign in again, then open the file again.</source>
        <translation>サーバーがこのセッションを受け付けなくなりました。もう一度サインインしてから、ファイルを開き直してください。</translation>
    </message>
    <message>
        <source>This file is not available to you: it was deleted, or you are not in its conversation.</source>
        <translation>このファイルは利用できません。削除されたか、あなたがその会話に参加していません。</translation>
    </message>
    <message>
        <source>Downloading the file failed (%1). Check the connection and try again; it continues where it stopped.</source>
        <translation>ファイルをダウンロードできませんでした（%1）。接続を確認してもう一度お試しください。中断したところから再開します。</translation>
    </message>
    <message>
        <source>The server could not send the file (%1). Try again later.</source>
        <translation>サーバーがファイルを送信できませんでした（%1）。後でもう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>carillon::Workspace</name>
    <message>
        <source>No data folder was given.</source>
        <translation>データフォルダーが指定されていません。</translation>
    </message>
    <message>
        <source>Only the demo profile can move its clock; this data folder uses real time.</source>
        <translation>時計を進められるのはデモプロファイルだけです。このデータフォルダーは実際の時刻を使います。</translation>
    </message>
    <message>
        <source>The demo clock cannot go back before real time.</source>
        <translation>デモの時計を実際の時刻より前に戻すことはできません。</translation>
    </message>
    <message>
        <source>%1 holds real data, not the demo: demo commands, the demo clock and signing in without a password work only in a demo folder. Use &quot;--profile demo&quot; without --data-dir and with CARILLON_DATA_DIR unset.</source>
        <translation>%1 にはデモではなく実際のデータがあります。デモのコマンド、デモの時計、パスワードなしのサインインは、デモ用のフォルダーでのみ使えます。&quot;--profile demo&quot; を、--data-dir を付けず、CARILLON_DATA_DIR を設定していない状態で使ってください。</translation>
    </message>
    <message>
        <source>There is no Carillon data in %1 yet, so there is nothing to show. Check --profile and --data-dir (and CARILLON_DATA_DIR).</source>
        <translation>%1 にはまだ Carillon のデータがないため、表示するものがありません。--profile と --data-dir（および CARILLON_DATA_DIR）を確認してください。</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1. Choose a folder you can write to.</source>
        <translation>データフォルダー %1 を作成できません。書き込み可能なフォルダーを選んでください。</translation>
    </message>
    <message numerus="yes">
        <source>The demo clock runs at most 10 years ahead of real time; it is %n day(s) ahead now. Move it by less, or put it back with &quot;carillon clock reset&quot;.</source>
        <translation>
            <numerusform>デモの時計は実際の時刻より最大10年先までしか進められません。現在は%n日進んでいます。進める量を減らすか、&quot;carillon clock reset&quot; で元に戻してください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carillon::ui::AdvanceTimeDialog</name>
    <message>
        <source>Advance demo time</source>
        <translation>デモの時間を進める</translation>
    </message>
    <message>
        <source>Move the demo clock forward for every Carillon window on this demo profile.</source>
        <translation>このデモプロファイルのすべての Carillon ウィンドウで、デモの時計を進めます。</translation>
    </message>
    <message>
        <source>+10 minutes (codes expire)</source>
        <translation>+10分（コードが期限切れに）</translation>
    </message>
    <message>
        <source>+1 hour</source>
        <translation>+1時間</translation>
    </message>
    <message>
        <source>+1 day (attachments delivered)</source>
        <translation>+1日（添付ファイルの一覧が届く）</translation>
    </message>
    <message>
        <source>+6 days (links expire)</source>
        <translation>+6日（リンクが期限切れに）</translation>
    </message>
    <message>
        <source>+7 days (new request allowed)</source>
        <translation>+7日（新しいリクエストが可能に）</translation>
    </message>
    <message>
        <source>Other duration</source>
        <translation>その他の時間</translation>
    </message>
    <message>
        <source>Other: 90m, 36h, 2d12h…</source>
        <translation>その他：90m、36h、2d12h…</translation>
    </message>
    <message>
        <source>Advance</source>
        <translation>進める</translation>
    </message>
    <message>
        <source>Write a duration like 90m, 24h or 6d, or pick one above.</source>
        <translation>90m、24h、6d のように時間を入力するか、上から選んでください。</translation>
    </message>
</context>
<context>
    <name>carillon::ui::AssistantWait</name>
    <message>
        <source>The assistant is working on it…</source>
        <translation>アシスタントが処理しています…</translation>
    </message>
    <message>
        <source>Deleting your profile – Carillon</source>
        <translation>プロフィールを削除しています – Carillon</translation>
    </message>
    <message>
        <source>Deleting your profile</source>
        <translation>プロフィールを削除しています</translation>
    </message>
    <message>
        <source>Deleting your profile and everything in it. On a large profile this takes a few seconds; you are signed out when it is done.</source>
        <translation>プロフィールとその中のすべてを削除しています。大きなプロフィールでは数秒かかります。終わるとサインアウトされます。</translation>
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
        <translation>人ではなく、自動アシスタントです</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>ファイルを添付</translation>
    </message>
    <message>
        <source>Attach files (Ctrl+Shift+A)</source>
        <translation>ファイルを添付 (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>送信 (Enter)</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>添付ファイルを保存</translation>
    </message>
    <message>
        <source>No conversation selected</source>
        <translation>会話が選択されていません</translation>
    </message>
    <message>
        <source>Pick a chat on the left, or start one with Message &gt; New message.</source>
        <translation>左のチャットを選ぶか、[メッセージ] &gt; [新規メッセージ] で始めてください。</translation>
    </message>
    <message numerus="yes">
        <source>Chat room · %n member(s)</source>
        <translation>
            <numerusform>チャットルーム · メンバー %n人</numerusform>
        </translation>
    </message>
    <message>
        <source>Group chat · %1</source>
        <translation>グループチャット · %1</translation>
    </message>
    <message>
        <source>Message to %1</source>
        <translation>%1 へのメッセージ</translation>
    </message>
    <message>
        <source>%1 cannot be read, so it was not attached. Check that the file exists and that you may read it.</source>
        <translation>%1 を読み取れないため、添付しませんでした。ファイルが存在し、読み取り権限があるか確認してください。</translation>
    </message>
    <message>
        <source>%1 is %2, over the %3 limit for attachments.</source>
        <translation>%1 は %2 で、添付ファイルの上限 %3 を超えています。</translation>
    </message>
    <message>
        <source>%1  ✕</source>
        <translation>%1  ✕</translation>
    </message>
    <message>
        <source>Remove attachment %1</source>
        <translation>添付ファイル %1 を削除</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>ファイルを開けません</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>名前を付けて保存…</translation>
    </message>
    <message>
        <source>Remove %1 from this message</source>
        <translation>%1 をこのメッセージから削除</translation>
    </message>
    <message>
        <source>No program to open %1 is installed, so Carillon cannot open it. Save it with Save as… and open it with a program of your choice, or install a file opener (the xdg-utils package) and try Open again.</source>
        <translation>%1 を開くプログラムがインストールされていないため、Carillon では開けません。[名前を付けて保存…] で保存してからお好きなプログラムで開くか、ファイルを開くためのツール（xdg-utils パッケージ）をインストールして、もう一度 [開く] をお試しください。</translation>
    </message>
    <message>
        <source>Sending %1…</source>
        <translation>%1 を送信しています…</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n files…</source>
        <translation>
            <numerusform>%n 個のファイルを送信しています…</numerusform>
        </translation>
    </message>
    <message>
        <source>No conversation open</source>
        <translation>開いている会話はありません</translation>
    </message>
    <message>
        <source>No messages yet</source>
        <translation>まだメッセージはありません</translation>
    </message>
    <message>
        <source>Send Help to see what the assistant can do for you.</source>
        <translation>Help と送ると、アシスタントにできることが表示されます。</translation>
    </message>
    <message>
        <source>Say hello: write a message below and press Enter.</source>
        <translation>あいさつしましょう: 下にメッセージを書いて Enter を押してください。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>empty list: hint</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Loading the conversation…</source>
        <translation>会話を読み込んでいます…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>送信しています…</translation>
    </message>
</context>
<context>
    <name>carillon::ui::Composer</name>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Write a message… (Enter sends, Shift+Enter for a new line)</source>
        <translation>メッセージを入力… (Enter で送信、Shift+Enter で改行)</translation>
    </message>
</context>
<context>
    <name>carillon::ui::CopyFeedback</name>
    <message>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
    <message>
        <source>Copied to the clipboard</source>
        <translation>クリップボードにコピーしました</translation>
    </message>
</context>
<context>
    <name>carillon::ui::CreateIdentityDialog</name>
    <message>
        <source>Create an identity</source>
        <translation>IDを作成</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>パスワード（確認）</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>メール(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>確認(&amp;R):</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>作成してサインイン</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>2つのパスワードが一致しません。同じパスワードを2回入力してください。</translation>
    </message>
    <message>
        <source>Creating your identity…</source>
        <translation>IDを作成しています…</translation>
    </message>
</context>
<context>
    <name>carillon::ui::FontNotice</name>
    <message>
        <source>Japanese text shows as empty boxes: no font for Japanese is installed. Install the fonts-noto-cjk package (sudo apt install fonts-noto-cjk), then restart Carillon.</source>
        <translation>日本語が空の四角で表示されます。日本語のフォントがインストールされていません。fonts-noto-cjk パッケージをインストール（sudo apt install fonts-noto-cjk）してから Carillon を再起動してください。</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Dismiss the notice about Japanese fonts</source>
        <translation>日本語フォントについてのお知らせを閉じる</translation>
    </message>
</context>
<context>
    <name>carillon::ui::InviteContactDialog</name>
    <message>
        <source>Invite contact</source>
        <translation>連絡先を招待</translation>
    </message>
    <message>
        <source>Email address of the person to add. To use the privacy assistant, invite %1.</source>
        <translation>追加する人のメールアドレス。プライバシーアシスタントを使うには、%1 を招待してください。</translation>
    </message>
    <message>
        <source>Email address to invite</source>
        <translation>招待するメールアドレス</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>招待</translation>
    </message>
    <message>
        <source>%1 was added to your contacts and asked to add you back.</source>
        <translation>%1 を連絡先に追加し、相手にもあなたを追加するよう依頼しました。</translation>
    </message>
    <message>
        <source>You and %1 are now contacts.</source>
        <translation>%1 と連絡先になりました。</translation>
    </message>
    <message>
        <source>%1 is already one of your contacts.</source>
        <translation>%1 はすでに連絡先にあります。</translation>
    </message>
    <message>
        <source>Nobody uses %1 yet. The invitation waits for them.</source>
        <translation>%1 を使っている人はまだいません。招待は相手が参加するまで保留されます。</translation>
    </message>
</context>
<context>
    <name>carillon::ui::MainWindow</name>
    <message>
        <source>Lists</source>
        <translation>リスト</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>チャット</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>ルーム</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>ミーティング</translation>
    </message>
    <message>
        <source>Lists: chats, rooms, contacts, meetings</source>
        <translation>リスト：チャット、ルーム、連絡先、ミーティング</translation>
    </message>
    <message>
        <source>R&amp;ooms</source>
        <translation>ルーム(&amp;O)</translation>
    </message>
    <message>
        <source>Con&amp;tacts</source>
        <translation>連絡先(&amp;T)</translation>
    </message>
    <message>
        <source>Meeti&amp;ngs</source>
        <translation>ミーティング(&amp;N)</translation>
    </message>
    <message>
        <source>⚠ No keychain</source>
        <translation>⚠ キーチェーンなし</translation>
    </message>
    <message>
        <source>%1 – Carillon</source>
        <translation>%1 – Carillon</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>サインアウト(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>連絡先(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Invite contact…</source>
        <translation>連絡先を招待(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>メッセージ(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;New message…</source>
        <translation>新規メッセージ(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>ファイルを添付(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Rooms</source>
        <translation>ルーム(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New room…</source>
        <translation>新規ルーム(&amp;N)…</translation>
    </message>
    <message>
        <source>M&amp;eetings</source>
        <translation>ミーティング(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Schedule…</source>
        <translation>予定を作成(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Demo</source>
        <translation>デモ(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Advance time…</source>
        <translation>時間を進める(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Reset demo data</source>
        <translation>デモデータをリセット(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Sign in as…</source>
        <translation>指定した人でサインイン(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Carillon</source>
        <translation>Carillon について(&amp;A)</translation>
    </message>
    <message>
        <source>About Carillon</source>
        <translation>Carillon について</translation>
    </message>
    <message>
        <source>Carillon %1
A desktop chat client with a privacy assistant.

Data: %2</source>
        <translation>Carillon %1
プライバシーアシスタントを備えたデスクトップチャットクライアント。

データ：%2</translation>
    </message>
    <message>
        <source> · Webhook</source>
        <translation> · Webhook</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <source>No messages yet</source>
        <translation>メッセージはまだありません</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n unread, last message: %2</source>
        <translation>
            <numerusform>%1、未読 %n件、最新のメッセージ：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 wants to add you</source>
        <translation>%1 から連絡先リクエストが届いています</translation>
    </message>
    <message>
        <source>%1 · press Enter to accept</source>
        <translation>%1 · Enter キーで承諾</translation>
    </message>
    <message>
        <source>Automated assistant: send it Help, Get my attachments or Delete me</source>
        <translation>自動アシスタント：「Help」「Get my attachments」「Delete me」のいずれかを送ってください</translation>
    </message>
    <message>
        <source>Has not added you back yet</source>
        <translation>まだあなたを追加していません</translation>
    </message>
    <message>
        <source>No contacts yet. Use Contacts &gt; Invite contact…</source>
        <translation>連絡先はまだありません。[連絡先] &gt; [連絡先を招待…] を使ってください。</translation>
    </message>
    <message numerus="yes">
        <source>%n min · organised by %1</source>
        <translation>
            <numerusform>%n分 · 主催：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>someone</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>No meetings. Use Meetings &gt; Schedule…</source>
        <translation>ミーティングはありません。[ミーティング] &gt; [予定を作成…] を使ってください。</translation>
    </message>
    <message>
        <source> · managed by the Team &quot;%1&quot;</source>
        <translation> · Team「%1」が管理</translation>
    </message>
    <message>
        <source> · managed by the Enterprise &quot;%1&quot;</source>
        <translation> · Enterprise「%1」が管理</translation>
    </message>
    <message>
        <source>Signed in as %1 &lt;%2&gt;%3</source>
        <translation>%1 &lt;%2&gt; としてサインイン中%3</translation>
    </message>
    <message>
        <source>Demo time: %1</source>
        <translation>デモの時刻：%1</translation>
    </message>
    <message>
        <source>Reset demo data</source>
        <translation>デモデータをリセット</translation>
    </message>
    <message>
        <source>Restore the demo data set? Everything done on the demo profile is undone and everyone on it is signed out.</source>
        <translation>デモデータを元に戻しますか？デモプロファイルで行ったことはすべて取り消され、全員がサインアウトされます。</translation>
    </message>
    <message>
        <source>Assistant commands</source>
        <translation>アシスタントのコマンド</translation>
    </message>
    <message>
        <source>Invite %1 as a contact (Contacts &gt; Invite contact…), open a chat with it and send one of these commands:

Help – what the assistant does.

Get my attachments – after you confirm with a code, a file of download links arrives in the chat about a day later. Once every 7 days.

Delete me – after you confirm with a code (valid 10 minutes), your profile and data are erased and you are signed out everywhere. Your sign-in identity is kept.

Not available to profiles managed by a Team or an Enterprise.</source>
        <translation>%1 を連絡先に招待し（[連絡先] &gt; [連絡先を招待…]）、アシスタントとのチャットを開いて、次のいずれかのコマンドを（英語のまま）送ってください。

Help – アシスタントができること。

Get my attachments – コードで確認すると、約1日後にダウンロードリンクをまとめたファイルがチャットに届きます。7日に1回まで。

Delete me – コード（10分間有効）で確認すると、プロフィールとデータが消去され、すべてのデバイスでサインアウトされます。サインインIDは残ります。

Get my attachments と Delete me は、Team または Enterprise が管理するプロフィールでは使えません。</translation>
    </message>
    <message>
        <source>Carillon</source>
        <translation>Carillon</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>設定(&amp;E)…</translation>
    </message>
    <message>
        <source>Search people, rooms and messages</source>
        <translation>ユーザー、ルーム、メッセージを検索</translation>
    </message>
    <message>
        <source>Search people, rooms and messages (Ctrl+F)</source>
        <translation>ユーザー、ルーム、メッセージを検索（Ctrl+F）</translation>
    </message>
    <message>
        <source>Ch&amp;ats</source>
        <translation>チャット(&amp;A)</translation>
    </message>
    <message>
        <source>Assistant &amp;commands</source>
        <translation>アシスタントのコマンド(&amp;C)</translation>
    </message>
    <message>
        <source>That message is no longer in the conversation.</source>
        <translation>そのメッセージはもう会話にありません。</translation>
    </message>
    <message>
        <source>&amp;Go to conversation…</source>
        <translation>会話へ移動(&amp;G)…</translation>
    </message>
</context>
<context>
    <name>carillon::ui::ManifestViewer</name>
    <message>
        <source>Attachment links – %1</source>
        <translation>添付ファイルのリンク – %1</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>リンク</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>ダウンロードの進行状況</translation>
    </message>
    <message>
        <source>&amp;Copy all links</source>
        <translation>すべてのリンクをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy all links</source>
        <translation>すべてのリンクをコピー</translation>
    </message>
    <message>
        <source>&amp;Download all…</source>
        <translation>すべてダウンロード(&amp;D)…</translation>
    </message>
    <message>
        <source>Download all</source>
        <translation>すべてダウンロード</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Download into</source>
        <translation>ダウンロード先</translation>
    </message>
    <message>
        <source>The file of links cannot be read (%1).</source>
        <translation>リンクのファイルを読み取れません（%1）。</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>This file is empty: none of your attachments qualified.</source>
        <translation>このファイルは空です。対象となる添付ファイルはありませんでした。</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>Refused: the link was changed or its key is unknown</source>
        <translation>拒否：リンクが変更されたか、鍵が不明です</translation>
    </message>
    <message>
        <source>No longer available (deleted)</source>
        <translation>利用できません（削除済み）</translation>
    </message>
    <message>
        <source>Expired: ask the assistant for a new list</source>
        <translation>期限切れ：アシスタントに新しい一覧を依頼してください</translation>
    </message>
    <message>
        <source>Failed (HTTP %1)</source>
        <translation>失敗（HTTP %1）</translation>
    </message>
    <message>
        <source>Link server not reachable: start Carillon or &quot;carillon serve&quot;</source>
        <translation>リンクサーバーに接続できません：Carillon または &quot;carillon serve&quot; を起動してください</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません：%2</translation>
    </message>
    <message>
        <source>Resuming…</source>
        <translation>再開中…</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>ダウンロード中…</translation>
    </message>
    <message>
        <source>Interrupted: %1</source>
        <translation>中断：%1</translation>
    </message>
    <message>
        <source>Downloaded, SHA-256 verified</source>
        <translation>ダウンロード済み、SHA-256 検証済み</translation>
    </message>
    <message numerus="yes">
        <source>Downloaded and verified %1 of %n file(s) into %2.</source>
        <translation>
            <numerusform>%n 個中 %1 個のファイルを %2 にダウンロードして検証しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloaded, not verified: this older link carries no checksum; ask the assistant for a new list to have it checked</source>
        <translation>ダウンロード済み、未検証：この古いリンクにはチェックサムがありません。検証するには、アシスタントに新しい一覧を依頼してください</translation>
    </message>
    <message>
        <source>Checksum mismatch: the file was discarded. Another program may be answering on the link port; close it and try again</source>
        <translation>チェックサムが一致しません：ファイルを破棄しました。別のプログラムがリンク用のポートで応答している可能性があります。そのプログラムを終了して、もう一度お試しください</translation>
    </message>
    <message>
        <source>These links expired on %1</source>
        <translation>これらのリンクは %1 に期限切れになりました</translation>
    </message>
    <message>
        <source>Links valid until %1</source>
        <translation>リンクの有効期限: %1</translation>
    </message>
    <message>
        <source>They no longer download. Send Get my attachments to the assistant for a new list.</source>
        <translation>これらはもうダウンロードできません。新しい一覧はアシスタントに Get my attachments と送ってください。</translation>
    </message>
    <message>
        <source>Anyone with these links can download the files until then, so keep them private.</source>
        <translation>それまではリンクを持つ人は誰でもファイルをダウンロードできます。他の人に渡さないでください。</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s). Download all checks each one against the SHA-256 checksum in its link.</source>
        <translation>
            <numerusform>%n 個のファイル。「すべてダウンロード」は各ファイルをリンク内の SHA-256 チェックサムと照合します。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carillon::ui::MessageCard</name>
    <message>
        <source>%1, %2 %3</source>
        <comment>date, time, zone</comment>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>Request in progress</source>
        <translation>リクエスト処理中</translation>
    </message>
    <message>
        <source>Request confirmed</source>
        <translation>リクエスト確定</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>利用できません</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>ようこそ</translation>
    </message>
    <message>
        <source>Confirm: Delete me</source>
        <translation>確認：Delete me</translation>
    </message>
    <message>
        <source>Confirm: Get my attachments</source>
        <translation>確認：Get my attachments</translation>
    </message>
    <message>
        <source>Confirmation code %1</source>
        <translation>確認コード %1</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>コードをコピー</translation>
    </message>
    <message>
        <source>Copy command</source>
        <translation>コマンドをコピー</translation>
    </message>
    <message>
        <source>Put in composer</source>
        <translation>入力欄に入れる</translation>
    </message>
    <message>
        <source>Put the command in the composer</source>
        <translation>コマンドを入力欄に入れる</translation>
    </message>
    <message>
        <source>Puts &quot;%1&quot; in the message box. Press Send to confirm.</source>
        <translation>「%1」をメッセージ欄に入れます。確定するには [送信] を押してください。</translation>
    </message>
    <message>
        <source>This code has expired. Send the command again for a new one.</source>
        <translation>このコードは期限切れです。新しいコードを受け取るには、もう一度コマンドを送ってください。</translation>
    </message>
    <message>
        <source>Valid for %1:%2 more</source>
        <translation>有効期限まであと %1:%2</translation>
    </message>
    <message>
        <source>What Delete me removes</source>
        <translation>Delete me で消去されるもの</translation>
    </message>
    <message>
        <source>Your attachments list is ready</source>
        <translation>添付ファイルの一覧ができました</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s), valid until %1</source>
        <translation>
            <numerusform>リンク %n件、%1 まで有効</numerusform>
        </translation>
    </message>
    <message>
        <source>View links…</source>
        <translation>リンクを表示…</translation>
    </message>
    <message>
        <source>View links</source>
        <translation>リンクを表示</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 を開く</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>名前を付けて保存…</translation>
    </message>
    <message>
        <source>Save %1 as</source>
        <translation>%1 に名前を付けて保存</translation>
    </message>
    <message>
        <source>Attachment %1, %2</source>
        <translation>添付ファイル %1、%2</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>誰か</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>添付ファイル %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>sender: card title</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This code was used. It no longer works.</source>
        <translation>このコードは使用済みです。もう使えません。</translation>
    </message>
    <message>
        <source>A newer code replaced this one. Use the code on the latest card.</source>
        <translation>新しいコードに置き換えられました。最新のカードのコードを使ってください。</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s), expired on %1. Send Get my attachments for new links.</source>
        <translation>
            <numerusform>%n 件のリンク、%1 に期限切れ。新しいリンクには「Get my attachments」を送信してください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carillon::ui::MessageDelegate</name>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨日</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>date, time</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>carillon::ui::MessageModel</name>
    <message>
        <source>Deleted person</source>
        <translation>削除されたユーザー</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1、%2：%3</translation>
    </message>
</context>
<context>
    <name>carillon::ui::NewMessageDialog</name>
    <message>
        <source>New message</source>
        <translation>新規メッセージ</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>宛先(&amp;T):</translation>
    </message>
    <message>
        <source>First message (optional)</source>
        <translation>最初のメッセージ（任意）</translation>
    </message>
    <message>
        <source>Optional: a first message</source>
        <translation>任意：最初のメッセージ</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>メッセージ(&amp;M):</translation>
    </message>
    <message>
        <source>Start chat</source>
        <translation>チャットを開始</translation>
    </message>
    <message>
        <source>Add at least one recipient in To:.</source>
        <translation>[宛先] に1人以上を追加してください。</translation>
    </message>
    <message>
        <source>You are already in the conversation; add other people.</source>
        <translation>あなたはすでに会話に含まれています。ほかの人を追加してください。</translation>
    </message>
    <message>
        <source>%1 (%2) is not in your contacts yet. Add them as a contact and start the chat?</source>
        <translation>%1（%2）はまだ連絡先にありません。連絡先に追加してチャットを開始しますか？</translation>
    </message>
    <message>
        <source>Nobody uses %1 on Carillon yet. Send them an invitation? You can chat once they join.</source>
        <translation>%1 で Carillon を使っている人はまだいません。招待を送りますか？相手が参加すればチャットできます。</translation>
    </message>
    <message>
        <source>%1 is not a contact; remove it from To: or invite it.</source>
        <translation>%1 は連絡先ではありません。[宛先] から削除するか、招待してください。</translation>
    </message>
    <message>
        <source>Invitation sent to %1. There is nobody to chat with yet.</source>
        <translation>%1 に招待を送りました。まだチャットできる相手はいません。</translation>
    </message>
</context>
<context>
    <name>carillon::ui::NewRoomDialog</name>
    <message>
        <source>New room</source>
        <translation>新規ルーム</translation>
    </message>
    <message>
        <source>Room name</source>
        <translation>ルーム名</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>メンバー(&amp;M):</translation>
    </message>
    <message>
        <source>Create room</source>
        <translation>ルームを作成</translation>
    </message>
</context>
<context>
    <name>carillon::ui::Notifier</name>
    <message>
        <source>Someone</source>
        <translation>不明なユーザー</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n file(s)</source>
        <translation>
            <numerusform>%n個のファイルを送信しました</numerusform>
        </translation>
    </message>
    <message>
        <source>New message from %1</source>
        <translation>%1 からの新しいメッセージ</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>新しいメッセージ</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>carillon::ui::QuickSwitcher</name>
    <message>
        <source>Go to conversation</source>
        <translation>会話へ移動</translation>
    </message>
    <message>
        <source>Conversation or person to go to</source>
        <translation>移動先の会話または相手</translation>
    </message>
    <message>
        <source>Type a name, a room or an address</source>
        <translation>名前、ルーム、アドレスを入力</translation>
    </message>
    <message>
        <source>Conversations and people</source>
        <translation>会話と相手</translation>
    </message>
    <message>
        <source>No conversation or person matches.</source>
        <translation>一致する会話や相手はありません。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>name · detail</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>room</source>
        <translation>ルーム</translation>
    </message>
    <message>
        <source>group chat</source>
        <translation>グループチャット</translation>
    </message>
    <message>
        <source>Not everything could be loaded: %1 Close this and press Ctrl+K again to retry.</source>
        <translation>すべてを読み込めませんでした: %1 これを閉じて、もう一度 Ctrl+K を押してください。</translation>
    </message>
</context>
<context>
    <name>carillon::ui::RecipientEdit</name>
    <message>
        <source>To</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>Names or addresses, separated by commas</source>
        <translation>名前またはアドレス（カンマ区切り）</translation>
    </message>
    <message>
        <source>Matching contacts</source>
        <translation>一致する連絡先</translation>
    </message>
</context>
<context>
    <name>carillon::ui::ScheduleMeetingDialog</name>
    <message>
        <source>Schedule a meeting</source>
        <translation>ミーティングの予定を作成</translation>
    </message>
    <message>
        <source>Meeting title</source>
        <translation>ミーティングのタイトル</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>長さ（分）</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>Invitees</source>
        <translation>招待する人</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>タイトル(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>開始(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>長さ(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Invite:</source>
        <translation>招待(&amp;I):</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>予定を作成</translation>
    </message>
</context>
<context>
    <name>carillon::ui::SearchPanel</name>
    <message>
        <source>Search results</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <source>People</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Person: %1, %2</source>
        <translation>ユーザー: %1、%2</translation>
    </message>
    <message>
        <source>Rooms and group chats</source>
        <translation>ルームとグループチャット</translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation>ルーム: %1</translation>
    </message>
    <message>
        <source>Group chat: %1</source>
        <translation>グループチャット: %1</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>%1 in %2 · %3
%4</source>
        <translation>%2 の %1 · %3
%4</translation>
    </message>
    <message>
        <source>Message from %1 in %2, %3: %4</source>
        <translation>%2 の %1 からのメッセージ、%3: %4</translation>
    </message>
    <message>
        <source>No matches for “%1”. Check the spelling, or try fewer or shorter words.</source>
        <translation>「%1」に一致するものはありません。つづりを確認するか、語を減らすか短くしてみてください。</translation>
    </message>
</context>
<context>
    <name>carillon::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Data location</source>
        <translation>データの場所</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>データ:</translation>
    </message>
    <message>
        <source>Link server port</source>
        <translation>リンクサーバーのポート</translation>
    </message>
    <message>
        <source>Link server &amp;port:</source>
        <translation>リンクサーバーのポート(&amp;P):</translation>
    </message>
    <message>
        <source>Takes effect the next time Carillon or &quot;carillon serve&quot; starts. Links already handed out keep naming the old port.</source>
        <translation>Carillon または &quot;carillon serve&quot; の次回起動時に有効になります。すでに配布したリンクは古いポートを指したままです。</translation>
    </message>
    <message>
        <source>Export processing delay in minutes</source>
        <translation>エクスポートの処理時間（分）</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>Export &amp;delay (demo):</source>
        <translation>エクスポートの遅延（デモ）(&amp;D):</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>Takes effect the next time Carillon starts.</source>
        <translation>Carillon の次回起動時に有効になります。</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>システムに合わせる</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>配色(&amp;C):</translation>
    </message>
    <message>
        <source>Notify me of new messages while Carillon is in the background</source>
        <translation>Carillon がバックグラウンドにあるときに新しいメッセージを通知する</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>色</translation>
    </message>
</context>
<context>
    <name>carillon::ui::SidePanel</name>
    <message>
        <source>Your contacts could not be loaded: %1 Carillon tries again in a few seconds.</source>
        <translation>連絡先を読み込めませんでした: %1 数秒後に Carillon が再試行します。</translation>
    </message>
    <message>
        <source>Your meetings could not be loaded: %1 Carillon tries again in a few seconds.</source>
        <translation>ミーティングを読み込めませんでした: %1 数秒後に Carillon が再試行します。</translation>
    </message>
    <message>
        <source>Your chats could not be loaded: %1 Carillon tries again in a few seconds.</source>
        <translation>チャットを読み込めませんでした: %1 数秒後に Carillon が再試行します。</translation>
    </message>
</context>
<context>
    <name>carillon::ui::SignInWindow</name>
    <message>
        <source>Your profile was deleted with the assistant&apos;s Delete me command, so you were signed out on every device. Your sign-in identity still works: signing in starts a new, empty profile.</source>
        <translation>アシスタントの Delete me コマンドでプロフィールが削除されたため、すべてのデバイスでサインアウトされました。サインインIDは引き続き使えます。サインインすると、新しい空のプロフィールで始まります。</translation>
    </message>
    <message>
        <source>Your organisation deleted its Enterprise account and your profile with it, so you were signed out. Contact your administrator for details.</source>
        <translation>組織が Enterprise アカウントを削除し、あなたのプロフィールも削除されたため、サインアウトされました。詳しくは管理者にお問い合わせください。</translation>
    </message>
    <message>
        <source>The demo data was reset, so everyone was signed out. Pick a demo person to continue.</source>
        <translation>デモデータがリセットされたため、全員がサインアウトされました。続けるには、デモの人物を選んでください。</translation>
    </message>
    <message>
        <source>You are signed out.</source>
        <translation>サインアウトしました。</translation>
    </message>
    <message>
        <source>Sign in – Carillon</source>
        <translation>サインイン – Carillon</translation>
    </message>
    <message>
        <source>Sign in to Carillon</source>
        <translation>Carillon にサインイン</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>メール(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>このコンピューターでサインイン状態を保持(&amp;R)</translation>
    </message>
    <message>
        <source>Remember me</source>
        <translation>サインイン状態を保持</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>Create an identity…</source>
        <translation>IDを作成…</translation>
    </message>
    <message>
        <source>Create an identity</source>
        <translation>IDを作成</translation>
    </message>
    <message>
        <source>Demo: pick a person (password for all: carillon-demo)</source>
        <translation>デモ：人物を選んでください（全員のパスワード：carillon-demo）</translation>
    </message>
    <message>
        <source>Demo people</source>
        <translation>デモの人物</translation>
    </message>
    <message>
        <source>Sign in as this person</source>
        <translation>この人としてサインイン</translation>
    </message>
    <message>
        <source>Sign in as the selected demo person</source>
        <translation>選択したデモの人物としてサインイン</translation>
    </message>
    <message>
        <source>Checking your password</source>
        <translation>パスワードを確認しています</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>サインインしています…</translation>
    </message>
    <message>
        <source>Where your account is</source>
        <translation>アカウントの場所</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>このコンピューター</translation>
    </message>
    <message>
        <source>On a server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>サーバーのアドレス</translation>
    </message>
    <message>
        <source>chat.example.com</source>
        <translation>chat.example.com</translation>
    </message>
    <message>
        <source>The address of your Carillon server, like chat.example.com or wss://chat.example.com:8443. Your organisation gives it to you.</source>
        <translation>Carillon サーバーのアドレス（例: chat.example.com、wss://chat.example.com:8443）。所属する組織から案内されます。</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>アカウント(&amp;A):</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>サーバー(&amp;V):</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Act as this person.</source>
        <translation>この人として操作します。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON で出力します。</translation>
    </message>
    <message>
        <source>
Exit status: 0 done, 1 the operation failed, 2 bad arguments (nothing was changed).
</source>
        <translation>
終了ステータス: 0 完了、1 操作に失敗、2 引数が不正（何も変更されていません）。
</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number. Use the number shown by the &quot;conversations&quot; or &quot;history&quot; command.</source>
        <translation>&quot;%1&quot; は番号ではありません。&quot;conversations&quot; または &quot;history&quot; コマンドで表示される番号を使ってください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of minutes.</source>
        <translation>&quot;%1&quot; は分単位の数値ではありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time. Write it like 2026-12-01T14:30.</source>
        <translation>&quot;%1&quot; は日時ではありません。2026-12-01T14:30 のように書いてください。</translation>
    </message>
    <message>
        <source>The file %1 does not exist. Check the path.</source>
        <translation>ファイル %1 がありません。パスを確認してください。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read. Check its permissions.</source>
        <translation>ファイル %1 を読み取れません。アクセス権を確認してください。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Create it first.</source>
        <translation>フォルダー %1 がありません。先に作成してください。</translation>
    </message>
    <message>
        <source>%1 must not be empty.</source>
        <translation>%1 を空にすることはできません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs %2.</source>
        <translation>&quot;%1&quot; には %2 が必要です。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes %2, but got more: %3</source>
        <translation>&quot;%1&quot; の引数は %2 ですが、余分な引数があります: %3</translation>
    </message>
    <message>
        <source>no arguments</source>
        <translation>引数なし</translation>
    </message>
    <message>
        <source>This build has no window; give a command.</source>
        <translation>このビルドにはウィンドウがありません。コマンドを指定してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a command.</source>
        <translation>&quot;%1&quot; はコマンドではありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not take --%2.</source>
        <translation>&quot;%1&quot; では --%2 を使えません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; works on the demo profile only: add --profile demo.</source>
        <translation>&quot;%1&quot; はデモプロファイルでのみ使えます。--profile demo を付けてください。</translation>
    </message>
    <message>
        <source>Give the password with --password-stdin (or --password).</source>
        <translation>パスワードを --password-stdin（または --password）で指定してください。</translation>
    </message>
    <message>
        <source>Created %1 &lt;%2&gt;.</source>
        <translation>%1 &lt;%2&gt; を作成しました。</translation>
    </message>
    <message>
        <source>assistant</source>
        <translation>アシスタント</translation>
    </message>
    <message>
        <source>member</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <source>invited</source>
        <translation>招待中</translation>
    </message>
    <message>
        <source>Demo time: %1 (%2 hours ahead of real time).</source>
        <translation>デモの時刻: %1（実際の時刻より %2 時間進んでいます）。</translation>
    </message>
    <message>
        <source>Display name.</source>
        <translation>表示名。</translation>
    </message>
    <message>
        <source>Password (visible to other local users; prefer --password-stdin).</source>
        <translation>パスワード（ほかのローカルユーザーから見えます。--password-stdin の使用をお勧めします）。</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input.</source>
        <translation>標準入力の1行目からパスワードを読み取ります。</translation>
    </message>
    <message>
        <source>Create a sign-in identity and its chat profile.</source>
        <translation>サインインIDとそのチャットプロフィールを作成します。</translation>
    </message>
    <message>
        <source>List everyone with a profile and whether a Team or Enterprise manages them.</source>
        <translation>プロフィールを持つ全員を、Team または Enterprise による管理の有無とともに一覧表示します。</translation>
    </message>
    <message>
        <source>Create a Team account.</source>
        <translation>Team アカウントを作成します。</translation>
    </message>
    <message>
        <source>Created the Team &quot;%1&quot;.</source>
        <translation>Team &quot;%1&quot; を作成しました。</translation>
    </message>
    <message>
        <source>Invite a person into a Team (they are managed once they accept).</source>
        <translation>Team に人を招待します（承諾すると管理対象になります）。</translation>
    </message>
    <message>
        <source>Invited %1 to &quot;%2&quot;.</source>
        <translation>%1 を &quot;%2&quot; に招待しました。</translation>
    </message>
    <message>
        <source>Accept a Team invitation on the person&apos;s behalf.</source>
        <translation>本人に代わって Team への招待を承諾します。</translation>
    </message>
    <message>
        <source>%1 joined &quot;%2&quot;.</source>
        <translation>%1 が &quot;%2&quot; に参加しました。</translation>
    </message>
    <message>
        <source>Remove a person (or an open invitation) from a Team.</source>
        <translation>Team から人（または保留中の招待）を削除します。</translation>
    </message>
    <message>
        <source>Removed %1 from &quot;%2&quot;.</source>
        <translation>%1 を &quot;%2&quot; から削除しました。</translation>
    </message>
    <message>
        <source>List Teams and their members.</source>
        <translation>Team とそのメンバーを一覧表示します。</translation>
    </message>
    <message>
        <source>Create an Enterprise account.</source>
        <translation>Enterprise アカウントを作成します。</translation>
    </message>
    <message>
        <source>Created the Enterprise account &quot;%1&quot;.</source>
        <translation>Enterprise アカウント &quot;%1&quot; を作成しました。</translation>
    </message>
    <message>
        <source>Claim an email domain: everyone with an address there becomes managed.</source>
        <translation>メールドメインを取得します。そのドメインのアドレスを持つ全員が管理対象になります。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; claimed %2.</source>
        <translation>&quot;%1&quot; が %2 を取得しました。</translation>
    </message>
    <message>
        <source>Release a claimed domain.</source>
        <translation>取得したドメインを解放します。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; released %2.</source>
        <translation>&quot;%1&quot; が %2 を解放しました。</translation>
    </message>
    <message>
        <source>Delete an Enterprise account and erase the profiles in the domains it claims.</source>
        <translation>Enterprise アカウントを削除し、取得しているドメインのプロフィールを消去します。</translation>
    </message>
    <message numerus="yes">
        <source>Deleted &quot;%1&quot;; erased %n profile(s).</source>
        <translation>
            <numerusform>&quot;%1&quot; を削除し、%n件のプロフィールを消去しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>List Enterprise accounts and their domains.</source>
        <translation>Enterprise アカウントとそのドメインを一覧表示します。</translation>
    </message>
    <message>
        <source>Restore the demo data set (everyone on the demo profile is signed out).</source>
        <translation>デモデータを元に戻します（デモプロファイルの全員がサインアウトされます）。</translation>
    </message>
    <message>
        <source>The demo data was restored in %1. Password for every demo person: %2</source>
        <translation>%1 にデモデータを復元しました。すべてのデモの人物のパスワード: %2</translation>
    </message>
    <message>
        <source>List the demo people and what each one shows.</source>
        <translation>デモの人物と、それぞれが示す内容を一覧表示します。</translation>
    </message>
    <message>
        <source>Remove the saved sign-in and the link-signing keys from the keychain (or the private file); links handed out stop working, a new key is made.</source>
        <translation>保存されたサインイン情報とリンク署名鍵を、キーチェーン（またはプライベートファイル）から削除します。配布済みのリンクは使えなくなり、新しい鍵が作られます。</translation>
    </message>
    <message>
        <source>Show the demo clock.</source>
        <translation>デモの時計を表示します。</translation>
    </message>
    <message>
        <source>Move the demo clock forward (e.g. 24h, 6d) for every instance on the data folder.</source>
        <translation>データフォルダーのすべてのインスタンスで、デモの時計を進めます（例: 24h、6d）。</translation>
    </message>
    <message>
        <source>Put the demo clock back to real time.</source>
        <translation>デモの時計を実際の時刻に戻します。</translation>
    </message>
    <message>
        <source>Say who is acting with --as EMAIL (a person who has an identity).</source>
        <translation>--as EMAIL で操作する人（IDを持つ人）を指定してください。</translation>
    </message>
    <message>
        <source>%1 is in no %2 called &quot;%3&quot;. Run &quot;carillon conversations --as %1&quot; to list them.</source>
        <translation>%1 は &quot;%3&quot; という名前の会話（%2）に参加していません。一覧は &quot;carillon conversations --as %1&quot; で表示できます。</translation>
    </message>
    <message>
        <source>Name exactly one conversation: --%1 EMAIL (repeat it for a group chat), --conversation ID, --room NAME or --group NAME.</source>
        <translation>会話を1つだけ指定してください: --%1 EMAIL（グループチャットでは繰り返す）、--conversation ID、--room NAME、--group NAME のいずれかです。</translation>
    </message>
    <message>
        <source>%1 is not a member of conversation %2.</source>
        <translation>%1 は会話 %2 のメンバーではありません。</translation>
    </message>
    <message>
        <source>Sent message %1 to conversation %2.</source>
        <translation>メッセージ %1 を会話 %2 に送信しました。</translation>
    </message>
    <message>
        <source>  attachment %1: %2 (%3)</source>
        <translation>  添付ファイル %1: %2 (%3)</translation>
    </message>
    <message>
        <source>      [attachment %1] %2 (%3, %4)</source>
        <translation>      [添付ファイル %1] %2 (%3, %4)</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>未読 %n件</numerusform>
        </translation>
    </message>
    <message>
        <source>Created room %1 &quot;%2&quot;.</source>
        <translation>ルーム %1 &quot;%2&quot; を作成しました。</translation>
    </message>
    <message>
        <source>Created group chat %1.</source>
        <translation>グループチャット %1 を作成しました。</translation>
    </message>
    <message>
        <source>(has not added you back)</source>
        <translation>（まだあなたを追加していません）</translation>
    </message>
    <message>
        <source>Invitation from %1 &lt;%2&gt;: accept with &quot;carillon contact accept --as %3 %2&quot;.</source>
        <translation>%1 &lt;%2&gt; からの招待: &quot;carillon contact accept --as %3 %2&quot; で承諾できます。</translation>
    </message>
    <message>
        <source>Added %1; they were asked to add you back.</source>
        <translation>%1 を追加し、相手にもあなたを追加するよう依頼しました。</translation>
    </message>
    <message>
        <source>You and %1 are now contacts.</source>
        <translation>%1 と連絡先になりました。</translation>
    </message>
    <message>
        <source>%1 is already a contact.</source>
        <translation>%1 はすでに連絡先です。</translation>
    </message>
    <message>
        <source>Nobody uses %1 yet; the invitation waits for them.</source>
        <translation>%1 を使っている人はまだいません。招待は相手が参加するまで保留されます。</translation>
    </message>
    <message>
        <source>Scheduled meeting %1 &quot;%2&quot; at %3.</source>
        <translation>ミーティング %1 &quot;%2&quot; を %3 に設定しました。</translation>
    </message>
    <message>
        <source>Title or name.</source>
        <translation>タイトルまたは名前。</translation>
    </message>
    <message>
        <source>A recipient (repeat for a group chat).</source>
        <translation>宛先（グループチャットでは繰り返す）。</translation>
    </message>
    <message>
        <source>The other person of a 1:1 chat (repeat for a group chat).</source>
        <translation>1対1チャットの相手（グループチャットでは繰り返す）。</translation>
    </message>
    <message>
        <source>A conversation by number.</source>
        <translation>番号で指定する会話。</translation>
    </message>
    <message>
        <source>A room by name.</source>
        <translation>名前で指定するルーム。</translation>
    </message>
    <message>
        <source>A group chat by name.</source>
        <translation>名前で指定するグループチャット。</translation>
    </message>
    <message>
        <source>Attach a file (repeatable).</source>
        <translation>ファイルを添付します（繰り返し可）。</translation>
    </message>
    <message>
        <source>How many messages (default 50).</source>
        <translation>メッセージ数（既定値: 50）。</translation>
    </message>
    <message>
        <source>Start, local time (2026-12-01T14:30).</source>
        <translation>開始日時、現地時刻（2026-12-01T14:30）。</translation>
    </message>
    <message>
        <source>Length in minutes (default 30).</source>
        <translation>長さ（分、既定値: 30）。</translation>
    </message>
    <message>
        <source>Invite a contact by address (the assistant is assistant_no_reply@chime.aws).</source>
        <translation>アドレスで連絡先を招待します（アシスタントは assistant_no_reply@chime.aws）。</translation>
    </message>
    <message>
        <source>Accept an invitation, so both of you are contacts.</source>
        <translation>招待を承諾し、互いに連絡先になります。</translation>
    </message>
    <message>
        <source>List contacts and open invitations.</source>
        <translation>連絡先と保留中の招待を一覧表示します。</translation>
    </message>
    <message>
        <source>List a person&apos;s conversations with their numbers and unread counts.</source>
        <translation>ある人の会話を、番号と未読数付きで一覧表示します。</translation>
    </message>
    <message>
        <source>Create a group chat with two or more other people.</source>
        <translation>自分以外の2人以上とグループチャットを作成します。</translation>
    </message>
    <message>
        <source>Create a chat room (the acting person is its creator).</source>
        <translation>チャットルームを作成します（操作する人が作成者になります）。</translation>
    </message>
    <message>
        <source>Add a person to a room.</source>
        <translation>ルームに人を追加します。</translation>
    </message>
    <message>
        <source>Name the room with --room NAME.</source>
        <translation>--room NAME でルームを指定してください。</translation>
    </message>
    <message>
        <source>Added %1 to &quot;%2&quot;.</source>
        <translation>%1 を &quot;%2&quot; に追加しました。</translation>
    </message>
    <message>
        <source>Send a message (text and/or files) to a person, a group chat or a room.</source>
        <translation>人、グループチャット、ルームにメッセージ（テキストやファイル）を送信します。</translation>
    </message>
    <message>
        <source>Print a conversation with message and attachment numbers.</source>
        <translation>メッセージと添付ファイルの番号付きで会話を表示します。</translation>
    </message>
    <message>
        <source>Save an attachment&apos;s bytes to a file.</source>
        <translation>添付ファイルの内容をファイルに保存します。</translation>
    </message>
    <message>
        <source>Saved attachment %1 to %2.</source>
        <translation>添付ファイル %1 を %2 に保存しました。</translation>
    </message>
    <message>
        <source>Schedule a meeting.</source>
        <translation>ミーティングの予定を作成します。</translation>
    </message>
    <message>
        <source>List a person&apos;s meetings.</source>
        <translation>ある人のミーティングを一覧表示します。</translation>
    </message>
    <message>
        <source>carillon: %1</source>
        <translation>carillon: %1</translation>
    </message>
    <message>
        <source>carillon: %1
Run &quot;carillon --help&quot; for the list of commands.</source>
        <translation>carillon: %1
コマンドの一覧は &quot;carillon --help&quot; で表示できます。</translation>
    </message>
    <message>
        <source>Listen on this port (default: the links.port setting, else %1).</source>
        <translation>このポートで待ち受けます（既定値: links.port 設定、なければ %1）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number. Give one from 1 to 65535.</source>
        <translation>&quot;%1&quot; はポート番号ではありません。1〜65535 の番号を指定してください。</translation>
    </message>
    <message>
        <source>Serving download links on %1; stop with Ctrl+C.</source>
        <translation>%1 でダウンロードリンクを提供しています。Ctrl+C で停止します。</translation>
    </message>
    <message>
        <source>Note: new lists of links name port %1 (the links.port setting), not this one.</source>
        <translation>注意: 新しいリンクの一覧が指すのは、このポートではなくポート %1（links.port 設定）です。</translation>
    </message>
    <message>
        <source>Stopped serving links.</source>
        <translation>リンクの提供を停止しました。</translation>
    </message>
    <message>
        <source>Serve the download links of the assistant&apos;s lists without a window, until stopped (Ctrl+C).</source>
        <translation>アシスタントの一覧にあるダウンロードリンクを、停止する（Ctrl+C）までウィンドウなしで提供します。</translation>
    </message>
    <message>
        <source>%1  %2  %3 min  %4  (organised by %5)</source>
        <translation>%1  %2  %3 分  %4  (主催: %5)</translation>
    </message>
    <message>
        <source>%1 is a folder. Attach the files in it one by one, or a zip of them.</source>
        <translation>%1 はフォルダーです。中のファイルを1つずつ添付するか、zip にまとめて添付してください。</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a device, pipe or socket). Attach a regular file.</source>
        <translation>%1 は通常のファイルではありません（デバイス、パイプ、ソケットのいずれかです）。通常のファイルを添付してください。</translation>
    </message>
    <message>
        <source>%1 is %2; attachments can be at most %3. Share a smaller file or split it.</source>
        <translation>%1 のサイズは %2 です。添付ファイルは %3 までです。小さいファイルにするか、分割してください。</translation>
    </message>
    <message>
        <source>Nobody can act as the assistant (%1): it only answers. Give a person&apos;s address with --as.</source>
        <translation>アシスタント（%1）として操作することはできません。アシスタントは返信するだけです。--as には人のアドレスを指定してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an option.</source>
        <translation>&quot;%1&quot; はオプションではありません。</translation>
    </message>
    <message>
        <source>--%1 needs a value, like --%1 %2.</source>
        <translation>--%1 には値が必要です（例: --%1 %2）。</translation>
    </message>
    <message>
        <source>The demo data is not set up in %1 yet. Run &quot;carillon demo reset&quot; first, or start the window with --profile demo.</source>
        <translation>%1 にはまだデモデータが設定されていません。先に &quot;carillon demo reset&quot; を実行するか、--profile demo を付けてウィンドウを起動してください。</translation>
    </message>
    <message>
        <source>%1 is the assistant&apos;s address and is reserved: nobody can sign up with it. Use your own address.</source>
        <translation>%1 はアシスタントのアドレスのため予約されています。このアドレスで登録することはできません。ご自分のアドレスを使ってください。</translation>
    </message>
    <message numerus="yes">
        <source>Removed the saved sign-ins and %n link-signing key(s) from %1.</source>
        <translation>
            <numerusform>保存されたサインイン情報と%n個のリンク署名鍵を、%1 から削除しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no chat with exactly those people yet.</source>
        <translation>ちょうどこのメンバーで構成されたチャットはまだありません。</translation>
    </message>
    <message>
        <source>The message is empty. Write the text after the options, or attach a file with --attach FILE.</source>
        <translation>メッセージが空です。オプションの後に本文を書くか、--attach FILE でファイルを添付してください。</translation>
    </message>
    <message>
        <source>The message is too long (%1 characters; at most %2). Split it or send the text as a file with --attach.</source>
        <translation>メッセージが長すぎます（%1文字、上限は%2文字）。分割するか、--attach でテキストをファイルとして送ってください。</translation>
    </message>
    <message>
        <source>No messages with %1 yet.</source>
        <translation>%1 とのメッセージはまだありません。</translation>
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
        <translation>使い方: carillon [--profile NAME] [--data-dir DIR] [COMMAND] [ARGUMENTS]

コマンドを指定しないと Carillon のウィンドウを起動します。コマンドはプロファイルの
データフォルダーを直接操作し（ウィンドウは不要）、スクリプトやデモの準備に使います。

グローバルオプション:
  --profile NAME   default、demo、またはその他の名前（既定値: default）
  --data-dir DIR   プロファイルのフォルダーの代わりにこのデータフォルダーを使う
  --lang CODE      メッセージとウィンドウの言語（en、de、ja）
  --server URL     ウィンドウはこの Carillon サーバー経由でサインインする
                   （wss://host:port。このコンピューター上のサーバーには ws://）
  --help, --version

コマンド:
</translation>
    </message>
    <message>
        <source>--server: %1</source>
        <translation>--server: %1</translation>
    </message>
    <message>
        <source>--sign-in-as signs in without a password, which only a demo does: add --profile demo, or --server with a demo server&apos;s address.</source>
        <translation>--sign-in-as はパスワードなしでサインインします。これはデモでのみ可能です: --profile demo、またはデモサーバーのアドレスを指定した --server を追加してください。</translation>
    </message>
</context>
</TS>
