<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>QObject</name>
    <message>
        <source>Log Gardener</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Log Gardener</translation>
    </message>
    <message>
        <source>The history database cannot be used, so trends and past runs are not available this time:
%1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>履歴データベースを使用できないため、今回は傾向と過去の実行を利用できません:
%1</translation>
    </message>
    <message>
        <source>Not connected to GitHub: %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>GitHub に接続していません: %1</translation>
    </message>
    <message>
        <source>Cannot open the cluster link: %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>クラスタのリンクを開けません: %1</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>Default</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>デフォルト</translation>
    </message>
    <message>
        <source>Debug</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>デバッグ</translation>
    </message>
    <message>
        <source>Info</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>情報</translation>
    </message>
    <message>
        <source>Notice</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>通知</translation>
    </message>
    <message>
        <source>Warning</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>警告</translation>
    </message>
    <message>
        <source>Error</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Critical</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>重大</translation>
    </message>
    <message>
        <source>Alert</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>アラート</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>緊急</translation>
    </message>
</context>
<context>
    <name>gardener::ChangesView</name>
    <message>
        <source>Changes compared with the generated draft</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>生成された下書きとの差分</translation>
    </message>
    <message>
        <source>No changes: the draft is as it was generated.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>変更なし: 下書きは生成されたままです。</translation>
    </message>
    <message>
        <source>⋯ 1 unchanged line ⋯</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>⋯ 変更のない行 1 行 ⋯</translation>
    </message>
    <message>
        <source>⋯ %1 unchanged lines ⋯</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>⋯ 変更のない行 %1 行 ⋯</translation>
    </message>
</context>
<context>
    <name>gardener::ClusterDetailView</name>
    <message>
        <source>first</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>最初</translation>
    </message>
    <message>
        <source>last</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>最後</translation>
    </message>
    <message>
        <source>different</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>相違</translation>
    </message>
    <message>
        <source>Cluster details</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>クラスターの詳細</translation>
    </message>
    <message>
        <source>Select a cluster to see its details.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>クラスターを選択すると詳細が表示されます。</translation>
    </message>
    <message numerus="yes">
        <source>%n clusters selected</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>
            <numerusform>%n 個のクラスターを選択中</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 entries in all. Use Merge to make them one cluster.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>合計 %1 件のエントリ。「結合」で 1 つのクラスターにまとめられます。</translation>
    </message>
    <message>
        <source>Fingerprint %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>フィンガープリント %1</translation>
    </message>
    <message>
        <source>shaped by your merge or split</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>あなたの結合・分割による</translation>
    </message>
    <message>
        <source>grouped automatically</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>自動でグループ化</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>統計</translation>
    </message>
    <message>
        <source>Entries</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>エントリ</translation>
    </message>
    <message>
        <source>First seen</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>初回検出</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>最終検出</translation>
    </message>
    <message>
        <source>Severities</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Services</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>リビジョン</translation>
    </message>
    <message>
        <source>Source</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>ソース</translation>
    </message>
    <message>
        <source>users</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>e-mail addresses</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>IP アドレス</translation>
    </message>
    <message>
        <source>ids</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>ID</translation>
    </message>
    <message>
        <source>Distinct values</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>異なる値</translation>
    </message>
    <message>
        <source>Why these belong together</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>これらがまとめられた理由</translation>
    </message>
    <message>
        <source>Templates (%1)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>テンプレート (%1)</translation>
    </message>
    <message>
        <source>Split out</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>分離</translation>
    </message>
    <message>
        <source>Sample entries</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>サンプルエントリ</translation>
    </message>
    <message>
        <source>Samples can be opened when loading has finished.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>サンプルは読み込みが完了すると開けます。</translation>
    </message>
    <message>
        <source>Open</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>開く</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>出典: %1</translation>
    </message>
    <message>
        <source> (at the deployed commit %1)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation> (デプロイされたコミット %1)</translation>
    </message>
    <message>
        <source> (at the default branch %1, not the deployed commit)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation> (デフォルトブランチ %1。デプロイされたコミットではありません)</translation>
    </message>
    <message>
        <source>No link: %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>リンクなし: %1</translation>
    </message>
    <message>
        <source>Edit code mappings…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>コードの対応付けを編集…</translation>
    </message>
    <message>
        <source>code mapping %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>コードの対応付け %1</translation>
    </message>
    <message>
        <source> (%1 entries)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation> (%1 件)</translation>
    </message>
    <message>
        <source>Error Reporting: </source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Error Reporting: </translation>
    </message>
    <message>
        <source>errorGroups[].id of the entries</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>エントリの errorGroups[].id</translation>
    </message>
    <message>
        <source>Invisible to Error Reporting: none of its %1 entries carries a stack trace or an error group</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Error Reporting には表示されません: %1 件のエントリのどれにもスタックトレースやエラーグループがありません</translation>
    </message>
    <message>
        <source>stack traces and errorGroups of the entries</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>エントリのスタックトレースと errorGroups</translation>
    </message>
    <message>
        <source>Started with</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>発生のきっかけ</translation>
    </message>
    <message>
        <source>Where</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>場所</translation>
    </message>
    <message>
        <source>Suspect commits</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>疑わしいコミット</translation>
    </message>
    <message>
        <source>this cluster&apos;s %1 entries from %2 to %3</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>このクラスターの %2 から %3 までの %1 件のエントリ</translation>
    </message>
    <message>
        <source>this cluster&apos;s %1 entries</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>このクラスターの %1 件のエントリ</translation>
    </message>
    <message>
        <source>Different in this cluster</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>このクラスターで異なる点</translation>
    </message>
    <message>
        <source>%1 compared with the other %2 entries of the window</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1 を期間内のほかの %2 件のエントリと比較</translation>
    </message>
    <message>
        <source>Nobody (the file leaves this path unowned)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>なし (このファイルではこのパスの担当者が決められていません)</translation>
    </message>
    <message>
        <source> (line %1, %2)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation> (%1 行目、%2)</translation>
    </message>
    <message>
        <source>Suggested assignees: %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>担当者の候補: %1</translation>
    </message>
    <message>
        <source>Team label: %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>チームのラベル: %1</translation>
    </message>
    <message>
        <source>Owners</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>担当者</translation>
    </message>
    <message>
        <source>%1 of %2 at %3</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%2 の %1 (%3)</translation>
    </message>
    <message>
        <source>the default branch</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>デフォルトブランチ</translation>
    </message>
    <message>
        <source>Values at masked positions</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>マスクされた位置の値</translation>
    </message>
    <message>
        <source>The words that vary in these messages, and how often each occurs.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>これらのメッセージで変化する語と、それぞれの出現回数。</translation>
    </message>
    <message>
        <source>This cluster&apos;s service and text, first to last seen, in the Google Cloud console</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>このクラスタのサービスとテキスト（初回から最後まで）を Google Cloud コンソールで表示</translation>
    </message>
    <message>
        <source>Open in Logs Explorer</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>ログ エクスプローラで開く</translation>
    </message>
    <message>
        <source>Copy link to cluster</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>クラスタへのリンクをコピー</translation>
    </message>
    <message>
        <source>Open trace</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>トレースを開く</translation>
    </message>
    <message>
        <source>1 user</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>1 人のユーザー</translation>
    </message>
    <message numerus="yes">
        <source>%n users</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>
            <numerusform>%n 人のユーザー</numerusform>
        </translation>
    </message>
    <message>
        <source>1 client IP address</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>クライアント IP アドレス 1 件</translation>
    </message>
    <message numerus="yes">
        <source>%n client IP addresses</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>
            <numerusform>クライアント IP アドレス %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>IP addresses, not users: no entry names a user, and one address may stand for several users or one user for several addresses</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>ユーザーではなく IP アドレスです。ユーザーを示すエントリがなく、1 つのアドレスが複数のユーザーを、1 人のユーザーが複数のアドレスを表すことがあります</translation>
    </message>
    <message>
        <source>%1 in %2 of %3 entries read (an even sample of %4)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>読み取った %3 件中 %2 件の %1（%4 件から均等に抽出）</translation>
    </message>
    <message>
        <source>%1 in %2 of %3 entries</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%3 件中 %2 件の %1</translation>
    </message>
    <message>
        <source>Users affected</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>影響を受けたユーザー</translation>
    </message>
</context>
<context>
    <name>gardener::ClusterHistoryView</name>
    <message>
        <source>From the triage rules</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>トリアージルールに従う</translation>
    </message>
    <message>
        <source>Always P%1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>常に P%1</translation>
    </message>
    <message>
        <source>Force this cluster&apos;s priority in every run, whatever the rules say</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>ルールにかかわらず、すべての実行でこのクラスターの優先度を固定します</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>優先度:</translation>
    </message>
    <message>
        <source>Expected: mute until its frequency changes by ×</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>想定内: 頻度が次の倍率で変わるまでミュート ×</translation>
    </message>
    <message>
        <source>A muted cluster is left out of GitHub drafts and marked expected, until its frequency per minute rises or falls by the chosen factor against the frequency it had when you muted it.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>ミュートしたクラスターは GitHub の下書きから除外され、想定内として扱われます。ミュートした時点と比べて 1 分あたりの頻度が選んだ倍率だけ増減すると、再び表示されます。</translation>
    </message>
    <message>
        <source>Muting factor</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>ミュートの倍率</translation>
    </message>
    <message>
        <source>How many times more or less frequent the cluster must become to be shown again</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>クラスターが再び表示されるのに必要な頻度の増減の倍率</translation>
    </message>
    <message>
        <source>Muting:</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>ミュート:</translation>
    </message>
    <message>
        <source>Select a cluster to see its history.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>クラスターを選択すると履歴が表示されます。</translation>
    </message>
    <message>
        <source>No history database is open, so earlier runs are not known.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>履歴データベースが開かれていないため、以前の実行は分かりません。</translation>
    </message>
    <message>
        <source>History could not be read: %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>履歴を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>New: no earlier run saw this cluster. Now %1 per minute.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>新規: 以前の実行ではこのクラスターは見つかっていません。現在 1 分あたり %1 件。</translation>
    </message>
    <message numerus="yes">
        <source>Seen in %n earlier run(s), first on %1.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>
            <numerusform>以前の %n 回の実行で検出、初回は %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2 per minute (%3%4%), %5.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>1 分あたり %1 → %2 件 (%3%4%)、%5。</translation>
    </message>
    <message>
        <source>GitHub issue #%1 (%2), last %3.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>GitHub Issue #%1 (%2)、最終 %3。</translation>
    </message>
