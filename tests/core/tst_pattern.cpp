// Template patterns derived from a group's messages (clustering/pattern.h), on hand-made
// groups whose expected text follows the log-parsing convention (every variable part "<*>").
#include "core/clustering/pattern.h"

#include <QTest>

using namespace gardener::clustering;

class TestPattern : public QObject
{
    Q_OBJECT

private slots:
    void pattern()
    {
        const std::pair<std::vector<std::string>, std::string> cases[] = {
            {{"Served block blk_1 to /10.0.0.1", "Served block blk_-2 to /10.0.0.2"},
             "Served block <*> to <*>"},
            {{"user=root login", "user=guest login"}, "user=<*> login"},
            {{"connect 10.0.0.1:50010 ok", "connect 10.0.0.2:50011 ok"}, "connect <*>:<*> ok"},
            {{"generating core.1234", "generating core.77"}, "generating core.<*>"},
            {{"size 64 of /var/lib/x took 12ms"}, "size <*> of <*> took <*>"},
            {{"synced to 10.1.1.1, stratum 2", "synced to LOCAL(0), stratum 3"},
             "synced to <*>, stratum <*>"},
            {{"image 3edec1e4-9678-4a3a-a21b-a145a4ee5e61 checking"}, "image <*> checking"},
            {{"via proxy.cse.cuhk.edu.hk:5070 open"}, "via <*>:<*> open"},
            {{"VM Resumed (Lifecycle Event)", "VM Resumed (Lifecycle Event)"},
             "VM Resumed (Lifecycle Event)"},
            {{"a b 1", "a b 2", "a b"}, "a b <*>"},
            {{"BSSID changed to 0:1a:2b:3c:4d:5e", "BSSID changed to 9:8a:7b:6c:5d:4e"},
             "BSSID changed to <*>"},
            {{"forbidden by rule: /var/www/html/"}, "forbidden by rule: <*>"},
            {{"com.apple.xpc.launchd: run", "com.apple.mdworker.shared: run"},
             "com.apple.<*>: run"},
            {{"steps = 12##340##5", "steps = 7##0##81"}, "steps = <*>##<*>##<*>"},
            {{"Input split: hdfs://10.0.0.1:9000/a/b:0+11"}, "Input split: hdfs://<*>"},
            {{"size 2.1 KB, free 3 MB)", "size 7 MB, free 1 GB)"}, "size <*>, free <*>)"},
            {{"memory 512 MB, disk 4 GB", "memory 256 MB, disk 8 GB"},
             "memory <*> MB, disk <*> GB"},
            // A full stop after a value stays.
            {{"launching job job_1445144423722_0020.", "launching job job_1445144423722_0021."},
             "launching job <*>."},
            // A host is known by its place (before ":port" or "/address"), however it is spelled.
            {{"Retrying connect to server: msra-sa-41:8030. Already tried 0 time(s)"},
             "Retrying connect to server: <*>:<*>. Already tried <*> time(s)"},
            {{"Old: msra-sa-41/10.190.173.170:8030 New: msra-sa-41:8030"},
             "Old: <*>/<*>:<*> New: <*>:<*>"},
            // '/' between values outside a path keeps them apart.
            {{"Using IRQ router PIIX/ICH [8086/2410]"}, "Using IRQ router PIIX/ICH [<*>/<*>]"},
            {{"intellimouse PS/2"}, "intellimouse PS/<*>"},
            // A MAC address is one value, even where some of its groups hold no digit.
            {{"DHCPDISCOVER from 00:11:43:e3:ba:c3 via eth1"}, "DHCPDISCOVER from <*> via eth1"},
            // A date written with names is one value; the clock keeps its colons, a year after
            // it folds in, a zone word stays.
            {{"connection from 10.0.0.1 (a-b.example.net) at Fri Jun 17 07:07:00 2005",
              "connection from 10.0.0.2 (c-d.example.net) at Sat Jul 9 22:53:22 2005"},
             "connection from <*> (<*>) at <*>:<*>:<*>"},
            {{"built #1 Sat May 8 09:04:50 EDT 2004"}, "built #<*> <*>:<*>:<*> EDT <*>"},
            {{}, ""},
        };
        for (const auto &[messages, expected] : cases) {
            const std::vector<std::string_view> views(messages.begin(), messages.end());
            const std::string got = templatePattern(views);
            QVERIFY2(got == expected, (got + " instead of " + expected).c_str());
        }
    }
};

QTEST_GUILESS_MAIN(TestPattern)
#include "tst_pattern.moc"
