// Replays tests/mail/corpus: each NAME.eml with a sibling NAME.expected.json is read by the same
// parser the pipeline uses, and what `parse-mail` would print is checked against the expectation.
//
// The expected JSON holds a subset of ParsedMail::toJson()'s keys; each one given must match:
// objects on the keys given (recursively), arrays element by element with the same length,
// scalars and null exactly. Two keys are special: "text_contains" lists substrings the text must
// hold, and {"refused": true} says the message must be refused as not mail.

#include "mail/MailParser.h"

#include <Poco/File.h>
#include <Poco/JSON/Stringifier.h>

#include <QtTest>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <sstream>

using namespace helpdesk::mail;
using Poco::Dynamic::Var;

namespace {
std::string corpusDir()
{
    return std::string(HELPDESK_TEST_DATA) + "/mail/corpus";
}

std::string readFile(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string jsonText(const Var &value)
{
    std::ostringstream out;
    Poco::JSON::Stringifier::stringify(value, out);
    return out.str();
}

/// Compares `got` with `expected` as the header says; returns "" when they match, otherwise
/// which key differs with the expected and the actual value.
std::string difference(const std::string &path, const Var &expected, const Var &got)
{
    auto mismatch = [&](const std::string &what) {
        return path + ": " + what + " (expected " + jsonText(expected) + ", got " + jsonText(got) + ")";
    };
    if (expected.type() == typeid(Poco::JSON::Object::Ptr)) {
        if (got.type() != typeid(Poco::JSON::Object::Ptr))
            return mismatch("not an object");
        auto wanted = expected.extract<Poco::JSON::Object::Ptr>();
        auto actual = got.extract<Poco::JSON::Object::Ptr>();
        for (const auto &[key, value] : *wanted) {
            auto name = path.empty() ? key : path + "." + key;
            if (!actual->has(key))
                return name + ": missing from the output (expected " + jsonText(value) + ")";
            auto diff = difference(name, value, actual->get(key));
            if (!diff.empty())
                return diff;
        }
        return {};
    }
    if (expected.type() == typeid(Poco::JSON::Array::Ptr)) {
        if (got.type() != typeid(Poco::JSON::Array::Ptr))
            return mismatch("not an array");
        auto wanted = expected.extract<Poco::JSON::Array::Ptr>();
        auto actual = got.extract<Poco::JSON::Array::Ptr>();
        if (wanted->size() != actual->size())
            return mismatch(std::to_string(wanted->size()) + " elements expected, " + std::to_string(actual->size()) +
                            " found");
        for (unsigned i = 0; i < wanted->size(); ++i) {
            auto diff = difference(path + "[" + std::to_string(i) + "]", wanted->get(i), actual->get(i));
            if (!diff.empty())
                return diff;
        }
        return {};
    }
    return jsonText(expected) == jsonText(got) ? std::string() : mismatch("differs");
}
} // namespace

class TestMailCorpus : public QObject
{
    Q_OBJECT

private slots:
    void messagesReadAsExpected_data()
    {
        QTest::addColumn<QString>("name");
        std::vector<std::string> names;
        Poco::File(corpusDir()).list(names);
        std::sort(names.begin(), names.end());
        int pairs = 0;
        for (const auto &file : names) {
            if (file.size() <= 4 || file.compare(file.size() - 4, 4, ".eml") != 0)
                continue;
            auto name = file.substr(0, file.size() - 4);
            if (!Poco::File(corpusDir() + "/" + name + ".expected.json").exists())
                continue;
            QTest::newRow(name.c_str()) << QString::fromStdString(name);
            ++pairs;
        }
        if (pairs == 0) // An empty corpus must not pass.
            QTest::newRow("no corpus pairs") << QString();
    }

    void messagesReadAsExpected()
    {
        QFETCH(QString, name);
        if (name.isEmpty())
            QFAIL(("no NAME.eml with NAME.expected.json in " + corpusDir()).c_str());
        auto base = corpusDir() + "/" + name.toStdString();
        auto expected = helpdesk::protocol::parseJsonObject(readFile(base + ".expected.json"));
        QVERIFY2(expected->size() > 0, "the expected JSON checks nothing");
        auto raw = readFile(base + ".eml");

        bool mustRefuse = expected->has("refused") && expected->getValue<bool>("refused");
        helpdesk::protocol::JsonObject got;
        try {
            // Through text and back, so both sides hold the JSON parser's types.
            got = helpdesk::protocol::parseJsonObject(helpdesk::protocol::toJsonText(MailParser::parse(raw).toJson()));
        } catch (const MailParseError &e) {
            QVERIFY2(mustRefuse, (std::string("refused: ") + e.what()).c_str());
            return;
        }
        QVERIFY2(!mustRefuse, "read, though it must be refused");

        if (expected->has("text_contains")) {
            auto text = got->getValue<std::string>("text");
            for (const auto &piece : *expected->getArray("text_contains")) {
                auto wanted = piece.toString();
                QVERIFY2(text.find(wanted) != std::string::npos,
                         ("text_contains: \"" + wanted + "\" not in the text (got " + jsonText(text) + ")").c_str());
            }
        }
        auto compared = helpdesk::protocol::newObject();
        for (const auto &[key, value] : *expected)
            if (key != "text_contains" && key != "refused")
                compared->set(key, value);
        auto diff = difference({}, compared, got);
        QVERIFY2(diff.empty(), diff.c_str());
    }
};

QTEST_GUILESS_MAIN(TestMailCorpus)
#include "tst_mail_corpus.moc"