</context>
<context>
    <name>gardener::ClusterTableModel</name>
    <message>
        <source>Not triaged</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>未トリアージ</translation>
    </message>
    <message>
        <source>P%1 · %2 · %3</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>P%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Expected behaviour</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>想定内の動作</translation>
    </message>
    <message>
        <source>Entries by severity: %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>重大度別のエントリ: %1</translation>
    </message>
    <message>
        <source>Active from %1 to %2 UTC</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1 から %2 (UTC) まで活動</translation>
    </message>
    <message>
        <source>Triage priority from the rules (hover a cell for why)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>ルールによるトリアージ優先度 (セルにカーソルを合わせると理由を表示)</translation>
    </message>
    <message>
        <source>Entries by severity; sorts by the worst severity</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>重大度別のエントリ。最も重い重大度で並べ替えます</translation>
    </message>
    <message>
        <source>Entries over time; sorts by last activity</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>エントリの推移。最後の活動で並べ替えます</translation>
    </message>
    <message>
        <source>Priority</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>優先度</translation>
    </message>
    <message>
        <source>Severity</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Issue</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet. The column holds the problem cluster&apos;s name, not a GitHub issue.</translatorcomment>
        <translation>問題</translation>
    </message>
    <message>
        <source>Count</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>件数</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>推移</translation>
    </message>
    <message>
        <source>First seen (UTC)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>初回検出 (UTC)</translation>
    </message>
    <message>
        <source>Last seen (UTC)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>最終検出 (UTC)</translation>
    </message>
    <message>
        <source>Source</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>ソース</translation>
    </message>
    <message>
        <source>Services</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Since the last run: regressed, new, escalating (by how much), steady or decreasing</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>前回の実行からの変化: 再発、新規、増加 (増加率)、横ばい、減少</translation>
    </message>
    <message>
        <source>Trend</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>傾向</translation>
    </message>
    <message>
        <source>open</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>オープン</translation>
    </message>
    <message>
        <source>closed</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>クローズ</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%2 件中 %1 件</translation>
    </message>
    <message>
        <source>#%1 · %2</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>#%1 · %2</translation>
    </message>
    <message>
        <source>No GitHub issue is linked to this cluster</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>このクラスタにリンクされた GitHub Issue はありません</translation>
    </message>
    <message>
        <source>Issue #%1 (its address is not known)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Issue #%1(アドレスは不明です)</translation>
    </message>
    <message>
        <source>Open %1 in the browser (click or Enter)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1 をブラウザで開く(クリックまたは Enter)</translation>
    </message>
    <message>
        <source>The GitHub issue linked to the cluster and its state; click to open it</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>クラスタにリンクされた GitHub Issue とその状態。クリックで開きます</translation>
    </message>
    <message>
        <source>Linked issue</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>リンク済みイシュー</translation>
    </message>
    <message>
        <source>New</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>新規</translation>
    </message>
    <message>
        <source>Steady</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>横ばい</translation>
    </message>
    <message>
        <source>Escalating %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>増加 %1</translation>
    </message>
    <message>
        <source>Decreasing %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>減少 %1</translation>
    </message>
    <message>
        <source>Not seen</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>未検出</translation>
    </message>
    <message>
        <source>Regressed</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>再発</translation>
    </message>
    <message>
        <source>Regressed (#%1 closed %2)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>再発 (#%1、%2 にクローズ)</translation>
    </message>
    <message>
        <source>Regressed (#%1)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>再発 (#%1)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>不明</translation>
    </message>
</context>
<context>
    <name>gardener::ClustersPage</name>
    <message>
        <source>Issue clusters</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>問題クラスター</translation>
    </message>
    <message>
        <source>Priority</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>優先度</translation>
    </message>
    <message>
        <source>Details</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Entries</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>エントリ</translation>
    </message>
    <message>
        <source>All entries</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>すべてのエントリ</translation>
    </message>
    <message>
        <source>Entries can be listed when loading has finished.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>エントリは読み込みが完了すると一覧表示できます。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>読み込み中…</translation>
    </message>
    <message numerus="yes">
        <source>Merging %n clusters…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>
            <numerusform>%n 個のクラスターを結合しています…</numerusform>
        </translation>
    </message>
    <message>
        <source>Splitting the cluster…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>クラスターを分割しています…</translation>
    </message>
    <message>
        <source>filtered</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>絞り込み済み</translation>
    </message>
    <message>
        <source>Entries over time: selected cluster</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>エントリの推移: 選択したクラスター</translation>
    </message>
    <message numerus="yes">
        <source>Entries over time: %n selected clusters</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>
            <numerusform>エントリの推移: 選択した %n 個のクラスター</numerusform>
        </translation>
    </message>
    <message>
        <source>Entries over time: matching the filter</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>エントリの推移: フィルターに一致</translation>
    </message>
    <message>
        <source>Entries over time: all entries</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>エントリの推移: すべてのエントリ</translation>
    </message>
    <message numerus="yes">
        <source>Merged %n clusters into one.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>
            <numerusform>%n 個のクラスターを 1 つに統合しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Split the cluster.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>クラスターを分割しました。</translation>
    </message>
    <message>
        <source>This data was not opened from files, so a link cannot reopen it. Save the collection as a file first.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>このデータはファイルから開かれていないため、リンクで再度開くことはできません。先に収集データをファイルとして保存してください。</translation>
    </message>
    <message>
        <source>Copied a link to this cluster; &quot;loggardener LINK&quot; opens it.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>このクラスタへのリンクをコピーしました。「loggardener LINK」で開けます。</translation>
    </message>
    <message numerus="yes">
        <source>In the chosen time range and severities: %1 of %Ln entry(s)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>
            <numerusform>選択した期間と重大度: %Ln 件中 %1 件のエントリ</numerusform>
        </translation>
    </message>
    <message>
        <source>The address of this issue is not known yet.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>この Issue のアドレスはまだ不明です。</translation>
    </message>
    <message>
        <source>Could not open %1 in the browser.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1 をブラウザで開けませんでした。</translation>
    </message>
    <message>
        <source>Opened %1 in the browser.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1 をブラウザで開きました。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s) of “%1”</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>
            <numerusform>「%1」の %Ln 件のエントリ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s) of %1 selected clusters</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>
            <numerusform>選択した %1 個のクラスタの %Ln 件のエントリ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln entry(s)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>
            <numerusform>全 %Ln 件のエントリ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gardener::CodeSettingsDialog</name>
    <message>
        <source>Code Mappings</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>コードの対応付け</translation>
    </message>
    <message>
        <source>GitHub repository per service (an empty service applies to every service):</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>サービスごとの GitHub リポジトリ (サービスが空欄の行はすべてのサービスに適用):</translation>
    </message>
    <message>
        <source>Service</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Repository (owner/name)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>リポジトリ (owner/name)</translation>
    </message>
    <message>
        <source>Default branch</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>デフォルトブランチ</translation>
    </message>
    <message>
        <source>Repositories</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>リポジトリ</translation>
    </message>
    <message>
        <source>Add &amp;Repository</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>リポジトリを追加(&amp;R)</translation>
    </message>
    <message>
        <source>Code mappings, most specific first: a module prefix (netra_backend.app. → netra_backend/app/) or a path prefix (/app/ → nothing):</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>コードの対応付け (具体的なものから順に): モジュールの接頭辞 (netra_backend.app. → netra_backend/app/) またはパスの接頭辞 (/app/ → なし):</translation>
    </message>
    <message>
        <source>Kind</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>種類</translation>
    </message>
    <message>
        <source>From</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>変換元</translation>
    </message>
    <message>
        <source>To</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>変換先</translation>
    </message>
    <message>
        <source>Code mappings</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>コードの対応付け</translation>
    </message>
    <message>
        <source>Add &amp;Mapping</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>対応付けを追加(&amp;M)</translation>
    </message>
    <message>
        <source>Could not read the settings: %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>設定を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>path prefix</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>パスの接頭辞</translation>
    </message>
    <message>
        <source>module prefix</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>モジュールの接頭辞</translation>
    </message>
    <message>
        <source>Repository row %1: &quot;%2&quot; is not owner/name</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>リポジトリの %1 行目: &quot;%2&quot; は owner/name の形ではありません</translation>
    </message>
    <message>
        <source>Repository row %1: service &quot;%2&quot; is listed twice</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>リポジトリの %1 行目: サービス &quot;%2&quot; が 2 回記載されています</translation>
    </message>
    <message>
        <source>Mapping row %1: &quot;From&quot; is empty</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>対応付けの %1 行目: 「変換元」が空です</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>保存できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>gardener::DraftAutosaver</name>
    <message>
        <source>Could not save the draft to %1: %2</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>下書きを %1 に保存できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>gardener::DraftEditor</name>
    <message>
        <source>Issue body (Markdown)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Issue の本文 (Markdown)</translation>
    </message>
    <message>
        <source>Allowed: this text will be posted as it is.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>許可済み: このテキストはそのまま投稿されます。</translation>
    </message>
    <message>
        <source>Posting is blocked until you remove it or allow it (right-click).</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>削除するか許可する (右クリック) まで投稿はブロックされます。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;%2&lt;br/&gt;&lt;i&gt;%3&lt;/i&gt;</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;%2&lt;br/&gt;&lt;i&gt;%3&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Allow this %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>この %1 を許可</translation>
    </message>
</context>
<context>
    <name>gardener::DraftQueueModel</name>
    <message>
        <source>(untitled)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>(無題)</translation>
    </message>
    <message>
        <source>%1
Posting failed: %2</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1
投稿に失敗しました: %2</translation>
    </message>
    <message>
        <source>%1
Posted: %2</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1
投稿済み: %2</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>New</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>新規</translation>
    </message>
    <message>
        <source>Edited</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>編集済み</translation>
    </message>
    <message>
        <source>Approved</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>承認済み</translation>
    </message>
    <message>
        <source>Posting…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>投稿中…</translation>
    </message>
    <message>
        <source>Posted</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>投稿済み</translation>
    </message>
    <message>
        <source>Failed</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>失敗</translation>
    </message>
</context>
<context>
    <name>gardener::DraftQueueWidget</name>
    <message>
        <source>&amp;Retry</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>再試行(&amp;R)</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>下書き</translation>
    </message>
    <message>
        <source>Draft queue</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>下書きキュー</translation>
    </message>
    <message>
        <source>Post the selected failed draft again</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>選択した失敗済みの下書きをもう一度投稿します</translation>
    </message>
