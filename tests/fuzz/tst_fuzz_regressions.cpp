// Replays every input that once crashed, hung or exhausted a reader (tests/fuzz/regressions/<reader>/,
// written by scripts/fuzz.sh) and the fuzzers' seed inputs through the same functions the libFuzzer
// executables drive: each must finish in bounded time without crashing.

#include "FuzzTargets.h"

#include <QtTest>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace {
std::string readFile(const std::filesystem::path &path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}
} // namespace

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    void eachReaderSurvivesEveryInputThatOnceBrokeIt_data()
    {
        QTest::addColumn<int>("target");
        QTest::addColumn<QString>("path");
        const std::filesystem::path root(HELPDESK_FUZZ_REGRESSIONS);
        const auto &targets = helpdesk::fuzz::targets();
        for (int t = 0; t < static_cast<int>(targets.size()); ++t) {
            int rows = 0;
            for (const char *kind : {"regressions", "seeds"}) {
                auto folder = root.parent_path() / kind / targets[static_cast<std::size_t>(t)].name;
                if (!std::filesystem::is_directory(folder))
                    continue;
                for (const auto &entry : std::filesystem::directory_iterator(folder)) {
                    if (!entry.is_regular_file())
                        continue;
                    auto label = std::string(targets[static_cast<std::size_t>(t)].name) + " " + kind + ": " +
                                 entry.path().filename().string();
                    QTest::newRow(label.c_str()) << t << QString::fromStdString(entry.path().string());
                    ++rows;
                }
            }
            // Every reader has at least its seed inputs: an empty table would prove nothing.
            QVERIFY2(rows > 0, targets[static_cast<std::size_t>(t)].name);
        }
    }

    void eachReaderSurvivesEveryInputThatOnceBrokeIt()
    {
        QFETCH(int, target);
        QFETCH(QString, path);
        const auto input = readFile(path.toStdString());
        const auto started = std::chrono::steady_clock::now();
        helpdesk::fuzz::targets()[static_cast<std::size_t>(target)].run(input);
        const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        QVERIFY2(seconds < 10, qPrintable(QStringLiteral("took %1 s").arg(seconds)));
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzz_regressions.moc"