</context>
<context>
    <name>gardener::DraftReviewWidget</name>
    <message>
        <source>&amp;Approve</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>承認(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Post to GitHub</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>GitHub に投稿(&amp;P)</translation>
    </message>
    <message>
        <source>Issue title</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Issue のタイトル</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>タイトル(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>ラベル(&amp;L):</translation>
    </message>
    <message>
        <source>Preview</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>Changes</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>変更</translation>
    </message>
    <message>
        <source>Mark this draft ready to post (Ctrl+Return)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>この下書きを投稿可能にします (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Post this draft as a GitHub issue (Ctrl+Shift+Return)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>この下書きを GitHub Issue として投稿します (Ctrl+Shift+Return)</translation>
    </message>
    <message>
        <source>Changes (+%1 −%2)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>変更 (+%1 −%2)</translation>
    </message>
    <message>
        <source>Draft saved at %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>下書きを %1 に保存しました</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1 を読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>Blocked: %1 possible secret(s) in the body. Remove or allow them first.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>ブロック中: 本文に機密情報の可能性がある箇所が %1 件あります。先に削除するか許可してください。</translation>
    </message>
    <message>
        <source>%1 is blocked: %2 possible secret(s) remain. Remove them or allow them.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1 はブロックされています: 機密情報の可能性がある箇所が %2 件残っています。削除するか許可してください。</translation>
    </message>
    <message>
        <source>Approving</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>承認</translation>
    </message>
    <message>
        <source>Approved.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>承認しました。</translation>
    </message>
    <message>
        <source>Posting</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>投稿</translation>
    </message>
    <message>
        <source>Posting…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>投稿中…</translation>
    </message>
</context>
<context>
    <name>gardener::DraftsPage</name>
    <message>
        <source>Some drafts could not be read: %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>一部の下書きを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Comment on #%1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>#%1 へのコメント</translation>
    </message>
    <message>
        <source>Your edits could not be saved to the drafts folder: %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>編集内容を下書きフォルダーに保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Posting needs a GitHub sign-in. Your edits are saved; sign in to GitHub, then post from here or with loggardener run --post.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>投稿には GitHub へのサインインが必要です。編集内容は保存されています。GitHub にサインインしてから、ここまたは loggardener run --post で投稿してください。</translation>
    </message>
    <message>
        <source>Posting needs a GitHub sign-in.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>投稿には GitHub へのサインインが必要です。</translation>
    </message>
    <message>
        <source>Posted, but GitHub did not apply these labels: %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>投稿しましたが、GitHub は次のラベルを適用しませんでした: %1</translation>
    </message>
    <message>
        <source>No drafts waiting. Runs without --post leave their GitHub drafts in %1.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>待機中の下書きはありません。--post を付けない実行は GitHub の下書きを %1 に残します。</translation>
    </message>
    <message>
        <source>Not signed in to GitHub: you can review and edit drafts here, but posting them needs a GitHub sign-in.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>GitHub にサインインしていません: ここで下書きの確認と編集はできますが、投稿には GitHub へのサインインが必要です。</translation>
    </message>
    <message>
        <source>The GitHub sign-in changed while posting.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>投稿中に GitHub のサインインが変わりました。</translation>
    </message>
    <message>
        <source>Reopen #%1 with a comment</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>#%1 をコメント付きで再オープン</translation>
    </message>
    <message>
        <source>Still posting this draft…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>この下書きはまだ投稿中です…</translation>
    </message>
    <message>
        <source>Already posted as %1: a draft is posted once.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1 として投稿済みです。下書きは一度だけ投稿されます。</translation>
    </message>
    <message>
        <source>Posted as %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1 として投稿しました</translation>
    </message>
    <message>
        <source>Not posted: %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>投稿されませんでした: %1</translation>
    </message>
    <message>
        <source>Reading the drafts folder…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>下書きフォルダーを読み込んでいます…</translation>
    </message>
</context>
<context>
    <name>gardener::EntriesView</name>
    <message>
        <source>Log entries</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>ログエントリ</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open an entry</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Enter キーまたはダブルクリックでエントリを開きます</translation>
    </message>
    <message numerus="yes">
        <source>the first %Ln shown, more as you scroll to the end</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>
            <numerusform>最初の %Ln 件を表示中、末尾までスクロールすると続きを表示</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gardener::EntryDialog</name>
    <message>
        <source>Log entry</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>ログエントリ</translation>
    </message>
    <message>
        <source>Entry as JSON</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>JSON 形式のエントリ</translation>
    </message>
    <message>
        <source>&amp;Copy as JSON</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>JSON としてコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Note:</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>注意:</translation>
    </message>
    <message>
        <source>The entry is not valid JSON (%1 at byte %2); shown as read.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>このエントリは有効な JSON ではありません (バイト %2 で %1)。読み込んだとおりに表示します。</translation>
    </message>
    <message>
        <source>Time:</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>時刻:</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>重大度:</translation>
    </message>
    <message>
        <source>Resource:</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>リソース:</translation>
    </message>
    <message>
        <source>Resource labels:</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>リソースのラベル:</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>ラベル:</translation>
    </message>
    <message>
        <source>HTTP request:</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>HTTP リクエスト:</translation>
    </message>
    <message>
        <source>Trace:</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>トレース:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>ソース:</translation>
    </message>
    <message>
        <source>Insert id:</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Insert ID:</translation>
    </message>
    <message>
        <source>Open &amp;Trace</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>トレースを開く(&amp;T)</translation>
    </message>
    <message>
        <source>Open this request&apos;s trace in Cloud Trace</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>このリクエストのトレースを Cloud Trace で開く</translation>
    </message>
</context>
<context>
    <name>gardener::EntryTableModel</name>
    <message>
        <source>Time (UTC)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>時刻 (UTC)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Service</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Message</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Source</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>ソース</translation>
    </message>
    <message>
        <source>Error Reporting group %1: click to open it in the console</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Error Reporting グループ %1: クリックするとコンソールで開きます</translation>
    </message>
    <message>
        <source>Error Reporting</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Error Reporting</translation>
    </message>
</context>
<context>
    <name>gardener::FilterBar</name>
    <message>
        <source>Search</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>検索</translation>
    </message>
    <message>
        <source>All severities</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>すべての重大度</translation>
    </message>
    <message>
        <source>%1 and above</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1 以上</translation>
    </message>
    <message>
        <source>Minimum severity</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>最低の重大度</translation>
    </message>
    <message>
        <source>Show only clusters with entries of this severity or worse</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>この重大度以上のエントリを含むクラスターだけを表示します</translation>
    </message>
    <message>
        <source>All services</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>すべてのサービス</translation>
    </message>
    <message>
        <source>Service</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Show only clusters with entries from this service</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>このサービスのエントリを含むクラスターだけを表示します</translation>
    </message>
    <message>
        <source>Show all times</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>すべての期間を表示</translation>
    </message>
    <message>
        <source>%1 – %2 UTC</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1 – %2 (UTC)</translation>
    </message>
    <message numerus="yes">
        <source>%n cluster(s)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>
            <numerusform>%n 個のクラスター</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n cluster(s)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>
            <numerusform>%n 個中 %1 個のクラスター</numerusform>
        </translation>
    </message>
    <message>
        <source>Search: words, -word, &quot;a phrase&quot;, severity&gt;=ERROR, service:api, revision:00645</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>検索: 単語、-単語、&quot;フレーズ&quot;、severity&gt;=ERROR、service:api、revision:00645</translation>
    </message>
    <message>
        <source>Shows only the clusters whose name, message templates or messages contain these words (not case-sensitive). -word leaves out clusters that contain it; quotes take a phrase as it is (&quot;-v2&quot;); severity&gt;=ERROR (also &gt;, &lt;=, &lt;, =, !=), service:api and revision:00645 filter by field, and -service:api leaves a service out.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>名前、メッセージテンプレート、またはメッセージにこれらの単語を含むクラスタだけを表示します(大文字と小文字は区別しません)。-単語 はそれを含むクラスタを除外し、引用符はフレーズをそのまま扱います(&quot;-v2&quot;)。severity&gt;=ERROR(&gt;、&lt;=、&lt;、=、!= も可)、service:api、revision:00645 はフィールドで絞り込み、-service:api はサービスを除外します。</translation>
    </message>
    <message>
        <source>Views</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>ビュー</translation>
    </message>
    <message>
        <source>Save the current filter as a view, apply or delete saved views</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>現在のフィルタをビューとして保存し、保存済みのビューを適用または削除します</translation>
    </message>
    <message>
        <source>Muted and expected clusters are greyed and listed last; click to hide or show them</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>ミュート中および想定内のクラスタは灰色で最後に表示されます。クリックで隠す/表示を切り替えます</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln entry(s)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>
            <numerusform>%Ln 件中 %1 件のエントリ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hide %n muted</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>
            <numerusform>ミュート中の %n 件を隠す</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %n muted</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>
            <numerusform>ミュート中の %n 件を表示</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save Current View…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>現在のビューを保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Save View</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>ビューを保存</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>ビューの名前:</translation>
    </message>
    <message>
        <source>&amp;Delete View</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>ビューを削除(&amp;D)</translation>
    </message>
</context>
<context>
    <name>gardener::FindBar</name>
    <message>
        <source>Match case</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>大文字と小文字を区別</translation>
    </message>
    <message>
        <source>Find</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>検索</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>置換後の文字列</translation>
    </message>
    <message>
        <source>Previous</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>前へ</translation>
    </message>
    <message>
        <source>Next</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>次へ</translation>
    </message>
    <message>
        <source>Replace</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>置換</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>すべて置換</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Find previous (Shift+F3)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>前を検索 (Shift+F3)</translation>
    </message>
    <message>
        <source>Find next (F3)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>次を検索 (F3)</translation>
    </message>
    <message>
        <source>Not found</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>見つかりません</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>
            <numerusform>%n 件置換しました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gardener::FindingsPanel</name>
    <message>
        <source>Allo&amp;w this one</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>これを許可(&amp;W)</translation>
    </message>
    <message>
        <source>Redaction findings</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>秘匿化の検出結果</translation>
    </message>
    <message>
        <source>Post this text as it is: you checked it is not sensitive</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>このテキストをそのまま投稿します (機密でないことを確認済み)</translation>
    </message>
    <message>
        <source>allowed</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>許可済み</translation>
    </message>
    <message>
        <source>blocks posting</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>投稿をブロック</translation>
    </message>
    <message>
        <source>%1 “%2” – %3 (%4)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1「%2」– %3 (%4)</translation>
    </message>
    <message>
        <source>1 possible secret blocks posting. Remove it, or allow it if you checked it.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>機密情報の可能性がある箇所が 1 件あり、投稿をブロックしています。削除するか、確認済みなら許可してください。</translation>
    </message>
    <message>
        <source>%1 possible secrets block posting. Remove them, or allow the ones you checked.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>機密情報の可能性がある箇所が %1 件あり、投稿をブロックしています。削除するか、確認済みのものを許可してください。</translation>
    </message>
    <message>
        <source>All findings allowed: posting is not blocked.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>すべての検出結果が許可済みです: 投稿はブロックされていません。</translation>
    </message>
</context>
<context>
    <name>gardener::GitHubActions</name>
    <message>
        <source>&amp;Connect to GitHub…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>GitHub に接続(&amp;C)…</translation>
    </message>
    <message>
        <source>Choose the repository and sign in to GitHub</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>リポジトリを選んで GitHub にサインインします</translation>
    </message>
    <message>
        <source>&amp;Find Selected Clusters on GitHub…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>選択したクラスターを GitHub で検索(&amp;F)…</translation>
    </message>
    <message>
        <source>Look for the selected clusters&apos; issues and draft a comment or a new issue</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>選択したクラスターの Issue を探し、コメントか新しい Issue の下書きを作成します</translation>
    </message>
    <message>
        <source>Sign &amp;Out of GitHub</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>GitHub からサインアウト(&amp;O)</translation>
    </message>
    <message>
        <source>Signed out of GitHub: the token was removed from the keychain.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>GitHub からサインアウトしました: トークンはキーチェーンから削除されました。</translation>
    </message>
    <message>
        <source>Signed out of GitHub, but the token could not be removed from the keychain: %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>GitHub からサインアウトしましたが、トークンをキーチェーンから削除できませんでした: %1</translation>
    </message>
    <message>
        <source>GitHub connection</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>GitHub 接続</translation>
    </message>
    <message>
        <source>GitHub: %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>GitHub: %1</translation>
    </message>
    <message>
        <source>Connected to %1 on %2</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%2 の %1 に接続済み</translation>
    </message>
    <message>
        <source>GitHub: not connected</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>GitHub: 未接続</translation>
    </message>
    <message>
        <source>GitHub &gt; Connect to GitHub… to find issues and post drafts</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Issue の検索と下書きの投稿には GitHub &gt; GitHub に接続… を使います</translation>
    </message>
    <message>
        <source>Connected to %1 on %2.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%2 の %1 に接続しました。</translation>
    </message>
    <message>
        <source>Connect to GitHub first: GitHub &gt; Connect to GitHub…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>先に GitHub に接続してください: GitHub &gt; GitHub に接続…</translation>
    </message>
    <message>
        <source>Select one or more clusters first, then look for them on GitHub.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>先に 1 つ以上のクラスターを選択してから、GitHub で検索してください。</translation>
    </message>
    <message>
        <source>Find on GitHub</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>GitHub で検索</translation>
    </message>
    <message>
        <source>Draft saved: review it on the Drafts page, then post it.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>下書きを保存しました: 「下書き」ページで確認してから投稿してください。</translation>
    </message>
    <message>
        <source>GitH&amp;ub</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>GitHub(&amp;U)</translation>
    </message>
</context>
<context>
    <name>gardener::GitHubConnectDialog</name>
    <message>
        <source>Connect to GitHub</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>GitHub に接続</translation>
    </message>
    <message>
        <source>github.com or https://github.example.com/api/v3</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>github.com または https://github.example.com/api/v3</translation>
    </message>
    <message>
        <source>github.com, or the API address of a GitHub Enterprise Server (https://HOST/api/v3).</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>github.com、または GitHub Enterprise Server の API アドレス (https://HOST/api/v3)。</translation>
    </message>
    <message>
        <source>GitHub host</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>GitHub ホスト</translation>
    </message>
    <message>
        <source>owner/name</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>owner/name</translation>
    </message>
    <message>
        <source>The repository where issues for your clusters are found and filed.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>クラスターの Issue を検索し、登録するリポジトリです。</translation>
    </message>
    <message>
        <source>Repository</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>リポジトリ</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>ホスト(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Repository:</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>リポジトリ(&amp;R):</translation>
    </message>
    <message>
        <source>e.g. Iv1.0123456789abcdef</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>例: Iv1.0123456789abcdef</translation>
    </message>
    <message>
        <source>The client ID of an OAuth App with device flow enabled (GitHub settings, Developer settings, OAuth Apps). It is not a secret.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Device Flow を有効にした OAuth App のクライアント ID です (GitHub の設定、Developer settings、OAuth Apps)。秘密情報ではありません。</translation>
    </message>
    <message>
        <source>OAuth App client ID</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>OAuth App のクライアント ID</translation>
    </message>
    <message>
        <source>&amp;Sign In in the Browser</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>ブラウザーでサインイン(&amp;S)</translation>
    </message>
    <message>
        <source>Code to enter on GitHub</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>GitHub で入力するコード</translation>
    </message>
    <message>
        <source>&amp;Copy Code</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>コードをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Open &amp;GitHub</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>GitHub を開く(&amp;G)</translation>
    </message>
    <message>
        <source>GitHub shows a page where you enter a code and approve access for Log Gardener.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>GitHub のページでコードを入力し、Log Gardener のアクセスを承認します。</translation>
    </message>
    <message>
        <source>OAuth App client &amp;ID:</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>OAuth App のクライアント ID(&amp;I):</translation>
    </message>
    <message>
        <source>ghp_… or github_pat_…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>ghp_… または github_pat_…</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>個人用アクセス トークン</translation>
    </message>
    <message>
        <source>A classic token with the repo scope, or a fine-grained token for this repository with Issues: read and write. Setting labels also needs push access.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>repo スコープを持つ classic トークン、またはこのリポジトリに Issues: Read and write の権限を持つ fine-grained トークン。ラベルを設定するには push 権限も必要です。</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>トークン(&amp;T):</translation>
    </message>
    <message>
        <source>Sign in with the &amp;browser</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>ブラウザーでサインイン(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Personal access token</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>個人用アクセス トークン(&amp;P)</translation>
    </message>
    <message>
        <source>What the token may do</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>トークンでできること</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>まだ確認していません。</translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>接続(&amp;N)</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>サインアウト(&amp;O)</translation>
    </message>
    <message>
        <source>Removes the saved token from the keychain.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>保存したトークンをキーチェーンから削除します。</translation>
    </message>
    <message>
        <source>Connected to %1 on %2 (token from %3).</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%2 の %1 に接続済み (トークンの取得元: %3)。</translation>
    </message>
    <message>
        <source>Code copied. Paste it on the GitHub page.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>コードをコピーしました。GitHub のページに貼り付けてください。</translation>
    </message>
    <message>
        <source>Waiting for you to approve on GitHub; checking every %1 s.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>GitHub での承認を待っています。%1 秒ごとに確認します。</translation>
    </message>
    <message>
        <source>Host: %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>ホスト: %1</translation>
    </message>
    <message>
        <source>Repository: enter it as owner/name, for example octo-org/backend.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>リポジトリ: owner/name の形式で入力してください (例: octo-org/backend)。</translation>
    </message>
    <message>
        <source>The host, repository or token changed: check the token again.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>ホスト、リポジトリ、またはトークンが変わりました: トークンをもう一度確認してください。</translation>
    </message>
    <message>
        <source>Enter the client ID of your OAuth App first (or use a personal access token).</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>先に OAuth App のクライアント ID を入力してください (または個人用アクセス トークンを使ってください)。</translation>
    </message>
    <message>
        <source>Asking %1 for a code…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1 にコードを要求しています…</translation>
    </message>
    <message>
        <source>GitHub did not give a code: %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>GitHub からコードを取得できませんでした: %1</translation>
    </message>
    <message>
        <source>Open %1, enter the code above and approve. The code is valid for %2 minutes.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1 を開き、上のコードを入力して承認してください。コードの有効期間は %2 分です。</translation>
    </message>
    <message>
        <source>Sign-in did not complete: %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>サインインが完了しませんでした: %1</translation>
    </message>
    <message>
        <source>Signed in. Checking what the token may do…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>サインインしました。トークンの権限を確認しています…</translation>
    </message>
    <message>
        <source>Paste a personal access token first.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>先に個人用アクセス トークンを貼り付けてください。</translation>
    </message>
    <message>
        <source>Checking %1 on %2…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%2 の %1 を確認しています…</translation>
    </message>
    <message>
        <source>This token cannot be used with %1: %2</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>このトークンは %1 では使えません: %2</translation>
    </message>
    <message>
        <source>✔ Can read %1.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>✔ %1 を読み取れます。</translation>
    </message>
    <message>
        <source>✘ Cannot read %1.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>✘ %1 を読み取れません。</translation>
    </message>
    <message>
        <source>✔ Can write issues and comments.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>✔ Issue とコメントを書き込めます。</translation>
    </message>
    <message>
        <source>✘ Cannot write issues: the repository is archived.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>✘ Issue を書き込めません: リポジトリはアーカイブされています。</translation>
    </message>
    <message>
        <source>✘ Cannot write issues: issues are turned off for this repository.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>✘ Issue を書き込めません: このリポジトリでは Issue が無効になっています。</translation>
    </message>
    <message>
        <source>✘ Cannot write issues.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>✘ Issue を書き込めません。</translation>
    </message>
    <message>
        <source>✔ Can set labels.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>✔ ラベルを設定できます。</translation>
    </message>
    <message>
        <source>⚠ Labels will be dropped: no push access. Issues are filed without labels; the app still finds them by their hidden marker.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>⚠ ラベルは付けられません: push 権限がありません。Issue はラベルなしで登録されますが、アプリは隠しマーカーで見つけられます。</translation>
    </message>
    <message>
        <source>Saving the token…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>トークンを保存しています…</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>接続できませんでした: %1</translation>
    </message>
    <message>
        <source>Connected. No keychain is available, so the token is kept for this session only and you will need to sign in again next time. %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>接続しました。キーチェーンを利用できないため、トークンはこのセッションの間だけ保持されます。次回はもう一度サインインが必要です。%1</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>完了(&amp;D)</translation>
    </message>
    <message>
        <source>Signed out, but the token could not be removed from the keychain: %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>サインアウトしましたが、トークンをキーチェーンから削除できませんでした: %1</translation>
    </message>
    <message>
        <source>Signed out: the token was removed from the keychain.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>サインアウトしました: トークンはキーチェーンから削除されました。</translation>
    </message>
    <message>
        <source>Asks GitHub for a one-time code that you enter on its web page.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>GitHub の Web ページで入力するワンタイム コードを GitHub に要求します。</translation>
    </message>
    <message>
        <source>Copies the code to the clipboard.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>コードをクリップボードにコピーします。</translation>
    </message>
    <message>
        <source>Chec&amp;k Token</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>トークンを確認(&amp;K)</translation>
    </message>
</context>
<context>
    <name>gardener::LabelsEdit</name>
    <message>
        <source>Labels, separated by commas</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>ラベル (カンマ区切り)</translation>
    </message>
    <message>
        <source>Labels</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>ラベル</translation>
    </message>
</context>
<context>
    <name>gardener::LoadingBar</name>
    <message>
        <source>Loading</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>読み込み</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>読み込みの進行状況</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Stop opening the export</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>エクスポートを開くのを中止します</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1 を開いています…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>
            <numerusform>残り約 %n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>
            <numerusform>残り約 %n 分</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1: %2, %3</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1 を読み込み中: %2、%3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>
            <numerusform>エントリ %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cluster(s)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>
            <numerusform>クラスター %Ln 個</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gardener::MainWindow</name>
    <message>
        <source>Log Gardener</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Log Gardener</translation>
    </message>
    <message>
        <source>Open an export first: there are no clusters to write a worklog about.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>先にエクスポートを開いてください: 作業ログに書くクラスターがありません。</translation>
    </message>
    <message>
        <source>Write worklog</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>作業ログを書き出す</translation>
    </message>
    <message>
        <source>Worklog written to %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>作業ログを %1 に書き出しました</translation>
    </message>
    <message>
        <source>Write &amp;Worklog</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>作業ログを書き出す(&amp;W)</translation>
    </message>
    <message>
        <source>Write a Markdown worklog of the open clusters and record them in the history</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>開いているクラスターの作業ログを Markdown で書き出し、履歴に記録します</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Clusters</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>クラスター(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Drafts</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>下書き(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Past Worklogs</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>過去の作業ログ(&amp;P)</translation>
    </message>
    <message>
        <source>Triage &amp;Rules</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>トリアージルール(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Drafts (%1)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>下書き (%1)(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Export…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>エクスポートを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Demo Data</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>デモデータを開く(&amp;D)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Merge Selected Clusters</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>選択したクラスターを結合(&amp;M)</translation>
    </message>
    <message>
        <source>Merge clusters</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>クラスターの結合</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Cluster &amp;Details</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>クラスターの詳細(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Entries</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>エントリ(&amp;E)</translation>
    </message>
    <message>
        <source>Open Cloud Logging Export</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Cloud Logging のエクスポートを開く</translation>
    </message>
    <message>
        <source>Log exports (*.json *.jsonl *.ndjson *.json.gz *.jsonl.gz *.gz);;All files (*)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>ログのエクスポート (*.json *.jsonl *.ndjson *.json.gz *.jsonl.gz *.gz);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Cannot open %1: no such file.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1 を開けません: ファイルが存在しません。</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>デモデータ</translation>
    </message>
    <message>
        <source>This build has no demo data.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>このビルドにはデモデータが含まれていません。</translation>
    </message>
    <message>
        <source>demo data</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>デモデータ</translation>
    </message>
    <message>
        <source>%1 — Log Gardener</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1 — Log Gardener</translation>
    </message>
    <message numerus="yes">
        <source>%1 entries in %n cluster(s), read in %2 s</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>
            <numerusform>%1 件のエントリ、%n 個のクラスター (読み込み %2 秒)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) could not be read</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>
            <numerusform>%n 件のエントリを読み込めませんでした</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open the export</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>エクスポートを開けませんでした</translation>
    </message>
    <message>
        <source>Loading cancelled.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>読み込みをキャンセルしました。</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>履歴(&amp;S)</translation>
    </message>
    <message>
        <source>Collect from &amp;Google Cloud…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Google Cloud から収集(&amp;G)…</translation>
    </message>
    <message>
        <source>Download recent log entries of a project with the Cloud Logging API</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Cloud Logging API でプロジェクトの最近のログ エントリをダウンロードします</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>フィルターをクリア(&amp;L)</translation>
    </message>
    <message>
        <source>E&amp;xport Clusters as CSV…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>クラスターを CSV にエクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the clusters the table shows, as it shows them, for a spreadsheet</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>表に表示されているクラスターを表示どおりに表計算用に保存します</translation>
    </message>
    <message>
        <source>&amp;Copy Selected as Markdown</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>選択を Markdown としてコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected clusters as a Markdown table (secrets redacted)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>選択したクラスターを Markdown の表としてコピーします (秘密情報は伏せ字)</translation>
    </message>
    <message>
        <source>Export clusters as CSV</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>クラスターを CSV にエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n cluster(s) to %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>
            <numerusform>%n 個のクラスターを %1 にエクスポートしました</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the clusters to copy first.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>先にコピーするクラスターを選択してください。</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n cluster(s) as Markdown.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>
            <numerusform>%n 個のクラスターを Markdown としてコピーしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The issue link could not be saved: %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Issue のリンクを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>The linked cluster %1 is not in this data (it may have been merged into another).</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>リンク先のクラスタ %1 はこのデータにありません（別のクラスタに統合された可能性があります）。</translation>
    </message>
    <message>
        <source>Google Cloud is not available in this window.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>このウィンドウでは Google Cloud を使用できません。</translation>
    </message>
</context>
<context>
    <name>gardener::MarkdownPreview</name>
    <message>
        <source>Rendered preview</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>レンダリングされたプレビュー</translation>
    </message>
</context>
<context>
    <name>gardener::MatchChooserDialog</name>
    <message>
        <source>marker (app label)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>マーカー (アプリのラベル)</translation>
    </message>
    <message>
        <source>local record of posts</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>投稿のローカル記録</translation>
    </message>
    <message>
        <source>search</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>検索</translation>
    </message>
    <message>
        <source>Find on GitHub</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>GitHub で検索</translation>
    </message>
    <message>
        <source>Issues found</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>見つかった Issue</translation>
    </message>
    <message>
        <source>Issue</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Issue</translation>
    </message>
    <message>
        <source>State</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>状態</translation>
    </message>
    <message>
        <source>Title</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Labels</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>Updated</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>更新日時</translation>
    </message>
    <message>
        <source>Found by</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>検出方法</translation>
    </message>
    <message>
        <source>&amp;New issue</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>新しい Issue(&amp;N)</translation>
    </message>
    <message>
        <source>Create &amp;Draft</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>下書きを作成(&amp;D)</translation>
    </message>
    <message>
        <source>Saves the draft for review on the Drafts page. Nothing is posted yet.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>下書きを保存し、「下書き」ページで確認できるようにします。まだ何も投稿されません。</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>スキップ(&amp;S)</translation>
    </message>
    <message>
        <source>Search &amp;Again</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>再検索(&amp;A)</translation>
    </message>
    <message>
        <source>Cluster %1 of %2: %3</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>クラスター %1/%2: %3</translation>
    </message>
    <message>
        <source>Cluster: %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>クラスター: %1</translation>
    </message>
    <message>
        <source>&amp;Skip and Close</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>スキップして閉じる(&amp;S)</translation>
    </message>
    <message>
        <source>Not connected to GitHub: connect first (GitHub &gt; Connect to GitHub…).</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>GitHub に接続していません: 先に接続してください (GitHub &gt; GitHub に接続…)。</translation>
    </message>
    <message>
        <source>Looking for this cluster&apos;s issues in %1…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1 でこのクラスターの Issue を探しています…</translation>
    </message>
    <message>
        <source>An open issue carries this cluster&apos;s marker: add a comment to it.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>このクラスターのマーカーを持つオープンな Issue があります: コメントを追加してください。</translation>
    </message>
    <message>
        <source>Only closed issues carry this cluster&apos;s marker: it came back (a regression). Reopen the old issue, or file a new one that links it.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>このクラスターのマーカーを持つのはクローズ済みの Issue だけです: 問題が再発しています (リグレッション)。古い Issue を再オープンするか、それにリンクする新しい Issue を登録してください。</translation>
    </message>
    <message>
        <source>No issue carries this cluster&apos;s marker, but search found similar issues. Pick one to comment on, or file a new issue.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>このクラスターのマーカーを持つ Issue はありませんが、検索で似た Issue が見つかりました。コメントする Issue を選ぶか、新しい Issue を登録してください。</translation>
    </message>
    <message>
        <source>No issue in %1 carries this cluster&apos;s marker: file a new issue.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1 にはこのクラスターのマーカーを持つ Issue がありません: 新しい Issue を登録してください。</translation>
    </message>
    <message>
        <source>Cannot tell whether this cluster has an issue: listing the issues failed (%1). A new issue is not offered, so nothing is filed twice; search again later.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>このクラスターに Issue があるか判断できません: Issue の一覧を取得できませんでした (%1)。二重登録を防ぐため新しい Issue は提案しません。後でもう一度検索してください。</translation>
    </message>
    <message>
        <source>open</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>オープン</translation>
    </message>
    <message>
        <source>closed</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>クローズ</translation>
    </message>
    <message>
        <source>Search may lag behind recently created issues, so an issue filed minutes ago may be missing from the search results; marked issues are found without search.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>検索は最近作成された Issue に追いついていないことがあるため、数分前に登録した Issue が検索結果にないことがあります。マーカー付きの Issue は検索を使わずに見つかります。</translation>
    </message>
    <message>
        <source>Search failed (%1); the marked issues above are complete.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>検索に失敗しました (%1)。上のマーカー付き Issue はすべて表示されています。</translation>
    </message>
    <message>
        <source>&amp;Comment on #%1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>#%1 にコメント(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Comment on the selected open issue</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>選択したオープンな Issue にコメント(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Reopen #%1 with a comment</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>#%1 をコメント付きで再オープン(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Reopen the selected closed issue with a comment</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>選択したクローズ済みの Issue をコメント付きで再オープン(&amp;R)</translation>
    </message>
    <message>
        <source>New issue &amp;linking #%1 (regression)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>#%1 にリンクする新しい Issue (リグレッション)(&amp;L)</translation>
    </message>
    <message>
        <source>New issue &amp;linking the selected closed issue (regression)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>選択したクローズ済みの Issue にリンクする新しい Issue (リグレッション)(&amp;L)</translation>
    </message>
    <message>
        <source>No draft was made: %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>下書きは作成されませんでした: %1</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>下書きを保存できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>gardener::PastWorklogsPage</name>
    <message>
        <source>Re&amp;load</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>再読み込み(&amp;L)</translation>
    </message>
    <message>
        <source>Worklogs</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>作業ログ</translation>
    </message>
    <message>
        <source>Worklog text</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>作業ログの本文</translation>
    </message>
    <message>
        <source>Title</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Severity</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Priority</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>優先度</translation>
    </message>
    <message>
        <source>Count</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>件数</translation>
    </message>
    <message>
        <source>Category</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <source>Clusters in the worklog</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>作業ログ内のクラスター</translation>
    </message>
    <message>
        <source>Issue</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Action</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>操作</translation>
    </message>
    <message>
        <source>Priority change</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>優先度の変更</translation>
    </message>
    <message>
        <source>Link</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>リンク</translation>
    </message>
    <message>
        <source>GitHub actions in the worklog</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>作業ログ内の GitHub 操作</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>クラスター</translation>
    </message>
    <message>
        <source>Here</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>この回</translation>
    </message>
    <message>
        <source>Previous</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>前へ</translation>
    </message>
    <message>
        <source>Change</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>変化</translation>
    </message>
    <message>
        <source>Comparison with the previous worklog</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>前回の作業ログとの比較</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>クラスター</translation>
    </message>
    <message>
        <source>GitHub actions</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>GitHub 操作</translation>
    </message>
    <message>
        <source>Compare with previous</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>前回と比較</translation>
    </message>
    <message>
        <source>&amp;Import into history</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>履歴に取り込む(&amp;I)</translation>
    </message>
    <message>
        <source>No history is open, so worklogs cannot be imported.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>履歴が開かれていないため、作業ログを取り込めません。</translation>
    </message>
    <message>
        <source>Choose worklog folder</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>作業ログのフォルダーを選択</translation>
    </message>
    <message>
        <source>No worklogs in this folder.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>このフォルダーには作業ログがありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n worklog(s).</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>
            <numerusform>作業ログ %n 件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>
            <numerusform>%n 個のファイルを読み込めませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1 を読み込めませんでした: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n cluster(s)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>
            <numerusform>%1: %n 個のクラスター</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n reader warning(s), first: %2</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>
            <numerusform>%1: 読み込みの警告 %n 件、最初の警告: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>new</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>新規</translation>
    </message>
    <message>
        <source>gone</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>消滅</translation>
    </message>
    <message>
        <source>same</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>同じ</translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>取り込むものはありません。</translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>取り込みに失敗しました: %1</translation>
    </message>
    <message>
        <source>This worklog was imported before (run %1).</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>この作業ログは以前に取り込まれています (実行 %1)。</translation>
    </message>
    <message numerus="yes">
        <source>Imported as run %1: %2 of %n cluster(s) joined clusters history already knew.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>
            <numerusform>実行 %1 として取り込みました: %n 個中 %2 個のクラスターが履歴の既存クラスターに結び付きました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Ch&amp;oose folder…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>フォルダーを選択(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Worklog folder:</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>作業ログのフォルダー(&amp;W):</translation>
    </message>
    <message>
        <source>Record the selected worklog as a past run, so trends and “new” take it into account</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>選択した作業ログを過去の実行として記録し、傾向や「新規」の判定に反映させます</translation>
    </message>
    <message>
        <source>Type or paste a folder and press Enter</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>フォルダーを入力または貼り付けて Enter を押します</translation>
    </message>
    <message>
        <source>No such folder: %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>フォルダーがありません: %1</translation>
    </message>
    <message>
        <source>?</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>?</translation>
    </message>
    <message>
        <source>The worklog states no count for this cluster.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>このワークログにはこのクラスターの件数が記載されていません。</translation>
    </message>
    <message>
        <source>count unknown</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>件数不明</translation>
    </message>
    <message>
        <source>An import is still running.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>インポートはまだ実行中です。</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1 をインポートしています…</translation>
    </message>
</context>
<context>
    <name>gardener::RunBars</name>
    <message>
        <source>Frequency per run</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>実行ごとの頻度</translation>
    </message>
    <message>
        <source>No history yet</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>履歴はまだありません</translation>
    </message>
    <message>
        <source>Per minute in each run, oldest first: %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>各実行での 1 分あたりの件数 (古い順): %1</translation>
    </message>
</context>
<context>
    <name>gardener::Session</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>
            <numerusform>%1 ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>The BigQuery rows (%1) do not match the representative entries (%2).</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>BigQuery の行（%1）が代表エントリ（%2）と一致しません。</translation>
    </message>
    <message>
        <source>Clusters can be merged once loading has finished.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>読み込みが完了するとクラスターを結合できます。</translation>
    </message>
    <message>
        <source>Clusters can be split once loading has finished.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>読み込みが完了するとクラスターを分割できます。</translation>
    </message>
</context>
<context>
    <name>gardener::StackTraceView</name>
    <message>
        <source>Stack trace</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>スタックトレース</translation>
    </message>
    <message>
        <source>Most recent call first.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>直近の呼び出しが先頭です。</translation>
    </message>
    <message>
        <source>Most recent call last.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>直近の呼び出しが末尾です。</translation>
    </message>
    <message>
        <source>▸ 1 library frame</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>▸ ライブラリのフレーム 1 件</translation>
    </message>
    <message numerus="yes">
        <source>▸ %n library frames</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>
            <numerusform>▸ ライブラリのフレーム %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gardener::StartPage</name>
    <message>
        <source>Log Gardener logo</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Log Gardener のロゴ</translation>
    </message>
    <message>
        <source>Log Gardener</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Log Gardener</translation>
    </message>
    <message>
        <source>Open a Google Cloud Logging export (JSON or JSON lines, optionally gzip-compressed) to group its entries into issue clusters. You can also drop files onto this window.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Google Cloud Logging のエクスポート (JSON または JSON Lines、gzip 圧縮も可) を開くと、エントリが問題クラスターにまとめられます。ファイルをこのウィンドウにドロップすることもできます。</translation>
    </message>
    <message>
        <source>&amp;Open export…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>エクスポートを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;demo data</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>デモデータを開く(&amp;D)</translation>
    </message>
    <message>
        <source>Choose a Cloud Logging export file (%1)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Cloud Logging のエクスポートファイルを選択します (%1)</translation>
    </message>
    <message>
        <source>Explore the app with the bundled sample export</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>付属のサンプルエクスポートでアプリを試します</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>最近使ったファイル</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>クリア(&amp;L)</translation>
    </message>
    <message>
        <source>Clear recent files</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>最近使ったファイルをクリア</translation>
    </message>
    <message>
        <source>Forget the recent files (the files stay where they are)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>最近使ったファイルの一覧を消去します (ファイル自体は削除されません)</translation>
    </message>
    <message>
        <source>Downloads a service&apos;s recent log entries with the Cloud Logging API.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Cloud Logging API でサービスの最近のログ エントリをダウンロードします。</translation>
    </message>
    <message>
        <source>Collec&amp;t from Google Cloud…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Google Cloud から収集(&amp;T)…</translation>
    </message>
</context>
<context>
    <name>gardener::TimelineChartView</name>
    <message>
        <source>Entries over time</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>エントリの推移</translation>
    </message>
    <message>
        <source>Stacked chart of the entries per time interval, one colour per severity.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>時間間隔ごとのエントリの積み上げグラフ。重大度ごとに色分けされています。</translation>
    </message>
    <message>
        <source>%1 – %2 UTC</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1 – %2 (UTC)</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>合計: %1</translation>
    </message>
    <message>
        <source>Entries over time, stacked by severity. Drag across the chart to zoom to that time range and count only its entries in the table; Reset zoom or a click shows all times again. Hover a bar for its numbers. With the keyboard: Left and Right select an interval, Shift+Left and Shift+Right change its end, Esc shows all times.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>重大度別に積み上げた時間ごとのエントリ数です。グラフ上をドラッグするとその期間にズームし、表ではその期間のエントリだけを数えます。「ズームをリセット」またはクリックで全期間に戻ります。棒にマウスを置くと件数が表示されます。キーボード: 左右キーで区間を選択、Shift+左右で終端を変更、Esc で全期間を表示します。</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>ズームをリセット</translation>
    </message>
    <message>
        <source>Show all times again (Esc)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>すべての時間を再表示(Esc)</translation>
    </message>
</context>
<context>
    <name>gardener::TriageRulesPage</name>
    <message>
        <source>Triage rules decide priority and category of each cluster. Rules are tried top to bottom; see the user guide for the format.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>トリアージルールは各クラスターの優先度とカテゴリを決めます。ルールは上から順に評価されます。書式はユーザーガイドを参照してください。</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>ファイル: %1</translation>
    </message>
    <message>
        <source>Triage rules</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>トリアージルール</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>既定値に戻す(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Reload from file</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>ファイルから再読み込み(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>
            <numerusform>ルール %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1 行目: %2</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>No rules file is configured.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>ルールファイルが設定されていません。</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1 を保存できませんでした: %2</translation>
    </message>
    <message>
        <source>Saved. %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>保存しました。%1</translation>
    </message>
    <message>
        <source>Put the built-in rules into the editor; the file changes only when you save</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>組み込みのルールをエディターに読み込みます。ファイルは保存するまで変更されません</translation>
    </message>
    <message>
        <source>Drop the edits and show the rules file as it is saved</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>編集内容を破棄し、保存されているルールファイルを表示します</translation>
    </message>
    <message>
        <source>Reading the rules file…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>ルールファイルを読み込んでいます…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>保存しています…</translation>
    </message>
</context>
<context>
    <name>gardener::WorklogBrowserModel</name>
    <message>
        <source>Generated</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Service</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>クラスター</translation>
    </message>
    <message>
        <source>Entries</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>エントリ</translation>
    </message>
    <message>
        <source>Actions</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>操作</translation>
    </message>
    <message>
        <source>File</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>ファイル</translation>
    </message>
</context>
<context>
    <name>gardener::gcp::BigQueryPanel</name>
    <message>
        <source>Engine</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>エンジン</translation>
    </message>
    <message>
        <source>Download the entries</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>エントリをダウンロード</translation>
    </message>
    <message>
        <source>Analyze in BigQuery (large windows)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>BigQuery で分析（長い期間）</translation>
    </message>
    <message>
        <source>BigQuery groups the window&apos;s entries on Google&apos;s side through a log bucket linked to a BigQuery dataset; only the grouped rows are downloaded.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>BigQuery データセットにリンクされたログバケットを通じて、期間内のエントリを Google 側でグループ化します。ダウンロードされるのはグループ化された行だけです。</translation>
    </message>
    <message>
        <source>Linked BigQuery dataset</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>リンクされた BigQuery データセット</translation>
    </message>
    <message>
        <source>PROJECT.LINK_ID</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>PROJECT.LINK_ID</translation>
    </message>
    <message>
        <source>Lists the BigQuery datasets linked to the project&apos;s log buckets.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>プロジェクトのログバケットにリンクされた BigQuery データセットを一覧表示します。</translation>
    </message>
    <message>
        <source>Most bytes billed</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>課金される最大バイト数</translation>
    </message>
    <message>
        <source>BigQuery fails the query rather than bill more (500MB, 10GiB, 1TB).</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>これを超えて課金する代わりに BigQuery はクエリを失敗させます（500MB、10GiB、1TB）。</translation>
    </message>
    <message>
        <source>Asks BigQuery what the query would scan and cost, without running it.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>クエリを実行せずに、スキャン量と費用を BigQuery に問い合わせます。</translation>
    </message>
    <message>
        <source>Dry run estimate</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>ドライランの見積もり</translation>
    </message>
    <message>
        <source>Ho&amp;w to collect:</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>収集方法(&amp;W):</translation>
    </message>
    <message>
        <source>Loo&amp;k Up Datasets</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>データセットを検索(&amp;K)</translation>
    </message>
    <message>
        <source>Big&amp;Query dataset:</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>BigQuery データセット(&amp;Q):</translation>
    </message>
    <message>
        <source>&amp;Check Cost</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>費用を確認(&amp;C)</translation>
    </message>
    <message>
        <source>Most bil&amp;led:</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>課金上限(&amp;L):</translation>
    </message>
</context>
<context>
    <name>gardener::gcp::CollectDialog</name>
    <message>
        <source>Google account in the browser</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>ブラウザーでの Google アカウント</translation>
    </message>
    <message>
        <source>gcloud Application Default Credentials</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>gcloud のアプリケーションのデフォルト認証情報</translation>
    </message>
    <message>
        <source>service-account key file</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>サービス アカウント キー ファイル</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message>
        <source>Collect from Google Cloud</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Google Cloud から収集</translation>
    </message>
    <message>
        <source>Profile</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>Co&amp;nnect…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>接続(&amp;N)…</translation>
    </message>
    <message>
        <source>Adds a profile: a project and a way to sign in.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>プロファイル (プロジェクトとサインイン方法) を追加します。</translation>
    </message>
    <message>
        <source>Si&amp;gn In Again…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>再サインイン(&amp;G)…</translation>
    </message>
    <message>
        <source>Signs the selected profile in again, or changes how it signs in.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>選択したプロファイルで再サインインするか、サインイン方法を変更します。</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>削除(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>プロファイル(&amp;P):</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>サインイン中のアカウント:</translation>
    </message>
    <message>
        <source>Google Cloud project ID</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Google Cloud プロジェクト ID</translation>
    </message>
    <message>
        <source>Pro&amp;ject ID:</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>プロジェクト ID(&amp;J):</translation>
    </message>
    <message>
        <source>Query</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>クエリ</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>再開(&amp;U)</translation>
    </message>
    <message>
        <source>Continues the interrupted collection from its last page.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>中断した収集を最後のページから続けます。</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>破棄(&amp;D)</translation>
    </message>
    <message>
        <source>Collection progress</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>収集の進行状況</translation>
    </message>
    <message>
        <source>C&amp;ollect</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>収集(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Stops collecting; what arrived stays open and can be resumed later.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>収集を停止します。受信済みの分は開いたままになり、後で再開できます。</translation>
    </message>
    <message>
        <source>Sign &amp;In Again…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>再サインイン(&amp;I)…</translation>
    </message>
    <message>
        <source>Sa&amp;ve as Export…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>エクスポートとして保存(&amp;V)…</translation>
    </message>
    <message>
        <source>Saves the collected entries as a JSON export that Log Gardener opens again.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>収集したエントリを、Log Gardener で再び開ける JSON エクスポートとして保存します。</translation>
    </message>
    <message>
        <source>Save Collected Entries</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>収集したエントリを保存</translation>
    </message>
    <message>
        <source>JSON export (*.json)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>JSON エクスポート (*.json)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1 に保存しました。</translation>
    </message>
    <message>
        <source>Google asked to slow down or did not answer (%1); trying again in %2.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Google から速度を落とすよう求められたか、応答がありませんでした (%1)。%2 後に再試行します。</translation>
    </message>
    <message>
        <source>No profile yet: use Connect…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>プロファイルがありません: 「接続…」を使ってください</translation>
    </message>
    <message>
        <source>not connected</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>未接続</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>An interrupted collection of %1 (%2 entries, saved %3) is older than 24 hours: its page token has expired. Discard it and collect again.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1 の中断した収集 (%2 件のエントリ、%3 に保存) は 24 時間以上前のもので、ページ トークンの有効期限が切れています。破棄してもう一度収集してください。</translation>
    </message>
    <message>
        <source>An interrupted collection of %1 (%2 entries, saved %3) can be resumed where it stopped.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1 の中断した収集 (%2 件のエントリ、%3 に保存) は、止まった所から再開できます。</translation>
    </message>
    <message>
        <source>Connect a profile first.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>先にプロファイルを接続してください。</translation>
    </message>
    <message>
        <source>Enter the ID of the Google Cloud project to collect from.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>収集元の Google Cloud プロジェクトの ID を入力してください。</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; of this collection no longer exists.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>この収集のプロファイル「%1」はもう存在しません。</translation>
    </message>
    <message>
        <source>Collecting from %1…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1 から収集しています…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>サインインしています…</translation>
    </message>
    <message numerus="yes">
        <source>Page %1 · %n entry(s)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>
            <numerusform>ページ %1 · %n 件のエントリ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · from %2 to %3</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1 · %2 から %3 まで</translation>
    </message>
    <message>
        <source>%1 · about %2 left</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1 · 残り約 %2</translation>
    </message>
    <message numerus="yes">
        <source>Collected %n entry(s)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>
            <numerusform>%n 件のエントリを収集</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1 (%2 から %3 まで)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (resumed; %n repeated entry(s) dropped)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>
            <numerusform>%1 (再開。重複した %n 件のエントリを除外)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (resumed)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1 (再開)</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; is ready.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>プロファイル「%1」の準備ができました。</translation>
    </message>
    <message>
        <source>Forgets the selected profile and removes its sign-in from the keychain.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>選択したプロファイルを削除し、そのサインイン情報をキーチェーンから消去します。</translation>
    </message>
    <message>
        <source>Deletes the interrupted collection and the entries it saved so far.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>中断した収集と、それまでに保存したエントリを削除します。</translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>the collection summary as a sentence</comment>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1。</translation>
    </message>
    <message>
        <source>Saving to %1…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1 に保存しています…</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>サインインしていません。</translation>
    </message>
    <message>
        <source>Fetching sample entries by insertId: %1 of %2</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>insertId でサンプルエントリを取得中: %2 件中 %1 件</translation>
    </message>
    <message>
        <source>BigQuery asked to slow down or did not answer (%1); trying again in %2.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>BigQuery から速度を落とすよう求められたか、応答がありませんでした（%1）。%2 後に再試行します。</translation>
    </message>
    <message>
        <source>Do a dry run first: it shows what the query scans and costs.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>まずドライランを実行してください。クエリのスキャン量と費用がわかります。</translation>
    </message>
    <message>
        <source>BigQuery applies the resource type, service, minimum severity and window only: clear the free text and the advanced filter, or download the entries instead.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>BigQuery で適用されるのはリソースタイプ、サービス、最小重大度、期間のみです。フリーテキストと詳細フィルタを空にするか、エントリをダウンロードしてください。</translation>
    </message>
    <message>
        <source>Enter the ID of the Google Cloud project to analyse.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>分析する Google Cloud プロジェクトの ID を入力してください。</translation>
    </message>
    <message>
        <source>The dataset is PROJECT.LINK_ID: %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>データセットは PROJECT.LINK_ID の形式です: %1</translation>
    </message>
    <message>
        <source>The most bytes billed is a size such as 500MB, 10GiB or 1TB.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>課金上限は 500MB、10GiB、1TB のようなサイズで指定します。</translation>
    </message>
    <message>
        <source>Looking for the datasets linked to the log buckets of %1…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1 のログバケットにリンクされたデータセットを検索中…</translation>
    </message>
    <message>
        <source>Found the linked dataset %1.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>リンクされたデータセット %1 が見つかりました。</translation>
    </message>
    <message numerus="yes">
        <source>Found %n linked dataset(s): choose one.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>
            <numerusform>リンクされたデータセットが %n 件見つかりました。1 つ選んでください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking BigQuery what the query would cost…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>クエリの費用を BigQuery に問い合わせ中…</translation>
    </message>
    <message>
        <source>Analysing %1 in BigQuery…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1 を BigQuery で分析中…</translation>
    </message>
    <message>
        <source>The query scans %1 of %2; BigQuery bills %3, about US$%4 on demand (US$%5 per TiB, the first TiB each month is free). Cap: %6.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>クエリは %2 の %1 をスキャンします。BigQuery の課金は %3、オンデマンドで約 US$%4 です（1 TiB あたり US$%5、毎月最初の 1 TiB は無料）。上限: %6。</translation>
    </message>
    <message>
        <source>%1 That is over the cap: raise it or shorten the window.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1 上限を超えています。上限を上げるか期間を短くしてください。</translation>
    </message>
    <message numerus="yes">
        <source>BigQuery job %1 running (%n check(s))</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>
            <numerusform>BigQuery ジョブ %1 を実行中（確認 %n 回）</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows %1 of %2</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>行: %2 行中 %1 行</translation>
    </message>
    <message>
        <source>Stopped: the BigQuery job was cancelled.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>停止しました: BigQuery ジョブはキャンセルされました。</translation>
    </message>
    <message>
        <source>Dry run done: nothing was billed. Analyze in BigQuery runs the query.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>ドライラン完了: 課金はありません。「BigQuery で分析」でクエリを実行します。</translation>
    </message>
    <message>
        <source>Analysed in BigQuery (%1): %2 rows standing for %3 entries, %4 billed; %5 real sample entries.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>BigQuery で分析しました（%1）: %3 件のエントリを表す %2 行、課金 %4、実際のサンプルエントリ %5 件。</translation>
    </message>
    <message>
        <source>%1 (BigQuery)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1（BigQuery）</translation>
    </message>
    <message>
        <source>Analy&amp;ze in BigQuery</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>BigQuery で分析(&amp;Z)</translation>
    </message>
</context>
<context>
    <name>gardener::gcp::ConnectDialog</name>
    <message>
        <source>Connect Google Cloud</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Google Cloud に接続</translation>
    </message>
    <message>
        <source>A profile is a Google Cloud project and a way to sign in, for example &quot;staging&quot; and &quot;production&quot;. Log Gardener only reads logs (scope logging.read).</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>プロファイルは Google Cloud プロジェクトとサインイン方法の組み合わせです (例: 「staging」と「production」)。Log Gardener はログを読み取るだけです (スコープ logging.read)。</translation>
    </message>
    <message>
        <source>staging</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>staging</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>プロファイル名</translation>
    </message>
    <message>
        <source>my-project-id</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>my-project-id</translation>
    </message>
    <message>
        <source>Google Cloud project ID</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Google Cloud プロジェクト ID</translation>
    </message>
    <message>
        <source>The ID of the project whose logs are read (not its display name).</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>ログを読み取るプロジェクトの ID (表示名ではありません)。</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>プロファイル名(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Project ID:</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>プロジェクト ID(&amp;P):</translation>
    </message>
    <message>
        <source>Way to sign in</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>サインイン方法</translation>
    </message>
    <message>
        <source>Google &amp;account</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Google アカウント(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;gcloud credentials</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>gcloud 認証情報(&amp;G)</translation>
    </message>
    <message>
        <source>Service-account &amp;key</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>サービス アカウント キー(&amp;K)</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>you@example.com</translation>
    </message>
    <message>
        <source>Account label</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>アカウント ラベル</translation>
    </message>
    <message>
        <source>A label for people, shown with the profile; not a secret.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>人が見るためのラベルで、プロファイルと一緒に表示されます。秘密情報ではありません。</translation>
    </message>
    <message>
        <source>Acc&amp;ount label:</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>アカウント ラベル(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Save Profile</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>プロファイルを保存(&amp;S)</translation>
    </message>
    <message>
        <source>Sign in with your Google account in your usual browser. You need an OAuth client of type &quot;Desktop app&quot; from your own project (see the Google Cloud guide in the documentation).</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>普段お使いのブラウザーで Google アカウントにサインインします。ご自身のプロジェクトに、種類が「デスクトップ アプリ」の OAuth クライアントが必要です (ドキュメントの Google Cloud ガイドを参照)。</translation>
    </message>
    <message>
        <source>123-abc.apps.googleusercontent.com</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>123-abc.apps.googleusercontent.com</translation>
    </message>
    <message>
        <source>OAuth client ID</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>OAuth クライアント ID</translation>
    </message>
    <message>
        <source>OAuth client secret</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>OAuth クライアント シークレット</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in a file.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>システムのキーチェーンに保存され、ファイルには保存されません。</translation>
    </message>
    <message>
        <source>Client I&amp;D:</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>クライアント ID(&amp;D):</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>クライアント シークレット(&amp;E):</translation>
    </message>
    <message>
        <source>Sign &amp;in with Google…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Google でサインイン(&amp;I)…</translation>
    </message>
    <message>
        <source>Opens the Google sign-in page in your browser.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>ブラウザーで Google のサインイン ページを開きます。</translation>
    </message>
    <message>
        <source>Stop &amp;Waiting</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>待機を中止(&amp;W)</translation>
    </message>
    <message>
        <source>Stops waiting for the browser.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>ブラウザーの待機を中止します。</translation>
    </message>
    <message>
        <source>Use the credentials of &quot;gcloud auth application-default login&quot;. The file is read where it is each time; its refresh token is not copied anywhere.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>「gcloud auth application-default login」の認証情報を使います。ファイルは毎回その場所から読み取られ、リフレッシュ トークンはどこにもコピーされません。</translation>
    </message>
    <message>
        <source>Application Default Credentials file</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>アプリケーションのデフォルト認証情報のファイル</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>確認(&amp;H)</translation>
    </message>
    <message>
        <source>Reads the file and shows what it holds (no secret is shown).</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>ファイルを読み取り、その内容を表示します (秘密情報は表示しません)。</translation>
    </message>
    <message>
        <source>A JSON key of a service account with the Logs Viewer role. Only its path is kept; protect the file like any key.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>ログ閲覧者 (Logs Viewer) ロールを持つサービス アカウントの JSON キーです。保存されるのはパスだけです。ほかのキーと同様にファイルを保護してください。</translation>
    </message>
    <message>
        <source>Service-account key file</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>サービス アカウント キー ファイル</translation>
    </message>
    <message>
        <source>C&amp;hoose File…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>ファイルを選択(&amp;H)…</translation>
    </message>
    <message>
        <source>Choose a Service-Account Key</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>サービス アカウント キーを選択</translation>
    </message>
    <message>
        <source>JSON key files (*.json);;All files (*)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>JSON キー ファイル (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Waiting for the browser… Finish signing in there; this dialog continues by itself.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>ブラウザーを待っています… ブラウザーでサインインを完了してください。このダイアログは自動的に続行します。</translation>
    </message>
    <message>
        <source>The browser could not be opened. Open this address in a browser on this computer:
%1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>ブラウザーを開けませんでした。このコンピューターのブラウザーで次のアドレスを開いてください:
%1</translation>
    </message>
    <message>
        <source>Not signed in: %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>サインインしていません: %1</translation>
    </message>
    <message>
        <source>Google account</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Google アカウント</translation>
    </message>
    <message>
        <source>Signed in. Google granted read access to Cloud Logging for the client %1. Save the profile to keep the sign-in in the system keychain.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>サインインしました。Google はクライアント %1 に Cloud Logging の読み取りアクセスを許可しました。サインイン情報をシステムのキーチェーンに保存するには、プロファイルを保存してください。</translation>
    </message>
    <message>
        <source>No Application Default Credentials at %1. Run &quot;gcloud auth application-default login&quot; first, or choose another way.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1 にアプリケーションのデフォルト認証情報がありません。先に「gcloud auth application-default login」を実行するか、別の方法を選んでください。</translation>
    </message>
    <message>
        <source>Found the gcloud sign-in of a Google account (client %1).</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Google アカウントの gcloud サインイン情報が見つかりました (クライアント %1)。</translation>
    </message>
    <message>
        <source>Found a service account: %1.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>サービス アカウントが見つかりました: %1。</translation>
    </message>
    <message>
        <source>The file names no project.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>ファイルにプロジェクトの指定がありません。</translation>
    </message>
    <message>
        <source>Project in the file: %1.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>ファイル内のプロジェクト: %1。</translation>
    </message>
    <message>
        <source>Application Default Credentials</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>アプリケーションのデフォルト認証情報</translation>
    </message>
    <message>
        <source>Choose the JSON key file of a service account.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>サービス アカウントの JSON キー ファイルを選んでください。</translation>
    </message>
    <message>
        <source>%1 is not a service-account key; use the gcloud credentials tab for it.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1 はサービス アカウント キーではありません。このファイルには「gcloud 認証情報」タブを使ってください。</translation>
    </message>
    <message>
        <source>Service account: %1
Project: %2</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>サービス アカウント: %1
プロジェクト: %2</translation>
    </message>
    <message>
        <source>Give the profile a name without slashes, such as &quot;staging&quot;.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>スラッシュを含まないプロファイル名を付けてください (例: 「staging」)。</translation>
    </message>
    <message>
        <source>Enter the ID of the Google Cloud project whose logs you want to read.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>ログを読み取る Google Cloud プロジェクトの ID を入力してください。</translation>
    </message>
    <message>
        <source>Sign in with Google first (the button above), then save.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>先に Google でサインインしてから (上のボタン)、保存してください。</translation>
    </message>
    <message>
        <source>The sign-in could not be saved in the keychain: %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>サインイン情報をキーチェーンに保存できませんでした: %1</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>続行(&amp;C)</translation>
    </message>
    <message>
        <source>%1
The sign-in is kept for this session only; you will be asked to sign in again next time.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1
サインイン情報はこのセッションの間だけ保持されます。次回はもう一度サインインを求められます。</translation>
    </message>
    <message>
        <source>%1 is not a service-account key.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1 はサービス アカウント キーではありません。</translation>
    </message>
    <message>
        <source>Checking the credentials with Google…</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Google で認証情報を確認しています…</translation>
    </message>
    <message>
        <source>Google no longer accepts these credentials; sign in again (for gcloud: &quot;gcloud auth application-default login&quot;).
%1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Google はこの認証情報をもう受け付けません。もう一度サインインしてください (gcloud の場合: 「gcloud auth application-default login」)。
%1</translation>
    </message>
    <message>
        <source>The credentials could not be checked: %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>認証情報を確認できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>gardener::gcp::QueryForm</name>
    <message>
        <source>Resource type</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>リソースの種類</translation>
    </message>
    <message>
        <source>Cloud Run revision</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Cloud Run リビジョン</translation>
    </message>
    <message>
        <source>GKE container</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>GKE コンテナ</translation>
    </message>
    <message>
        <source>Cloud Functions</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Cloud Functions</translation>
    </message>
    <message>
        <source>App Engine</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>App Engine</translation>
    </message>
    <message>
        <source>Any resource</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>すべてのリソース</translation>
    </message>
    <message>
        <source>&amp;Resource type:</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>リソースの種類(&amp;R):</translation>
    </message>
    <message>
        <source>Service name</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>サービス名</translation>
    </message>
    <message>
        <source>every service</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>すべてのサービス</translation>
    </message>
    <message>
        <source>The Cloud Run service, GKE container, function or App Engine module.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Cloud Run サービス、GKE コンテナ、関数、または App Engine モジュール。</translation>
    </message>
    <message>
        <source>S&amp;ervice:</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>サービス(&amp;E):</translation>
    </message>
    <message>
        <source>Minimum severity</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>最低の重大度</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>すべての重大度</translation>
    </message>
    <message>
        <source>%1 and above</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1 以上</translation>
    </message>
    <message>
        <source>Minimum severit&amp;y:</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>最低の重大度(&amp;Y):</translation>
    </message>
    <message>
        <source>Time window</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>期間</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>過去 1 時間</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>過去 24 時間</translation>
    </message>
    <message>
        <source>Last 2 days</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>過去 2 日間</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>期間を指定</translation>
    </message>
    <message>
        <source>From (UTC)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>開始 (UTC)</translation>
    </message>
    <message>
        <source>To (UTC)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>終了 (UTC)</translation>
    </message>
    <message>
        <source>Times are in UTC, as Cloud Logging stores them.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>時刻は Cloud Logging の保存形式と同じ UTC です。</translation>
    </message>
    <message>
        <source>from</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>開始</translation>
    </message>
    <message>
        <source>to</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>終了</translation>
    </message>
    <message>
        <source>&amp;Time window:</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>期間(&amp;T):</translation>
    </message>
    <message>
        <source>Free text</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>フリー テキスト</translation>
    </message>
    <message>
        <source>Entries that contain this text in any field.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>いずれかのフィールドにこのテキストを含むエントリ。</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>テキスト(&amp;X):</translation>
    </message>
    <message>
        <source>Advanced filter</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>詳細フィルター</translation>
    </message>
    <message>
        <source>A Cloud Logging filter ANDed to the rest; recent ones are in the list.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>他の条件と AND で結合される Cloud Logging フィルター。最近使ったものがリストにあります。</translation>
    </message>
    <message>
        <source>e.g. jsonPayload.status&gt;=500</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>例: jsonPayload.status&gt;=500</translation>
    </message>
    <message>
        <source>&amp;Advanced filter:</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>詳細フィルター(&amp;A):</translation>
    </message>
    <message>
        <source>Filter sent to Cloud Logging</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>Cloud Logging に送信するフィルター</translation>
    </message>
    <message>
        <source>The exact filter that is sent. You may edit it by hand.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>実際に送信されるフィルターです。手で編集することもできます。</translation>
    </message>
    <message>
        <source>Re&amp;build from Form</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>フォームから再作成(&amp;B)</translation>
    </message>
    <message>
        <source>Drops hand edits and builds the filter from the fields above.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>手での編集を破棄し、上のフィールドからフィルターを作り直します。</translation>
    </message>
    <message>
        <source>&amp;Filter sent:</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>送信するフィルター(&amp;F):</translation>
    </message>
    <message>
        <source>Edited by hand; the filter is valid.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>手で編集済み。フィルターは有効です。</translation>
    </message>
    <message>
        <source>Not sent: %1 (at character %2)</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>送信しません: %1 (%2 文字目)</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>送信しません: %1</translation>
    </message>
</context>
<context>
    <name>gardener::search::SavedViews</name>
    <message>
        <source>A saved view needs a name.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>保存するビューには名前が必要です。</translation>
    </message>
    <message>
        <source>The view “%1” was not saved: %2</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>ビュー「%1」は保存されませんでした: %2</translation>
    </message>
</context>
<context>
    <name>gardener::search::SearchQuery</name>
    <message>
        <source>The quote at character %1 is not closed: add a &quot; after the phrase.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1 文字目の引用符が閉じていません。フレーズの後に &quot; を追加してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; at character %2 needs a value after %3, as in %4.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%2 文字目の &quot;%1&quot; には %3 の後に値が必要です(例: %4)。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; at character %2: &quot;%3&quot; is not a severity; use one of %4 (or its number).</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%2 文字目の &quot;%1&quot;: &quot;%3&quot; は重大度ではありません。%4 のいずれか(またはその数値)を使ってください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; at character %2 leaves no severity to show together with the terms before it.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%2 文字目の &quot;%1&quot; は、前の条件と合わせると表示できる重大度が残りません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; at character %2: %3 compares severities only; write %4:%5.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%2 文字目の &quot;%1&quot;: %3 は重大度の比較にだけ使えます。%4:%5 と書いてください。</translation>
    </message>
    <message>
        <source>The &quot;-&quot; at character %1 needs a word after it, as in -timeout (to search for a dash itself, put it in quotes: &quot;-&quot;).</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>%1 文字目の &quot;-&quot; の後には単語が必要です(例: -timeout)。ダッシュそのものを検索するには引用符で囲みます: &quot;-&quot;。</translation>
    </message>
</context>
<context>
    <name>gardener::secrets::SecretStore</name>
    <message>
        <source>Waiting for the keyring… The desktop is asking to create or unlock a keyring: answer its prompt to go on.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>キーリングを待っています… デスクトップがキーリングの作成またはロック解除を求めています。続けるにはそのダイアログに答えてください。</translation>
    </message>
</context>
<context>
    <name>gardener::triage::TriageBinder</name>
    <message>
        <source>The cluster name could not be saved: %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>クラスター名を保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Cannot read the triage rules %1: %2; using the built-in rules.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>トリアージルール %1 を読み込めません: %2。組み込みのルールを使用します。</translation>
    </message>
    <message>
        <source>The triage rules have a mistake (%1); using the built-in rules.</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>トリアージルールに誤りがあります (%1)。組み込みのルールを使用します。</translation>
    </message>
    <message>
        <source>Triage failed: %1</source>
        <translatorcomment>Machine translation: not reviewed by a native speaker yet.</translatorcomment>
        <translation>トリアージに失敗しました: %1</translation>
    </message>
</context>
</TS>
